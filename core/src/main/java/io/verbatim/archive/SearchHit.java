package io.verbatim.archive;

import io.verbatim.model.Genre;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import java.util.List;
import java.util.Objects;

/**
 * One statement found by a search, with what a result list shows.
 *
 * @param snippet the best passages of the body as plain text (joined with {@code " … "}), or null
 *     when no word of the body matched
 * @param highlights where the matched words are in {@code snippet}, in order, not overlapping;
 *     given as offsets rather than marks in the text because any mark (even {@code «»}, which
 *     Russian uses as quotation marks) can occur in a statement
 * @param otherVersions when the search groups language versions ({@link
 *     SearchRequest#groupVersions()}): the other statements of this hit's group, matching ones
 *     first, then by language and id; otherwise empty
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({
  "id",
  "title",
  "published",
  "publishedPrecision"
})
public record SearchHit(
    String id,
    String title,
    Published published,
    String language,
    Speaker speaker,
    Genre genre,
    String place,
    float score,
    String snippet,
    List<Highlight> highlights,
    List<OtherVersion> otherVersions) {

  public SearchHit {
    highlights = highlights == null ? List.of() : List.copyOf(highlights);
    otherVersions = otherVersions == null ? List.of() : List.copyOf(otherVersions);
    int end = 0;
    for (Highlight h : highlights) {
      if (snippet == null || h.start() < end || h.end() > snippet.length()) {
        throw new IllegalArgumentException(
            "highlight " + h + " is out of order or outside the snippet of " + id);
      }
      end = h.end();
    }
  }

  /** A hit without grouped versions. */
  public SearchHit(
      String id,
      String title,
      Published published,
      String language,
      Speaker speaker,
      Genre genre,
      String place,
      float score,
      String snippet,
      List<Highlight> highlights) {
    this(
        id,
        title,
        published,
        language,
        speaker,
        genre,
        place,
        score,
        snippet,
        highlights,
        List.of());
  }

  /** The precision of {@code published} (JSON {@code publishedPrecision}), or null when undated. */
  @com.fasterxml.jackson.annotation.JsonProperty("publishedPrecision")
  public Published.Precision publishedPrecision() {
    return published == null ? null : published.precision();
  }

  /**
   * The snippet with each matched word wrapped in {@code open} and {@code close}, for display (e.g.
   * {@code markedSnippet("«", "»")} in a terminal); null when there is no snippet.
   */
  public String markedSnippet(String open, String close) {
    if (snippet == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(snippet.length() + highlights.size() * 4);
    int at = 0;
    for (Highlight h : highlights) {
      out.append(snippet, at, h.start()).append(open);
      out.append(snippet, h.start(), h.end()).append(close);
      at = h.end();
    }
    return out.append(snippet, at, snippet.length()).toString();
  }

  /**
   * A matched word in a snippet: chars {@code start} (inclusive) to {@code end} (exclusive).
   *
   * @param start offset of its first char
   * @param end offset after its last char
   */
  public record Highlight(int start, int end) {
    public Highlight {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException(
            "a highlight needs 0 <= start < end: " + start + ", " + end);
      }
    }
  }

  /**
   * Reads a snippet whose matched words a highlighter wrapped in {@code open} and {@code close}
   * (chars that the highlighted text itself does not contain: check before choosing them).
   */
  public static Marked parseMarked(String marked, char open, char close) {
    if (marked == null) {
      return new Marked(null, List.of());
    }
    StringBuilder text = new StringBuilder(marked.length());
    java.util.ArrayList<Highlight> spans = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == open && start < 0) {
        start = text.length();
      } else if (c == close && start >= 0) {
        if (text.length() > start) {
          spans.add(new Highlight(start, text.length()));
        }
        start = -1;
      } else {
        text.append(c);
      }
    }
    return new Marked(text.toString(), spans);
  }

  /** A snippet's plain text and its highlights, from {@link #parseMarked}. */
  public record Marked(String text, List<Highlight> highlights) {}

  /**
   * Another statement of a hit's version group.
   *
   * @param id its id
   * @param language its language, or null when unknown
   * @param title its title, or null
   * @param matches whether it matches the search too (then it is not listed as a hit of its own)
   */
  public record OtherVersion(String id, String language, String title, boolean matches) {
    public OtherVersion {
      Objects.requireNonNull(id, "id of the other version");
    }
  }
}
