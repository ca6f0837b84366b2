package io.verbatim.server.web;

import io.verbatim.analysis.entities.Entity;
import io.verbatim.analysis.people.Person;
import io.verbatim.analysis.people.PersonRole;
import io.verbatim.archive.CoMention;
import io.verbatim.archive.Selection;
import io.verbatim.archive.Timeline;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity's page: its names and kind (from the gazetteer; a person's names in both languages and
 * roles over time from the person authority, and the statements they made as speaker), how many
 * statements of the current selection mention it per year (a chart, bars linking to those
 * statements), and the entities mentioned together with it (co-mentions, each linked to its own
 * page).
 *
 * <p>Contract: co-mentions are counted over the whole selection (the page's query and filters), not
 * over the statements that mention this entity: {@code N} statements, {@code N(a)} mentioning this
 * entity, and for each other entity {@code N(b)} mentioning it and {@code N(a,b)} mentioning both,
 * with logDice and MI, each column explained on the page. Rows come as the archive gives them
 * ({@link io.verbatim.archive.Archive#comentionsOf}); every text is escaped.
 */
public final class EntityPage {
  private final String id;
  private final PageParams params;
  private final Timeline timeline;
  private final List<CoMention> comentions;
  private long spoken = -1;

  /**
   * @param params the page's selection (query and filters)
   * @param timeline the statements of the selection that mention the entity, per year
   * @param comentions the co-mentions of the entity over the selection
   */
  public EntityPage(String id, PageParams params, Timeline timeline, List<CoMention> comentions) {
    this.id = Objects.requireNonNull(id, "entity id");
    this.params = Objects.requireNonNull(params, "parameters");
    this.timeline = Objects.requireNonNull(timeline, "timeline");
    this.comentions = List.copyOf(comentions);
    for (CoMention c : this.comentions) {
      if (!c.entityA().equals(id)) {
        throw new IllegalArgumentException(
            "a co-mention of " + c.entityA() + " on the page of " + id);
      }
    }
  }

  /**
   * The statements of {@code selection} that mention {@code entity}: with a filter when the
   * selection has no mention filter, else (filters of one field are OR-ed) with the query.
   */
  public static Selection mentioning(Selection selection, String entity) {
    if (selection.mentions().isEmpty()) {
      return selection.toBuilder().withMentions(List.of(entity)).build();
    }
    return selection.withQuery(withMention(selection.query(), entity));
  }

  /**
   * This page, for a person, also counting the {@code statements} of the selection they made as
   * speaker (linked to them).
   */
  public EntityPage withStatementsBy(long statements) {
    if (statements < 0) {
      throw new IllegalArgumentException("a count of statements: " + statements);
    }
    this.spoken = statements;
    return this;
  }

  /** The statements of {@code selection} that {@code person} made as speaker. */
  public static Selection spokenBy(Selection selection, String person) {
    return selection.toBuilder().withSpeakers(List.of(person)).build();
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
    Optional<Person> person = Display.person(id);
    if (person.isPresent()) {
      personFacts(h, person.get());
    } else if (entity.isPresent()) {
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
    if (spoken >= 0) {
      h.open("p");
      h.element(
          "a",
          "All " + spoken + " statements made by " + title(),
          "href",
          params.firstPage().remove("speaker").with("speaker", id).link("/"),
          "id",
          "person-statements");
      h.close();
    }
    h.open("p");
    h.element(
        "a",
        "All " + timeline.total() + " statements that mention " + title(),
        "href",
        mentioningLink(params).link("/"),
        "id",
        "entity-search");
    h.close();
    h.element("h2", "Mentions over time");
    h.append(TimelineChart.render(timeline, mentioningLink(params), "/", "statements"));
    h.element("h2", "Mentioned together with");
    comentions(h);
    h.close();
    return h;
  }

  /** A person's names in both languages, other names, and roles over time. */
  private static void personFacts(Html h, Person p) {
    h.element("dt", "Kind");
    h.element("dd", "person");
    if (p.english() != null) {
      h.element("dt", "English");
      h.element("dd", p.english(), "lang", "en");
    }
    if (p.russian() != null) {
      h.element("dt", "Russian");
      h.element("dd", p.russian(), "lang", "ru");
    }
    if (!p.aliases().isEmpty()) {
      h.element("dt", "Also written");
      h.element("dd", String.join("; ", p.aliases()));
    }
    if (!p.roles().isEmpty()) {
      h.element("dt", "Roles");
      h.open("dd");
      h.open("ul", "class", "roles");
      for (PersonRole r : p.roles()) {
        String label = r.label() != null ? r.label() : r.office().replace('-', ' ');
        String when =
            (r.from() == null ? "?" : r.from().toString())
                + " – "
                + (r.to() == null ? "" : r.to().toString());
        h.element("li", label + ", " + when.strip());
      }
      h.close();
      h.close();
    }
  }

  /** The page's parameters narrowed to the statements that mention this entity. */
  private PageParams mentioningLink(PageParams p) {
    return p.has("mention") ? p.set("q", withMention(p.first("q"), id)) : p.with("mention", id);
  }

  private void comentions(Html h) {
    if (comentions.isEmpty()) {
      h.element(
          "p",
          "No other entity is mentioned in the same statements of this selection.",
          "class",
          "empty");
      return;
    }
    CoMention first = comentions.get(0);
    h.element(
        "p",
        "Counted over the "
            + first.statements()
            + " statements of "
            + (params.names().isEmpty() ? "the archive" : "this selection")
            + " (N); "
            + title()
            + " is mentioned in "
            + first.countA()
            + " of them (N(a)). Each row is another entity (b).",
        "class",
        "lead",
        "id",
        "comentions-counts",
        "data-statements",
        Long.toString(first.statements()),
        "data-with-entity",
        Long.toString(first.countA()));
    h.open("div", "class", "table-scroll");
    h.open("table", "class", "comentions", "id", "comentions");
    h.open("thead");
    h.open("tr");
    h.element("th", "Entity (b)", "scope", "col");
    h.element("th", "Both: N(a,b)", "scope", "col", "class", "number");
    h.element("th", "With b: N(b)", "scope", "col", "class", "number");
    h.element("th", "logDice", "scope", "col", "class", "number");
    h.element("th", "MI", "scope", "col", "class", "number");
    h.close();
    h.close();
    h.open("tbody");
    for (CoMention c : comentions) {
      String other = c.entityB();
      h.open("tr", "data-entity", other);
      h.open("td");
      h.element("a", Display.entityLabel(other), "href", Display.entityPath(other));
      h.close();
      h.open("td", "class", "number both");
      h.element(
          "a",
          Long.toString(c.count()),
          "href",
          params.set("q", bothQuery(params.first("q"), id, other)).firstPage().link("/"),
          "title",
          "the statements that mention both");
      h.close();
      h.element("td", Long.toString(c.countB()), "class", "number with-b");
      h.element("td", Display.decimal(c.logDice()), "class", "number logdice");
      h.element("td", Display.decimal(c.mutualInformation()), "class", "number mi");
      h.close();
    }
    h.close();
    h.close();
    h.close();
    explanations(h);
  }

  private void explanations(Html h) {
    h.open("dl", "class", "explanations", "id", "comentions-explained");
    explain(
        h,
        "N(a,b)",
        "statements of the selection that mention both "
            + title()
            + " and b (the link lists them).");
    explain(
        h, "N(b)", "statements of the selection that mention b, with or without " + title() + ".");
    explain(
        h,
        "logDice",
        "14 + log2(2·N(a,b) / (N(a) + N(b))): how exclusively the two are named together; 14 when"
            + " neither is ever named without the other, each point less halves the share of"
            + " shared statements; it does not depend on N.");
    explain(
        h,
        "MI",
        "log2(N(a,b)·N / (N(a)·N(b))): how many times more often the two are named together than if"
            + " they were independent, in powers of 2 (1 = twice as often, 0 = as chance would have"
            + " it, below 0 = less); it favours rarely mentioned entities.");
    h.close();
  }

  private static void explain(Html h, String term, String meaning) {
    h.element("dt", term);
    h.element("dd", meaning);
  }

  /** A query for statements that mention both entities (and match {@code query}, if any). */
  static String bothQuery(String query, String a, String b) {
    String both = "mention:" + quoted(a) + " AND mention:" + quoted(b);
    return query == null || query.isBlank() ? both : "(" + query + ") AND " + both;
  }

  /** {@code query} (if any) and a mention of {@code entity}. */
  static String withMention(String query, String entity) {
    String mention = "mention:" + quoted(entity);
    return query == null || query.isBlank() ? mention : "(" + query + ") AND " + mention;
  }

  private static String quoted(String term) {
    return "\"" + term.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
