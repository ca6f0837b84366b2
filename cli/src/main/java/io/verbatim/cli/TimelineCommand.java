package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.Timeline;
import io.verbatim.model.Json;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim timeline}: how many matching statements per day, month or year. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Counts the statements matching QUERY per day, month or year of publication, optionally",
      "split by language or speaker. Entities: QUERY mention:RUS. '' counts every statement.",
      "The counts plus the undated ones equal the search total. A statement dated less",
      "precisely than the period (only by its year, in a timeline by month) is counted in a",
      "bucket of its own, shown as e.g. '2019 (year only)' (JSON: precision \"year\")."
    })
final class TimelineCommand implements Callable<Integer> {
  private static final int BAR_WIDTH = 40;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Mixin SelectionOptions selection;

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      defaultValue = "year",
      description = "day, month or year (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(
      names = "--split",
      paramLabel = "BY",
      defaultValue = "none",
      description = "none, language or speaker (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--json", description = "Print the timeline as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Timeline timeline;
    try (Archive a = archive.open(false)) {
      timeline = a.timeline(selection.selection(), parseInterval(by), parseSplit(split));
    }
    if (json) {
      out.println(Json.pretty().writeValueAsString(timeline));
      return 0;
    }
    long max = timeline.buckets().stream().mapToLong(Timeline.Bucket::count).max().orElse(1);
    boolean split = timeline.split() != Timeline.Split.NONE;
    for (Timeline.Bucket b : timeline.buckets()) {
      String value =
          !split
              ? ""
              : String.format(Locale.ROOT, "%-24s ", b.value() == null ? "(none)" : b.value());
      int bar = (int) Math.max(1, Math.round((double) b.count() * BAR_WIDTH / max));
      out.printf(
          Locale.ROOT, "%-20s %s%8d  %s%n", label(timeline, b), value, b.count(), "#".repeat(bar));
    }
    String pad = split ? " ".repeat(25) : "";
    out.printf(Locale.ROOT, "%-20s %s%8d%n", "undated", pad, timeline.undated());
    out.printf(Locale.ROOT, "%-20s %s%8d%n", "total", pad, timeline.total());
    if (timeline.partial() > 0) {
      out.printf(
          Locale.ROOT,
          "%-20s %s%8d  (left out: the date range cuts the period of their date)%n",
          "partial",
          pad,
          timeline.partial());
    }
    return 0;
  }

  /** The bucket's period, marked when stated less precisely than the interval: 2019 (year only). */
  static String label(Timeline timeline, Timeline.Bucket b) {
    return b.precision().isCoarserThan(timeline.interval().precision())
        ? b.period() + " (" + b.precision().label() + " only)"
        : b.period();
  }

  static Timeline.Interval parseInterval(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "day" -> Timeline.Interval.DAY;
      case "month" -> Timeline.Interval.MONTH;
      case "year" -> Timeline.Interval.YEAR;
      default ->
          throw new IllegalArgumentException("unknown period '" + s + "'; use day, month or year");
    };
  }

  static Timeline.Split parseSplit(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "none" -> Timeline.Split.NONE;
      case "language", "lang" -> Timeline.Split.LANGUAGE;
      case "speaker" -> Timeline.Split.SPEAKER;
      default ->
          throw new IllegalArgumentException(
              "unknown split '" + s + "'; use none, language or speaker");
    };
  }
}
