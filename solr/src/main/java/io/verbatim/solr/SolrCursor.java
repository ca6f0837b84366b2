package io.verbatim.solr;

import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * The opaque, URL-safe cursor of deep paging over Solr: Solr's own {@code cursorMark}, wrapped with
 * the sort it was made for, a fingerprint of the selection and how many hits came before the next
 * page, so that a cursor given to another search is refused with a clear message (as the embedded
 * archive's is) instead of silently skipping hits.
 *
 * @param sort the order the cursor continues
 * @param selection the fingerprint of the query and filters
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

  /** A short fingerprint of the request's query and filters (not of order, page or facets). */
  static String fingerprint(SearchRequest r) {
    int h =
        Objects.hash(
            r.query(),
            r.language(),
            r.from(),
            r.to(),
            r.speakers(),
            r.roles(),
            r.genres(),
            r.places(),
            r.formats(),
            r.mentions());
    return Integer.toHexString(h);
  }

  static SolrCursor next(SearchRequest request, long position, String cursorMark) {
    return new SolrCursor(request.sort(), fingerprint(request), position, cursorMark);
  }

  /** The token given to users. */
  String encode() {
    String plain =
        String.join("|", VERSION, sort.name(), selection, Long.toString(position), cursorMark);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads {@code token} for {@code request}.
   *
   * @throws IllegalArgumentException when the token is not a cursor, or was made for another order
   *     or another query or filters
   */
  static SolrCursor decode(String token, SearchRequest request) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notACursor(token);
    }
    String[] parts = plain.split("\\|", 5);
    if (parts.length != 5 || !VERSION.equals(parts[0]) || parts[4].isEmpty()) {
      throw notACursor(token);
    }
    SearchSort sort;
    long position;
    try {
      sort = SearchSort.valueOf(parts[1]);
      position = Long.parseLong(parts[3]);
    } catch (IllegalArgumentException e) {
      throw notACursor(token);
    }
    if (sort != request.sort()) {
      throw new IllegalArgumentException(
          "the cursor continues a search sorted by "
              + sort.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + "; repeat that search's order to use it");
    }
    if (!parts[2].equals(fingerprint(request))) {
      throw new IllegalArgumentException(
          "the cursor belongs to a search with another query or other filters; repeat that"
              + " search's query and filters to use it");
    }
    return new SolrCursor(sort, parts[2], position, parts[4]);
  }

  private static IllegalArgumentException notACursor(String token) {
    return new IllegalArgumentException(
        "'" + token + "' is not a search cursor; use the nextCursor a search printed");
  }
}
