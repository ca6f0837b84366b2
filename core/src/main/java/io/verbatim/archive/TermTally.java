package io.verbatim.archive;

import java.util.HashMap;
import java.util.Map;

/**
 * The term counts of one side of keyness: how often each term occurs in some texts, out of how
 * many, and (when asked) the form each is written in most often ({@link WordForms}).
 *
 * <p>Terms are n-grams of analysed words ({@link KeynessRequest#ngram()}):
 *
 * <ul>
 *   <li><b>1</b>: every word token is one occurrence of its term; the total is the number of word
 *       tokens (a word with several lemmas at one position counts once per lemma);
 *   <li><b>2</b>: two words at consecutive positions with only whitespace or a hyphen between them
 *       in the text (no removed stop word, no punctuation) are one occurrence of the term {@code
 *       "first second"}; the total is the number of such pairs. Offsets must be known.
 * </ul>
 */
public final class TermTally {
  private final int ngram;
  private final WordForms forms;
  private final Map<String, Long> frequencies = new HashMap<>();
  private long tokens;

  /**
   * @param ngram words per term, 1 or 2
   * @param keepForms whether to count written forms (the subset's side does; the reference's need
   *     not)
   */
  public TermTally(int ngram, boolean keepForms) {
    KeynessRequest.requireNgram(ngram);
    this.ngram = ngram;
    this.forms = keepForms ? new WordForms() : null;
  }

  /** Counts the terms of one text. */
  public void add(BodyTokens body) {
    if (ngram == 1) {
      for (int i = 0; i < body.size(); i++) {
        count(body.term(i), 1);
        if (forms != null) {
          forms.add(body.term(i), body.written(i), body.startsSentence(i));
        }
      }
      return;
    }
    for (int i = 0; i < body.size(); i++) {
      int next = body.position(i) + 1;
      for (int j = i + 1; j < body.size() && body.position(j) <= next; j++) {
        if (body.position(j) == next && body.adjacentInText(i, j)) {
          String pair = body.term(i) + " " + body.term(j);
          count(pair, 1);
          if (forms != null) {
            forms.add(pair, body.written(i, j), body.startsSentence(i));
          }
        }
      }
    }
  }

  /**
   * Counts {@code count} occurrences of a single-word term with no written form (for a side whose
   * forms are not shown, read from a term vector's frequencies).
   *
   * @throws IllegalStateException when terms are not single words
   */
  public void add(String term, long count) {
    if (ngram != 1) {
      throw new IllegalStateException("single-term counts given to a tally of " + ngram + "-grams");
    }
    if (BodyTokens.isWord(term)) {
      count(term, count);
    }
  }

  private void count(String term, long count) {
    frequencies.merge(term, count, Long::sum);
    tokens += count;
  }

  /** Words per term. */
  public int ngram() {
    return ngram;
  }

  /** Occurrences of every term counted, by term. */
  public Map<String, Long> frequencies() {
    return frequencies;
  }

  public long frequency(String term) {
    return frequencies.getOrDefault(term, 0L);
  }

  /** All occurrences counted: the size of this side. */
  public long tokens() {
    return tokens;
  }

  /** The form {@code term} is written in most often, or the term when forms are not kept. */
  public String formOf(String term) {
    return forms == null ? term : forms.formOf(term);
  }
}
