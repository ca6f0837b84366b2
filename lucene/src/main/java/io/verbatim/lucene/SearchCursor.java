package io.verbatim.lucene;

import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque, URL-safe cursor of deep paging: the sort values of the last hit of a page (score or
 * publication minute, then id, so the order is total), how many hits came before the next page, the
 * sort it was made for and a fingerprint of the selection, so a cursor given to another search is
 * refused with a clear message instead of silently skipping hits.
 *
 * @param sort the order the cursor continues
 * @param selection the fingerprint of the query and filters (see {@link #fingerprint})
 * @param position how many hits precede the next page
 * @param after the last hit of the previous page, as Lucene's {@code searchAfter} wants it
 */
record SearchCursor(SearchSort sort, String selection, long position, FieldDoc after) {
  private static final String VERSION = "c1";

  SearchCursor {
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(selection, "selection fingerprint");
    Objects.requireNonNull(after, "last hit");
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

  /** The cursor for the page after {@code last}, which was hit number {@code position}. */
  static SearchCursor after(SearchRequest request, long position, FieldDoc last) {
    return new SearchCursor(request.sort(), fingerprint(request), position, last);
  }

  /** The token given to users. */
  String encode() {
    String value =
        switch (sort) {
          case RELEVANCE -> Integer.toHexString(Float.floatToIntBits((Float) after.fields[0]));
          case DATE_DESC, DATE_ASC -> Long.toString((Long) after.fields[0]);
        };
    String id = ((BytesRef) after.fields[1]).utf8ToString();
    String plain =
        String.join("|", VERSION, sort.name(), selection, Long.toString(position), value, id);
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
  static SearchCursor decode(String token, SearchRequest request) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notACursor(token);
    }
    String[] parts = plain.split("\\|", 6);
    if (parts.length != 6 || !VERSION.equals(parts[0])) {
      throw notACursor(token);
    }
    SearchSort sort;
    long position;
    Object value;
    try {
      sort = SearchSort.valueOf(parts[1]);
      position = Long.parseLong(parts[3]);
      value =
          sort == SearchSort.RELEVANCE
              ? (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(parts[4], 16))
              : (Object) Long.parseLong(parts[4]);
    } catch (IllegalArgumentException e) {
      throw notACursor(token);
    }
    if (sort != request.sort()) {
      throw new IllegalArgumentException(
          "the cursor continues a search sorted by "
              + sort.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + "; repeat that search's order to use it");
    }
    if (!parts[2].equals(fingerprint(request))) {
      throw new IllegalArgumentException(
          "the cursor belongs to a search with another query or other filters; repeat that"
              + " search's query and filters to use it");
    }
    // Doc Integer.MAX_VALUE: a hit whose sort values equal the last hit's (only the last hit
    // itself, ids being unique) is never repeated.
    FieldDoc after =
        new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {value, new BytesRef(parts[5])});
    return new SearchCursor(sort, parts[2], position, after);
  }

  private static IllegalArgumentException notACursor(String token) {
    return new IllegalArgumentException(
        "'" + token + "' is not a search cursor; use the nextCursor a search printed");
  }
}
