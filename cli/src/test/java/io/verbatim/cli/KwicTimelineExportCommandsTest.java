package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.archive.Archive;
import io.verbatim.archive.SearchRequest;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.Ingestor;
import io.verbatim.lucene.LuceneArchive;
import io.verbatim.model.EntityCount;
import io.verbatim.model.EntityKind;
import io.verbatim.model.Json;
import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The kwic, timeline and export commands, run directly (the lead registers them in {@link
 * VerbatimCli}) over an archive of invented statements and over the project's samples.
 */
class KwicTimelineExportCommandsTest {
  @TempDir Path dir;
  private String archive;
  private final Map<String, Statement> stored = new HashMap<>();

  /** One run of a command: exit code, standard output and error. */
  record Run(int exitCode, String out, String err) {
    static Run of(Object command, String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli = new CommandLine(command);
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      int code = cli.execute(args);
      return new Run(code, out.toString(), err.toString());
    }

    Run ok() {
      assertThat(exitCode).as(err).isZero();
      return this;
    }

    JsonNode json() throws IOException {
      return Json.mapper().readTree(ok().out);
    }
  }

  private static Statement statement(
      String body, java.util.function.UnaryOperator<Statement.Builder> more) {
    String sha = Ingestor.sha256(body.getBytes(StandardCharsets.UTF_8));
    return more.apply(
            Statement.builder()
                .withId(Statement.idFor(sha))
                .withStatementKey("key:" + sha.substring(0, 16))
                .withSource(
                    new Source("test/" + sha + ".txt", "capture", sha, sha, null, Instant.EPOCH))
                .withBody(body))
        .build();
  }

  @BeforeEach
  void fill() throws IOException {
    archive = dir.resolve("archive").toString();
    List<Statement> statements =
        List.of(
            statement(
                "The envoy said: \"Water is a shared resource, and dams, canals and wells need"
                    + " rules.\"\n\nA second paragraph about water; with a comma, a quote \" and"
                    + " naïve accents.",
                b ->
                    b.withTitle("On water, \"rivers\" and rules")
                        .withLanguage("en")
                        .withPublished(Published.of(LocalDateTime.of(2019, 5, 2, 9, 30)))
                        .withSpeaker(new Speaker("Clara Invented", "Envoy"))
                        .withMentions(
                            List.of(
                                new EntityCount(
                                    "org:un",
                                    EntityKind.ORGANISATION,
                                    1,
                                    0,
                                    List.of(new EntityCount.Span(4, 9)))))),
            statement(
                "Drinking water for the valley villages was discussed at length.",
                b ->
                    b.withTitle("Valley visit")
                        .withLanguage("en")
                        .withPublished(Published.of(LocalDate.of(2019, 11, 20)))
                        .withSpeaker(new Speaker("Dmitri Made-Up", "Governor"))),
            statement(
                "Без воды нет урожая. Вода нужна всем.",
                b -> b.withTitle("О воде").withLanguage("ru")),
            statement(
                "Trade figures rose in the third quarter.",
                b -> b.withLanguage("en").withPublished(Published.of(LocalDate.of(2020, 1, 15)))));
    try (Archive a = LuceneArchive.open(Path.of(archive), true)) {
      for (Statement s : statements) {
        a.add(s);
        stored.put(s.id(), s);
      }
      a.commit();
    }
  }

  private long total(String query) throws IOException {
    try (Archive a = LuceneArchive.open(Path.of(archive), false)) {
      return a.search(SearchRequest.builder(query).withLimit(0).build()).total();
    }
  }

  // ---- kwic ------------------------------------------------------------------------------------

  @Test
  void kwicPrintsAlignedLinesWithIdDateAndSpeaker() {
    Run run = Run.of(new KwicCommand(), "--archive", archive, "water", "--width", "5").ok();
    List<String> lines = run.out().lines().toList();
    List<String> kwic = lines.stream().filter(l -> l.contains(" | ")).toList();
    assertThat(kwic).hasSize(3);
    assertThat(kwic).allSatisfy(l -> assertThat(l).containsPattern(" \\| (?i:water) \\| "));
    int bar = kwic.get(0).indexOf(" | ");
    assertThat(kwic).allSatisfy(l -> assertThat(l.indexOf(" | ")).isEqualTo(bar));
    assertThat(run.out())
        .contains("2019-05-02", "Clara Invented", "shared resource, and")
        .contains("rules.\" A second paragraph about  | water | ") // newlines shown as spaces
        .contains("3 line(s) in 2 statement(s)")
        .doesNotContain("limit");
  }

