package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.FacetValue;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.SearchSort;
import io.verbatim.model.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim search}: Lucene query syntax and filters over the archive, with facets. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the archive. QUERY uses Lucene's classic syntax: terms, \"phrases\", \"a b\"~5,",
      "wildcards (terror*), fuzzy (Lavrof~), AND/OR/NOT, and fields title:, body:, speaker:,",
      "role:, genre:, place:, language:, mention:. An empty query ('') lists everything.",
      "Filters of one kind are OR-ed (--genre speech --genre interview), kinds are AND-ed.",
      "Deep paging: pass the printed --cursor to get the next page, as far as the hits go."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Mixin SelectionOptions selection;

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip (default: 0).")
  int offset;

  @Option(
      names = "--page",
      paramLabel = "N",
      description = "Show page N (1-based) of --limit hits; for deep pages use --cursor.")
  Integer page;

  @Option(
      names = "--cursor",
      paramLabel = "TOKEN",
      description = "Continue after the page that printed this cursor (same query and sort).")
  String cursor;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      description = "relevance, date (newest first) or date-asc (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(
      names = "--facets",
      split = ",",
      paramLabel = "FIELD",
      description =
          "Count values of these fields over all hits: language, genre, speaker, role, place,"
              + " format, year, mention (comma-separated).")
  List<String> facets = new ArrayList<>();

  @Option(
      names = "--facet-limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Values listed per facet; the rest are counted as (other) (default: 10).")
  int facetLimit;

  @Option(
      names = "--group-versions",
      description =
          "One hit per statement across languages: hits linked as language versions (same"
              + " kremlin id, mid.ru id, document number or statement key) form a group; each"
              + " hit lists its group's other versions. Pages go by --page/--offset.")
  boolean groupVersions;

  @Option(
      names = "--json",
      description =
          "Print {\"total\", \"hits\", \"facets\", \"nextCursor\", \"groups\", \"partial\"}"
              + " as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int skip = offset;
    if (page != null) {
      if (page < 1) {
        throw new IllegalArgumentException("--page must be 1 or more: " + page);
      }
      if (offset > 0) {
        throw new IllegalArgumentException("give either --page or --offset, not both");
      }
      if ((long) (page - 1) * limit > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "--page " + page + " of " + limit + " hits lies beyond any archive; use --cursor");
      }
      skip = (page - 1) * limit;
    }
    SearchRequest request =
        selection.toBuilder()
            .withSort(parseSort(sort))
            .withOffset(skip)
            .withLimit(limit)
            .withFacets(facets)
            .withFacetLimit(facetLimit)
            .withCursor(cursor)
            .withGroupVersions(groupVersions)
            .build();
    SearchResult result;
    try (Archive a = archive.open(false)) {
      result = a.search(request);
    }
    if (json) {
      out.println(Json.pretty().writeValueAsString(result));
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "%d statement(s) match%s%s%n",
        result.total(),
        result.groups() == null ? "" : " in " + result.groups() + " group(s) of language versions",
        result.hits().isEmpty() || cursor != null
            ? ""
            : "; showing "
                + (result.groups() == null ? "" : "groups ")
                + (skip + 1)
                + "-"
                + (skip + result.hits().size()));
    if (result.partial() > 0) {
      out.printf(
          Locale.ROOT,
          "%d more statement(s) left out as partial: the date range cuts the period of their date"
              + " (e.g. dated only by the year)%n",
          result.partial());
    }
    for (SearchHit h : result.hits()) {
      out.printf(
          Locale.ROOT,
          "%s  %-16s  %s  %s%n",
          h.id(),
          h.published() == null ? "(undated)" : h.published(),
          h.language() == null ? "??" : h.language(),
          h.title() == null ? "(untitled)" : h.title());
      if (h.snippet() != null) {
        out.println("    " + h.markedSnippet("⟦", "⟧").replace('\n', ' '));
      }
      for (SearchHit.OtherVersion v : h.otherVersions()) {
        out.printf(
            Locale.ROOT,
            "    also %s  %s  %s%s%n",
            v.language() == null ? "??" : v.language(),
            v.id(),
            v.title() == null ? "(untitled)" : v.title(),
            v.matches() ? "  (matches too)" : "");
      }
    }
    for (FacetCounts f : result.facets().values()) {
      printFacet(out, f);
    }
    if (result.nextCursor() != null) {
      out.println("more hits: add --cursor " + result.nextCursor());
    }
    return 0;
  }

  private void printFacet(PrintWriter out, FacetCounts f) {
    out.printf(Locale.ROOT, "%nfacet %s (top %d):%n", f.field(), facetLimit);
    int width = 10;
    for (FacetValue v : f.values()) {
      width = Math.max(width, v.value().length());
    }
    width = Math.min(width, 60);
    String row = "  %-" + width + "s  %8d%n";
    for (FacetValue v : f.values()) {
      out.printf(Locale.ROOT, row, v.value(), v.count());
    }
    if (f.other() > 0) {
      out.printf(Locale.ROOT, row, "(other)", f.other());
    }
    if (f.missing() > 0) {
      out.printf(Locale.ROOT, row, "(none)", f.missing());
    }
  }

  static SearchSort parseSort(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "relevance", "score" -> SearchSort.RELEVANCE;
      case "date", "date-desc", "newest" -> SearchSort.DATE_DESC;
      case "date-asc", "oldest" -> SearchSort.DATE_ASC;
      default ->
          throw new IllegalArgumentException(
              "unknown sort '" + s + "'; use relevance, date or date-asc");
    };
  }
}
