package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.archive.Archive;
import io.verbatim.ingest.Ingestor;
import io.verbatim.lucene.LuceneArchive;
import io.verbatim.model.Json;
import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates with their precision at the command line: {@code --undated}, the partial count under a date
 * range (search, timeline, export), year-only timeline buckets and the export columns, over three
 * invented statements: one dated 2019 (year only), one 24 September 2019, one undated.
 */
class DateOptionsTest {
  @TempDir Path dir;
  private String archive;

  private static Statement statement(String body, Published published) {
    String sha = Ingestor.sha256(body.getBytes(StandardCharsets.UTF_8));
    return Statement.builder()
        .withId(Statement.idFor(sha))
        .withSource(new Source("test/" + sha + ".txt", "ungdc", sha, sha, null, Instant.EPOCH))
        .withLanguage("en")
        .withPublished(published)
        .withBody(body)
        .build();
  }

  @BeforeEach
  void fill() throws IOException {
    archive = dir.resolve("archive").toString();
    try (Archive a = LuceneArchive.open(Path.of(archive), true)) {
      for (Statement s :
          List.of(
              statement("A speech on water, dated by its year.", Published.ofYear(2019)),
              statement("A briefing on water.", Published.of(LocalDate.of(2019, 9, 24))),
              statement("An interview on water without a date.", null))) {
        a.add(s);
      }
      a.commit();
    }
  }

  private JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return Json.mapper().readTree(run.stdout());
  }

  @Test
  void undatedStatementsAreIncludedExcludedOrTheOnlyOnes() throws IOException {
    assertThat(json("search", "--archive", archive, "--json", "water").get("total").asLong())
        .isEqualTo(3);
    assertThat(
            json("search", "--archive", archive, "--json", "--undated", "exclude", "water")
                .get("total")
                .asLong())
        .isEqualTo(2);
    assertThat(
            json("search", "--archive", archive, "--json", "--undated", "only", "water")
                .get("total")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void aBadUndatedValueOrOnlyWithARangeIsACommandLineError() {
    CliRun bad = CliRun.of("search", "--archive", archive, "--undated", "sometimes", "water");
    assertThat(bad.exitCode()).isEqualTo(VerbatimCli.EXIT_USAGE);
    assertThat(bad.stderr()).contains("sometimes").contains("include");
    CliRun contradiction =
        CliRun.of(
            "search", "--archive", archive, "--undated", "only", "--from", "2019-01-01", "water");
    assertThat(contradiction.exitCode()).isEqualTo(VerbatimCli.EXIT_USAGE);
    assertThat(contradiction.stderr()).contains("cannot hold undated statements");
  }

  @Test
  void aRangeThatCutsAYearSaysSoInTextAndJson() throws IOException {
    String[] range = {"--from", "2019-06-01", "--to", "2019-12-31"};
    JsonNode result =
        json("search", "--archive", archive, "--json", range[0], range[1], range[2], range[3], "");
    assertThat(result.get("total").asLong()).isEqualTo(1);
    assertThat(result.get("partial").asLong()).isEqualTo(1);
    CliRun text = CliRun.of("search", "--archive", archive, range[0], range[1], range[2], range[3]);
    assertThat(text.out())
        .contains("1 statement(s) match")
        .contains("1 more statement(s) left out");

    JsonNode whole =
        json(
            "search", "--archive", archive, "--json", "--from", "2019-01-01", "--to", "2019-12-31");
    assertThat(whole.get("total").asLong()).isEqualTo(2);
    assertThat(whole.get("partial").asLong()).isZero();
  }

  @Test
  void aMonthlyTimelineShowsTheYearOnlyBucketApart() throws IOException {
    JsonNode t = json("timeline", "--archive", archive, "--by", "month", "--json", "");
    assertThat(t.get("buckets").get(0).get("period").asText()).isEqualTo("2019");
    assertThat(t.get("buckets").get(0).get("precision").asText()).isEqualTo("year");
    assertThat(t.get("buckets").get(1).get("period").asText()).isEqualTo("2019-09");
    assertThat(t.get("buckets").get(1).get("precision").asText()).isEqualTo("month");
    assertThat(t.get("undated").asLong()).isEqualTo(1);
    assertThat(t.get("partial").asLong()).isZero();

    CliRun text = CliRun.of("timeline", "--archive", archive, "--by", "month", "");
    assertThat(text.out()).contains("2019 (year only)").contains("2019-09 ");
    CliRun cut =
        CliRun.of("timeline", "--archive", archive, "--by", "month", "--from", "2019-06-01", "");
    assertThat(cut.out()).containsPattern("partial\\s+1");
  }

  @Test
  void exportGivesTheDateAndItsPrecisionAndTheReportThePartialCount() throws IOException {
    CliRun csv = CliRun.of("export", "--archive", archive, "--as", "csv", "--sort", "date-asc", "");
    assertThat(csv.exitCode()).as(csv.toString()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).startsWith("id,statementKey,published,publishedPrecision,");
    assertThat(lines.get(1)).contains(",2019,year,");
    assertThat(lines.get(2)).contains(",2019-09-24,day,");
    assertThat(lines.get(3)).contains(",,,en,");

    CliRun report =
        CliRun.of(
            "export", "--archive", archive, "--json", "--as", "jsonl", "--from", "2019-06-01", "");
    assertThat(Json.mapper().readTree(report.stderr()).get("partial").asLong()).isEqualTo(1);
  }
}
