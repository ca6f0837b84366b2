package io.verbatim.archive;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total the exact number of statements that match
 * @param hits the requested page of them
 * @param facets the counts of each requested facet field, in the order requested
 * @param nextCursor the {@link SearchRequest#cursor()} for the next page, or null when this page is
 *     the last
 */
public record SearchResult(
    long total, List<SearchHit> hits, Map<String, FacetCounts> facets, String nextCursor) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets =
        facets == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }

  /** A result without facets and without a next page. */
  public SearchResult(long total, List<SearchHit> hits) {
    this(total, hits, Map.of(), null);
  }
}
