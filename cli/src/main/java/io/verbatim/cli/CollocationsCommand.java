package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.Collocate;
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

/** {@code verbatim collocations}: terms near a term. */
@Command(
    name = "collocations",
    mixinStandardHelpOptions = true,
    description = {
      "Terms within --window token positions of TERM in the bodies of one language: f(xy)",
      "together, f(y) collocate, f(x) node frequency, N tokens, logDice = 14 + log2(2f(xy)/(f(x)+f(y)))",
      "and MI = log2(f(xy)N/(f(x)f(y))). Terms are analysed (stemmed or lemmatised) forms."
    })
final class CollocationsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Mixin FilterOptions selection;

  @Parameters(paramLabel = "TERM", description = "The node term (one word).")
  String term;

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
      description = "Token positions either side (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(
      names = "--min-freq",
      defaultValue = "2",
      description = "Minimum co-occurrences (default: ${DEFAULT-VALUE}).")
  int minFrequency;

  @Option(
      names = "--limit",
      defaultValue = "30",
      description = "Collocates to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print {limit, limitReached, collocates: [...]} as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1: " + limit);
    }
    List<Collocate> collocates;
    try (Archive a = archive.open(false)) {
      collocates =
          a.collocations(
              selection.selection(query, language),
              term,
              language,
              window,
              minFrequency,
              limit + 1);
    }
    boolean reached = collocates.size() > limit;
    collocates = collocates.subList(0, Math.min(limit, collocates.size()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("term", term);
      doc.put("window", window);
      doc.put("minFrequency", minFrequency);
      doc.put("limit", limit);
      doc.put("limitReached", reached);
      doc.put("collocates", collocates);
      out.println(Json.pretty().writeValueAsString(doc));
      return 0;
    }
    if (collocates.isEmpty()) {
      out.println(
          "no collocate of '"
              + term
              + "' seen "
              + minFrequency
              + " time(s) or more in this selection");
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "node '%s': f(x) = %d in %d tokens; window ±%d%n",
        term,
        collocates.get(0).nodeFrequency(),
        collocates.get(0).tokens(),
        window);
    out.printf(
        Locale.ROOT, "%-24s %8s %8s %8s %8s%n", "collocate", "f(xy)", "f(y)", "logDice", "MI");
    for (Collocate c : collocates) {
      out.printf(
          Locale.ROOT,
          "%-24s %8d %8d %8.2f %8.2f%n",
          c.term(),
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
