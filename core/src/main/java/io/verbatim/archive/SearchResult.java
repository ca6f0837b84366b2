package io.verbatim.archive;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total the exact number of statements that match (also when versions are grouped)
 * @param hits the requested page of them; when versions are grouped, one hit per group (the best)
 * @param facets the counts of each requested facet field, in the order requested; they count
 *     statements, also when versions are grouped
 * @param nextCursor the {@link SearchRequest#cursor()} for the next page, or null when this page is
 *     the last or versions are grouped (grouped pages go by offset)
 * @param groups when versions are grouped, the exact number of groups the matching statements form
 *     (a statement without versions is a group of one); null otherwise
 */
public record SearchResult(
    long total,
    List<SearchHit> hits,
    Map<String, FacetCounts> facets,
    String nextCursor,
    Long groups) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets =
        facets == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }

  /** A result that does not group versions. */
  public SearchResult(
      long total, List<SearchHit> hits, Map<String, FacetCounts> facets, String nextCursor) {
    this(total, hits, facets, nextCursor, null);
  }

  /** A result without facets and without a next page. */
  public SearchResult(long total, List<SearchHit> hits) {
    this(total, hits, Map.of(), null, null);
  }
}
