package io.verbatim.analysis.people;

import io.verbatim.analysis.tables.TsvRows;
import io.verbatim.ingest.BadInputException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Words around capitalised words that tell a name of a person from something else: words that are
 * never a name ({@code not-names.tsv}: greetings such as {@code Excellencies} and {@code
 * Distinguished delegates}, titles, words that start sentences, months) and nouns that make a name
 * part of the name of a thing ({@code eponym-nouns.tsv}: {@code Truman Doctrine}, {@code премия
 * Нобеля}). English words compare case-insensitively as written; Russian ones by their dictionary
 * forms (the caller gives the lemmas). Immutable, thread-safe.
 */
public final class NameContext {
  static final String NOT_NAMES_FILE = "not-names.tsv";
  static final String EPONYM_FILE = "eponym-nouns.tsv";

  private static final class Standard {
    static final NameContext INSTANCE =
        Tsv.builtIn(
            NOT_NAMES_FILE, notNames -> NameContext.parse(notNames, Tsv.resource(EPONYM_FILE)));
  }

  private final Set<String> notNames;
  private final Set<String> eponymNouns;

  private NameContext(Set<String> notNames, Set<String> eponymNouns) {
    this.notNames = Set.copyOf(notNames);
    this.eponymNouns = Set.copyOf(eponymNouns);
  }

  /** The built-in lists. */
  public static NameContext standard() {
    return Standard.INSTANCE;
  }

  /** Parses the two lists (header {@code lang word} and {@code lang noun}). */
  public static NameContext parse(String notNamesTsv, String eponymTsv) throws BadInputException {
    return new NameContext(read(NOT_NAMES_FILE, notNamesTsv), read(EPONYM_FILE, eponymTsv));
  }

  private static Set<String> read(String file, String tsv) throws BadInputException {
    Set<String> words = new HashSet<>();
    for (TsvRows.Row row : TsvRows.rows(file, tsv, "lang", 2, 2)) {
      String lang = row.cell(0);
      if (!lang.equals("en") && !lang.equals("ru")) {
        throw row.bad("language '" + lang + "' is not en or ru");
      }
      words.add(lang + ":" + normal(row.cell(1)));
    }
    return words;
  }

  /**
   * Whether {@code word} is never a name of a person in {@code language}; for Russian, also when
   * one of {@code lemmas} is listed.
   */
  public boolean isNotName(String word, Set<String> lemmas, String language) {
    return listed(notNames, word, lemmas, language);
  }

  /** Whether {@code word} is a noun that makes a name beside it the name of a thing. */
  public boolean isEponymNoun(String word, Set<String> lemmas, String language) {
    return listed(eponymNouns, word, lemmas, language);
  }

  private static boolean listed(Set<String> set, String word, Set<String> lemmas, String lang) {
    Objects.requireNonNull(word, "a word");
    if (set.contains(lang + ":" + normal(word))) {
      return true;
    }
    for (String lemma : lemmas) {
      if (set.contains(lang + ":" + normal(lemma))) {
        return true;
      }
    }
    return false;
  }

  private static String normal(String word) {
    return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }
}
