package io.verbatim.server.web;

import io.verbatim.archive.KeyTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Distinctive terms of a subset: the terms over-represented in the statements chosen by the query
 * and filters, against the rest of the archive in the same language, by descending log-likelihood
 * (G2), with the log-ratio (effect size) and both frequencies. A chart shows the G2 of the top
 * terms; each term links to its concordance in the subset.
 */
public final class KeynessPage {
  private final PageParams params;
  private final String language;
  private final List<KeyTerm> terms;

  public KeynessPage(PageParams params, String language, List<KeyTerm> terms) {
    this.params = Objects.requireNonNull(params, "parameters");
    this.language = Objects.requireNonNull(language, "language");
    this.terms = List.copyOf(terms);
  }

  public Html render() {
    Html h = new Html();
    if (terms.isEmpty()) {
      h.element(
          "p",
          "No distinctive terms: the subset is empty, or no term is relatively more frequent in it"
              + " than in the rest of the archive in '"
              + language
              + "'. Narrow the subset with the query or the filters.",
          "class",
          "empty");
      return h;
    }
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
        "Above 3.84 the difference is significant at p < 0.05, above 10.83 at p < 0.001;"
            + " log-ratio 1 = twice as frequent in the subset.");
    h.open("thead");
    h.open("tr");
    for (String c : new String[] {"Term", "Subset", "Rest", "G2", "Log-ratio"}) {
      h.element("th", c, "scope", "col", "class", c.equals("Term") ? null : "number");
    }
    h.close();
    h.close();
    h.open("tbody");
    for (KeyTerm t : terms) {
      h.open("tr");
      h.open("td");
      h.element("a", t.term(), "href", concordance(t.term()), "lang", language);
      h.close();
      h.element(
          "td",
          t.subsetFrequency() + " / " + t.subsetTokens(),
          "class",
          "number",
          "title",
          "occurrences in the subset / tokens in the subset");
      h.element(
          "td",
          t.referenceFrequency() + " / " + t.referenceTokens(),
          "class",
          "number",
          "title",
          "occurrences in the rest / tokens in the rest");
      h.element("td", Display.decimal(t.logLikelihood()), "class", "number");
      h.element("td", Display.decimal(t.logRatio()), "class", "number");
      h.close();
    }
    h.close();
    h.close();
    h.close();
    return h;
  }

  /** The concordance of a term within the subset. */
  private String concordance(String term) {
    String q = params.first("q");
    String query = q == null || q.isBlank() ? term : "(" + q + ") AND " + term;
    return params
        .remove("limit")
        .firstPage()
        .set("q", query)
        .set("lang", language)
        .set("tab", "kwic")
        .link("/");
  }
}
