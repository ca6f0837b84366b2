package io.verbatim.lucene;

import io.verbatim.archive.CursorToken;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import java.util.List;
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
 * @param selection the fingerprint of the query and filters (see {@link CursorToken#fingerprint})
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

  /** The cursor for the page after {@code last}, which was hit number {@code position}. */
  static SearchCursor after(SearchRequest request, long position, FieldDoc last) {
    return new SearchCursor(request.sort(), CursorToken.fingerprint(request), position, last);
  }

  /** The token given to users. */
  String encode() {
    String value =
        switch (sort) {
          case RELEVANCE -> Integer.toHexString(Float.floatToIntBits((Float) after.fields[0]));
          case DATE_DESC, DATE_ASC -> Long.toString((Long) after.fields[0]);
        };
    String id = ((BytesRef) after.fields[1]).utf8ToString();
    return new CursorToken(VERSION, sort, selection, position, List.of(value, id)).encode();
  }

  /**
   * Reads {@code token} for {@code request} (see {@link CursorToken}).
   *
   * @throws IllegalArgumentException when the token is not a cursor, or was made for another order
   *     or another query or filters
   */
  static SearchCursor decode(String token, SearchRequest request) {
    CursorToken parsed = CursorToken.parse(token, VERSION, 2);
    String encodedValue = parsed.values().get(0);
    Object value;
    try {
      value =
          parsed.sort() == SearchSort.RELEVANCE
              ? (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(encodedValue, 16))
              : (Object) Long.parseLong(encodedValue);
    } catch (IllegalArgumentException e) {
      throw CursorToken.notACursor(token);
    }
    parsed.requireFor(request);
    // Doc Integer.MAX_VALUE: a hit whose sort values equal the last hit's (only the last hit
    // itself, ids being unique) is never repeated.
    FieldDoc after =
        new FieldDoc(
            Integer.MAX_VALUE,
            Float.NaN,
            new Object[] {value, new BytesRef(parsed.values().get(1))});
    return new SearchCursor(parsed.sort(), parsed.selection(), parsed.position(), after);
  }
}
