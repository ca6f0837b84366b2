package io.verbatim.analysis.entities;

/**
 * A token of a text: a run of letters and digits (a word), or one other non-space char.
 *
 * @param text the token as written
 * @param start offset of its first char
 * @param end offset after its last char
 */
record Token(String text, int start, int end) {
  boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  /** Whether the token starts with an upper-case letter. */
  boolean isCapitalised() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  /** Whether the token has at least two letters, all upper case ({@code NATO}, {@code ОДКБ}). */
  boolean isAllCaps() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }
}
