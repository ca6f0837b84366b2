package io.verbatim.extract;

import static io.verbatim.extract.DateReader.NumericOrder.DAY_FIRST;
import static io.verbatim.extract.DateReader.NumericOrder.MONTH_FIRST;
import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.extract.DateReader.NumericOrder;
import io.verbatim.model.Published;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateReaderTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          28 April 201609:49               | 2016-04-28T09:49
          28 April 2016 09:49              | 2016-04-28T09:49
          28 April 2016, 09:49             | 2016-04-28T09:49
          28 April 2016                    | 2016-04-28
          April 28, 2016                   | 2016-04-28
          June 4, 2016                     | 2016-06-04
          Apr 28, 2016                     | 2016-04-28
          Sept. 3, 2019                    | 2019-09-03
          28 Apr 2016                      | 2016-04-28
          28th of April 2016               | 2016-04-28
          28.04.2016                       | 2016-04-28
          8.4.2016                         | 2016-04-08
          28.04.16                         | 2016-04-28
          28.04.99                         | 1999-04-28
          28.04.2016 09:49                 | 2016-04-28T09:49
          28-04-2016                       | 2016-04-28
          28/04/2016                       | 2016-04-28
          2016-04-28                       | 2016-04-28
          2016-04-28T09:49                 | 2016-04-28T09:49
          2016-04-28T09:49:30              | 2016-04-28T09:49:30
          2016-04-28 09:49                 | 2016-04-28T09:49
          2016/04/28                       | 2016-04-28
          28 апреля 2016 года              | 2016-04-28
          28 апреля 2016 г.                | 2016-04-28
          28 апреля 2016 09:49             | 2016-04-28T09:49
          28 апреля 201609:49              | 2016-04-28T09:49
          28 апреля 2016 года, 09:49       | 2016-04-28T09:49
          2 июля 2015                      | 2015-07-02
          Thursday, 02 July 2015 09:54     | 2015-07-02T09:54
          Thu, 02 Jul 2015                 | 2015-07-02
          четверг, 2 июля 2015             | 2015-07-02
          Четверг, 2 июля 2015 г.          | 2015-07-02
          28 avril 2016                    | 2016-04-28
          1er mars 2016                    | 2016-03-01
          jeudi 28 avril 2016              | 2016-04-28
          28 février 2016                  | 2016-02-28
          28 de abril de 2016              | 2016-04-28
          28 de septiembre del 2016        | 2016-09-28
          28. April 2016                   | 2016-04-28
          3. März 2016                     | 2016-03-03
          April 28, 2016 9:43 AM           | 2016-04-28T09:43
          April 28, 2016 9:43 pm           | 2016-04-28T21:43
          April 28, 2016 12:05 AM          | 2016-04-28T00:05
          '  28 April 2016.  '             | 2016-04-28
          28\u00A0April\u00A02016         | 2016-04-28
          """)
  void parsesEveryForm(String text, String expected) {
    String input = text.replace("\\u00A0", "\u00A0");
    assertThat(DateReader.parse(input, DAY_FIRST))
        .hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo(expected));
  }

  @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          04/28/2016 | MONTH_FIRST | 2016-04-28
          04/05/2016 | MONTH_FIRST | 2016-04-05
          04/05/2016 | DAY_FIRST   | 2016-05-04
          04-05-2016 | DAY_FIRST   | 2016-05-04
          04-05-2016 | MONTH_FIRST | 2016-04-05
          04.05.2016 | MONTH_FIRST | 2016-05-04
          """)
  void numericOrderDecidesSlashesAndDashesButDotsAreDayFirst(
      String text, NumericOrder order, String expected) {
    assertThat(DateReader.parse(text, order).map(Object::toString)).hasValue(expected);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(
      strings = {
        "",
        "   ",
        "31.02.2016",
        "30 February 2016",
        "29.02.2015",
        "2016-13-01",
        "2016-04-31",
        "32 April 2016",
        "04/28/2016",
        "28 April 2016 25:10",
        "28 April 2016 09:61",
        "April 2016",
        "28 April",
        "hello",
        "28 April 2016 and more words",
        "Foreign Minister Sergey Lavrov, April 28, 2016",
        "13:45",
        "1541-02-08-2023"
      })
  void rejectsWhatIsNotExactlyARealDate(String text) {
    assertThat(DateReader.parse(text, DAY_FIRST)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2019                   | 2019       | YEAR
          ' 2019. '              | 2019       | YEAR
          2019 год               | 2019       | YEAR
          2019 г.                | 2019       | YEAR
          2019-09                | 2019-09    | MONTH
          09.2019                | 2019-09    | MONTH
          9/2019                 | 2019-09    | MONTH
          September 2019         | 2019-09    | MONTH
          Sept. 2019             | 2019-09    | MONTH
          сентябрь 2019 г.       | 2019-09    | MONTH
          сентября 2019 года     | 2019-09    | MONTH
          septiembre de 2019     | 2019-09    | MONTH
          24 September 2019      | 2019-09-24 | DAY
          2019-09-24             | 2019-09-24 | DAY
          """)
  void aWholeFieldMayStateOnlyAMonthOrAYear(
      String text, String expected, Published.Precision precision) {
    assertThat(DateReader.parseAtAnyPrecision(text, DAY_FIRST))
        .hasValueSatisfying(
            p -> {
              assertThat(p).hasToString(expected);
              assertThat(p.precision()).isEqualTo(precision);
            });
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"13.2019", "2019-13", "Smarch 2019", "19", "0219", "2019 and 2020", ""})
  void noMonthOrYearIsInvented(String text) {
    assertThat(DateReader.parseAtAnyPrecision(text, DAY_FIRST)).isEmpty();
  }

  @Test
  void aMonthOrAYearInRunningTextIsNotADate() {
    assertThat(DateReader.find("the talks of September 2019 were resumed in 2020", DAY_FIRST))
        .isEmpty();
    assertThat(DateReader.parse("September 2019", DAY_FIRST)).isEmpty();
  }

  @Test
  void rejectsNull() {
    assertThat(DateReader.parse(null, DAY_FIRST)).isEmpty();
    assertThat(DateReader.find(null, DAY_FIRST)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Remarks by the Minister at a reception, Minsk, April 28, 2016                      | 2016-04-28
          Выступление Министра на встрече, Пекин, 28 апреля 2016 года                        | 2016-04-28
          Submitted on 12 May 2016 - 10:15                                                   | 2016-05-12T10:15
          Home > News > Statements > 3 June 2016                                             | 2016-06-03
          updated 9:43 AM UTC, June 4, 2016                                                  | 2016-06-04T09:43+00:00
          Published: 2016-05-02T14:50+03:00 by the press office                              | 2016-05-02T14:50+03:00
          Talks held on 31.02.2016 and resumed on 01.03.2016                                 | 2016-03-01
          Version 1.2.3 of the plan was adopted on 5 May 2016                                 | 2016-05-05
          Resolution 2231 April 2016 was cited; the meeting took place on 7 April 2016       | 2016-04-07
          """)
  void findsTheFirstRealDateInText(String text, String expected) {
    assertThat(DateReader.find(text, DAY_FIRST).map(Object::toString)).hasValue(expected);
  }

  @Test
  void timeZoneNamesBecomeTheZone() {
    assertThat(DateReader.find("at 10:05 MSK, 2 June 2016", DAY_FIRST))
        .hasValueSatisfying(p -> assertThat(p.zone()).isEqualTo(ZoneId.of("Europe/Moscow")));
    assertThat(DateReader.parse("2016-04-28T09:49Z", DAY_FIRST))
        .hasValueSatisfying(p -> assertThat(p.zone()).isEqualTo(ZoneOffset.UTC));
  }

  @Test
  void locateSaysWhereTheDateStands() {
    String title = "Briefing by the Spokesperson, Moscow, May 12, 2016";
    DateReader.Found found = DateReader.locate(title, DAY_FIRST).orElseThrow();
    assertThat(title.substring(found.start(), found.end())).isEqualTo("May 12, 2016");
    assertThat(title.substring(0, found.start())).endsWith("Moscow, ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no date here at all",
        "The meeting may 5 be postponed, 2016 was hard",
        "call 12:30 tomorrow",
        "31.02.2016 only"
      })
  void findsNothingWhereThereIsNoRealDate(String text) {
    assertThat(DateReader.find(text, MONTH_FIRST)).isEmpty();
  }
}
