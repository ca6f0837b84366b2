package io.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.model.Published.Precision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  @ParameterizedTest(name = "{0} is {1}, {2}..{3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2019                      | YEAR   | 2019-01-01 | 2019-12-31
          2019-09                   | MONTH  | 2019-09-01 | 2019-09-30
          2020-02                   | MONTH  | 2020-02-01 | 2020-02-29
          2019-09-24                | DAY    | 2019-09-24 | 2019-09-24
          2019-09-24T10:00          | MINUTE | 2019-09-24 | 2019-09-24
          2019-09-24T10:00:30       | SECOND | 2019-09-24 | 2019-09-24
          2013-04-05T19:00+04:00    | MINUTE | 2013-04-05 | 2013-04-05
          0999                      | YEAR   | 0999-01-01 | 0999-12-31
          """)
  void everyPrecisionRoundTripsThroughItsText(
      String text, Precision precision, LocalDate start, LocalDate end) {
    Published p = Published.parse(text);
    assertThat(p.precision()).isEqualTo(precision);
    assertThat(p.start()).isEqualTo(start);
    assertThat(p.end()).isEqualTo(end);
    assertThat(p).hasToString(text);
    assertThat(Published.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void formsStoredByEarlierVersionsStillRead() {
    Published moscow = Published.parse("2016-04-28T09:49[Europe/Moscow]");
    assertThat(moscow)
        .isEqualTo(new Published(LocalDate.of(2016, 4, 28), LocalTime.of(9, 49), MOSCOW));
    assertThat(moscow).hasToString("2016-04-28T09:49+03:00");
    assertThat(Published.parse("2016-04-28T09:49[+03:00]").zone()).isEqualTo(ZoneOffset.ofHours(3));
    Published dayInMoscow = Published.parse("2016-04-28[Europe/Moscow]");
    assertThat(dayInMoscow.precision()).isEqualTo(Precision.DAY);
    assertThat(dayInMoscow.zone()).isEqualTo(MOSCOW);
    assertThat(dayInMoscow).hasToString("2016-04-28");
    assertThat(Published.parse("2016-04-28")).isEqualTo(Published.of(LocalDate.of(2016, 4, 28)));
  }

  @Test
  void aKnownZoneIsWrittenAsItsOffsetAtThatMoment() {
    // Moscow was UTC+4 from 2011 to October 2014, UTC+3 since; UTC is written +00:00, not Z.
    assertThat(new Published(LocalDate.of(2013, 4, 5), LocalTime.of(19, 0), MOSCOW))
        .hasToString("2013-04-05T19:00+04:00");
    assertThat(new Published(LocalDate.of(2016, 4, 28), LocalTime.of(9, 49), MOSCOW))
        .hasToString("2016-04-28T09:49+03:00");
    assertThat(new Published(LocalDate.of(2016, 6, 4), LocalTime.of(9, 43), ZoneOffset.UTC))
        .hasToString("2016-06-04T09:43+00:00");
    assertThat(Published.parse("2016-06-04T09:43Z").zone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void factoriesGiveTheirPrecision() {
    assertThat(Published.ofYear(2019)).hasToString("2019");
    assertThat(Published.ofMonth(YearMonth.of(2019, 9))).hasToString("2019-09");
    assertThat(Published.of(LocalDate.of(2019, 9, 24)).precision()).isEqualTo(Precision.DAY);
    assertThat(Published.of(LocalDateTime.of(2019, 9, 24, 10, 0)).precision())
        .isEqualTo(Precision.MINUTE);
    assertThat(Published.of(LocalDateTime.of(2019, 9, 24, 10, 0, 5)).precision())
        .isEqualTo(Precision.SECOND);
  }

  @Test
  void theDayIsKnownOnlyToTheDay() {
    assertThat(Published.ofYear(2019).day()).isNull();
    assertThat(Published.ofMonth(YearMonth.of(2019, 9)).day()).isNull();
    assertThat(Published.parse("2019-09-24T10:00").day()).isEqualTo(LocalDate.of(2019, 9, 24));
    assertThat(Published.ofYear(2019).year()).isEqualTo(2019);
  }

  @Test
  void thePeriodEndsJustAfterItsLastMoment() {
    assertThat(Published.ofYear(2019).endExclusive()).isEqualTo(LocalDateTime.of(2020, 1, 1, 0, 0));
    assertThat(Published.parse("2019-12").endExclusive())
        .isEqualTo(LocalDateTime.of(2020, 1, 1, 0, 0));
    assertThat(Published.parse("2019-09-24").endExclusive())
        .isEqualTo(LocalDateTime.of(2019, 9, 25, 0, 0));
    assertThat(Published.parse("2019-09-24T23:59").endExclusive())
        .isEqualTo(LocalDateTime.of(2019, 9, 25, 0, 0));
    assertThat(Published.parse("2019-09-24T10:00:30").endExclusive())
        .isEqualTo(LocalDateTime.of(2019, 9, 24, 10, 0, 31));
  }

  @Test
  void truncationNeverMakesADateMorePrecise() {
    Published minute = Published.parse("2019-09-24T10:00");
    assertThat(minute.truncatedTo(Precision.MONTH)).hasToString("2019-09");
    assertThat(minute.truncatedTo(Precision.DAY)).hasToString("2019-09-24");
    assertThat(minute.truncatedTo(Precision.YEAR)).hasToString("2019");
    assertThat(Published.ofYear(2019).truncatedTo(Precision.DAY)).hasToString("2019");
    assertThat(Published.parse("2019-09-24T10:00:30").truncatedTo(Precision.MINUTE))
        .hasToString("2019-09-24T10:00");
  }

  @Test
  void ordersByStartThenCoarserFirst() {
    List<Published> dates =
        new ArrayList<>(
            List.of(
                Published.parse("2019-01-01T00:00"),
                Published.parse("2018-12-31"),
                Published.parse("2019-01-01"),
                Published.parse("2019-01"),
                Published.parse("2019-03-02"),
                Published.parse("2019")));
    dates.sort(null);
    assertThat(dates)
        .extracting(Published::toString)
        .containsExactly(
            "2018-12-31", "2019", "2019-01", "2019-01-01", "2019-01-01T00:00", "2019-03-02");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "19",
        "2019-9",
        "2019-13",
        "2019-02-30",
        "2019-09-24T25:00",
        "28.04.2016",
        "2019-09-24T10:00[Mars/Olympus]",
        "2019 " + "year"
      })
  void refusesWhatIsNotAnIsoDateNamingIt(String text) {
    assertThatThrownBy(() -> Published.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }

  @Test
  void refusesAStartThatIsNotTheStartOfItsPeriod() {
    assertThatThrownBy(() -> new Published(Precision.YEAR, LocalDate.of(2019, 9, 24), null, null))
        .hasMessageContaining("1 January");
    assertThatThrownBy(() -> new Published(Precision.MONTH, LocalDate.of(2019, 9, 24), null, null))
        .hasMessageContaining("the 1st");
    assertThatThrownBy(
            () -> new Published(Precision.DAY, LocalDate.of(2019, 9, 24), LocalTime.NOON, null))
        .hasMessageContaining("has no time");
    assertThatThrownBy(() -> new Published(Precision.MINUTE, LocalDate.of(2019, 9, 24), null, null))
        .hasMessageContaining("needs a time");
    assertThatThrownBy(
            () ->
                new Published(
                    Precision.MINUTE, LocalDate.of(2019, 9, 24), LocalTime.of(10, 0, 5), null))
        .hasMessageContaining("no seconds");
    assertThatThrownBy(() -> Published.Precision.fromLabel("week"))
        .hasMessageContaining("week")
        .hasMessageContaining("year, month, day");
  }
}
