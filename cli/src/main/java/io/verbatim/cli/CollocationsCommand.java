package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.Collocate;
import io.verbatim.archive.CollocationRequest;
import io.verbatim.archive.Collocations;
import io.verbatim.model.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim collocations}: words near a word or a phrase. */
@Command(
    name = "collocations",
    mixinStandardHelpOptions = true,
    description = {
      "Words within --window token positions before (left) and after (right) TERM, a word or a",
      "phrase, in the bodies of one language: left, right, f(xy) = left + right, f(y) collocate",
      "and f(x) node frequency, N tokens, logDice = 14 + log2(2f(xy)/(f(x)+f(y))) (at most 14)",
      "and MI = log2(f(xy)N/(f(x)f(y))). Words are counted by stem or lemma and shown as written",
      "most often near the node."
    })
final class CollocationsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Mixin FilterOptions selection;

  @Parameters(
      paramLabel = "TERM",
      arity = "1..*",
      description = "The node: a word, or a phrase (several words, e.g. climate change).")
  List<String> term;

  @Option(
      names = "--lang",
      required = true,
      paramLabel = "LANG",
      description = "The language of the bodies (e.g. en, ru).")
  String language;

  @Option(
      names = "--query",
      paramLabel = "QUERY",
      defaultValue = "",
      description = "Only statements this query selects (default: all).")
  String query;

  @Option(
      names = "--window",
      defaultValue = "5",
      description = "Token positions either side, 1 to 20 (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(
      names = "--min-freq",
      defaultValue = "2",
      description = "Minimum co-occurrences, left + right (default: ${DEFAULT-VALUE}).")
  int minFrequency;

  @Option(
      names = "--limit",
      defaultValue = "30",
      description = "Collocates to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--json",
      description =
          "Print {term, nodeForm, window, minFrequency, nodeFrequency, tokens, limit,"
              + " limitReached, collocates: [...]} as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1: " + limit);
    }
    String node = String.join(" ", term);
    CollocationRequest request =
        new CollocationRequest(
            selection.selection(query, language), node, language, window, minFrequency, limit + 1);
    Collocations found;
    try (Archive a = archive.open(false)) {
      found = a.collocations(request);
    }
    List<Collocate> collocates = found.collocates();
    boolean reached = collocates.size() > limit;
    collocates = collocates.subList(0, Math.min(limit, collocates.size()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("term", node);
      doc.put("nodeForm", found.nodeForm());
      doc.put("window", window);
      doc.put("minFrequency", minFrequency);
      doc.put("nodeFrequency", found.nodeFrequency());
      doc.put("tokens", found.tokens());
      doc.put("limit", limit);
      doc.put("limitReached", reached);
      doc.put("collocates", collocates);
      out.println(Json.pretty().writeValueAsString(doc));
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "node '%s' (written most often '%s'): f(x) = %d in %d tokens (N); window %d positions"
            + " left and right%n",
        node,
        found.nodeForm(),
        found.nodeFrequency(),
        found.tokens(),
        window);
    if (collocates.isEmpty()) {
      out.println(
          "no collocate of '"
              + node
              + "' seen "
              + minFrequency
              + " time(s) or more in this selection");
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "%-24s %6s %6s %8s %8s %8s %8s%n",
        "collocate",
        "left",
        "right",
        "f(xy)",
        "f(y)",
        "logDice",
        "MI");
    for (Collocate c : collocates) {
      out.printf(
          Locale.ROOT,
          "%-24s %6d %6d %8d %8d %8.2f %8.2f%n",
          c.term(),
          c.left(),
          c.right(),
          c.cooccurrences(),
          c.frequency(),
          c.logDice(),
          c.mutualInformation());
    }
    if (reached) {
      out.println("limit of " + limit + " collocates reached; more exist (raise --limit)");
    }
    return 0;
  }
}
