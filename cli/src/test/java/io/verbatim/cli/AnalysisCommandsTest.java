package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.lucene.LuceneArchive;
import io.verbatim.model.EntityCount;
import io.verbatim.model.EntityKind;
import io.verbatim.model.Json;
import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The analysis commands ({@code comentions}, {@code keyness}, {@code collocations}, {@code
 * versions}) and the language versions in {@code show}, over a small archive of invented
 * statements. The commands are run directly (the lead registers them in {@link VerbatimCli}).
 */
class AnalysisCommandsTest {
  @TempDir Path dir;

  private String archive;
  private Statement en;
  private Statement ru;

  private static Statement statement(
      String body, String language, LocalDate date, UnaryOperator<Statement.Builder> more)
      throws Exception {
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest((language + body).getBytes(StandardCharsets.UTF_8)));
    Statement.Builder b =
        Statement.builder()
            .withId(Statement.idFor(sha))
            .withSource(new Source("t.txt", "capture", sha, sha, null, Instant.now()))
            .withLanguage(language)
            .withPublished(Published.of(date))
            .withBody(body);
    return more.apply(b).build();
  }

  private static List<EntityCount> mentions(String... ids) {
    return java.util.Arrays.stream(ids)
        .map(
            id ->
                new EntityCount(id, EntityKind.COUNTRY, 1, 0, List.of(new EntityCount.Span(0, 1))))
        .toList();
  }

  @BeforeEach
  void buildArchive() throws Exception {
    archive = dir.resolve("archive").toString();
    LocalDate day = LocalDate.of(2018, 9, 12);
    en =
        statement(
            "Grain ship port. Grain port wheat.",
            "en",
            day,
            b ->
                b.withTitle("Talks on grain")
                    .withStatementKey("kremlin:9001:en")
                    .putExtra("kremlinId", "9001")
                    .withMentions(mentions("RUS", "TUR")));
    ru =
        statement(
            "Зерно, корабль и порт.",
            "ru",
            day,
            b ->
                b.withTitle("Переговоры о зерне")
                    .withStatementKey("kremlin:9001:ru")
                    .putExtra("kremlinId", "9001")
                    .withMentions(mentions("RUS", "TUR")));
    Statement other =
        statement(
            "Ship ship wheat port.", "en", day.plusYears(1), b -> b.withMentions(mentions("RUS")));
    try (LuceneArchive a = LuceneArchive.open(Path.of(archive), true)) {
      for (Statement s : List.of(en, ru, other)) {
        a.add(s);
      }
      a.commit();
    }
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void comentionsPrintsATableAndSaysWhenTheLimitIsReached() {
    Run r = run(new CoMentionsCommand(), "--archive", archive);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("logDice").containsPattern("RUS\\s+TUR\\s+2\\s+3\\s+2\\s+3");
    assertThat(r.out()).doesNotContain("limit of");
  }

  @Test
  void comentionsJson() throws IOException {
    Run r = run(new CoMentionsCommand(), "--archive", archive, "--lang", "en", "--json");
    JsonNode doc = Json.mapper().readTree(r.out());
    assertThat(doc.get("limitReached").asBoolean()).isFalse();
    assertThat(doc.get("pairs").get(0).get("count").asLong()).isEqualTo(1);
    assertThat(doc.get("pairs").get(0).get("statements").asLong()).isEqualTo(2);
  }

  @Test
  void keynessShowsTheNumbersAndTheLimit() throws IOException {
    Run r =
        run(new KeynessCommand(), "--archive", archive, "--lang", "en", "grain", "--limit", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // Subset (the first English statement): grain 2, ship 1, port 2, wheat 1 of 6 tokens;
    // rest: ship 2, wheat 1, port 1 of 4. Over-represented: grain, then port (2/6 > 1/4).
    assertThat(r.out())
        .contains("subset: 6 tokens")
        .containsPattern("grain\\s+2\\s+0\\s")
        .contains("limit of 1 terms reached");
    JsonNode doc =
        Json.mapper()
            .readTree(
                run(new KeynessCommand(), "--archive", archive, "--lang", "en", "grain", "--json")
                    .out());
    assertThat(doc.get("terms")).hasSize(2);
    assertThat(doc.get("terms").get(1).get("term").asText()).isEqualTo("port");
  }

  @Test
  void collocationsShowTheNumbers() throws IOException {
    Run r =
        run(
            new CollocationsCommand(),
            "--archive",
            archive,
            "--lang",
            "en",
            "--window",
            "1",
            "--min-freq",
            "1",
            "port");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // port ±1: left ship, right grain (1st); left grain, right wheat (1st); left wheat (other)
    // -> grain 1 + 1 (f(y) 2), wheat 1 + 1 (f(y) 2), ship 1 + 0.
    assertThat(r.out())
        .contains("f(x) = 3 in 10 tokens")
        .contains("window 1 positions left and right")
        .containsPattern("grain\\s+1\\s+1\\s+2\\s+2\\s");
    JsonNode doc =
        Json.mapper()
            .readTree(
                run(
                        new CollocationsCommand(),
                        "--archive",
                        archive,
                        "--lang",
                        "en",
                        "--query",
                        "grain",
                        "--json",
                        "port")
                    .out());
    assertThat(doc.get("collocates").get(0).get("term").asText()).isEqualTo("grain");
  }

  @Test
  void comentionsOfOneEntityCountTheOtherOverTheWholeSelection() throws IOException {
    // N = 3 statements; TUR in 2, RUS in 3, both in 2: logDice 14 + log2(4/5), MI log2(6/6) = 0.
    Run r = run(new CoMentionsCommand(), "--archive", archive, "--entity", "TUR");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("N(a,b)")
        .containsPattern("TUR\\s+RUS\\s+2\\s+2\\s+3\\s+3\\s+13\\.68\\s+0\\.00");
    JsonNode doc =
        Json.mapper()
            .readTree(
                run(new CoMentionsCommand(), "--archive", archive, "--entity", "TUR", "--json")
                    .out());
    assertThat(doc.get("entity").asText()).isEqualTo("TUR");
    assertThat(doc.get("pairs").get(0).get("countB").asLong()).isEqualTo(3);
    assertThat(doc.get("pairs").get(0).get("mutualInformation").asDouble()).isZero();
  }

  @Test
  void keynessTakesAReferenceSelectionAndTwoWordTerms() throws IOException {
    // Subset: the 2019 statement (ship 2, wheat 1, port 1: c = 4). Reference: English statements
    // up to 2018 (grain 2, ship 1, port 2, wheat 1: d = 6). Key: ship (2/4 > 1/6), wheat (1/4 >
    // 1/6). G2 of ship: E1 = 4·3/10 = 1.2, E2 = 6·3/10 = 1.8.
    JsonNode doc =
        Json.mapper()
            .readTree(
                run(
                        new KeynessCommand(),
                        "--archive",
                        archive,
                        "--lang",
                        "en",
                        "--from",
                        "2019-01-01",
                        "--reference-to",
                        "2018-12-31",
                        "",
                        "--json")
                    .out());
    assertThat(doc.get("reference").asText()).isEqualTo("statements in en to 2018-12-31");
    assertThat(doc.get("referenceSelection").get("to").asText()).isEqualTo("2018-12-31");
    JsonNode ship = doc.get("terms").get(0);
    assertThat(ship.get("term").asText()).isEqualTo("ship");
    assertThat(ship.get("subsetTokens").asLong()).isEqualTo(4);
    assertThat(ship.get("referenceTokens").asLong()).isEqualTo(6);
    assertThat(ship.get("logLikelihood").asDouble())
        .isCloseTo(
            2 * (2 * Math.log(2 / 1.2) + Math.log(1 / 1.8)),
            org.assertj.core.api.Assertions.within(1e-9));
    assertThat(doc.get("terms").get(1).get("term").asText()).isEqualTo("wheat");

    Run pairs =
        run(new KeynessCommand(), "--archive", archive, "--lang", "en", "--ngram", "2", "grain");
    assertThat(pairs.exitCode()).as(pairs.err()).isZero();
    assertThat(pairs.out()).contains("word pairs").contains("grain ship").contains("port wheat");
  }

  @Test
  void collocationsOfAPhraseGiveLeftAndRight() {
    // "ship port" occurs once (1st statement, positions 1-2): grain left and right of it.
    Run r =
        run(
            new CollocationsCommand(),
            "--archive",
            archive,
            "--lang",
            "en",
            "--window",
            "1",
            "--min-freq",
            "1",
            "ship",
            "port");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("node 'ship port'")
        .contains("f(x) = 1 in 10 tokens")
        .containsPattern("grain\\s+1\\s+1\\s+2\\s+2\\s");
  }

  @Test
  void versionsAndShowListTheOtherLanguage() throws IOException {
    Run r = run(new VersionsCommand(), "--archive", archive, en.id());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(ru.id())
        .contains("explicit 1.00")
        .contains("same kremlin id 9001");
    JsonNode links =
        Json.mapper()
            .readTree(run(new VersionsCommand(), "--archive", archive, ru.id(), "--json").out());
    assertThat(links.get(0).get("id").asText()).isEqualTo(en.id());

    CliRun show = CliRun.of("show", "--archive", archive, ru.id());
    assertThat(show.out()).contains("language versions:").contains(en.id());

    Run missing = run(new VersionsCommand(), "--archive", archive, "0000000000000000");
    assertThat(missing.exitCode()).isEqualTo(VerbatimCli.EXIT_INPUT_FAILED);
    assertThat(missing.err()).contains("no statement with id 0000000000000000");
  }
}
