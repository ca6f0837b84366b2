package io.verbatim.archive;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The written forms of counted terms, to show each term the way readers meet it: the analyses count
 * by stem or lemma ({@code peac}, {@code россия}) but show the word form written most often for it
 * in the counted texts ({@code peace}, {@code России}).
 *
 * <p>Rule: forms are compared without case ({@code Peace} and {@code peace} are one form); the form
 * with the most occurrences wins, ties going to the alphabetically first. It is shown in lower
 * case, unless inside sentences (where a capital is not just the start of a sentence) it is written
 * most often with capitals: then in that spelling ({@code Ukraine}, {@code NATO}), ties going to
 * lower case and then to the alphabetically first. A term seen with no known form is shown as the
 * term itself.
 */
public final class WordForms {
  /** The occurrences of one form: all of them, and inside sentences by spelling. */
  private static final class Form {
    long count;
    final Map<String, Long> insideSentences = new HashMap<>(2);
  }

  /** Per term: lower-cased form → its counts. */
  private final Map<String, Map<String, Form>> forms = new HashMap<>();

  /**
   * Counts one occurrence of {@code term} written as {@code written} (ignored when null).
   *
   * @param startsSentence whether it is the first word of a sentence, where a capital says nothing
   *     about the word
   */
  public void add(String term, String written, boolean startsSentence) {
    Objects.requireNonNull(term, "term");
    if (written == null || written.isEmpty()) {
      return;
    }
    Form form =
        forms
            .computeIfAbsent(term, t -> new HashMap<>(2))
            .computeIfAbsent(written.toLowerCase(Locale.ROOT), f -> new Form());
    form.count++;
    if (!startsSentence) {
      form.insideSentences.merge(written, 1L, Long::sum);
    }
  }

  /** The form to show for {@code term}, by the rule above; the term itself when none was seen. */
  public String formOf(String term) {
    Map<String, Form> byLower = forms.get(term);
    if (byLower == null) {
      return term;
    }
    String lower = null;
    Form best = null;
    for (Map.Entry<String, Form> e : byLower.entrySet()) {
      long count = e.getValue().count;
      if (best == null
          || count > best.count
          || (count == best.count && e.getKey().compareTo(lower) < 0)) {
        lower = e.getKey();
        best = e.getValue();
      }
    }
    String shown = lower;
    long shownCount = best.insideSentences.getOrDefault(lower, 0L);
    for (Map.Entry<String, Long> e : best.insideSentences.entrySet()) {
      String spelling = e.getKey();
      long count = e.getValue();
      boolean better =
          count > shownCount
              || (count == shownCount && !shown.equals(lower) && spelling.compareTo(shown) < 0);
      if (better && !spelling.equals(lower)) {
        shown = spelling;
        shownCount = count;
      }
    }
    return shown;
  }

  /** True when no form was counted. */
  public boolean isEmpty() {
    return forms.isEmpty();
  }
}
