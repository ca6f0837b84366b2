package io.verbatim.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.verbatim.archive.Archive;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.KwicSummary;
import io.verbatim.model.Json;
import io.verbatim.model.Published;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim kwic}: keyword in context. Streams every match of QUERY in the selected bodies as
 * {@code left | match | right} with statement id, date and speaker.
 */
@Command(
    name = "kwic",
    mixinStandardHelpOptions = true,
    description = {
      "Keyword in context: every match of QUERY in the statement bodies, with the words around it.",
      "Phrases, proximity, wildcards and fuzzy terms show the exact text they matched.",
      "All lines are shown unless --limit is given; the summary says when the limit was reached."
    })
final class KwicCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Mixin SelectionOptions selection;

  @Option(
      names = "--width",
      paramLabel = "WORDS",
      defaultValue = "" + KwicRequest.DEFAULT_CONTEXT_WORDS,
      description = "Words of context on each side (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "none",
      description =
          "none (index order, fastest), left1, left2, left3, right1, right2, right3 (by the n-th"
              + " word left/right of the match), date (newest first) or date-asc"
              + " (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(
      names = "--group",
      paramLabel = "BY",
      defaultValue = "none",
      description = "Count the lines by speaker or year (default: ${DEFAULT-VALUE}).")
  String group;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Show at most N lines; 0 shows all (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--json",
      description = "Print {\"lines\": [...], \"summary\": {...}} as JSON, streamed.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    KwicRequest request =
        new KwicRequest(selection.selection(), width, parseSort(sort), limit, parseGroup(group));
    try (Archive a = archive.open(false)) {
      if (json) {
        writeJson(a, request, out);
      } else {
        writeText(a, request, out);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return 0;
  }

  private static void writeJson(Archive a, KwicRequest request, PrintWriter out)
      throws IOException {
    JsonGenerator json = Json.mapper().getFactory().createGenerator(out);
    json.writeStartObject();
    json.writeArrayFieldStart("lines");
    KwicSummary summary =
        a.kwic(
            request,
            line -> {
              try {
                Json.mapper().writeValue(json, line);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    json.writeEndArray();
    json.writeFieldName("summary");
    Json.mapper().writeValue(json, summary);
    json.writeEndObject();
    json.flush();
    out.println();
  }

  private void writeText(Archive a, KwicRequest request, PrintWriter out) throws IOException {
    int leftColumn = Math.min(80, 7 * request.contextWords());
    KwicSummary summary =
        a.kwic(
            request,
            line ->
                out.printf(
                    Locale.ROOT,
                    "%s  %-10s  %-20s  %" + leftColumn + "s | %s | %s%n",
                    line.statementId(),
                    line.published() == null
                        ? "(undated)"
                        : line.published().truncatedTo(Published.Precision.DAY),
                    shorten(line.speaker() == null ? "" : line.speaker(), 20),
                    oneLine(line.left()),
                    oneLine(line.match()),
                    oneLine(line.right())));
    out.printf(
        Locale.ROOT, "%d line(s) in %d statement(s)%n", summary.lines(), summary.statements());
    if (summary.limitReached()) {
      out.printf(
          Locale.ROOT,
          "limit of %d line(s) reached: more lines exist (raise --limit, or --limit 0 for all)%n",
          request.limit());
    }
    if (!summary.groups().isEmpty()) {
      out.println("lines by " + request.groupBy().name().toLowerCase(Locale.ROOT) + ":");
      for (Map.Entry<String, Long> g : summary.groups().entrySet()) {
        out.printf(Locale.ROOT, "  %8d  %s%n", g.getValue(), g.getKey());
      }
    }
  }

  /** Whitespace runs (newlines included) as one space: for people only, records keep them. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static KwicRequest.Sort parseSort(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "none", "index" -> KwicRequest.Sort.NONE;
      case "left1", "left" -> KwicRequest.Sort.LEFT_1;
      case "left2" -> KwicRequest.Sort.LEFT_2;
      case "left3" -> KwicRequest.Sort.LEFT_3;
      case "right1", "right" -> KwicRequest.Sort.RIGHT_1;
      case "right2" -> KwicRequest.Sort.RIGHT_2;
      case "right3" -> KwicRequest.Sort.RIGHT_3;
      case "date", "date-desc", "newest" -> KwicRequest.Sort.DATE_DESC;
      case "date-asc", "oldest" -> KwicRequest.Sort.DATE_ASC;
      default ->
          throw new IllegalArgumentException(
              "unknown sort '"
                  + s
                  + "'; use none, left1, left2, left3, right1, right2, right3, date or date-asc");
    };
  }

  static KwicRequest.Group parseGroup(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "none" -> KwicRequest.Group.NONE;
      case "speaker" -> KwicRequest.Group.SPEAKER;
      case "year" -> KwicRequest.Group.YEAR;
      default ->
          throw new IllegalArgumentException(
              "unknown group '" + s + "'; use none, speaker or year");
    };
  }
}
