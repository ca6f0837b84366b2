package io.verbatim.archive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The backend-independent part of a deep-paging cursor: the opaque, URL-safe token given to users
 * (URL-safe Base64 of {@code version|SORT|selection|position|value...}), the fingerprint of the
 * selection it was made for, and the checks that refuse, with one clear message each, a token that
 * is not a cursor or that was made for another order or another query or filters. What the
 * backend-specific values mean (sort values of the last hit, a Solr cursor mark) is the backend's
 * business; the last value may contain {@code |}.
 *
 * @param version the backend's cursor format, e.g. {@code c1}
 * @param sort the order the cursor continues
 * @param selection the fingerprint of the query and filters (see {@link #fingerprint})
 * @param position how many hits precede the next page
 * @param values the backend's own values, at least one
 */
public record CursorToken(
    String version, SearchSort sort, String selection, long position, List<String> values) {

  public CursorToken {
    Objects.requireNonNull(version, "cursor format version");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(selection, "selection fingerprint");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a cursor needs at least one value");
    }
  }

  /** A short fingerprint of the request's query and filters (not of order, page or facets). */
  public static String fingerprint(SearchRequest r) {
    Selection s = r.selection();
    // Objects.hash is specified (a record's own hashCode is not), so tokens outlive the JVM.
    int h =
        Objects.hash(
            s.query(),
            s.language(),
            s.from(),
            s.to(),
            s.undated().name(),
            s.speakers(),
            s.roles(),
            s.genres(),
            s.places(),
            s.formats(),
            s.mentions());
    if (s.mentions().size() > 1) {
      // All or any changes what several mentions select (with one they are the same).
      h = 31 * h + s.mentionMatch().name().hashCode();
    }
    if (s.allVersions()) {
      h = Objects.hash(h, "all versions"); // so tokens of current-only searches stay as they were
    }
    return Integer.toHexString(h);
  }

  /** The cursor continuing {@code request} after {@code position} hits. */
  public static CursorToken next(
      String version, SearchRequest request, long position, List<String> values) {
    return new CursorToken(version, request.sort(), fingerprint(request), position, values);
  }

  /** The token given to users. */
  public String encode() {
    List<String> parts = new ArrayList<>(List.of(version, sort.name(), selection));
    parts.add(Long.toString(position));
    parts.addAll(values);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads the parts of {@code token} without checking which search it belongs to (see {@link
   * #requireFor}).
   *
   * @param version the format the backend writes
   * @param valueCount how many values the backend writes
   * @throws IllegalArgumentException ({@link #notACursor}) when the token is not such a cursor
   */
  public static CursorToken parse(String token, String version, int valueCount) {
    Objects.requireNonNull(token, "cursor token");
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notACursor(token);
    }
    String[] parts = plain.split("\\|", 4 + valueCount);
    if (parts.length != 4 + valueCount || !version.equals(parts[0])) {
      throw notACursor(token);
    }
    try {
      return new CursorToken(
          parts[0],
          SearchSort.valueOf(parts[1]),
          parts[2],
          Long.parseLong(parts[3]),
          List.of(parts).subList(4, parts.length));
    } catch (IllegalArgumentException e) {
      throw notACursor(token);
    }
  }

  /**
   * This cursor, if it continues a search with {@code request}'s order, query and filters.
   *
   * @throws IllegalArgumentException naming what differs
   */
  public CursorToken requireFor(SearchRequest request) {
    if (sort != request.sort()) {
      throw new IllegalArgumentException(
          "the cursor continues a search sorted by "
              + sort.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + "; repeat that search's order to use it");
    }
    if (!selection.equals(fingerprint(request))) {
      throw new IllegalArgumentException(
          "the cursor belongs to a search with another query or other filters; repeat that"
              + " search's query and filters to use it");
    }
    return this;
  }

  /** The message for a token that is not a cursor of this archive. */
  public static IllegalArgumentException notACursor(String token) {
    return new IllegalArgumentException(
        "'" + token + "' is not a search cursor; use the nextCursor a search printed");
  }
}
