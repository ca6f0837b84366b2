package io.verbatim.server.web;

import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.FacetValue;
import java.util.Locale;
import java.util.Objects;

/**
 * The index of mentioned entities: every entity the selected statements mention, by the number of
 * statements that mention it, each linked to its page.
 */
public final class EntitiesPage {
  private final PageParams params;
  private final FacetCounts mentions;
  private final long total;

  /**
   * @param mentions the {@code mention} facet of the selection
   * @param total the number of selected statements
   */
  public EntitiesPage(PageParams params, FacetCounts mentions, long total) {
    this.params = Objects.requireNonNull(params, "parameters");
    this.mentions = Objects.requireNonNull(mentions, "mention counts");
    this.total = total;
  }

  public Html render() {
    Html h = new Html();
    h.element("h1", "Mentioned entities");
    h.element(
        "p",
        "Countries, territories, organisations and titled people named in "
            + total
            + " selected statements"
            + (mentions.missing() > 0 ? " (" + mentions.missing() + " name none)" : "")
            + ".",
        "class",
        "total");
    if (mentions.values().isEmpty()) {
      h.element("p", "No entity is mentioned.", "class", "empty");
      return h;
    }
    h.open("div", "class", "table-scroll");
    h.open("table", "class", "entities", "id", "entities");
    h.open("thead");
    h.open("tr");
    h.element("th", "Entity", "scope", "col");
    h.element("th", "Kind", "scope", "col");
    h.element("th", "Statements", "scope", "col", "class", "number");
    h.close();
    h.close();
    h.open("tbody");
    for (FacetValue v : mentions.values()) {
      h.open("tr");
      h.open("td");
      h.element(
          "a",
          Display.entityLabel(v.value()),
          "href",
          Display.entityPath(v.value()) + params.firstPage().toQuery());
      h.close();
      h.element(
          "td",
          Display.entity(v.value()).map(e -> e.kind().name().toLowerCase(Locale.ROOT)).orElse(""));
      h.open("td", "class", "number");
      h.element("a", Long.toString(v.count()), "href", params.with("mention", v.value()).link("/"));
      h.close();
      h.close();
    }
    h.close();
    h.close();
    h.close();
    if (mentions.other() > 0) {
      h.element(
          "p",
          "And more entities (" + mentions.other() + " mentions) beyond this list.",
          "class",
          "note");
    }
    return h;
  }
}
