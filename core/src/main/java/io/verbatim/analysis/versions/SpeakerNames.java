package io.verbatim.analysis.versions;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Speaker names compared across scripts: Cyrillic is transliterated to Latin and spelling variants
 * of transliteration are folded ({@code kh}→{@code h}, {@code y}/{@code j}→{@code i}, double
 * letters single, ...), so {@code Сергей Лавров} and {@code Sergey Lavrov} share the key {@code
 * lavrov}. Initials and tokens under three letters are ignored.
 */
public final class SpeakerNames {
  private SpeakerNames() {}

  private static final String[] CYRILLIC = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "h", "ts", "ch", "sh", "shch", "", "i", "", "e", "iu", "ia"
  };

  /** The name keys of {@code name} (one per word of three letters or more), or empty. */
  public static Set<String> keys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    if (name == null) {
      return keys;
    }
    for (String word : latin(name.toLowerCase(Locale.ROOT)).split("[^a-z]+")) {
      String folded = fold(word);
      if (folded.length() >= 3) {
        keys.add(folded);
      }
    }
    return keys;
  }

  /** True when both names are known and share a key (e.g. the surname). */
  public static boolean same(String a, String b) {
    Set<String> shared = keys(a);
    shared.retainAll(keys(b));
    return !shared.isEmpty();
  }

  private static String latin(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'а' && c <= 'я') {
        out.append(CYRILLIC[c - 'а']);
      } else if (c == 'ё') {
        out.append('e');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String fold(String word) {
    String w =
        word.replace("kh", "h")
            .replace("ks", "x")
            .replace("ie", "e")
            .replace('y', 'i')
            .replace('j', 'i')
            .replace('w', 'v');
    StringBuilder out = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
        out.append(w.charAt(i));
      }
    }
    return out.toString();
  }
}
