package io.verbatim.analysis.entities;

import java.util.Locale;
import java.util.Set;

/**
 * The inflection classes of Russian names and adjectives, enough to tell that {@code России},
 * {@code Россией} and {@code Россию} are forms of {@code Россия}, and {@code российских} a form of
 * {@code российский}.
 *
 * <p>A dictionary form is split into a stem and the set of endings its class takes; a text word
 * matches when it is that stem plus one of those endings. This complements the {@link
 * io.verbatim.analysis.morphology.Lemmatizer}: it covers proper names a dictionary may lack. Keys
 * are lower case with {@code ё} written {@code е}.
 */
final class RussianInflection {
  private RussianInflection() {}

  /** A stem and the endings that may follow it. */
  record Paradigm(String stem, Set<String> endings) {}

  static final Set<String> ADJECTIVE_ENDINGS =
      Set.of(
          "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ого", "его", "ому", "ему", "ую",
          "юю", "им", "ым", "ом", "ем", "их", "ых", "ими", "ыми", "ей", "ою", "ею", "о");
  private static final Set<String> NOUN_IA = Set.of("я", "и", "ю", "ей", "ею", "е");
  private static final Set<String> NOUN_A =
      Set.of("а", "я", "ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею");
  private static final Set<String> NOUN_J = Set.of("й", "я", "ю", "ем", "е", "и", "ев", "ям", "ях");
  private static final Set<String> NOUN_SOFT = Set.of("ь", "и", "ью", "я", "ю", "ем", "е");
  private static final Set<String> NOUN_PLURAL = Set.of("ы", "и", "ов", "ам", "ах", "ами");
  private static final Set<String> NOUN_HARD =
      Set.of("", "а", "у", "ом", "е", "ы", "ов", "ам", "ах", "ами");
  private static final Set<String> NEUTER_O = Set.of("о", "а", "у", "ом", "е");
  private static final Set<String> NEUTER_IE = Set.of("е", "я", "ю", "ем", "и");
  private static final Set<String> INDECLINABLE = Set.of("");

  /** The longest ending of any class: text words are split at most this far from their end. */
  static final int MAX_ENDING = 3;

  /** Lower case, {@code ё} as {@code е}. */
  static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  static boolean looksAdjectival(String word) {
    String k = key(word);
    return k.length() > 3
        && !isNeuterNoun(k)
        && (k.endsWith("ий")
            || k.endsWith("ый")
            || k.endsWith("ой")
            || k.endsWith("ая")
            || k.endsWith("яя")
            || k.endsWith("ое")
            || k.endsWith("ее")
            || k.endsWith("ие")
            || k.endsWith("ые")
            // adjectives already in the genitive inside a name: "Объединённых Наций"
            || k.endsWith("ых")
            || k.endsWith("их"));
  }

  /** Nouns in -ние / -тие, which end like adjectives but decline as nouns. */
  private static boolean isNeuterNoun(String k) {
    return k.endsWith("ние") || k.endsWith("тие");
  }

  /**
   * The paradigm of a dictionary form.
   *
   * @param word the form as written in the gazetteer (nominative; adjectives masculine)
   * @param adjective whether the word declines as an adjective
   */
  static Paradigm paradigm(String word, boolean adjective) {
    String k = key(word);
    if (adjective && k.length() > 3) {
      return new Paradigm(k.substring(0, k.length() - 2), ADJECTIVE_ENDINGS);
    }
    if (k.length() < 3) {
      return new Paradigm(k, INDECLINABLE);
    }
    char last = k.charAt(k.length() - 1);
    String dropLast = k.substring(0, k.length() - 1);
    if (k.endsWith("ия")) {
      return new Paradigm(dropLast, NOUN_IA);
    }
    if (k.endsWith("ство")) {
      return new Paradigm(dropLast, NEUTER_O); // Королевство, Содружество
    }
    if (isNeuterNoun(k)) {
      return new Paradigm(dropLast, NEUTER_IE); // Движение, Соглашение
    }
    if ((last == 'а' || last == 'я') && "аоуыэю".indexOf(k.charAt(k.length() - 2)) >= 0) {
      return new Paradigm(k, INDECLINABLE); // Самоа, Никарагуа, Папуа: not "Самое"
    }
    return switch (last) {
      case 'а', 'я' -> new Paradigm(dropLast, NOUN_A);
      case 'й' -> new Paradigm(dropLast, NOUN_J);
      case 'ь' -> new Paradigm(dropLast, NOUN_SOFT);
      case 'ы' -> new Paradigm(dropLast, NOUN_PLURAL);
      case 'о', 'е', 'и', 'у', 'э', 'ю' -> new Paradigm(k, INDECLINABLE);
      default ->
          Character.isLetter(last) ? new Paradigm(k, NOUN_HARD) : new Paradigm(k, INDECLINABLE);
    };
  }
}
