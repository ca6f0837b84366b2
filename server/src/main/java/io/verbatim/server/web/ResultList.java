package io.verbatim.server.web;

import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.FacetValue;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The results tab of the search page: the total (and, under a date range, how many statements it
 * left out as partial), the facets (each value a link that adds or removes it as a filter), the
 * hits with highlighted snippets, and paging (next page by cursor).
 *
 * <p>Facet values link to the same search with that value as a filter (a year links to a date range
 * {@code from=YYYY-01-01&to=YYYY-12-31}); a value already filtered on is shown selected and its
 * link removes it. "other" and "missing" counts are shown as text.
 */
public final class ResultList {
  /** The facets the search page asks for, in the order shown. */
  public static final List<String> FACETS =
      List.of("year", "language", "genre", "speaker", "role", "place", "mention", "format");

  private final PageParams params;
  private final SearchResult result;

  public ResultList(PageParams params, SearchResult result) {
    this.params = Objects.requireNonNull(params, "parameters");
    this.result = Objects.requireNonNull(result, "search result");
  }

  /** The facet panel and the hits, side by side on wide screens. */
  public Html render() {
    Html h = new Html();
    h.open("div", "class", "results");
    h.open("section", "class", "hits-column", "aria-label", "results");
    h.element(
        "p",
        result.total() == 1 ? "1 statement matches" : result.total() + " statements match",
        "class",
        "total",
        "id",
        "total",
        "data-total",
        Long.toString(result.total()));
    if (result.partial() > 0) {
      h.element(
          "p",
          result.partial()
              + (result.partial() == 1 ? " more statement is" : " more statements are")
              + " left out because the date range cuts the period of its date (e.g. a statement"
              + " dated only by its year, against a range of some months).",
          "class",
          "note partial",
          "id",
          "partial",
          "data-partial",
          Long.toString(result.partial()));
    }
    exports(h);
    hits(h);
    paging(h);
    h.close();
    facets(h);
    h.close();
    return h;
  }

  /** Links that download every matching statement (no cap), as the CLI's {@code export} does. */
  private void exports(Html h) {
    if (result.total() == 0) {
      return;
    }
    PageParams selection = params;
    for (String name : List.copyOf(params.names())) {
      if (!io.verbatim.server.RequestParameters.SELECTION.contains(name) && !name.equals("sort")) {
        selection = selection.remove(name);
      }
    }
    h.open("p", "class", "exports");
    h.text("Download all " + result.total() + ": ");
    h.element(
        "a",
        "JSON Lines",
        "href",
        selection.set("as", "jsonl").link("/api/export"),
        "download",
        "");
    h.text(" · ");
    h.element("a", "CSV", "href", selection.set("as", "csv").link("/api/export"), "download", "");
    if (params.has("q")) {
      h.text(" · ");
      h.element(
          "a",
          "concordance CSV",
          "href",
          selection.set("as", "csv").set("kwic", "true").link("/api/export"),
          "download",
          "");
    }
    h.close();
  }

  private void hits(Html h) {
    if (result.hits().isEmpty()) {
      h.element("p", "No statements on this page.", "class", "empty");
      return;
    }
    h.open("ol", "class", "hits");
    for (SearchHit hit : result.hits()) {
      h.open("li", "class", "hit", "data-id", hit.id());
      h.open("h3");
      h.element(
          "a",
          hit.title() == null ? "(untitled statement " + hit.id() + ")" : hit.title(),
          "href",
          Display.statementPath(hit.id()));
      h.close();
      List<String> meta = new ArrayList<>();
      meta.add(Display.published(hit.published()));
      if (hit.speaker() != null) {
        meta.add(Display.speaker(hit.speaker()));
      }
      if (hit.genre() != null) {
        meta.add(hit.genre().label());
      }
      if (hit.place() != null) {
        meta.add(hit.place());
      }
      if (hit.language() != null) {
        meta.add(hit.language());
      }
      h.element("p", String.join(" · ", meta), "class", "meta");
      if (hit.snippet() != null) {
        h.open("p", "class", "snippet");
        Snippet.write(h, hit);
        h.close();
      }
      if (!hit.otherVersions().isEmpty()) {
        h.open("p", "class", "versions");
        h.text("Also in: ");
        boolean first = true;
        for (SearchHit.OtherVersion v : hit.otherVersions()) {
          if (!first) {
            h.text(" · ");
          }
          first = false;
          String label = (v.language() == null ? "?" : v.language()) + (v.matches() ? " ✓" : "");
          h.element(
              "a",
              label,
              "href",
              Display.statementPath(v.id()),
              "title",
              v.title() == null ? v.id() : v.title());
        }
        h.close();
      }
      h.close();
    }
    h.close();
  }

