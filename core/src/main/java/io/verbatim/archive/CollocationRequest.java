package io.verbatim.archive;

import java.util.Objects;

/**
 * A collocation analysis: the words found near a node (one word or a phrase) in the bodies of one
 * language, counted by {@link CollocationTally} and ranked by {@link
 * AssociationRanking#collocations}.
 *
 * @param selection the statements whose bodies are read (restricted to {@code language})
 * @param node the node as the user gives it: a word ({@code security}) or a phrase ({@code climate
 *     change}), analysed like the bodies
 * @param language the ISO 639-1 language of the bodies
 * @param window positions either side of the node, 1 to {@value #MAX_WINDOW}
 * @param minFrequency the fewest co-occurrences (left + right) a collocate needs, at least 1
 * @param limit the most collocates to return, at least 1
 */
public record CollocationRequest(
    Selection selection, String node, String language, int window, int minFrequency, int limit) {

  /** The widest window. */
  public static final int MAX_WINDOW = 20;

  public CollocationRequest {
    Objects.requireNonNull(selection, "selection");
    if (node == null || node.isBlank()) {
      throw new IllegalArgumentException("the node (a word or a phrase) must not be empty");
    }
    node = node.strip();
    KeynessRequest.requireLanguage(language);
    requireWindow(window);
    if (minFrequency < 1) {
      throw new IllegalArgumentException("minimum frequency must be at least 1: " + minFrequency);
    }
    AssociationRanking.requireLimit(limit);
  }

  /**
   * @throws IllegalArgumentException unless {@code 1 <= window <= MAX_WINDOW}
   */
  static void requireWindow(int window) {
    if (window < 1 || window > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "window must be between 1 and " + MAX_WINDOW + " positions: " + window);
    }
  }
}
