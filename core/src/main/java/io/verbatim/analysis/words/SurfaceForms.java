package io.verbatim.analysis.words;

import java.util.Objects;

/**
 * The exact word forms ("surface forms") in a text field of the index, beside its stems and lemmas.
 *
 * <p>Each word of a text is indexed twice at one position: its normalised form prefixed with {@link
 * #MARK}, which quoted queries match, and its stem or lemmas (unmarked), which unquoted words
 * match. The mark is a character that is neither a letter nor a digit, so no word, stem or lemma
 * ever starts with it: a term is a surface form exactly when {@link #isSurface} says so, and every
 * surface form sorts between {@link #MARK} (inclusive) and {@link #END} (exclusive). Analyses that
 * count words (keyness, collocations) skip the marked terms.
 *
 * <p>Normalising a form ({@link #normalize}): every code point lower-cased with {@link
 * Character#toLowerCase(int)} (as Lucene's {@code LowerCaseFilter}), {@code ё} written {@code е},
 * and the characters that may sit inside a word without changing it ({@link #isInvisible}: the
 * combining acute accent used as a Russian stress mark, the soft hyphen, zero-width joiners)
 * removed.
 */
public final class SurfaceForms {
  private SurfaceForms() {}

  /** The prefix of every surface-form term. */
  public static final String MARK = "=";

  /** The smallest string greater than every surface-form term (the mark's next character). */
  public static final String END = String.valueOf((char) (MARK.charAt(0) + 1));

  /** {@code form} (already normalised) as the term of a surface form. */
  public static String mark(CharSequence form) {
    Objects.requireNonNull(form, "form");
    return MARK + form;
  }

  /** True when {@code term} is a surface-form term, not a stem or lemma. */
  public static boolean isSurface(CharSequence term) {
    return term.length() >= MARK.length() && MARK.contentEquals(term.subSequence(0, MARK.length()));
  }

  /** The form of surface-form {@code term}. */
  public static String unmark(String term) {
    if (!isSurface(term)) {
      throw new IllegalArgumentException("not a surface-form term: '" + term + "'");
    }
    return term.substring(MARK.length());
  }

  /**
   * True for characters that may sit inside a word without changing it and are left out of its
   * term: U+0301 (combining acute accent, the Russian stress mark), U+00AD (soft hyphen), U+200C
   * and U+200D (zero-width non-joiner and joiner).
   */
  public static boolean isInvisible(int codePoint) {
    return codePoint == 0x0301 || codePoint == 0x00AD || codePoint == 0x200C || codePoint == 0x200D;
  }

  /** {@code ё} as {@code е}, {@code Ё} as {@code Е}; any other character unchanged. */
  public static char foldYo(char c) {
    return c == 'ё' ? 'е' : c == 'Ё' ? 'Е' : c;
  }

  /**
   * {@code text} as the index writes a word form: lower case, {@code ё} as {@code е}, invisible
   * characters removed. Characters that are not letters are kept, so a pattern ({@code санкци*})
   * keeps its wildcards.
   */
  public static String normalize(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (isInvisible(cp)) {
        continue;
      }
      int lower = Character.toLowerCase(cp);
      if (lower == 'ё') {
        lower = 'е';
      }
      out.appendCodePoint(lower);
    }
    return out.toString();
  }
}
