package io.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.KwicLine;
import io.verbatim.model.EntityCount;
import io.verbatim.model.EntityKind;
import io.verbatim.model.Genre;
import io.verbatim.model.Json;
import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The export columns against golden files written by hand ({@code export/statements.csv}, {@code
 * export/kwic.csv}): one statement of each date precision, and an undated one. The test never
 * writes them.
 */
class ExportColumnsTest {

  private static Statement statement(
      int n, String format, String path, String body, UnaryOperator<Statement.Builder> more) {
    String sha = String.format("%02d", n).repeat(32);
    Statement.Builder b =
        Statement.builder()
            .withId(Statement.idFor(sha))
            .withSource(
                new Source(path, format, sha, sha, null, Instant.parse("2026-01-01T00:00:00Z")))
            .withBody(body);
    return more.apply(b).build();
  }

  private static final Statement YEAR =
      statement(
          1,
          "ungdc",
          "ungdc/RUS_74_2019.txt",
          "A speech dated by its year.",
          b ->
              b.withStatementKey("ungdc:RUS_74_2019")
                  .withPublished(Published.ofYear(2019))
                  .withLanguage("en")
                  .withTitle("Russian Federation at the General Debate (2019)")
                  .withGenre(Genre.SPEECH)
                  .withMentions(
                      List.of(
                          new EntityCount(
                              "RUS",
                              EntityKind.COUNTRY,
                              2,
                              0,
                              List.of(new EntityCount.Span(0, 1), new EntityCount.Span(2, 3))))));

  private static final Statement MONTH =
      statement(
          2,
          "csv",
          "notes.csv",
          "A note dated by its month.",
          b ->
              b.withPublished(Published.ofMonth(YearMonth.of(2019, 9)))
                  .withLanguage("en")
                  .withTitle("A note of September"));

  private static final Statement DAY =
      statement(
          3,
          "csv",
          "notes.csv",
          "Заметка.",
          b -> b.withPublished(Published.of(LocalDate.of(2019, 9, 24))).withLanguage("ru"));

  private static final Statement MINUTE_IN_MOSCOW =
      statement(
          4,
          "kremlin-html",
          "pages/remarks.html",
          "Moscow time, to the minute.",
          b ->
              b.withPublished(
                      new Published(
                          LocalDate.of(2013, 4, 5),
                          LocalTime.of(19, 0),
                          ZoneId.of("Europe/Moscow")))
                  .withLanguage("en")
                  .withTitle("Remarks, in Moscow")
                  .withSpeaker(new Speaker("Anna Example", "Spokesperson"))
                  .withGenre(Genre.REMARKS)
                  .withPlace("Moscow")
                  .withEventDate(LocalDate.of(2013, 4, 5)));

  private static final Statement SECOND_IN_UTC =
      statement(
          5,
          "html",
          "pages/utc.html",
          "UTC to the second.",
          b ->
              b.withPublished(
                      new Published(
                          LocalDate.of(2016, 6, 4), LocalTime.of(9, 43, 10), ZoneOffset.UTC))
                  .withLanguage("en"));

  private static final Statement UNDATED =
      statement(
          6,
          "capture",
          "captures/undated.txt",
          "No date at all; \"undated\".",
          b -> b.withLanguage("en").withTitle("Undated"));

  private static String golden(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            ExportColumnsTest.class.getResourceAsStream("/export/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static <T> String csv(List<String> header, Function<T, List<?>> row, List<T> items)
      throws IOException {
    StringWriter out = new StringWriter();
    try (CsvRowWriter<T> w = new CsvRowWriter<>(out, header, row)) {
      for (T item : items) {
        w.write(item);
      }
    }
    return out.toString();
  }

  @Test
  void statementRowsGiveIsoDatesAtTheirPrecisionAsTheGoldenFileSays() throws IOException {
    String written =
        csv(
            ExportColumns.STATEMENT,
            ExportColumns::statementRow,
            List.of(YEAR, MONTH, DAY, MINUTE_IN_MOSCOW, SECOND_IN_UTC, UNDATED));
    assertThat(written).endsWith("\r\n").doesNotContain("[");
    assertThat(written.replace("\r\n", "\n")).isEqualTo(golden("statements.csv"));
  }

  @Test
  void concordanceRowsGiveTheDateAndItsPrecisionToo() throws IOException {
    KwicLine year =
        new KwicLine(
            YEAR.id(), YEAR.published(), "en", null, YEAR.title(), "A ", "speech", " dated", 2, 8);
    KwicLine undated =
        new KwicLine(UNDATED.id(), null, "en", null, "Undated", "", "No", " date", 0, 2);
    String written = csv(ExportColumns.KWIC, ExportColumns::kwicRow, List.of(year, undated));
    assertThat(written.replace("\r\n", "\n")).isEqualTo(golden("kwic.csv"));
  }

  @Test
  void jsonLinesGiveTheSameDateAndPrecisionWithTheZoneName() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter<Statement> w = new JsonLinesWriter<>(out)) {
      w.write(MINUTE_IN_MOSCOW);
      w.write(YEAR);
      w.write(UNDATED);
    }
    String[] lines = out.toString().split("\n");
    assertThat(lines[0])
        .contains(
            "\"published\":\"2013-04-05T19:00+04:00\",\"publishedPrecision\":\"minute\","
                + "\"publishedZone\":\"Europe/Moscow\"");
    assertThat(lines[1])
        .contains("\"published\":\"2019\",\"publishedPrecision\":\"year\",\"publishedZone\":null");
    assertThat(lines[2])
        .contains("\"published\":null,\"publishedPrecision\":null,\"publishedZone\":null");
    assertThat(Json.readStatement(lines[0])).isEqualTo(MINUTE_IN_MOSCOW);
  }
}
