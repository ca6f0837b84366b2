package io.verbatim.archive;

import java.util.Locale;

/**
 * Words around a span of text, for concordance context and its sort keys: the one set of rules
 * every backend's concordance ({@link Archive#kwic}) uses.
 *
 * <p>A word is a run of letters and digits; an apostrophe or hyphen between two such chars belongs
 * to the word ({@code don't}, {@code anti-nuclear}); letters outside the basic plane count as
 * letters and a surrogate pair is never split. Everything else (spaces, newlines, punctuation)
 * separates words.
 */
public final class ContextWords {
  private ContextWords() {}

  public static boolean isWordChar(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isSurrogate(c)) {
      // Both halves of a pair answer for the whole code point, so a pair is never split.
      int codePoint =
          Character.isHighSurrogate(c)
              ? Character.codePointAt(text, i)
              : Character.codePointBefore(text, i + 1);
      return Character.isLetterOrDigit(codePoint);
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    if (c == '\'' || c == '\u2019' || c == '-' || c == '\u2010') {
      return i > 0
          && i + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(i - 1))
          && Character.isLetterOrDigit(text.charAt(i + 1));
    }
    return false;
  }

  /**
   * The offset where the {@code n}-th word before {@code pos} starts, or 0 when fewer than {@code
   * n} words precede it.
   */
  public static int startOfWordsBefore(CharSequence text, int pos, int n) {
    int i = pos;
    for (int found = 0; found < n; found++) {
      while (i > 0 && !isWordChar(text, i - 1)) {
        i--;
      }
      if (i == 0) {
        return 0;
      }
      while (i > 0 && isWordChar(text, i - 1)) {
        i--;
      }
    }
    return i;
  }

  /**
   * The offset just after the {@code n}-th word after {@code pos}, or the text's length when fewer
   * than {@code n} words follow it.
   */
  public static int endOfWordsAfter(CharSequence text, int pos, int n) {
    int i = pos;
    int length = text.length();
    for (int found = 0; found < n; found++) {
      while (i < length && !isWordChar(text, i)) {
        i++;
      }
      if (i == length) {
        return length;
      }
      while (i < length && isWordChar(text, i)) {
        i++;
      }
    }
    return i;
  }

  /** The {@code n}-th word (1-based) from the end of {@code text}, lowercased; "" when none. */
  public static String nthFromEnd(String text, int n) {
    int end = text.length();
    for (int found = 1; ; found++) {
      while (end > 0 && !isWordChar(text, end - 1)) {
        end--;
      }
      if (end == 0) {
        return "";
      }
      int start = end;
      while (start > 0 && isWordChar(text, start - 1)) {
        start--;
      }
      if (found == n) {
        return text.substring(start, end).toLowerCase(Locale.ROOT);
      }
      end = start;
    }
  }

  /** The {@code n}-th word (1-based) from the start of {@code text}, lowercased; "" when none. */
  public static String nthFromStart(String text, int n) {
    int start = 0;
    int length = text.length();
    for (int found = 1; ; found++) {
      while (start < length && !isWordChar(text, start)) {
        start++;
      }
      if (start == length) {
        return "";
      }
      int end = start;
      while (end < length && isWordChar(text, end)) {
        end++;
      }
      if (found == n) {
        return text.substring(start, end).toLowerCase(Locale.ROOT);
      }
      start = end;
    }
  }
}
