package io.verbatim.server.web;

import io.verbatim.archive.SearchHit;

/**
 * Writes a search snippet with its matched words in {@code mark} elements.
 *
 * <p>The archive gives the snippet as plain text and the matched words as offsets ({@link
 * SearchHit#highlights()}), so a Russian quotation mark {@code «»} in the text is never taken for a
 * match; every character is written as escaped text.
 */
public final class Snippet {
  private Snippet() {}

  /** Appends {@code hit}'s snippet to {@code h}, matched words marked. */
  public static Html write(Html h, SearchHit hit) {
    String snippet = hit.snippet();
    if (snippet == null) {
      return h;
    }
    int at = 0;
    for (SearchHit.Highlight m : hit.highlights()) {
      h.text(snippet.substring(at, m.start()));
      h.element("mark", snippet.substring(m.start(), m.end()));
      at = m.end();
    }
    h.text(snippet.substring(at));
    return h;
  }
}
