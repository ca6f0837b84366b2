package io.verbatim.server.web;

import io.verbatim.archive.VersionLink;
import io.verbatim.model.EntityCount;
import io.verbatim.model.Material;
import io.verbatim.model.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A statement as its site shows it: date and time, title, speaker, place, a language switcher, the
 * body in paragraphs and the additional materials; then what the archive adds: the mentioned
 * entities (linked to their pages), side-by-side reading with another language version, the
 * original capture, other stored versions of the record, and a citation with a stable link.
 *
 * <p>Contract: every archive value is escaped; a field the statement does not state is left out
 * (never guessed); a value read indirectly (see {@link Statement#inferred()}) is marked "inferred".
 * The language switcher lists the language versions the archive links ({@code languageVersions}),
 * each a link to that statement, and the versions the page names but the archive does not hold, as
 * plain text.
 */
public final class StatementPage {
  private final Statement statement;
  private final List<VersionLink> languageVersions;
  private final List<Statement> recordVersions;
  private final String baseUrl;

  /**
   * @param statement the statement shown
   * @param languageVersions its other language versions (from the archive)
   * @param recordVersions every stored version of its record (same statement key), itself included
   * @param baseUrl the server's public address for the citation link (configured, never taken from
   *     the request), or empty: then the link is relative to the server, and the page's script
   *     shows it in full as the browser resolves it
   */
  public StatementPage(
      Statement statement,
      List<VersionLink> languageVersions,
      List<Statement> recordVersions,
      String baseUrl) {
    this.statement = Objects.requireNonNull(statement, "statement");
    this.languageVersions = List.copyOf(languageVersions);
    this.recordVersions = List.copyOf(recordVersions);
    this.baseUrl = Objects.requireNonNull(baseUrl, "base URL");
  }

  public String title() {
    return statement.title() == null ? "Statement " + statement.id() : statement.title();
  }

  public Html render() {
    Statement s = statement;
    Html h = new Html();
    h.open("article", "class", "statement", "lang", s.language(), "data-id", s.id());
    h.open("p", "class", "published");
    h.element("time", Display.published(s.published()), "datetime", datetime(s));
    h.close();
    h.element("h1", title());
    languageSwitcher(h);
    facts(h);
    h.open("div", "class", "body", "id", "body");
    if (s.hasText()) {
      for (String paragraph : s.body().split("\n\n")) {
        paragraph(h, paragraph);
      }
    } else {
      h.element(
          "p",
          "Published without text: the page gives only what is shown here (title, date, place,"
              + " materials).",
          "class",
          "no-text");
    }
    h.close();
    materials(h);
    h.close(); // article
    h.open("aside", "class", "about");
    mentions(h);
    recordVersions(h);
    original(h);
    citation(h);
    h.close();
    return h;
  }

  private static String datetime(Statement s) {
    if (s.published() == null) {
      return null;
    }
    // ISO at its precision (2019, 2019-09, 2019-09-24, 2019-09-24T10:00+03:00): all valid HTML.
    return s.published().toString();
  }

  /** A paragraph; single newlines inside it become line breaks. */
  static void paragraph(Html h, String paragraph) {
    h.open("p");
    String[] lines = paragraph.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        h.empty("br");
      }
      h.text(lines[i]);
    }
    h.close();
  }

  private void languageSwitcher(Html h) {
    Statement s = statement;
    if (languageVersions.isEmpty() && s.versions().isEmpty()) {
      return;
    }
    h.open("nav", "class", "languages", "aria-label", "language versions", "id", "languages");
    h.element("span", "Language versions:", "class", "label");
    h.open("ul");
    h.open("li");
    h.element(
        "span",
        tagFor(s.language()),
        "aria-current",
        "page",
        "class",
        "current",
        "title",
        "this version");
    h.close();
    List<String> shown = new ArrayList<>();
    shown.add(s.language());
    for (VersionLink v : languageVersions) {
      h.open("li");
      boolean inferred = v.kind() == VersionLink.Kind.INFERRED;
      h.element(
          "a",
          tagFor(v.language()) + (inferred ? " ≈" : ""),
          "href",
          Display.statementPath(v.id()),
          "hreflang",
          v.language(),
          "lang",
          v.language(),
          "class",
          "version",
          "title",
          (v.title() == null ? "" : v.title() + " — ")
              + (inferred
                  ? "inferred version (confidence "
                      + Display.decimal(v.confidence())
                      + "): "
                      + String.join("; ", v.evidence())
                  : "linked version: " + String.join("; ", v.evidence())));
      h.text(" ");
      h.element(
          "a",
          "side by side",
          "href",
          Display.statementPath(s.id()) + "/side-by-side?with=" + PageParams.encode(v.id()),
          "class",
          "side-by-side");
      h.close();
      shown.add(v.language());
    }
    for (String tag : s.versions()) {
      String language = tag.split("-")[0].toLowerCase(Locale.ROOT);
      if (!shown.contains(language)) {
        h.open("li");
        h.element(
            "span",
            tag,
            "class",
            "absent",
            "title",
            "the page lists this version; not in the archive");
        h.close();
        shown.add(language);
      }
    }
    h.close();
    h.close();
  }

  /** The page's own tag for a language ({@code en-GB}) when it lists one, else the code. */
  private String tagFor(String language) {
    if (language == null) {
      return "?";
    }
    for (String tag : statement.versions()) {
      if (tag.toLowerCase(Locale.ROOT).startsWith(language + "-")
          || tag.equalsIgnoreCase(language)) {
        return tag;
      }
    }
    return language;
  }

  private void facts(Html h) {
    Statement s = statement;
    h.open("dl", "class", "facts");
    if (s.speaker() != null) {
      h.element("dt", "Speaker");
      h.open("dd");
      if (s.speaker().name() != null) {
        h.element(
            "a", s.speaker().name(), "href", "/?speaker=" + PageParams.encode(s.speaker().name()));
      }
      if (s.speaker().role() != null) {
        if (s.speaker().name() != null) {
          h.text(", ");
        }
        h.text(s.speaker().role());
      }
      inferred(h, "speaker");
      h.close();
    }
    if (s.genre() != null) {
      fact(
          h,
          "Genre",
          s.genre().label(),
          "/?genre=" + PageParams.encode(s.genre().label()),
          "genre");
    }
    if (s.event() != null) {
      fact(h, "Event", s.event(), null, "event");
    }
    if (s.place() != null) {
      fact(h, "Place", s.place(), "/?place=" + PageParams.encode(s.place()), "place");
    }
    if (s.eventDate() != null) {
      fact(h, "Event date", Display.date(s.eventDate()), null, "eventDate");
    }
    if (s.documentNumber() != null) {
      fact(h, "Document number", s.documentNumber(), null, "documentNumber");
    }
    if (s.language() != null) {
      fact(h, "Language", s.language(), null, "language");
    }
    s.extra().forEach((k, v) -> fact(h, k, v, null, null));
    h.close();
  }

  private void fact(Html h, String name, String value, String href, String field) {
    h.element("dt", name);
    h.open("dd");
    if (href != null) {
      h.element("a", value, "href", href);
    } else {
      h.text(value);
    }
    if (field != null) {
      inferred(h, field);
    }
    h.close();
  }

  private void inferred(Html h, String field) {
    if (statement.inferred().contains(field)) {
      h.text(" ");
      h.element(
          "span",
          "inferred",
          "class",
          "inferred",
          "title",
          "read indirectly (e.g. from the title), not stated as such by the page");
    }
  }

  private void materials(Html h) {
    if (statement.materials().isEmpty()) {
      return;
    }
    h.open("section", "class", "materials");
    h.element("h2", "Additional materials");
    h.open("ul");
    for (Material m : statement.materials()) {
      h.open("li", "class", m.kind().name().toLowerCase(Locale.ROOT));
      String text = m.title() != null ? m.title() : m.url();
      h.link(m.url(), text, "rel", "nofollow noopener");
      if (m.kind() != Material.Kind.TAG) {
        h.text(" (" + m.kind().name().toLowerCase(Locale.ROOT) + ")");
      }
      h.close();
    }
    h.close();
    h.close();
  }

  private void mentions(Html h) {
    h.open("section", "class", "mentions", "id", "mentions");
    h.element("h2", "Mentioned");
    if (statement.mentions().isEmpty()) {
      h.element(
          "p", "No known country, organisation or titled person is mentioned.", "class", "empty");
    } else {
      List<EntityCount> sorted = new ArrayList<>(statement.mentions());
      sorted.sort(
          Comparator.comparingInt(EntityCount::count)
              .reversed()
              .thenComparing(EntityCount::entityId));
      h.open("ul");
      for (EntityCount m : sorted) {
        h.open("li");
        h.element("a", Display.entityLabel(m.entityId()), "href", Display.entityPath(m.entityId()));
        h.text(" × " + m.count());
        h.close();
      }
      h.close();
    }
    h.close();
  }

  /**
   * The other stored versions, oldest first as the archive lists them; the last one is current
   * (counted by searches and analyses), which the page says, also when this one is not.
   */
  private void recordVersions(Html h) {
    List<Statement> others = new ArrayList<>();
    for (Statement v : recordVersions) {
      if (!v.id().equals(statement.id())) {
        others.add(v);
      }
    }
    if (others.isEmpty()) {
      return;
    }
    String current = recordVersions.get(recordVersions.size() - 1).id();
    h.open("section", "class", "record-versions", "id", "record-versions");
    h.element("h2", "Other stored versions of this record");
    if (!current.equals(statement.id())) {
      h.element(
          "p",
          "This is an earlier version: searches and analyses count the current one (unless asked"
              + " for all versions).",
          "class",
          "note");
    }
    h.open("ul");
    for (Statement v : others) {
      h.open("li");
      h.element("a", v.id(), "href", Display.statementPath(v.id()));
      if (v.source() != null) {
        h.text(" ingested " + v.source().ingestedAt());
      }
      if (v.id().equals(current)) {
        h.text(" · current");
      }
      h.close();
    }
    h.close();
    h.close();
  }

  private void original(Html h) {
    h.open("section", "class", "original");
    h.element("h2", "Source");
    h.open("p");
    h.element(
        "a",
        "Original capture",
        "href",
        "/api/statements/" + PageParams.encode(statement.id()) + "/original",
        "id",
        "original");
    if (statement.source() != null) {
      String path = statement.source().path();
      String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
      h.text(
          " — "
              + statement.source().format()
              + ", "
              + file
              + (statement.source().locator() == null ? "" : ", " + statement.source().locator()));
      h.empty("br");
      h.element("code", "sha256 " + statement.source().sha256(), "class", "sha");
    }
    h.close();
    h.close();
  }

  /** The citation line: speaker, title, date, archive id and stable link. */
  public String citation() {
    return citationWithoutLink() + stableLink();
  }

  private String citationWithoutLink() {
    Statement s = statement;
    StringBuilder c = new StringBuilder();
    String speaker = Display.speaker(s.speaker());
    if (speaker != null) {
      c.append(speaker).append(". ");
    }
    c.append('“').append(title()).append("”. ");
    c.append(s.published() == null ? "Undated" : Display.date(s.published())).append(". ");
    c.append("Verbatim archive, statement ").append(s.id());
    if (s.source() != null) {
      c.append(" (sha256 ").append(s.source().sha256(), 0, 16).append("…)");
    }
    return c.append(". ").toString();
  }

  /**
   * The permanent address of this statement (its id is derived from its bytes): absolute with a
   * configured base URL, else relative to the server.
   */
  public String stableLink() {
    return baseUrl + Display.statementPath(statement.id());
  }

  private void citation(Html h) {
    h.open("section", "class", "cite");
    h.element("h2", "Cite");
    h.open("p", "class", "citation", "id", "citation");
    h.text(citationWithoutLink());
    h.element("a", stableLink(), "href", stableLink(), "class", "stable-link");
    h.close();
    h.element(
        "button",
        "Copy citation",
        "type",
        "button",
        "class",
        "copy",
        "data-copy",
        "citation",
        "hidden",
        "hidden");
    h.close();
  }
}
