package io.verbatim.server.web;

/**
 * Writes a search snippet with its matched words in {@code mark} elements.
 *
 * <p>The archive marks matched words {@code «like this»} (see {@code SearchHit#snippet}); every
 * other character is written as escaped text. A {@code «} without a closing {@code »} is written as
 * text. (Russian quotation marks use the same characters, so a quoted phrase in a Russian snippet
 * is shown marked too: the snippet form cannot tell them apart.)
 */
public final class Snippet {
  private Snippet() {}

  /** Appends {@code snippet} to {@code h}, matched words marked. */
  public static Html write(Html h, String snippet) {
    if (snippet == null) {
      return h;
    }
    int i = 0;
    while (i < snippet.length()) {
      int open = snippet.indexOf('«', i);
      int close = open < 0 ? -1 : snippet.indexOf('»', open + 1);
      if (open < 0 || close < 0) {
        h.text(snippet.substring(i));
        break;
      }
      h.text(snippet.substring(i, open));
      h.element("mark", snippet.substring(open + 1, close));
      i = close + 1;
    }
    return h;
  }
}
