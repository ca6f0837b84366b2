package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveStats;
import io.verbatim.model.Json;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim stats}: what the archive holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Counts statements by language, source format and year.")
final class StatsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Option(names = "--json", description = "Print as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ArchiveStats stats;
    String location;
    try (Archive a = archive.open(false)) {
      stats = a.stats();
      location = a.location();
    }
    if (json) {
      out.println(Json.pretty().writeValueAsString(stats));
      return 0;
    }
    out.printf("archive %s (format %d)%n", location, stats.formatVersion());
    out.printf(
        "%d statement(s) (%d distinct, counting versions once), %d original(s)%n",
        stats.statements(), stats.statementKeys(), stats.originals());
    section(out, "by language", stats.byLanguage());
    section(out, "by format", stats.byFormat());
    section(out, "by year", stats.byYear());
    return 0;
  }

  private static void section(PrintWriter out, String title, Map<String, Long> counts) {
    out.println(title + ":");
    counts.forEach((k, v) -> out.printf("  %-12s %d%n", k, v));
  }
}
