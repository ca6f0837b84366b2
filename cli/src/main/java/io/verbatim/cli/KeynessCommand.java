package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.KeyTerm;
import io.verbatim.archive.Selection;
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

/** {@code verbatim keyness}: terms over-represented in a selection. */
@Command(
    name = "keyness",
    mixinStandardHelpOptions = true,
    description = {
      "Terms over-represented in the statements QUERY selects, against --reference (or the rest",
      "of the archive) in one language: frequencies a (subset), b (reference) of c and d tokens,",
      "log-likelihood G2 (>3.84: p<0.05, >10.83: p<0.001) and log-ratio",
      "log2(((a+0.5)/c)/((b+0.5)/d)). Terms are analysed (stemmed or lemmatised) forms."
    })
final class KeynessCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Mixin FilterOptions selection;

  @Parameters(paramLabel = "QUERY", description = "The subset's query ('' for all).")
  String query;

  @Option(
      names = "--lang",
      required = true,
      paramLabel = "LANG",
      description = "The language whose terms to compare (e.g. en, ru).")
  String language;

  @Option(
      names = "--reference",
      paramLabel = "QUERY",
      description = "The reference's query (default: the rest of the archive in LANG).")
  String reference;

  @Option(
      names = "--limit",
      defaultValue = "30",
      description = "Terms to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print {limit, limitReached, terms: [...]} as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1: " + limit);
    }
    Selection subset = selection.selection(query, language);
    Selection ref =
        reference == null
            ? null
            : Selection.builder(reference)
                .withLanguage(language)
                .withAllVersions(subset.allVersions())
                .build();
    List<KeyTerm> terms;
    try (Archive a = archive.open(false)) {
      terms = a.keyness(subset, ref, language, limit + 1);
    }
    boolean reached = terms.size() > limit;
    terms = terms.subList(0, Math.min(limit, terms.size()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("limit", limit);
      doc.put("limitReached", reached);
      doc.put("reference", reference == null ? "rest of the archive" : reference);
      doc.put("terms", terms);
      out.println(Json.pretty().writeValueAsString(doc));
      return 0;
    }
    if (terms.isEmpty()) {
      out.println(
          "no term is over-represented in this selection (is it empty in " + language + "?)");
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "subset: %d tokens; reference (%s): %d tokens%n",
        terms.get(0).subsetTokens(),
        reference == null ? "rest of the archive" : reference,
        terms.get(0).referenceTokens());
    out.printf(
        Locale.ROOT, "%-24s %9s %9s %10s %9s%n", "term", "subset", "reference", "G2", "logRatio");
    for (KeyTerm t : terms) {
      out.printf(
          Locale.ROOT,
          "%-24s %9d %9d %10.2f %9.2f%n",
          t.term(),
          t.subsetFrequency(),
          t.referenceFrequency(),
          t.logLikelihood(),
          t.logRatio());
    }
    if (reached) {
      out.println("limit of " + limit + " terms reached; more exist (raise --limit)");
    }
    return 0;
  }
}
