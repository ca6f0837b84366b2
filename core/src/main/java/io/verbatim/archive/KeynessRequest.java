package io.verbatim.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A keyness analysis: which terms of one language are over-represented in a subset of the archive
 * compared with a reference.
 *
 * <p>Both sides are restricted to statements in {@code language}. Without a reference selection the
 * reference is <b>the rest of the archive</b> in that language (every statement in it that the
 * subset does not select); with one, it is the statements that selection selects, whether or not
 * the subset selects them too (a statement in both counts on both sides).
 *
 * @param subset the statements whose terms are tested
 * @param reference the statements to compare with, or null for the rest of the archive
 * @param language the ISO 639-1 language whose bodies are counted
 * @param ngram words per term: 1 (single words) or 2 (pairs of adjacent words, see {@link
 *     TermTally})
 * @param limit the most terms to return, at least 1
 */
public record KeynessRequest(
    Selection subset, Selection reference, String language, int ngram, int limit) {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  public KeynessRequest {
    Objects.requireNonNull(subset, "the subset's selection");
    requireLanguage(language);
    requireNgram(ngram);
    AssociationRanking.requireLimit(limit);
  }

  /** Single-word keyness of {@code subset} against the rest of the archive in {@code language}. */
  public static KeynessRequest of(Selection subset, String language, int limit) {
    return new KeynessRequest(subset, null, language, 1, limit);
  }

  /** True when the reference is the rest of the archive. */
  public boolean againstRest() {
    return reference == null;
  }

  /** The reference in words, e.g. {@code the rest of the archive in en}. */
  public String referenceDescription() {
    if (reference == null) {
      return "the rest of the archive in " + language;
    }
    List<String> parts = new ArrayList<>();
    parts.add("statements in " + language);
    if (!reference.query().isBlank()) {
      parts.add("matching '" + reference.query() + "'");
    }
    if (reference.from() != null) {
      parts.add("from " + reference.from());
    }
    if (reference.to() != null) {
      parts.add("to " + reference.to());
    }
    filter(parts, "by", reference.speakers());
    filter(parts, "role", reference.roles());
    filter(parts, "genre", reference.genres());
    filter(parts, "at", reference.places());
    filter(parts, "format", reference.formats());
    filter(parts, "mentioning", reference.mentions());
    return String.join(" ", parts);
  }

  private static void filter(List<String> parts, String label, List<String> values) {
    if (!values.isEmpty()) {
      parts.add(label + " " + String.join(" or ", values));
    }
  }

  /**
   * @throws IllegalArgumentException when {@code language} is not an ISO 639-1 code
   */
  static void requireLanguage(String language) {
    if (language == null || !LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "the analysis needs a language, an ISO 639-1 code such as 'en': " + language);
    }
  }

  /**
   * @throws IllegalArgumentException unless {@code ngram} is 1 or 2
   */
  static void requireNgram(int ngram) {
    if (ngram < 1 || ngram > 2) {
      throw new IllegalArgumentException(
          "terms are 1 word or 2 adjacent words (ngram 1 or 2): " + ngram);
    }
  }
}
