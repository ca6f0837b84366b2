package io.verbatim.extract.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a page and strips site chrome from it.
 *
 * <p>The container is the first of {@code div.text.article-content}, {@code article}, {@code main},
 * {@code [role=main]}, {@code .article-content}, {@code .text} that holds at least {@value
 * #MIN_CONTAINER_CHARS} characters of paragraph text (the one with most text when a selector
 * matches several); else the element whose direct paragraphs hold the most text (a simple
 * text-density rule); else the whole body. Chrome inside it (navigation, header, footer, aside,
 * scripts, styles, forms, share bars, breadcrumbs, hidden elements) is removed from a copy; the
 * page itself is not changed.
 */
final class MainText {
  /** Below this much paragraph text a preferred container is taken for a teaser, not the text. */
  static final int MIN_CONTAINER_CHARS = 80;

  private static final List<String> PREFERRED =
      List.of(
          "div.text.article-content",
          "article",
          "main",
          "[role=main]",
          ".article-content",
          ".text");

  private static final String CHROME =
      "nav, header, footer, aside, script, style, noscript, template, form, button, select,"
          + " textarea, input, iframe, svg, canvas, object, embed, [role=navigation],"
          + " [role=banner], [role=contentinfo], [role=search], [hidden], [aria-hidden=true]";

  /** Class or id words that mark share bars, breadcrumbs, social widgets and similar chrome. */
  private static final Pattern CHROME_NAME =
      Pattern.compile(
          "(?i)(^|[-_\\s])(share|sharing|social|breadcrumbs?|print-?link|subscribe|cookie|"
              + "related|comments?|pagination|paginates|tags-list|navbar|menu)([-_\\s]|$)");

  private MainText() {}

  /** The element holding the page's main text (never null; the body at worst). */
  static Element container(Document doc) {
    Objects.requireNonNull(doc, "page");
    for (String selector : PREFERRED) {
      Element best = null;
      int bestChars = 0;
      java.util.Set<Element> matched =
          java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (Element e : doc.select(selector)) {
        matched.add(e);
        if (hasAncestorIn(e, matched)) {
          // Inside a match already measured, whose text holds its own: measuring every level
          // of thousands of nested <article>s copied the page once per level.
          continue;
        }
        int chars = textChars(e);
        if (chars > bestChars) {
          best = e;
          bestChars = chars;
        }
      }
      if (best != null && bestChars >= MIN_CONTAINER_CHARS) {
        return best;
      }
    }
    return densest(doc);
  }

  /** A copy of {@code container} without chrome. */
  static Element withoutChrome(Element container) {
    Element copy = container.clone();
    copy.select(CHROME).remove();
    for (Element e : copy.select("[class], [id]")) {
      if (e != copy
          && (CHROME_NAME.matcher(e.className()).find() || CHROME_NAME.matcher(e.id()).find())) {
        e.remove();
      }
    }
    return copy;
  }

  /** The parent whose direct {@code <p>} children hold the most text, or the body. */
  private static Element densest(Document doc) {
    Map<Element, Integer> scores = new LinkedHashMap<>(); // page order breaks ties
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null && !insideChrome(p)) {
        scores.merge(parent, Paragraphs.plain(p.wholeText()).length(), Integer::sum);
      }
    }
    Element best = null;
    int bestScore = 0;
    for (Map.Entry<Element, Integer> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    if (best != null) {
      return best;
    }
    return doc.body();
  }

  /** True when an ancestor of {@code e} is in {@code elements}. */
  private static boolean hasAncestorIn(Element e, java.util.Set<Element> elements) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (elements.contains(a)) {
        return true;
      }
    }
    return false;
  }

  private static int textChars(Element e) {
    int chars = 0;
    for (String p : Paragraphs.of(withoutChrome(e))) {
      chars += p.length();
    }
    return chars;
  }

  private static boolean insideChrome(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("nav")
          || tag.equals("footer")
          || tag.equals("aside")
          || tag.equals("header")) {
        return true;
      }
      if (CHROME_NAME.matcher(a.className()).find()) {
        return true;
      }
    }
    return false;
  }
}