  @Test
  void kwicJsonKeepsExactTextAndReportsTheLimit() throws IOException {
    JsonNode all =
        Run.of(new KwicCommand(), "--archive", archive, "--json", "water OR вода").json();
    assertThat(all.get("lines")).hasSize(5);
    for (JsonNode line : all.get("lines")) {
      String body = stored.get(line.get("statementId").asText()).body();
      String left = line.get("left").asText();
      String right = line.get("right").asText();
      int start = line.get("start").asInt();
      int end = line.get("end").asInt();
      assertThat(body.substring(start - left.length(), end + right.length()))
          .isEqualTo(left + line.get("match").asText() + right);
    }
    assertThat(all.get("summary").get("lines").asLong()).isEqualTo(5);
    assertThat(all.get("summary").get("limitReached").asBoolean()).isFalse();

    JsonNode limited =
        Run.of(new KwicCommand(), "--archive", archive, "--json", "--limit", "2", "water").json();
    assertThat(limited.get("lines")).hasSize(2);
    assertThat(limited.get("summary").get("limitReached").asBoolean()).isTrue();
    assertThat(Run.of(new KwicCommand(), "--archive", archive, "--limit", "2", "water").ok().out())
        .contains("limit of 2 line(s) reached");
  }

  @Test
  void kwicSortsAndGroups() throws IOException {
    JsonNode bySpeaker =
        Run.of(new KwicCommand(), "--archive", archive, "--json", "--group", "speaker", "water")
            .json();
    assertThat(bySpeaker.get("summary").get("groups").get("Clara Invented").asLong()).isEqualTo(2);
    assertThat(bySpeaker.get("summary").get("groups").get("Dmitri Made-Up").asLong()).isEqualTo(1);
    JsonNode byDate =
        Run.of(new KwicCommand(), "--archive", archive, "--json", "--sort", "date", "water").json();
    assertThat(byDate.get("lines").get(0).get("published").asText()).isEqualTo("2019-11-20");
    JsonNode byRight =
        Run.of(new KwicCommand(), "--archive", archive, "--json", "--sort", "right1", "water")
            .json();
    List<String> firstRight = new ArrayList<>();
    java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\p{L}+");
    byRight
        .get("lines")
        .forEach(
            l -> {
              var m = word.matcher(l.get("right").asText());
              firstRight.add(m.find() ? m.group().toLowerCase(java.util.Locale.ROOT) : "");
            });
    assertThat(firstRight).containsExactly("for", "is", "with");
    Run bad = Run.of(new KwicCommand(), "--archive", archive, "--sort", "sideways", "water");
    assertThat(bad.exitCode()).isNotZero();
    assertThat(bad.err()).contains("unknown sort 'sideways'");
  }

  @Test
  void theSearchFiltersSelectWhatIsConcordancedTimedAndExported() throws IOException {
    JsonNode clara =
        Run.of(
                new KwicCommand(),
                "--archive",
                archive,
                "--json",
                "--speaker",
                "Clara Invented",
                "water")
            .json();
    assertThat(clara.get("lines")).hasSize(2);
    JsonNode timeline =
        Run.of(new TimelineCommand(), "--archive", archive, "--json", "--lang", "ru", "").json();
    assertThat(timeline.get("total").asLong()).isEqualTo(1);
    assertThat(timeline.get("undated").asLong()).isEqualTo(1);
    Run export =
        Run.of(new ExportCommand(), "--archive", archive, "--mention", "org:un", "--as", "csv", "")
            .ok();
    assertThat(parseCsv(export.out())).hasSize(1);
    Run bad = Run.of(new ExportCommand(), "--archive", archive, "--as", "xml", "");
    assertThat(bad.exitCode()).isNotZero();
    assertThat(bad.err()).contains("unknown export format 'xml'");
  }

  // ---- timeline --------------------------------------------------------------------------------

  @Test
  void timelineSumsToTheSearchTotal() throws IOException {
    for (String query : List.of("", "water", "water OR вода")) {
      for (String by : List.of("day", "month", "year")) {
        for (String split : List.of("none", "language", "speaker")) {
          JsonNode t =
              Run.of(
                      new TimelineCommand(),
                      "--archive",
                      archive,
                      "--json",
                      "--by",
                      by,
                      "--split",
                      split,
                      query)
                  .json();
          long sum = t.get("undated").asLong();
          for (JsonNode b : t.get("buckets")) {
            sum += b.get("count").asLong();
          }
          assertThat(sum).as(query + " " + by + " " + split).isEqualTo(total(query));
        }
      }
    }
    JsonNode mentioning =
        Run.of(new TimelineCommand(), "--archive", archive, "--json", "mention:org\\:un").json();
    assertThat(mentioning.get("total").asLong()).isEqualTo(1);
    assertThat(mentioning.get("buckets").get(0).get("period").asText()).isEqualTo("2019");
    Run text = Run.of(new TimelineCommand(), "--archive", archive, "--by", "month", "").ok();
    assertThat(text.out()).contains("2019-05", "2019-11", "2020-01", "#", "undated", "total");
  }

