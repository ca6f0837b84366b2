package io.verbatim.analysis.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s: maximal runs of letters and digits are words; every other
 * non-space char is a token of its own (so {@code Russia's} is {@code Russia}, {@code '}, {@code
 * s}, and {@code Russian-Indian} is {@code Russian}, {@code -}, {@code Indian}); a word also ends
 * where letters turn to digits or back ({@code России2016} is {@code России}, {@code 2016}). Names
 * in the gazetteer are split the same way, so both sides agree.
 */
final class Tokenizer {
  private Tokenizer() {}

  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += width;
      } else if (isWordChar(cp)) {
        int start = i;
        boolean digits = Character.isDigit(cp);
        i += width;
        while (i < n) {
          int next = text.codePointAt(i);
          if (!isWordChar(next) || Character.isDigit(next) != digits) {
            break;
          }
          i += Character.charCount(next);
        }
        tokens.add(new Token(text.substring(start, i), start, i));
      } else {
        tokens.add(new Token(text.substring(i, i + width), i, i + width));
        i += width;
      }
    }
    return tokens;
  }

  private static boolean isWordChar(int cp) {
    // Combining marks (e.g. the breve of a decomposed й) stay inside the word.
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }
}
