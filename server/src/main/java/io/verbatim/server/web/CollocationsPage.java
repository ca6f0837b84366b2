package io.verbatim.server.web;

import io.verbatim.archive.Collocate;
import io.verbatim.archive.Collocations;
import java.util.Objects;

/**
 * The collocates of a node (a word or a phrase): the words found within a window of token positions
 * before (left) and after (right) its occurrences in the selected bodies of one language, by
 * descending logDice, with mutual information and the frequencies; the window, the node's frequency
 * and the size of the selection are stated, and every statistic is explained. Words are counted by
 * stem or lemma and shown as written most often near the node; each collocate links to the
 * concordance of the two near each other.
 */
public final class CollocationsPage {
  private final PageParams params;
  private final String language;
  private final int minFrequency;
  private final Collocations found;

  public CollocationsPage(
      PageParams params, String language, int minFrequency, Collocations found) {
    this.params = Objects.requireNonNull(params, "parameters");
    this.language = Objects.requireNonNull(language, "language");
    this.minFrequency = minFrequency;
    this.found = Objects.requireNonNull(found, "collocations");
  }

  public Html render() {
    Html h = new Html();
    String node = found.node();
    if (found.nodeFrequency() == 0) {
      h.element(
          "p",
          "'" + node + "' does not occur in the selected '" + language + "' bodies.",
          "class",
          "empty");
      return h;
    }
    h.element(
        "p",
        "'"
            + found.nodeForm()
            + "' occurs "
            + found.nodeFrequency()
            + " times (f(x)) in the "
            + found.tokens()
            + " words (N) of the selected '"
            + language
            + "' bodies. Collocates are the words within "
            + found.window()
            + " positions before (left) or after (right) it; every word takes a position and"
            + " counts in N, but function words (the, of, в, и …) are not listed.",
        "id",
        "collocations-counts",
        "data-node-frequency",
        Long.toString(found.nodeFrequency()),
        "data-tokens",
        Long.toString(found.tokens()),
        "data-window",
        Integer.toString(found.window()));
    if (found.collocates().isEmpty()) {
      h.element(
          "p",
          "No word is seen " + minFrequency + " times or more near it with these settings.",
          "class",
          "empty");
      return h;
    }
    h.open("div", "class", "table-scroll");
    h.open("table", "class", "collocations", "id", "collocations");
    h.element(
        "caption",
        "Words within "
            + found.window()
            + " positions of '"
            + found.nodeForm()
            + "', seen at least "
            + minFrequency
            + " times; counted by stem or lemma, shown as written most often near it.");
    h.open("thead");
    h.open("tr");
    h.element("th", "Collocate", "scope", "col");
    for (String c : new String[] {"Left", "Right", "Together: f(xy)", "Frequency: f(y)"}) {
      h.element("th", c, "scope", "col", "class", "number");
    }
    h.element("th", "logDice", "scope", "col", "class", "number");
    h.element("th", "MI", "scope", "col", "class", "number");
    h.close();
    h.close();
    h.open("tbody");
    for (Collocate c : found.collocates()) {
      h.open("tr", "data-stem", c.stem());
      h.open("td");
      h.element(
          "a",
          c.term(),
          "href",
          concordance(c),
          "lang",
          language,
          "title",
          "counted as " + c.stem());
      h.close();
      h.element("td", Long.toString(c.left()), "class", "number left");
      h.element("td", Long.toString(c.right()), "class", "number right");
      h.element("td", Long.toString(c.cooccurrences()), "class", "number together");
      h.element("td", Long.toString(c.frequency()), "class", "number frequency");
      h.element("td", Display.decimal(c.logDice()), "class", "number logdice");
      h.element("td", Display.decimal(c.mutualInformation()), "class", "number mi");
      h.close();
    }
    h.close();
    h.close();
    h.close();
    explanations(h);
    return h;
  }

  private void explanations(Html h) {
    h.open("dl", "class", "explanations", "id", "collocations-explained");
    explain(
        h,
        "Left, Right",
        "how often the word is within "
            + found.window()
            + " positions before, and after, an occurrence of the node; a word near two"
            + " occurrences counts for each.");
    explain(h, "f(xy)", "left + right: how often the word is near the node.");
    explain(
        h,
        "f(y), f(x), N",
        "how often the word (f(y)) and the node (f(x)) occur in the selected bodies, and how many"
            + " words those hold (N).");
    explain(
        h,
        "logDice",
        "14 + log2(2·f(xy) / (f(x) + f(y))): how exclusively the two go together; at most 14, each"
            + " point less halves that share; it does not depend on N.");
    explain(
        h,
        "MI",
        "log2(f(xy)·N / (f(x)·f(y))): how many times more often the word is near the node than"
            + " chance would put it, in powers of 2; it favours rare words.");
    h.close();
  }

  private static void explain(Html h, String term, String meaning) {
    h.element("dt", term);
    h.element("dd", meaning);
  }

  /**
   * The concordance of the node and a collocate near each other, in the order seen most often: each
   * word in any inflection ({@code lemma:"…"}), as the collocation was counted by stem.
   */
  private String concordance(Collocate c) {
    String words =
        c.left() > c.right()
            ? c.term() + " " + found.nodeForm()
            : found.nodeForm() + " " + c.term();
    return params
        .remove("term", "window", "min", "limit")
        .firstPage()
        .set("q", "lemma:\"" + words.replace("\"", "") + "\"~" + (found.window() * 2))
        .set("lang", language)
        .set("tab", "kwic")
        .link("/");
  }
}
