package io.verbatim.server.web;

import io.verbatim.model.Statement;
import java.util.Objects;

/**
 * Two language versions of a statement side by side: paragraph n of one beside paragraph n of the
 * other (on a narrow screen, one above the other), each column marked with its language.
 *
 * <p>Contract: paragraphs are paired by position; when one version has more, the other column is
 * left empty for them. Every text is escaped.
 */
public final class SideBySidePage {
  private final Statement left;
  private final Statement right;

  public SideBySidePage(Statement left, Statement right) {
    this.left = Objects.requireNonNull(left, "left statement");
    this.right = Objects.requireNonNull(right, "right statement");
  }

  public String title() {
    return "Side by side: " + (left.title() == null ? left.id() : left.title());
  }

  public Html render() {
    String[] a = paragraphs(left);
    String[] b = paragraphs(right);
    Html h = new Html();
    h.open("div", "class", "side-by-side", "id", "side-by-side");
    h.open("div", "class", "pair heading");
    heading(h, left);
    heading(h, right);
    h.close();
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      h.open("div", "class", "pair");
      column(h, left, i < a.length ? a[i] : null);
      column(h, right, i < b.length ? b[i] : null);
      h.close();
    }
    h.close();
    return h;
  }

  /** The statement's paragraphs; none for a statement published without text. */
  private static String[] paragraphs(Statement s) {
    return s.hasText() ? s.body().split("\n\n") : new String[0];
  }

  private static void heading(Html h, Statement s) {
    h.open("div", "class", "column", "lang", s.language());
    h.element(
        "p",
        Display.published(s.published()) + " · " + (s.language() == null ? "?" : s.language()),
        "class",
        "meta");
    h.open("h2");
    h.element("a", s.title() == null ? s.id() : s.title(), "href", Display.statementPath(s.id()));
    h.close();
    if (!s.hasText()) {
      h.element("p", "Published without text.", "class", "note");
    }
    h.close();
  }

  private static void column(Html h, Statement s, String paragraph) {
    h.open("div", "class", "column", "lang", s.language());
    if (paragraph != null) {
      StatementPage.paragraph(h, paragraph);
    }
    h.close();
  }
}
