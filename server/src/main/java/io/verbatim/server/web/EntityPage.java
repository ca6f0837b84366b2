package io.verbatim.server.web;

import io.verbatim.analysis.entities.Entity;
import io.verbatim.archive.CoMention;
import io.verbatim.archive.Timeline;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity's page: its names and kind (from the gazetteer), how many selected statements mention
 * it per year (a chart, bars linking to those statements), and the entities mentioned together with
 * it (co-mentions, each linked to its own page), within the current filters.
 *
 * <p>Contract: the co-mentions listed are only pairs that include this entity, by descending count
 * then logDice, as the archive gives them; every text is escaped.
 */
public final class EntityPage {
  private final String id;
  private final PageParams params;
  private final Timeline timeline;
  private final List<CoMention> comentions;

  /**
   * @param params the page's filters (without {@code mention}, which is this entity)
   * @param timeline statements mentioning the entity, per year
   * @param comentions pairs from statements mentioning the entity
   */
  public EntityPage(String id, PageParams params, Timeline timeline, List<CoMention> comentions) {
    this.id = Objects.requireNonNull(id, "entity id");
    this.params = Objects.requireNonNull(params, "parameters");
    this.timeline = Objects.requireNonNull(timeline, "timeline");
    this.comentions = List.copyOf(comentions);
  }

  public String title() {
    return Display.entityName(id);
  }

  public Html render() {
    Optional<Entity> entity = Display.entity(id);
    Html h = new Html();
    h.open("article", "class", "entity", "data-entity", id);
    h.element("h1", title());
    h.open("dl", "class", "facts");
    h.element("dt", "Id");
    h.open("dd");
    h.element("code", id);
    h.close();
    if (entity.isPresent()) {
      Entity e = entity.get();
      h.element("dt", "Kind");
      h.element("dd", e.kind().name().toLowerCase(Locale.ROOT));
      if (e.englishName() != null) {
        h.element("dt", "English");
        h.element("dd", e.englishName(), "lang", "en");
      }
      if (e.russianName() != null) {
        h.element("dt", "Russian");
        h.element("dd", e.russianName(), "lang", "ru");
      }
    } else {
      h.element("dt", "Kind");
      h.element("dd", "not in the gazetteer");
    }
    h.close();
    h.open("p");
    h.element(
        "a",
        "All " + timeline.total() + " statements that mention " + title(),
        "href",
        params.with("mention", id).link("/"),
        "id",
        "entity-search");
    h.close();
    h.element("h2", "Mentions over time");
    h.append(TimelineChart.render(timeline, params.with("mention", id), "/", "statements"));
    h.element("h2", "Mentioned together with");
    comentions(h);
    h.close();
    return h;
  }

  private void comentions(Html h) {
    if (comentions.isEmpty()) {
      h.element("p", "No other entity is mentioned in the same statements.", "class", "empty");
      return;
    }
    h.open("div", "class", "table-scroll");
    h.open("table", "class", "comentions", "id", "comentions");
    h.open("thead");
    h.open("tr");
    h.element("th", "Entity", "scope", "col");
    h.element("th", "Statements with both", "scope", "col", "class", "number");
    h.element("th", "Statements with it", "scope", "col", "class", "number");
    h.element("th", "logDice", "scope", "col", "class", "number");
    h.close();
    h.close();
    h.open("tbody");
    for (CoMention c : comentions) {
      boolean first = c.entityA().equals(id);
      String other = first ? c.entityB() : c.entityA();
      long otherCount = first ? c.countB() : c.countA();
      h.open("tr");
      h.open("td");
      h.element("a", Display.entityLabel(other), "href", Display.entityPath(other));
      h.close();
      h.open("td", "class", "number");
      h.element(
          "a",
          Long.toString(c.count()),
          "href",
          params.set("q", bothQuery(params.first("q"), id, other)).firstPage().link("/"),
          "title",
          "statements that mention both");
      h.close();
      h.element("td", Long.toString(otherCount), "class", "number");
      h.element("td", Display.decimal(c.logDice()), "class", "number");
      h.close();
    }
    h.close();
    h.close();
    h.close();
  }

  /** A query for statements that mention both entities (and match {@code query}, if any). */
  static String bothQuery(String query, String a, String b) {
    String both = "mention:" + quoted(a) + " AND mention:" + quoted(b);
    return query == null || query.isBlank() ? both : "(" + query + ") AND " + both;
  }

  private static String quoted(String term) {
    return "\"" + term.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
