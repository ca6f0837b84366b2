package io.verbatim.analysis.people;

import io.verbatim.analysis.morphology.Lemmatizer;
import io.verbatim.analysis.morphology.Reading;
import io.verbatim.analysis.morphology.Reading.Case;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Puts a Russian personal name back into the nominative: {@code Виктору Христенко} is {@code Виктор
 * Христенко}, {@code Сергея Лаврова} is {@code Сергей Лавров}, {@code Марии Захаровой} is {@code
 * Мария Захарова}.
 *
 * <p>The words of a name agree in case. Each word's possible cases come from the dictionary where
 * it knows the word as a first name or surname ({@code Name}, {@code Fam}), and from the endings of
 * masculine and feminine name declension where it does not (foreign names, rare surnames);
 * indeclinable names ({@code Шойгу}, {@code Христенко}, {@code Аракчи}) fit every case. The cases
 * that every word fits are tried in order: the case given as a hint (a title's), the nominative,
 * then genitive, dative, instrumental, accusative, prepositional; a case is only tried when the
 * dictionary attests it for one of the words, or no word is in the dictionary. The answer lists the
 * nominative of the name under each case tried, most likely first, so that a caller who knows the
 * people can choose ({@code Лаврова} alone is the surname {@code Лаврова} or the genitive of {@code
 * Лавров}).
 */
public final class RussianNameCases {
  private static final List<Case> ORDER =
      List.of(
          Case.NOMINATIVE,
          Case.GENITIVE,
          Case.DATIVE,
          Case.INSTRUMENTAL,
          Case.ACCUSATIVE,
          Case.PREPOSITIONAL);

  private final Lemmatizer lemmatizer;

  /**
   * @param lemmatizer the dictionary; one without tags leaves everything to the endings
   */
  public RussianNameCases(Lemmatizer lemmatizer) {
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "a lemmatizer");
  }

  /** What one word can be: its nominative under each case it fits. */
  private record WordForms(Map<Case, String> nominatives, boolean attested, boolean fitsAll) {}

  /**
   * The nominatives of a name, most likely first (never empty: the words as written come last).
   *
   * @param words the words of the name (first names, patronymic, surname; no initials)
   * @param hint the case the name is known to be in (a title's case), or null
   */
  public List<List<String>> nominatives(List<String> words, Case hint) {
    List<WordForms> forms = new ArrayList<>(words.size());
    boolean anyAttested = false;
    for (String word : words) {
      WordForms f = forms(word);
      anyAttested |= f.attested();
      forms.add(f);
    }
    List<Case> order = new ArrayList<>();
    if (hint != null) {
      order.add(hint);
    } else if (!anyAttested && forms.stream().anyMatch(RussianNameCases::looksOblique)) {
      // unknown words ending like an instrumental or dative ("Шавкатом Мирзиёевым"): most
      // likely in that case, as a name is rarely written so in the nominative
      order.add(Case.INSTRUMENTAL);
      order.add(Case.DATIVE);
    }
    order.addAll(ORDER);
    Set<List<String>> answers = new LinkedHashSet<>();
    for (Case c : new LinkedHashSet<>(order)) {
      boolean attested = false;
      List<String> nominative = new ArrayList<>(words.size());
      for (int i = 0; i < words.size() && nominative != null; i++) {
        WordForms f = forms.get(i);
        String n = f.nominatives().get(c);
        if (n == null && f.fitsAll()) {
          n = words.get(i);
        }
        if (n == null) {
          nominative = null;
        } else {
          nominative.add(n);
          attested |= f.attested() && f.nominatives().containsKey(c);
        }
      }
      if (nominative != null && (attested || !anyAttested || c == hint)) {
        answers.add(nominative);
      }
    }
    answers.add(List.copyOf(words));
    return List.copyOf(answers);
  }

  private static boolean looksOblique(WordForms f) {
    return f.nominatives().containsKey(Case.INSTRUMENTAL)
        || f.nominatives().containsKey(Case.DATIVE);
  }

  private WordForms forms(String word) {
    Map<Case, String> byCase = new EnumMap<>(Case.class);
    boolean attested = false;
    boolean indeclinable = false;
    if (word.indexOf('-') < 0) {
      for (Reading r : lemmatizer.readings(word)) {
        if (r.isPatronymic() && !r.isPlural() && r.grammaticalCase() != null) {
          // the lemma of a patronymic is the father's name: undo the case by its ending
          byCase.putIfAbsent(r.grammaticalCase(), patronymicNominative(word));
          attested = true;
          continue;
        }
        if (!(r.isGivenName() || r.isSurname()) || r.isPlural()) {
          continue;
        }
        Case c = r.grammaticalCase();
        String nominative =
            like(word, r.isSurname() && r.isFeminine() ? feminine(r.lemma()) : r.lemma());
        if (c == null) {
          indeclinable = true;
          nominative = word;
        }
        attested = true;
        if (c != null) {
          byCase.putIfAbsent(c, nominative);
        }
      }
    }
    if (!attested) {
      byCase.putAll(byEndings(word));
      // no ending of a case fits ("Шараа", "Мадуро", "Аракчи"): the word keeps its form in all
      boolean noCaseEnding = byCase.keySet().stream().allMatch(c -> c == Case.NOMINATIVE);
      return new WordForms(byCase, false, noCaseEnding || declinesNot(word));
    }
    return new WordForms(byCase, true, indeclinable);
  }

  /** A patronymic in the nominative: Викторовича is Викторович, Владимировной is Владимировна. */
  static String patronymicNominative(String word) {
    String[][] endings = {
      {"ичем", "ич"}, {"ича", "ич"}, {"ичу", "ич"}, {"иче", "ич"},
      {"ной", "на"}, {"ны", "на"}, {"не", "на"}, {"ну", "на"}
    };
    for (String[] e : endings) {
      if (word.endsWith(e[0])) {
        return word.substring(0, word.length() - e[0].length()) + e[1];
      }
    }
    return word;
  }

  /** A surname's feminine nominative from the dictionary's masculine lemma. */
  private static String feminine(String lemma) {
    if (lemma.endsWith("ий") || lemma.endsWith("ой")) {
      return lemma.substring(0, lemma.length() - 2) + "ая";
    }
    if (lemma.endsWith("ов")
        || lemma.endsWith("ев")
        || lemma.endsWith("ёв")
        || lemma.endsWith("ин")
        || lemma.endsWith("ын")) {
      return lemma + "а";
    }
    return lemma;
  }

  /**
   * Words that keep their form in every case: ending in a vowel other than -а/-я, or in -ых/-их.
   */
  private static boolean declinesNot(String word) {
    String k = word.toLowerCase(Locale.ROOT);
    return k.endsWith("о")
        || k.endsWith("е")
        || k.endsWith("и")
        || k.endsWith("у")
        || k.endsWith("ю")
        || k.endsWith("э")
        || k.endsWith("ых")
        || k.endsWith("их")
        || k.length() < 3;
  }

  /** The nominative under each case by the endings of name declension, for unknown words. */
  private static Map<Case, String> byEndings(String word) {
    Map<Case, String> byCase = new EnumMap<>(Case.class);
    if (word.length() < 4) {
      return byCase;
    }
    String[][] rules = {
      // ending, nominative ending, case ... (masculine names and surnames)
      {"ия", "ий", "GENITIVE"},
      {"ию", "ий", "DATIVE"},
      {"ием", "ий", "INSTRUMENTAL"},
      {"ии", "ий", "PREPOSITIONAL"},
      {"ея", "ей", "GENITIVE"},
      {"ею", "ей", "DATIVE"},
      {"еем", "ей", "INSTRUMENTAL"},
      {"ее", "ей", "PREPOSITIONAL"},
      {"ского", "ский", "GENITIVE"},
      {"скому", "ский", "DATIVE"},
      {"ским", "ский", "INSTRUMENTAL"},
      {"ском", "ский", "PREPOSITIONAL"},
      {"ым", "", "INSTRUMENTAL"},
      {"ом", "", "INSTRUMENTAL"},
      {"ем", "ь", "INSTRUMENTAL"},
      {"а", "", "GENITIVE"},
      {"у", "", "DATIVE"},
      {"е", "", "PREPOSITIONAL"},
      {"я", "ь", "GENITIVE"},
      {"ю", "ь", "DATIVE"},
      // feminine surnames in -ова/-ева/-ина and -ская
      {"овой", "ова", "GENITIVE"},
      {"евой", "ева", "GENITIVE"},
      {"иной", "ина", "GENITIVE"},
      {"ской", "ская", "GENITIVE"},
      {"ову", "ова", "ACCUSATIVE"},
      {"еву", "ева", "ACCUSATIVE"},
    };
    String lower = word.toLowerCase(Locale.ROOT);
    for (String[] rule : rules) {
      Case c = Case.valueOf(rule[2]);
      if (!lower.endsWith(rule[0]) || byCase.containsKey(c)) {
        continue;
      }
      String stem = word.substring(0, word.length() - rule[0].length());
      // the plain endings need a consonant before them: Путина, but not Шараа or Аракчи
      if (rule[1].length() < 2
          && rule[0].length() <= 2
          && !stem.isEmpty()
          && isVowel(stem.charAt(stem.length() - 1))) {
        continue;
      }
      String nominative = stem + rule[1];
      byCase.put(c, nominative);
      if (rule[0].equals("овой")
          || rule[0].equals("евой")
          || rule[0].equals("иной")
          || rule[0].equals("ской")) {
        // the same form serves the other oblique cases of a feminine surname
        byCase.putIfAbsent(Case.DATIVE, nominative);
        byCase.putIfAbsent(Case.INSTRUMENTAL, nominative);
        byCase.putIfAbsent(Case.PREPOSITIONAL, nominative);
      }
    }
    byCase.putIfAbsent(Case.NOMINATIVE, word); // Анна, Лаврова, Казем, Касым
    Map<Case, String> accusative = new EnumMap<>(byCase);
    if (byCase.containsKey(Case.GENITIVE) && !byCase.containsKey(Case.ACCUSATIVE)) {
      accusative.put(Case.ACCUSATIVE, byCase.get(Case.GENITIVE)); // masculine animate
    }
    return accusative;
  }

  private static boolean isVowel(char c) {
    return "аеёиоуыэюяАЕЁИОУЫЭЮЯ".indexOf(c) >= 0;
  }

  /** {@code lemma} written with the capitals of {@code word} (first letter, or all). */
  private static String like(String word, String lemma) {
    if (lemma.isEmpty()) {
      return lemma;
    }
    if (NameWords.isAllCaps(word)) {
      return lemma.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(word.charAt(0))) {
      return Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
    }
    return lemma;
  }
}
