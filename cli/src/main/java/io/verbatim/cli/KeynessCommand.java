package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.KeyTerm;
import io.verbatim.archive.KeynessRequest;
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
      "Terms over-represented in the statements QUERY selects (the subset), against a reference",
      "(the --reference options; default: the rest of the archive) in one language: frequencies a",
      "(subset) and b (reference) of c and d tokens, log-likelihood G2 = 2(a ln(a/E1) + b ln(b/E2))",
      "with E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d) (>3.84: p<0.05, >10.83: p<0.001), and log-ratio",
      "log2(((a+0.5)/c)/((b+0.5)/d)) (1 = twice as frequent). Terms are counted by stem or lemma",
      "and shown as written most often in the subset; --ngram 2 counts pairs of adjacent words."
    })
final class KeynessCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Mixin FilterOptions selection;

  @Mixin ReferenceOptions reference;

  @Parameters(paramLabel = "QUERY", description = "The subset's query ('' for all).")
  String query;

  @Option(
      names = "--lang",
      required = true,
      paramLabel = "LANG",
      description = "The language whose terms to compare (e.g. en, ru).")
  String language;

  @Option(
      names = "--ngram",
      defaultValue = "1",
      paramLabel = "N",
      description =
          "Words per term: 1, or 2 for pairs of adjacent words with no punctuation between; pairs"
              + " with a function word count in the totals but are not listed (default:"
              + " ${DEFAULT-VALUE}).")
  int ngram;

  @Option(
      names = "--limit",
      defaultValue = "30",
      description = "Terms to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--json",
      description =
          "Print {language, ngram, limit, limitReached, reference, referenceSelection, terms} as"
              + " JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1: " + limit);
    }
    Selection subset = selection.selection(query, language);
    KeynessRequest request =
        new KeynessRequest(
            subset,
            reference.selection(language, subset.allVersions()),
            language,
            ngram,
            limit + 1);
    List<KeyTerm> terms;
    try (Archive a = archive.open(false)) {
      terms = a.keyness(request);
    }
    boolean reached = terms.size() > limit;
    terms = terms.subList(0, Math.min(limit, terms.size()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("language", language);
      doc.put("ngram", ngram);
      doc.put("limit", limit);
      doc.put("limitReached", reached);
      doc.put("reference", request.referenceDescription());
      doc.put("referenceSelection", request.reference());
      doc.put("terms", terms);
      out.println(Json.pretty().writeValueAsString(doc));
      return 0;
    }
    if (terms.isEmpty()) {
      out.println(
          "no term is over-represented in this selection against "
              + request.referenceDescription()
              + " (is either empty in "
              + language
              + "?)");
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "subset: %d %s (c); reference, %s: %d (d)%n",
        terms.get(0).subsetTokens(),
        ngram == 1 ? "tokens" : "word pairs",
        request.referenceDescription(),
        terms.get(0).referenceTokens());
    out.printf(
        Locale.ROOT,
        "%-24s %-20s %9s %9s %10s %9s%n",
        "term",
        "counted as",
        "a",
        "b",
        "G2",
        "logRatio");
    for (KeyTerm t : terms) {
      out.printf(
          Locale.ROOT,
          "%-24s %-20s %9d %9d %10.2f %9.2f%n",
          t.term(),
          t.stem(),
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
