package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench chaos} with tiny numbers: the server child is killed with SIGKILL in the middle of
 * uploads, searches and exports, and after the restart every statement is there once and the
 * archive checks clean. The expected counts come from the command line (300 statements), not from
 * the benchmark.
 */
class ChaosBenchmarkTest {
  private static final Pattern ROW = Pattern.compile("^\\| (.+?) \\| (.+?) \\|$");

  @TempDir Path dir;

  @Test
  void aKilledServerLosesNothingReportedStoredAndDuplicatesNothing() {
    CliRun run =
        CliRun.of(
            "bench",
            "chaos",
            "--statements",
            "300",
            "--searchers",
            "2",
            "--exporters",
            "1",
            "--work-dir",
            dir.resolve("work").toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    Map<String, String> table =
        run.out()
            .lines()
            .map(ROW::matcher)
            .filter(Matcher::matches)
            .collect(Collectors.toMap(m -> m.group(1).strip(), m -> m.group(2), (a, b) -> a));
    assertThat(table.get("statements reported stored (distinct ids)")).isEqualTo("300");
    assertThat(table.get("found after restart (export, distinct ids)")).isEqualTo("300");
    assertThat(table.get("search total after restart")).isEqualTo("300");
    assertThat(table.get("missing (reported stored, not found)")).isEqualTo("0");
    assertThat(table.get("duplicates (ids exported twice)")).isEqualTo("0");
    assertThat(table.get("check after the kill")).isEqualTo("clean");
    assertThat(table.get("check at the end")).isEqualTo("clean");
    assertThat(Long.parseLong(table.get("of which before the kill")))
        .as("the kill came in the middle, after some uploads were answered")
        .isPositive()
        .isLessThan(300);
    assertThat(table.keySet()).noneMatch(k -> k.matches("status \\w+ 5\\d\\d"));
    assertThat(run.out()).contains("every invariant holds");
  }
}
