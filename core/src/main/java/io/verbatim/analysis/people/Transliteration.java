package io.verbatim.analysis.people;

import java.text.Normalizer;

/**
 * Russian (and Ukrainian) Cyrillic written in Latin letters, for people to read: the BGN/PCGN
 * system without its diacritics, as English-language newspapers and the Russian foreign ministry
 * write names ({@code Сергей Лавров} is {@code Sergey Lavrov}, {@code Юрий Ушаков} is {@code Yuriy
 * Ushakov}, {@code Ельцин} is {@code Yeltsin}). Letters that are not Cyrillic are kept as they are;
 * capitalisation follows the source ({@code ЛАВРОВ} gives {@code LAVROV}).
 *
 * <p>Rules: {@code е} and {@code ё} are {@code ye} at the start of a word and after a vowel, {@code
 * й}, {@code ъ} or {@code ь}, else {@code e}; {@code й} is {@code y}, {@code ы} is {@code y},
 * {@code х} is {@code kh}, {@code ц} is {@code ts}, {@code ч} is {@code ch}, {@code ш} is {@code
 * sh}, {@code щ} is {@code shch}, {@code ю} is {@code yu}, {@code я} is {@code ya}; the hard and
 * soft signs are dropped.
 */
public final class Transliteration {
  private Transliteration() {}

  private static final String CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюяёіїєґў";
  private static final String[] LATIN = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "e", "i", "yi", "ye",
    "g", "u"
  };
  private static final String YE_AFTER = "аеёиоуыэюяйъьіїє";

  /** {@code text} with its Cyrillic letters in Latin ones (BGN/PCGN without diacritics). */
  public static String latin(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char lower = Character.toLowerCase(c);
      int at = CYRILLIC.indexOf(lower);
      if (at < 0) {
        out.append(c);
        continue;
      }
      String latin = LATIN[at];
      if (lower == 'е' || lower == 'ё') {
        char before = i == 0 ? ' ' : Character.toLowerCase(s.charAt(i - 1));
        boolean wordStart = !Character.isLetter(before);
        latin = wordStart || YE_AFTER.indexOf(before) >= 0 ? "ye" : "e";
      }
      if (latin.isEmpty()) {
        continue;
      }
      if (Character.isUpperCase(c)) {
        boolean wordUpper =
            i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1))
                || i > 0 && Character.isUpperCase(s.charAt(i - 1));
        latin =
            wordUpper
                ? latin.toUpperCase(java.util.Locale.ROOT)
                : Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
      }
      out.append(latin);
    }
    return out.toString();
  }

  /**
   * The Latin spellings newspapers and other systems give a Russian word, lower case, the BGN/PCGN
   * one first: {@code Зеленский} is {@code zelenskiy}, {@code zelensky}, {@code zelenskyy}, {@code
   * zelenski}, {@code zelenskii}; {@code Шойгу} is {@code shoygu}, {@code shoigu}; {@code
   * Матвиенко} is {@code matviyenko}, {@code matvienko}; {@code Евгений} is {@code yevgeniy},
   * {@code evgeny}, and so on. The variants are the endings {@code -iy}/{@code -y}/{@code
   * -i}/{@code -ii}/{@code -yy}, {@code ye}/{@code e} after a vowel and at the start, {@code
   * y}/{@code i} after a vowel ({@code oy}/{@code oi}), {@code ks}/{@code x}, {@code yu}/{@code iu}
   * and {@code ya}/{@code ia}.
   */
  public static java.util.Set<String> variants(String word) {
    String base = latin(word).toLowerCase(java.util.Locale.ROOT);
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    out.add(base);
    vary(
        out,
        s ->
            s.endsWith("iy")
                ? java.util.List.of(
                    cut(s, 2) + "y", cut(s, 2) + "i", cut(s, 2) + "ii", cut(s, 2) + "yy")
                : java.util.List.of());
    vary(
        out,
        s ->
            s.endsWith("yy")
                ? java.util.List.of(cut(s, 2) + "y", cut(s, 2) + "iy")
                : java.util.List.of());
    vary(out, s -> java.util.List.of(s.replaceAll("(?<=[aeiou])ye", "e").replaceAll("^ye", "e")));
    vary(out, s -> java.util.List.of(s.replaceAll("(?<=[aeou])y(?![aeiou])", "i")));
    vary(out, s -> java.util.List.of(s.replace("ks", "x")));
    vary(out, s -> java.util.List.of(s.replace("yu", "iu").replace("ya", "ia")));
    return out;
  }

  private static String cut(String s, int n) {
    return s.substring(0, s.length() - n);
  }

  private static void vary(
      java.util.Set<String> out, java.util.function.Function<String, java.util.List<String>> rule) {
    for (String s : java.util.List.copyOf(out)) {
      if (out.size() >= 48) {
        return;
      }
      out.addAll(rule.apply(s));
    }
  }

  /** Whether {@code text} has a Cyrillic letter. */
  public static boolean hasCyrillic(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
        return true;
      }
    }
    return false;
  }
}
