package io.verbatim.server.web;

import io.verbatim.archive.Collocate;
import java.util.List;
import java.util.Objects;

/**
 * The collocates of a term: the terms found within a window of its occurrences in the selected
 * bodies of one language, by descending logDice, with mutual information and the frequencies; each
 * collocate links to the concordance of the two words near each other.
 */
public final class CollocationsPage {
  private final PageParams params;
  private final String term;
  private final String language;
  private final int window;
  private final List<Collocate> collocates;

  public CollocationsPage(
      PageParams params, String term, String language, int window, List<Collocate> collocates) {
    this.params = Objects.requireNonNull(params, "parameters");
    this.term = Objects.requireNonNull(term, "term");
    this.language = Objects.requireNonNull(language, "language");
    this.window = window;
    this.collocates = List.copyOf(collocates);
  }

  public Html render() {
    Html h = new Html();
    if (collocates.isEmpty()) {
      h.element(
          "p",
          "No collocates of '" + term + "' in '" + language + "' with these settings.",
          "class",
          "empty");
      return h;
    }
    h.open("div", "class", "table-scroll");
    h.open("table", "class", "collocations", "id", "collocations");
    h.element(
        "caption",
        "Terms within " + window + " positions of '" + term + "'; logDice is at most 14.");
    h.open("thead");
    h.open("tr");
    for (String c : new String[] {"Collocate", "Together", "Frequency", "logDice", "MI"}) {
      h.element("th", c, "scope", "col", "class", c.equals("Collocate") ? null : "number");
    }
    h.close();
    h.close();
    h.open("tbody");
    for (Collocate c : collocates) {
      h.open("tr");
      h.open("td");
      h.element(
          "a",
          c.term(),
          "href",
          params
              .remove("term", "window", "min", "limit")
              .firstPage()
              .set("q", "\"" + term + " " + c.term() + "\"~" + (window * 2))
              .set("lang", language)
              .set("tab", "kwic")
              .link("/"),
          "lang",
          language);
      h.close();
      h.element("td", Long.toString(c.cooccurrences()), "class", "number");
      h.element("td", Long.toString(c.frequency()), "class", "number");
      h.element("td", Display.decimal(c.logDice()), "class", "number");
      h.element("td", Display.decimal(c.mutualInformation()), "class", "number");
      h.close();
    }
    h.close();
    h.close();
    h.close();
    return h;
  }
}
