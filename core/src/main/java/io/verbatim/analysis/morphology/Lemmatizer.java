package io.verbatim.analysis.morphology;

import java.util.List;
import java.util.Set;

/**
 * Gives the dictionary forms (lemmas) of a word form.
 *
 * <p>Contract: the word is one token; case is ignored; the answer is lower case, empty when the
 * word is unknown, and holds several lemmas when the form is ambiguous (e.g. Russian {@code стали}
 * is a form of {@code стать} and of {@code сталь}). Implementations are thread-safe.
 */
public interface Lemmatizer {
  /** The lemmas of {@code word}, lower case; empty when the word is unknown. */
  Set<String> lemmas(String word);

  /**
   * The readings of {@code word}: each lemma with the dictionary's grammatical tag, in dictionary
   * order; empty when the word is unknown. Lemmatizers without tags give each lemma with the empty
   * tag (the default).
   */
  default List<Reading> readings(String word) {
    return lemmas(word).stream().map(l -> new Reading(l, "")).toList();
  }
}
