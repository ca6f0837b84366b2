package io.verbatim.archive;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total the exact number of statements that match
 * @param hits the requested page of them
 */
public record SearchResult(long total, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