  private void paging(Html h) {
    boolean paged = params.has("cursor") || params.has("page");
    if (!paged && result.nextCursor() == null) {
      return;
    }
    h.open("nav", "class", "paging", "aria-label", "pages");
    if (paged) {
      h.element("a", "« First page", "href", params.firstPage().link("/"), "rel", "first");
    }
    if (result.nextCursor() != null) {
      h.element(
          "a",
          "Next page »",
          "href",
          params.remove("page").set("cursor", result.nextCursor()).link("/"),
          "rel",
          "next",
          "class",
          "next");
    }
    h.close();
  }

  private void facets(Html h) {
    if (result.facets().isEmpty()) {
      return;
    }
    h.open("aside", "class", "facets", "aria-label", "refine");
    h.element("h2", "Refine");
    for (String field : FACETS) {
      FacetCounts counts = result.facets().get(field);
      if (counts == null || (counts.values().isEmpty() && counts.missing() == 0)) {
        continue;
      }
      h.open("section", "class", "facet", "data-facet", field);
      h.element("h3", facetTitle(field));
      h.open("ul");
      for (FacetValue v : counts.values()) {
        boolean selected = selected(field, v.value());
        h.open("li", "class", selected ? "selected" : null);
        h.open(
            "a",
            "href",
            facetLink(field, v.value(), selected),
            "class",
            "facet-value",
            "data-value",
            v.value(),
            "aria-current",
            selected ? "true" : null);
        h.element("span", field.equals("mention") ? Display.entityLabel(v.value()) : v.value());
        h.element("span", Long.toString(v.count()), "class", "count");
        h.close();
        h.close();
      }
      if (counts.other() > 0) {
        h.open("li", "class", "other");
        h.element("span", "other");
        h.element("span", Long.toString(counts.other()), "class", "count");
        h.close();
      }
      if (counts.missing() > 0) {
        h.open("li", "class", "missing");
        h.element("span", field.equals("mention") ? "(mentions none)" : "(not stated)");
        h.element("span", Long.toString(counts.missing()), "class", "count");
        h.close();
      }
      h.close();
      h.close();
    }
    h.close();
  }

  private static String facetTitle(String field) {
    return switch (field) {
      case "mention" -> "Mentions";
      case "format" -> "Source format";
      default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
    };
  }

  /** The parameter a facet field filters with. */
  static String parameterOf(String field) {
    return field.equals("language") ? "lang" : field;
  }

  private boolean selected(String field, String value) {
    if (field.equals("year")) {
      return (value + "-01-01").equals(params.first("from"))
          && (value + "-12-31").equals(params.first("to"));
    }
    return params.has(parameterOf(field), value);
  }

  private String facetLink(String field, String value, boolean selected) {
    if (field.equals("year")) {
      PageParams p = params.remove("from", "to").firstPage();
      return (selected ? p : p.set("from", value + "-01-01").set("to", value + "-12-31")).link("/");
    }
    if (field.equals("language")) {
      PageParams p = params.firstPage().remove("lang");
      return (selected ? p : p.set("lang", value)).link("/");
    }
    String param = parameterOf(field);
    return (selected ? params.without(param, value) : params.with(param, value)).link("/");
  }
}
