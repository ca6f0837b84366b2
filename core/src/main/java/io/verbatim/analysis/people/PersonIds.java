package io.verbatim.analysis.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Ids derived from names, for people the authority does not know: {@code person:} and the name in
 * Latin letters (Cyrillic by {@link Transliteration}), lower case, accents dropped, words joined by
 * hyphens ({@code Виктор Христенко} is {@code person:viktor-khristenko}, {@code António Guterres}
 * is {@code person:antonio-guterres}). The same normalised name always gives the same id.
 */
public final class PersonIds {
  private PersonIds() {}

  /** The id derived from a normalised name ({@link PersonName#display()}). */
  public static String derived(String name) {
    Objects.requireNonNull(name, "a name");
    String latin = Normalizer.normalize(Transliteration.latin(name), Normalizer.Form.NFD);
    StringBuilder slug = new StringBuilder(latin.length());
    boolean dash = false;
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      char lower = Character.toLowerCase(c);
      if (lower == 'ø') {
        lower = 'o';
      } else if (lower == 'ł') {
        lower = 'l';
      } else if (lower == 'ß') {
        slug.append("ss");
        dash = false;
        continue;
      }
      if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
        if (dash && !slug.isEmpty()) {
          slug.append('-');
        }
        slug.append(lower);
        dash = false;
      } else {
        dash = true;
      }
    }
    if (slug.isEmpty()) {
      slug.append("unnamed");
    }
    return "person:" + slug.toString().toLowerCase(Locale.ROOT);
  }
}
