package io.verbatim.solr;

import io.verbatim.archive.CursorToken;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import java.util.List;
import java.util.Objects;

/**
 * The opaque, URL-safe cursor of deep paging over Solr: Solr's own {@code cursorMark}, wrapped with
 * the sort it was made for, a fingerprint of the selection and how many hits came before the next
 * page, so that a cursor given to another search is refused with a clear message (as the embedded
 * archive's is) instead of silently skipping hits.
 *
 * @param sort the order the cursor continues
 * @param selection the fingerprint of the query and filters ({@link CursorToken#fingerprint})
 * @param position how many hits precede the next page
 * @param cursorMark Solr's {@code nextCursorMark}
 */
record SolrCursor(SearchSort sort, String selection, long position, String cursorMark) {
  private static final String VERSION = "s1";

  SolrCursor {
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(selection, "selection fingerprint");
    Objects.requireNonNull(cursorMark, "Solr cursor mark");
  }

  static SolrCursor next(SearchRequest request, long position, String cursorMark) {
    return new SolrCursor(request.sort(), CursorToken.fingerprint(request), position, cursorMark);
  }

  /** The token given to users. */
  String encode() {
    return new CursorToken(VERSION, sort, selection, position, List.of(cursorMark)).encode();
  }

  /**
   * Reads {@code token} for {@code request} (see {@link CursorToken}).
   *
   * @throws IllegalArgumentException when the token is not a cursor, or was made for another order
   *     or another query or filters
   */
  static SolrCursor decode(String token, SearchRequest request) {
    CursorToken parsed = CursorToken.parse(token, VERSION, 1);
    String cursorMark = parsed.values().get(0);
    if (cursorMark.isEmpty()) {
      throw CursorToken.notACursor(token);
    }
    parsed.requireFor(request);
    return new SolrCursor(parsed.sort(), parsed.selection(), parsed.position(), cursorMark);
  }
}
