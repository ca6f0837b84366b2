package io.verbatim.analysis.entities;

/**
 * Puts a Russian personal name back into the nominative, given the case of the title before it (the
 * name agrees with the title: "Президентом ... Шавкатом Мирзиёевым" is instrumental, so the name is
 * "Шавкат Мирзиёев"). Only masculine patterns are undone; a word that does not fit them is kept as
 * written, and foreign indeclinable names (Лукашенко, Аракчи, Шараа) stay as they are.
 */
final class RussianNames {
  private RussianNames() {}

  /** The grammatical cases a title can show. */
  enum Case {
    NOMINATIVE,
    GENITIVE,
    DATIVE,
    INSTRUMENTAL,
    PREPOSITIONAL,
    UNKNOWN
  }

  /**
   * The case of a masculine title word, from the ending it has beyond the stem of its nominative
   * ({@code Президента} after {@code Президент}: genitive).
   */
  static Case caseOf(String nominativeTitleWord, String titleWordAsWritten) {
    String nominative = RussianInflection.key(nominativeTitleWord);
    String written = RussianInflection.key(titleWordAsWritten);
    RussianInflection.Paradigm paradigm = RussianInflection.paradigm(nominative, false);
    if (!written.startsWith(paradigm.stem())) {
      return Case.UNKNOWN;
    }
    String ending = written.substring(paradigm.stem().length());
    String base = nominative.substring(paradigm.stem().length());
    if (ending.equals(base)) {
      return Case.NOMINATIVE;
    }
    return switch (ending) {
      case "а", "я" -> Case.GENITIVE;
      case "у", "ю" -> Case.DATIVE;
      case "ом", "ем", "ём" -> Case.INSTRUMENTAL;
      case "е" -> Case.PREPOSITIONAL;
      default -> Case.UNKNOWN;
    };
  }

  /** The nominative of one name word in {@code c}, keeping its capitalisation. */
  static String nominative(String word, Case c) {
    if (word.length() < 4) {
      return word;
    }
    return switch (c) {
      case GENITIVE ->
          replaceEnding(word, new String[][] {{"ия", "ий"}, {"ея", "ей"}, {"а", ""}, {"я", "ь"}});
      case DATIVE ->
          replaceEnding(word, new String[][] {{"ию", "ий"}, {"ею", "ей"}, {"у", ""}, {"ю", "ь"}});
      case INSTRUMENTAL ->
          replaceEnding(
              word,
              new String[][] {{"ием", "ий"}, {"еем", "ей"}, {"ым", ""}, {"ом", ""}, {"ем", "ь"}});
      case PREPOSITIONAL ->
          replaceEnding(word, new String[][] {{"ии", "ий"}, {"ее", "ей"}, {"е", ""}});
      default -> word;
    };
  }

  private static String replaceEnding(String word, String[][] rules) {
    for (String[] rule : rules) {
      if (word.endsWith(rule[0])) {
        String stem = word.substring(0, word.length() - rule[0].length());
        // the stem must end in a consonant for the plain endings (Путина, but not Шараа)
        if (rule[1].length() < 2 && !stem.isEmpty() && isVowel(stem.charAt(stem.length() - 1))) {
          return word;
        }
        return stem + rule[1];
      }
    }
    return word;
  }

  private static boolean isVowel(char c) {
    return "аеёиоуыэюяАЕЁИОУЫЭЮЯ".indexOf(c) >= 0;
  }
}