  // ---- export ----------------------------------------------------------------------------------

  private static List<CSVRecord> parseCsv(String csv) throws IOException {
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }

  @Test
  void exportCsvHasOneRowPerStatementWithExactBodies() throws IOException {
    Run run = Run.of(new ExportCommand(), "--archive", archive, "--as", "csv", "").ok();
    assertThat(run.out()).startsWith("id,statementKey,published,"); // no BOM
    List<CSVRecord> rows = parseCsv(run.out());
    assertThat(rows).hasSize((int) total("")).hasSize(stored.size());
    for (CSVRecord row : rows) {
      Statement s = stored.get(row.get("id"));
      assertThat(row.get("body")).isEqualTo(s.body());
      assertThat(row.get("title")).isEqualTo(s.title() == null ? "" : s.title());
      assertThat(row.get("sha256")).isEqualTo(s.source().sha256());
    }
    CSVRecord clara =
        rows.stream().filter(r -> r.get("speaker").equals("Clara Invented")).findFirst().get();
    assertThat(clara.get("mentions")).isEqualTo("org:un:1");
    assertThat(clara.get("published")).isEqualTo("2019-05-02T09:30");
    assertThat(clara.get("role")).isEqualTo("Envoy");
    assertThat(run.err()).contains("exported 4 statement(s) as CSV to standard output");
  }

  @Test
  void exportJsonLinesToAFileInDateOrder() throws IOException {
    Path file = dir.resolve("out.jsonl");
    JsonNode summary =
        Run.of(
                new ExportCommand(),
                "--archive",
                archive,
                "--sort",
                "date-asc",
                "--output",
                file.toString(),
                "--json",
                "water OR вода OR trade")
            .json();
    assertThat(summary.get("rows").asLong()).isEqualTo(4);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    List<Statement> read = lines.stream().map(Json::readStatement).toList();
    assertThat(read).allSatisfy(s -> assertThat(s).isEqualTo(stored.get(s.id())));
    assertThat(read.get(3).published()).isNull();
    assertThat(read.subList(0, 3)).extracting(Statement::published).isSorted();
  }

  @Test
  void exportKwicCsvHasOneRowPerLine() throws IOException {
    Run run =
        Run.of(new ExportCommand(), "--archive", archive, "--as", "csv", "--kwic", "water").ok();
    List<CSVRecord> rows = parseCsv(run.out());
    assertThat(rows).hasSize(3);
    for (CSVRecord row : rows) {
      String body = stored.get(row.get("statementId")).body();
      int start = Integer.parseInt(row.get("start"));
      int end = Integer.parseInt(row.get("end"));
      assertThat(body.substring(start - row.get("left").length(), end + row.get("right").length()))
          .isEqualTo(row.get("left") + row.get("match") + row.get("right"));
    }
    assertThat(run.err()).contains("exported 3 concordance line(s) from 2 statement(s)");
  }

  @Test
  void exportOfTheSamplesIsCompleteAndReadsBack() throws IOException {
    String samplesArchive = dir.resolve("samples-archive").toString();
    try (Archive a = LuceneArchive.open(Path.of(samplesArchive), true)) {
      new Ingestor(a, Formats.standard(), Ingestor.Options.defaults())
          .ingestPaths(List.of(CliTest.SAMPLES), new Ingestor.Listener() {});
    }
    Run csv = Run.of(new ExportCommand(), "--archive", samplesArchive, "--as", "csv", "").ok();
    Run jsonl = Run.of(new ExportCommand(), "--archive", samplesArchive, "").ok();
    List<CSVRecord> rows = parseCsv(csv.out());
    List<String> lines = jsonl.out().lines().toList();
    try (Archive a = LuceneArchive.open(Path.of(samplesArchive), false)) {
      long total = a.search(SearchRequest.builder("").withLimit(0).build()).total();
      assertThat(total).isGreaterThan(5);
      assertThat(rows).hasSize((int) total);
      assertThat(lines).hasSize((int) total);
      for (CSVRecord row : rows) {
        assertThat(row.get("body")).isEqualTo(a.get(row.get("id")).orElseThrow().body());
      }
      for (String line : lines) {
        Statement s = Json.readStatement(line);
        assertThat(s).isEqualTo(a.get(s.id()).orElseThrow());
      }
    }
  }
}
