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
 * @param partial the statements left out because the selection's date range cuts their period (a
 *     statement dated {@code 2019} against a range from 2019-06-01): they match everything else but
 *     are not in {@code total}; 0 without a date range (see {@link Selection})
 */
public record SearchResult(
    long total,
    List<SearchHit> hits,
    Map<String, FacetCounts> facets,
    String nextCursor,
    Long groups,
    long partial) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets =
        facets == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    if (partial < 0) {
      throw new IllegalArgumentException("the partial count must be >= 0: " + partial);
    }
  }

  /** A result without partially dated statements left out. */
  public SearchResult(
      long total,
      List<SearchHit> hits,
      Map<String, FacetCounts> facets,
      String nextCursor,
      Long groups) {
    this(total, hits, facets, nextCursor, groups, 0);
  }

  /** A result that does not group versions. */
  public SearchResult(
      long total, List<SearchHit> hits, Map<String, FacetCounts> facets, String nextCursor) {
    this(total, hits, facets, nextCursor, null, 0);
  }

  /** A result without facets and without a next page. */
  public SearchResult(long total, List<SearchHit> hits) {
    this(total, hits, Map.of(), null, null, 0);
  }

  /** This result saying that {@code count} statements were left out as partial. */
  public SearchResult withPartial(long count) {
    return new SearchResult(total, hits, facets, nextCursor, groups, count);
  }
}
