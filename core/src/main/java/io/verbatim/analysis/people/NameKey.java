package io.verbatim.analysis.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Match keys of names: one spelling-independent key per word, so that the ways people write one
 * name in Latin or Cyrillic letters meet ({@code Sergey}, {@code Sergei}, {@code Sergej} and {@code
 * Сергей} all give {@code sergei}; {@code Zelenskyy}, {@code Zelensky}, {@code Zelenskiy} and
 * {@code Зеленский} give {@code zelenski}; {@code GROMYKO} and {@code Громыко} give {@code
 * gromiko}). Keys are for comparing, not for showing.
 *
 * <p>How a word is keyed: lower case; accents dropped ({@code António}, {@code Ivanović}, the
 * diaeresis of {@code ё}, the breve of {@code й}); Cyrillic written in Latin letters; then the
 * spellings that transliteration systems (BGN/PCGN, ISO 9 and GOST without diacritics, ICAO, German
 * and French usage) choose differently are folded: {@code shch}, {@code sch}, {@code sh} → {@code
 * s}; {@code zh} → {@code z}; {@code tch}, {@code ch} → {@code c}; {@code ts}, {@code tz} → {@code
 * c}; {@code kh} → {@code h}; {@code th} → {@code t}; {@code ph} → {@code f}; {@code x} → {@code
 * ks}; {@code w} → {@code v}; {@code q} → {@code k}; {@code j} and {@code y} → {@code i}; doubled
 * letters single; {@code ie} → {@code e} ({@code Yevgeny}, {@code Matviyenko}, {@code Tokayev}:
 * BGN's {@code ye} for {@code е}); {@code io} between consonants → {@code e} ({@code Fyodor},
 * {@code Gorbachyov}: {@code ё}). What stays apart: different letters ({@code Ivanov} is not {@code
 * Ivanovic}), and first names that differ beyond these folds, which {@link GivenNames} joins
 * ({@code Dimitry}, {@code Alexander}).
 */
public final class NameKey {
  private NameKey() {}

  private static final String CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюяёіїєґў";
  private static final String[] LATIN = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "e", "i", "i", "ye",
    "g", "u"
  };
  private static final String[][] FOLDS = {
    {"shch", "s"},
    {"sch", "s"},
    {"tch", "c"},
    {"sh", "s"},
    {"zh", "z"},
    {"ch", "c"},
    {"kh", "h"},
    {"ts", "c"},
    {"tz", "c"},
    {"th", "t"},
    {"ph", "f"},
    {"ck", "k"},
    {"x", "ks"},
    {"w", "v"},
    {"q", "k"},
    {"j", "i"},
    {"y", "i"}
  };

  /** The key of one word (letters only; other chars are dropped); empty when it has no letter. */
  public static String word(String word) {
    String s = latin(word.toLowerCase(Locale.ROOT));
    for (String[] fold : FOLDS) {
      s = s.replace(fold[0], fold[1]);
    }
    s = single(s);
    s = dropIeAndIo(s);
    return single(s);
  }

  /**
   * A word as spelled, for comparisons that must not fold spellings ({@code Charter} is not {@code
   * Carter}, {@code Moody} is not {@code Modi}): lower case, accents and the marks of {@code ё} and
   * {@code й} dropped, letters only.
   */
  public static String strict(String word) {
    String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetter(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The words of {@code name} (split at spaces, hyphens and dots), each keyed, joined by spaces.
   */
  public static String of(String name) {
    return String.join(" ", words(name));
  }

  /** The keys of the words of {@code name}, in order, empty keys left out. */
  public static List<String> words(String name) {
    List<String> keys = new ArrayList<>();
    for (String part : name.split("[\\s\\-‐‑–.,'’`]+")) {
      String key = word(part);
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** Lower case letters without accents, Cyrillic in Latin letters, nothing but letters. */
  private static String latin(String lower) {
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length() + 4);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      int at = CYRILLIC.indexOf(c);
      if (at >= 0) {
        out.append(LATIN[at]);
      } else if (c == 'ø') {
        out.append('o');
      } else if (c == 'ł') {
        out.append('l');
      } else if (c == 'đ') {
        out.append('d');
      } else if (c == 'ß') {
        out.append("ss");
      } else if (c == 'æ') {
        out.append("ae");
      } else if (c == 'ı') {
        out.append('i');
      } else if (Character.isLetter(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String single(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  private static String dropIeAndIo(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'i' && i + 1 < s.length()) {
        char next = s.charAt(i + 1);
        if (next == 'e') {
          continue; // "ie" -> "e"
        }
        if (next == 'o'
            && i > 0
            && !isVowel(s.charAt(i - 1))
            && i + 2 < s.length()
            && !isVowel(s.charAt(i + 2))) {
          out.append('e'); // "fiodor" -> "fedor"
          i++;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
