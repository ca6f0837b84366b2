package io.verbatim.server.web;

import io.verbatim.archive.KeyTerm;
import io.verbatim.archive.KeynessRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Distinctive terms of a subset: the terms over-represented in the statements chosen by the query
 * and filters, against the reference the user picked (by default the rest of the archive in the
 * same language), by descending log-likelihood (G2), with the log-ratio (effect size) and both
 * frequencies. A chart shows the G2 of the top terms; each term, shown in the form written most
 * often in the subset, links to its concordance in the subset. Every statistic is explained on the
 * page.
 */
public final class KeynessPage {
  private final PageParams params;
  private final KeynessRequest request;
  private final List<KeyTerm> terms;

  /**
   * @param params the page's parameters (subset, reference, ngram)
   * @param request the keyness asked for
   * @param terms its answer
   */
  public KeynessPage(PageParams params, KeynessRequest request, List<KeyTerm> terms) {
    this.params = Objects.requireNonNull(params, "parameters");
    this.request = Objects.requireNonNull(request, "request");
    this.terms = List.copyOf(terms);
  }

  public Html render() {
    Html h = new Html();
    String reference = request.referenceDescription();
    if (terms.isEmpty()) {
      h.element(
          "p",
          "No distinctive terms: the subset has no "
              + request.language()
              + " words, the reference ("
              + reference
              + ") has none, or no term is relatively more frequent in the subset. Change the"
              + " subset or the reference.",
          "class",
          "empty");
      return h;
    }
    KeyTerm first = terms.get(0);
    String unit = request.ngram() == 1 ? "words" : "two-word sequences";
    h.element(
        "p",
        "Subset: "
            + first.subsetTokens()
            + " "
            + unit
            + " (c). Reference, "
            + reference
            + ": "
            + first.referenceTokens()
            + " "
            + unit
            + " (d).",
        "id",
        "keyness-sizes",
        "data-subset",
        Long.toString(first.subsetTokens()),
        "data-reference",
        Long.toString(first.referenceTokens()));
    List<BarChart.Bar> bars = new ArrayList<>();
    for (KeyTerm t : terms.subList(0, Math.min(20, terms.size()))) {
      bars.add(new BarChart.Bar(t.term(), Math.round(t.logLikelihood()), concordance(t.term())));
    }
    h.append(
        BarChart.render(
            "Log-likelihood (G2) of the " + bars.size() + " most distinctive terms (rounded)",
            "term",
            "G2",
            bars));
    h.open("div", "class", "table-scroll");
    h.open("table", "class", "keyness", "id", "keyness");
    h.element(
        "caption",
        "Terms are counted as the index analyses them (by stem or lemma) and shown as written"
            + " most often in the subset.");
    h.open("thead");
    h.open("tr");
    h.element("th", "Term", "scope", "col");
    h.element("th", "Subset: a / c", "scope", "col", "class", "number");
    h.element("th", "Reference: b / d", "scope", "col", "class", "number");
    h.element("th", "G2", "scope", "col", "class", "number");
    h.element("th", "Log-ratio", "scope", "col", "class", "number");
    h.close();
    h.close();
    h.open("tbody");
    for (KeyTerm t : terms) {
      h.open("tr", "data-stem", t.stem());
      h.open("td");
      h.element(
          "a",
          t.term(),
          "href",
          concordance(t.term()),
          "lang",
          request.language(),
          "title",
          "counted as " + t.stem());
      h.close();
      h.element(
          "td",
          t.subsetFrequency() + " / " + t.subsetTokens(),
          "class",
          "number subset",
          "title",
          "occurrences in the subset / " + unit + " in the subset");
      h.element(
          "td",
          t.referenceFrequency() + " / " + t.referenceTokens(),
          "class",
          "number reference",
          "title",
          "occurrences in the reference / " + unit + " in the reference");
      h.element("td", Display.decimal(t.logLikelihood()), "class", "number g2");
      h.element("td", Display.decimal(t.logRatio()), "class", "number log-ratio");
      h.close();
    }
    h.close();
    h.close();
    h.close();
    explanations(h, unit);
    return h;
  }

  private static void explanations(Html h, String unit) {
    h.open("dl", "class", "explanations", "id", "keyness-explained");
    explain(h, "a, b", "how often the term occurs in the subset (a) and in the reference (b).");
    explain(h, "c, d", "how many " + unit + " the subset (c) and the reference (d) hold.");
    explain(
        h,
        "G2",
        "log-likelihood, 2·(a·ln(a/E1) + b·ln(b/E2)) with E1 = c·(a+b)/(c+d) and E2 ="
            + " d·(a+b)/(c+d): how surprising the difference is if the term were as frequent in"
            + " both. Above 3.84 the difference is significant at p < 0.05, above 10.83 at p <"
            + " 0.001.");
    explain(
        h,
        "Log-ratio",
        "log2(((a+0.5)/c) / ((b+0.5)/d)): how much more frequent the term is in the subset, in"
            + " powers of 2 (1 = twice as frequent, 2 = four times); 0.5 is added so that a term"
            + " absent from the reference has a finite value.");
    h.close();
  }

  private static void explain(Html h, String term, String meaning) {
    h.element("dt", term);
    h.element("dd", meaning);
  }

  /**
   * The concordance of a term (a word or two, as a phrase) within the subset, each word in any
   * inflection ({@code lemma:"…"}), as keyness counted it by stem.
   */
  private String concordance(String term) {
    String phrase = "lemma:\"" + term.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    String q = params.first("q");
    String query = q == null || q.isBlank() ? phrase : "(" + q + ") AND " + phrase;
    PageParams subset = params;
    for (String name : params.names()) {
      if (name.startsWith("reference") || name.equals("ngram") || name.equals("limit")) {
        subset = subset.remove(name);
      }
    }
    return subset
        .firstPage()
        .set("q", query)
        .set("lang", request.language())
        .set("tab", "kwic")
        .link("/");
  }
}
