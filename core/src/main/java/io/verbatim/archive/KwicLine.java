package io.verbatim.archive;

import io.verbatim.model.Published;

/**
 * One concordance line: a match in a statement's body with its context, as exact text.
 *
 * <p>{@code left + match + right} is exactly {@code body.substring(start - left.length(), end +
 * right.length())}: newlines and spacing are kept (only human output may show them as spaces).
 *
 * @param statementId the statement's id
 * @param published when it was published, at its precision, or null
 * @param language its language, or null
 * @param speaker the speaker's name (or role when unnamed), or null
 * @param title its title, or null
 * @param left the body text from the start of the N-th word before the match up to the match (from
 *     the start of the body when fewer words precede it)
 * @param match the matched text, {@code body.substring(start, end)}
 * @param right the body text after the match up to the end of the N-th word after it (to the end of
 *     the body when fewer words follow)
 * @param start the char offset of the match in the body
 * @param end the char offset just after the match
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({
  "statementId",
  "published",
  "publishedPrecision"
})
public record KwicLine(
    String statementId,
    Published published,
    String language,
    String speaker,
    String title,
    String left,
    String match,
    String right,
    int start,
    int end) {

  /** The precision of {@code published} (JSON {@code publishedPrecision}), or null when undated. */
  @com.fasterxml.jackson.annotation.JsonProperty("publishedPrecision")
  public Published.Precision publishedPrecision() {
    return published == null ? null : published.precision();
  }
}
