package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark commands run end to end on the samples and print their tables. Their numbers are
 * not asserted: speed belongs in BENCHMARKS.md, not in tests.
 */
class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void ingestBenchmarkComparesThePipelineWithTheBareIndexer() {
    CliRun run =
        CliRun.of(
            "bench",
            "ingest",
            "--runs",
            "1",
            "--work-dir",
            dir.resolve("w").toString(),
            CliTest.SAMPLES.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("input: 16 statement(s)")
        .contains("| 1 |")
        .contains("median ratio pipeline/bare");
  }

  @Test
  void searchBenchmarkReportsLatenciesAgainstTheAnchor() {
    String archive = dir.resolve("a").toString();
    assertThat(CliRun.of("ingest", "--archive", archive, CliTest.SAMPLES.toString()).exitCode())
        .isZero();
    CliRun run = CliRun.of("bench", "search", "--archive", archive, "--repeat", "2");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("archive: " + archive + ", 16 statements")
        .contains("| `peace` |")
        .contains("first ")
        .contains("monthly timeline")
        .contains("grouped by language version")
        .contains("peak heap used");
  }

  @Test
  void analysisBenchmarkComparesTheTwoAnalysesOnTheSameTexts() {
    CliRun run =
        CliRun.of(
            "bench",
            "analysis",
            "--repeat",
            "2",
            "--work-dir",
            dir.resolve("w").toString(),
            CliTest.SAMPLES.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("16 statements;")
        .contains("| `\"political will\"` |")
        .contains("| search p50, all queries |")
        .contains("| index size |");
  }

  @Test
  void httpBenchmarkLoadsTheServerAndReportsTheAnchors() {
    String archive = dir.resolve("h").toString();
    assertThat(CliRun.of("ingest", "--archive", archive, CliTest.SAMPLES.toString()).exitCode())
        .isZero();
    CliRun run =
        CliRun.of("bench", "http", "--archive", archive, "--connections", "4", "--seconds", "1");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("16 statements; 4 connections")
        .containsPattern("\\| HTTP /api/search \\| [1-9]\\d* \\| 0 \\|")
        .contains("| archive direct (anchor) |")
        .contains("| bare Lucene top-10 (anchor) |")
        .contains("ratio HTTP / archive direct");
    assertThat(CliRun.of("bench", "http").stderr()).contains("bench http needs --archive DIR");
  }

  @Test
  void replicateRepeatsTheIndexAndLinksTheOriginals() throws Exception {
    String archive = dir.resolve("a").toString();
    assertThat(CliRun.of("ingest", "--archive", archive, CliTest.SAMPLES.toString()).exitCode())
        .isZero();
    String big = dir.resolve("big").toString();
    CliRun run = CliRun.of("bench", "replicate", "--from", archive, "--times", "3", "--to", big);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("48 statements (the same ones repeated)");

    var mapper = io.verbatim.model.Json.mapper();
    var small = mapper.readTree(CliRun.of("stats", "--archive", archive, "--json").out());
    var large = mapper.readTree(CliRun.of("stats", "--archive", big, "--json").out());
    assertThat(large.get("statements").asLong()).isEqualTo(3 * small.get("statements").asLong());
    assertThat(large.get("originals").asLong()).isEqualTo(small.get("originals").asLong());
    long once =
        mapper
            .readTree(CliRun.of("search", "--archive", archive, "--json", "--limit", "0", "").out())
            .get("total")
            .asLong();
    long thrice =
        mapper
            .readTree(CliRun.of("search", "--archive", big, "--json", "--limit", "0", "").out())
            .get("total")
            .asLong();
    assertThat(thrice).isEqualTo(3 * once);

    CliRun again = CliRun.of("bench", "replicate", "--from", archive, "--to", big);
    assertThat(again.exitCode()).isNotZero();
    assertThat(again.stderr()).contains("is not empty");
  }

  @Test
  void benchmarksSayWhatTheyNeed() {
    assertThat(CliRun.of("bench", "search").stderr()).contains("bench search needs --archive DIR");
    assertThat(CliRun.of("bench", "ingest").stderr())
        .contains("bench ingest needs at least one PATH");
    assertThat(CliRun.of("bench", "query").stderr())
        .contains(
            "unknown benchmark 'query'; known: ingest, search, analysis, http, overload, replicate, chaos");
    assertThat(CliRun.of("bench", "overload").stderr())
        .contains("bench overload needs --archive DIR");
    assertThat(CliRun.of("bench", "analysis").stderr())
        .contains("bench analysis needs at least one PATH");
    assertThat(CliRun.of("bench", "replicate").stderr())
        .contains("bench replicate needs --from DIR and --to NEW_DIR");
  }

  @Test
  void overloadBenchmarkReportsSearchesBesideExportsWithLimitsOffAndOn() {
    String archive = dir.resolve("o").toString();
    assertThat(CliRun.of("ingest", "--archive", archive, CliTest.SAMPLES.toString()).exitCode())
        .isZero();
    CliRun run =
        CliRun.of(
            "bench",
            "overload",
            "--archive",
            archive,
            "--exports",
            "2",
            "--seconds",
            "1",
            "--export",
            "/api/export");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("16 statements; 2 search connection(s), 2 export clients")
        .containsPattern("\\| searches alone \\| [1-9]\\d* \\| 0 \\|")
        .contains("| 2 exports beside, limits off |")
        .contains("| 2 exports beside, default limits |")
        .contains("search p99 beside exports / alone");
  }
}
