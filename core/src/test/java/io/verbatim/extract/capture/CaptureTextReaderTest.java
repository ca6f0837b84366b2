package io.verbatim.extract.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Genre;
import io.verbatim.model.Material;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import io.verbatim.testing.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptureTextReaderTest {

  private final CaptureTextReader reader = new CaptureTextReader();

  private Statement read(String text) throws BadInputException {
    List<ReadItem> items = reader.read(Capture.ofText("sample.txt", text));
    assertThat(items).hasSize(1);
    return ((ReadItem.Read) items.get(0)).statement();
  }

  @Test
  void readsTheRealSeedCapture() throws Exception {
    Path seed = SharedCorpus.seed();
    byte[] bytes = Files.readAllBytes(seed);
    String titleLine = new String(bytes, StandardCharsets.UTF_8).split("\n", -1)[2].strip();
    Capture capture = new Capture(seed.toString(), seed, bytes);

    assertThat(reader.recognise(capture)).isEqualTo(CaptureTextReader.MID_SCORE);
    Statement s = ((ReadItem.Read) reader.read(capture).get(0)).statement();

    assertThat(s.title()).isEqualTo(titleLine);
    assertThat(s.published()).isEqualTo(Published.parse("2016-04-28T09:49"));
    assertThat(s.versions()).containsExactly("en-GB", "ru-RU");
    assertThat(s.language()).isEqualTo("en");
    assertThat(s.speaker()).isEqualTo(new Speaker("Sergey Lavrov", "Foreign Minister"));
    assertThat(s.genre()).isEqualTo(Genre.SPEECH);
    assertThat(s.place()).isEqualTo("Beijing");
    assertThat(s.eventDate()).isEqualTo(LocalDate.of(2016, 4, 28));
    assertThat(s.event()).startsWith("meeting of foreign ministers of countries").endsWith("Asia");
    assertThat(s.body()).startsWith("Thank you Mr Chairman,\n\n");
    assertThat(s.body()).endsWith("respect for each other’s interests.");
    assertThat(s.body())
        .doesNotContain("Additional materials")
        .doesNotContain("Advanced settings")
        .doesNotContain("en-GB")
        .doesNotContain("\n\n\n")
        .doesNotContain(" \n");
    assertThat(s.inferred()).contains("speaker", "genre", "place", "eventDate", "event");
    assertThat(s.statementKey()).isNull();
    assertThat(s.materials()).isEmpty();
  }

  @Test
  void readsFiveLanguageVersionsInOrder() throws Exception {
    Statement s =
        read(
            """
            3 March 201711:20

            Foreign Minister Nikolai Petrov’s remarks at the harbour forum, Oslo, 3 March 2017

              • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1

            Colleagues, I am glad to open this forum on the future of northern harbours.

            We agreed to meet again next spring and to continue the work of the commission.

            Additional materials

            Advanced settings
            """);
    assertThat(s.versions()).containsExactly("de-DE", "en-GB", "es-ES", "ru-RU", "fr-FR");
    assertThat(s.language()).isEqualTo("en");
    assertThat(s.published()).isEqualTo(Published.parse("2017-03-03T11:20"));
    assertThat(s.genre()).isEqualTo(Genre.REMARKS);
    assertThat(s.body())
        .isEqualTo(
            "Colleagues, I am glad to open this forum on the future of northern harbours.\n\n"
                + "We agreed to meet again next spring and to continue the work of the"
                + " commission.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Asset Publisher", "Translation (original)", "Speeches by Minister"})
  void skipsStrayLabelsBeforeTheDate(String label) throws Exception {
    Statement s =
        read(
            label
                + "\n\n12 May 201610:05\n\nBriefing by Foreign Ministry Spokesperson Vera"
                + " Antonova, Moscow, May 12, 2016\n\n  • en-GB1 ru-RU1\n\nGood afternoon. Let"
                + " me begin with the schedule of the minister for the coming week.\n");
    assertThat(s.published()).isEqualTo(Published.parse("2016-05-12T10:05"));
    assertThat(s.title()).startsWith("Briefing by");
    assertThat(s.speaker())
        .isEqualTo(new Speaker("Vera Antonova", "Foreign Ministry Spokesperson"));
    assertThat(s.body()).startsWith("Good afternoon.").doesNotContain(label);
  }

  @Test
  void withoutADateLineTheDateComesFromTheTitle() throws Exception {
    Statement s =
        read(
            """
            Foreign Minister Nikolai Petrov's speech at the opening of the harbour forum, Oslo, March 3, 2017

            Dear friends, it is a pleasure to welcome you to the northern harbour forum today.
            """);
    assertThat(s.published()).isEqualTo(Published.parse("2017-03-03"));
    assertThat(s.inferred()).contains("published");
    assertThat(s.title()).startsWith("Foreign Minister Nikolai Petrov's speech");
  }

  @Test
  void withoutAnyDateThePublicationStaysNull() throws Exception {
    Statement s =
        read(
            """
            Press release on consultations between the foreign ministries

            Consultations on regional cooperation were held in the ministry this week.
            """);
    assertThat(s.published()).isNull();
    assertThat(s.genre()).isEqualTo(Genre.PRESS_RELEASE);
    assertThat(s.speaker()).isNull();
  }

  @Test
  void readsTheNewerLayoutWithClockAndDocumentNumber() throws Exception {
    Statement s =
        read(
            """
            14:50

            Comment by the Information and Press Department on the harbour talks

            1541-02-08-2023

            The talks on harbour dues have been postponed at the request of the other side.
            """);
    assertThat(s.published()).isEqualTo(Published.parse("2023-08-02T14:50"));
    assertThat(s.documentNumber()).isEqualTo("1541-02-08-2023");
    assertThat(s.statementKey()).isEqualTo("mid:1541-02-08-2023:en");
    assertThat(s.speaker()).isEqualTo(new Speaker(null, "Information and Press Department"));
    assertThat(s.genre()).isEqualTo(Genre.COMMENT);
    assertThat(s.body()).startsWith("The talks on harbour dues");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Дополнительные инструменты поиска",
        "Дополнительные материалы",
        "Documents supplémentaires",
        "Materiales adicionales",
        "Zusätzliche Materialien",
        "Advanced settings",
        "Расширенный поиск",
        "Additional materials:"
      })
  void removesTrailingChromeInEveryLanguage(String chrome) throws Exception {
    Statement s =
        read(
            "5 May 201612:00\n\nStatement by the Foreign Ministry on the river commission\n\n"
                + "The commission will meet again in the autumn to agree on the new rules.\n\n"
                + chrome
                + "\n\nAdvanced settings\n");
    assertThat(s.body())
        .isEqualTo("The commission will meet again in the autumn to agree on the new rules.");
  }

  @Test
  void readsTagsAttachmentsAndLinksUnderAdditionalMaterials() throws Exception {
    Statement s =
        read(
            """
            5 May 201612:00

            Statement by the Foreign Ministry on the river commission

            The commission will meet again in the autumn to agree on the new rules.

            Additional materials

            OSCE
            NATO
            river-rules-2016.pdf
            Map of the river basin (pdf, 1.2 MB)
            Commission website: https://example.org/commission
            Advanced settings
            Date from
            """);
    assertThat(s.materials())
        .containsExactly(
            new Material(Material.Kind.TAG, "OSCE", null),
            new Material(Material.Kind.TAG, "NATO", null),
            new Material(Material.Kind.ATTACHMENT, "river-rules-2016.pdf", null),
            new Material(Material.Kind.ATTACHMENT, "Map of the river basin (pdf, 1.2 MB)", null),
            new Material(
                Material.Kind.LINK, "Commission website", "https://example.org/commission"));
    assertThat(s.body()).doesNotContain("OSCE");
  }

  @Test
  void embassyHeadersAreNotBodyAndGiveTheDate() throws Exception {
    Statement s =
        read(
            """
            12:34
            Embassy of the Russian Federation in the Kingdom of Elbonia
            Home > News > Statements
            Foreign Minister Nikolai Petrov’s interview with the Elbonian Herald
            June 4, 2016
            Question: How do you see the relations between our countries?

            Nikolai Petrov: They are developing steadily, and we value this.
            Print
            """);
    assertThat(s.title())
        .isEqualTo("Foreign Minister Nikolai Petrov’s interview with the Elbonian Herald");
    assertThat(s.published()).isEqualTo(Published.parse("2016-06-04T12:34"));
    assertThat(s.genre()).isEqualTo(Genre.INTERVIEW);
    assertThat(s.body())
        .isEqualTo(
            "Question: How do you see the relations between our countries?\n\n"
                + "Nikolai Petrov: They are developing steadily, and we value this.");
    assertThat(s.extra()).containsEntry("breadcrumb", "Home > News > Statements");
  }

  @Test
  void embassyWeekdayDateAfterTitleAndSubmittedLine() throws Exception {
    Statement s =
        read(
            """
            Home > Press > Speeches
            Foreign Minister Nikolai Petrov's speech at the reception
            Thursday, 02 July 2015 09:54
            Submitted on 3 July 2015
            updated 9:43 AM UTC, July 3, 2015
            Dear friends, thank you for coming to this reception on our national day.
            """);
    assertThat(s.published()).isEqualTo(Published.parse("2015-07-02T09:54"));
    assertThat(s.event()).isEqualTo("reception");
    assertThat(s.body())
        .isEqualTo("Dear friends, thank you for coming to this reception on our national day.");
  }

  @Test
  void submittedLineGivesTheDateWhenNothingElseDoes() throws Exception {
    Statement s =
        read(
            """
            Submitted on 12 May 2016 - 10:15
            Statement by the Embassy on the consular fees
            From 1 June the consular section will accept payments by card only.
            """);
    assertThat(s.published()).isEqualTo(Published.parse("2016-05-12T10:15"));
    assertThat(s.body()).startsWith("From 1 June");
  }

  @Test
  void readsRussianCaptures() throws Exception {
    Statement s =
        read(
            """
            3 марта 201711:20

            Выступление Министра иностранных дел России Н.П.Петрова на форуме северных гаваней, Осло, 3 марта 2017 года

              • en-GB1 ru-RU1

            Уважаемые коллеги, рад открыть этот форум, посвящённый будущему северных гаваней.

            Мы договорились встретиться снова весной и продолжить работу комиссии.

            Дополнительные материалы

            ОБСЕ

            Расширенный поиск
            """);
    assertThat(s.published()).isEqualTo(Published.parse("2017-03-03T11:20"));
    assertThat(s.language()).isEqualTo("ru");
    assertThat(s.speaker()).isEqualTo(new Speaker("Н.П.Петров", "Министр иностранных дел России"));
    assertThat(s.genre()).isEqualTo(Genre.SPEECH);
    assertThat(s.place()).isEqualTo("Осло");
    assertThat(s.materials()).containsExactly(new Material(Material.Kind.TAG, "ОБСЕ", null));
    assertThat(s.body()).startsWith("Уважаемые коллеги").endsWith("работу комиссии.");
  }

  @Test
  void russianDateWithSpaceBeforeTime() throws Exception {
    Statement s =
        read(
            "28 апреля 2016 09:49\n\nБрифинг официального представителя МИД России"
                + " В.А.Антоновой, Москва, 28 апреля 2016 года\n\nДобрый день. Начну с графика"
                + " Министра на следующую неделю.\n");
    assertThat(s.published()).isEqualTo(Published.parse("2016-04-28T09:49"));
    assertThat(s.speaker())
        .isEqualTo(new Speaker("В.А.Антонова", "официальный представитель МИД России"));
  }

  @Test
  void keepsCurlyAndStraightApostrophesAsWritten() throws Exception {
    Statement s =
        read(
            "Foreign Minister Nikolai Petrov’s and the delegation's remarks\n\n"
                + "We’re glad that the delegation's work has begun, and we'll continue it.\n");
    assertThat(s.title())
        .isEqualTo("Foreign Minister Nikolai Petrov’s and the delegation's remarks");
    assertThat(s.body()).contains("We’re").contains("delegation's").contains("we'll");
  }

  @Test
  void joinsHardWrappedLinesButKeepsParagraphs() throws Exception {
    Statement s =
        read(
            "A plain note on the harbour talks\n\nThe talks on the harbour dues were held in a\n"
                + "constructive atmosphere and will continue.\nA second paragraph follows here.\n");
    assertThat(s.body())
        .isEqualTo(
            "The talks on the harbour dues were held in a constructive atmosphere and will"
                + " continue.\n\nA second paragraph follows here.");
  }

  @Test
  void emptyFileIsBadInput() {
    assertThatThrownBy(() -> read("  \n\n "))
        .isInstanceOf(BadInputException.class)
        .hasMessage("the file is empty");
  }

  @Test
  void aTitleAloneWithoutBodyIsBadInputNamingTheEmptyBody() {
    assertThatThrownBy(() -> read("Statement by the Foreign Ministry\n\nAdvanced settings\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("body is empty after removing site chrome")
        .hasMessageContaining("Statement by the Foreign Ministry");
  }

  @Test
  void aDatedTitleWithoutBodyIsAStatementWithoutText() throws Exception {
    Statement s =
        read(
            "28 April 201609:49\n\nStatement by the Foreign Ministry\n\n"
                + "Additional materials\nNATO\n\nAdvanced settings\n");
    assertThat(s.hasText()).isFalse();
    assertThat(s.title()).isEqualTo("Statement by the Foreign Ministry");
    assertThat(s.published()).isEqualTo(Published.parse("2016-04-28T09:49"));
    assertThat(s.language()).isEqualTo("en");
    assertThat(s.materials()).extracting(m -> m.title()).containsExactly("NATO");
  }

  @Test
  void recognisesMidShapesHighAndPlainTextLow() {
    assertThat(
            reader.recognise(
                Capture.ofText(
                    "a.txt",
                    "28 April 201609:49\n\nA title\n\n  • en-GB1 ru-RU1\n\nText of the"
                        + " statement here.\n")))
        .isEqualTo(CaptureTextReader.MID_SCORE);
    assertThat(
            reader.recognise(
                Capture.ofText(
                    "note.txt",
                    "A note on the talks\n\nThe talks were held in a constructive and friendly"
                        + " atmosphere.\n")))
        .isEqualTo(CaptureTextReader.PLAIN_TEXT_SCORE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   \n  ",
        "<!DOCTYPE html><html><body>Hello</body></html>",
        "<html><head><title>x</title></head></html>",
        "{\"title\": \"A\", \"text\": \"The talks were held in a friendly atmosphere today.\"}",
        "[{\"a\": 1}]",
        "id,date,title\n1,2016-04-28,A statement by someone\n2,2016-04-29,Another statement here\n",
        "id\tdate\ttitle\n1\t2016-04-28\tA\n2\t2016-04-29\tB\n",
        "short"
      })
  void doesNotClaimOtherFormats(String text) {
    assertThat(reader.recognise(Capture.ofText("x.txt", text))).isEqualTo(FormatReader.NO);
  }

  @Test
  void doesNotClaimUnGeneralDebateFiles() {
    String speech =
        "Mr President, on behalf of my delegation I congratulate you on your election today.\n";
    assertThat(reader.recognise(Capture.ofText("corpus/RUS_74_2019.txt", speech)))
        .isEqualTo(FormatReader.NO);
    assertThat(reader.recognise(Capture.ofText("corpus/notes_2019.txt", speech)))
        .isEqualTo(CaptureTextReader.PLAIN_TEXT_SCORE);
  }

  @Test
  void doesNotClaimBinaryOrInvalidUtf8() {
    assertThat(reader.recognise(new Capture("b.bin", null, new byte[] {1, 0, 2, 3})))
        .isEqualTo(FormatReader.NO);
    assertThat(reader.recognise(new Capture("c.txt", null, new byte[] {'a', (byte) 0xC3, 'b'})))
        .isEqualTo(FormatReader.NO);
  }
}
