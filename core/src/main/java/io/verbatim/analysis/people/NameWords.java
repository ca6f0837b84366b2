package io.verbatim.analysis.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a name as printed into words: at spaces and commas, and after the dot of an initial or an
 * abbreviation written without a space ({@code С.В.Лавров} is {@code С.}, {@code В.}, {@code
 * Лавров}; {@code H.E.} is {@code H.}, {@code E.}). Hyphens stay inside words ({@code
 * Kassym-Jomart}); a parenthesised part ({@code (как переведено)}) is left out.
 */
final class NameWords {
  private NameWords() {}

  static List<String> split(String name) {
    String s = name.replaceAll("\\([^)]*\\)?", " ").replace('\u00a0', ' ');
    List<String> words = new ArrayList<>();
    for (String chunk : s.split("[\\s,;:]+")) {
      int start = 0;
      for (int i = 0; i < chunk.length(); i++) {
        if (chunk.charAt(i) == '.' && i + 1 < chunk.length() && chunk.charAt(i + 1) != '.') {
          words.add(chunk.substring(start, i + 1));
          start = i + 1;
        }
      }
      if (start < chunk.length()) {
        words.add(chunk.substring(start));
      }
    }
    words.removeIf(w -> w.isEmpty() || w.chars().noneMatch(Character::isLetter));
    return words;
  }

  /** A word compared case-insensitively with a trailing dot dropped ({@code Mr.} as {@code mr}). */
  static String bare(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** Whether a word is an initial: one letter, with or without its dot ({@code V.}, {@code W}). */
  static boolean isInitial(String word) {
    String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return bare.codePointCount(0, bare.length()) == 1 && Character.isLetter(bare.codePointAt(0));
  }

  /** Whether all letters of a word of two or more letters are capitals ({@code GROMYKO}). */
  static boolean isAllCaps(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * A word in capitals written as a name is ({@code GROMYKO} is {@code Gromyko}, {@code
   * SASSOU-NGUESSO} is {@code Sassou-Nguesso}); other words are kept.
   */
  static String decapitalise(String word) {
    if (!isAllCaps(word)) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    boolean start = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }
}
