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
        .contains("peak heap used");
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
  void benchmarksSayWhatTheyNeed() {
    assertThat(CliRun.of("bench", "search").stderr()).contains("bench search needs --archive DIR");
    assertThat(CliRun.of("bench", "ingest").stderr())
        .contains("bench ingest needs at least one PATH");
    assertThat(CliRun.of("bench", "query").stderr())
        .contains("unknown benchmark 'query'; known: ingest, search, http");
  }
}
