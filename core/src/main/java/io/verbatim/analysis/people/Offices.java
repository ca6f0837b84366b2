package io.verbatim.analysis.people;

import io.verbatim.analysis.tables.TsvRows;
import io.verbatim.ingest.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Offices and the phrases that name them ({@code offices.tsv}): {@code Minister for Foreign
 * Affairs}, {@code Foreign Minister} and {@code Министр иностранных дел} are the office {@code
 * foreign-minister}. A role or title names the office of the longest phrase found in it, word by
 * word and case-insensitively; a Russian phrase, written in the nominative, also matches its other
 * cases ({@code Министра иностранных дел}). Immutable, thread-safe.
 */
public final class Offices {
  static final String FILE = "offices.tsv";

  /** The generic office any specific minister also holds, for evidence. */
  static final String MINISTER = "minister";

  private static final class Standard {
    static final Offices INSTANCE = Tsv.builtIn(FILE, Offices::parse);
  }

  private record Phrase(String office, List<String> words, boolean russian) {}

  private final List<Phrase> phrases;
  private final Set<String> offices;

  private Offices(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
    this.offices = Set.copyOf(phrases.stream().map(Phrase::office).toList());
  }

  /** The built-in list. */
  public static Offices standard() {
    return Standard.INSTANCE;
  }

  /** Parses a list: a header line {@code office lang phrase}, then one phrase a line. */
  public static Offices parse(String tsv) throws BadInputException {
    List<Phrase> phrases = new ArrayList<>();
    for (TsvRows.Row row : TsvRows.rows(FILE, tsv, "office", 3, 3)) {
      String office = row.cell(0);
      if (!office.matches("[a-z][a-z-]*")) {
        throw row.bad("an office key is lower case letters and hyphens: '" + office + "'");
      }
      String lang = row.cell(1);
      if (!lang.equals("en") && !lang.equals("ru")) {
        throw row.bad("language '" + lang + "' is not en or ru");
      }
      List<String> words = words(row.cell(2));
      if (words.isEmpty()) {
        throw row.bad("the phrase has no words");
      }
      phrases.add(new Phrase(office, words, lang.equals("ru")));
    }
    phrases.sort((a, b) -> b.words().size() - a.words().size()); // longest first
    return new Offices(phrases);
  }

  /** Whether {@code office} is a key of this list. */
  public boolean isOffice(String office) {
    return offices.contains(office);
  }

  /** The office that {@code role} names (its longest phrase), if any. */
  public Optional<String> officeOf(String role) {
    if (role == null) {
      return Optional.empty();
    }
    List<String> words = words(role);
    Phrase best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Phrase phrase : phrases) {
      if (best != null && phrase.words().size() < best.words().size()) {
        break;
      }
      for (int at = 0; at + phrase.words().size() <= words.size(); at++) {
        if (matchesAt(phrase, words, at) && at < bestAt) {
          best = phrase;
          bestAt = at;
        }
      }
    }
    return Optional.ofNullable(best).map(Phrase::office);
  }

  /**
   * How many words from {@code from} on name an office (the longest phrase), or 0.
   *
   * @param words words as {@link NameWords#split} gives them
   */
  public int lengthAt(List<String> words, int from) {
    List<String> lower =
        words.stream().map(w -> NameWords.bare(w).replace('ё', 'е').replace('’', '\'')).toList();
    for (Phrase phrase : phrases) {
      if (from + phrase.words().size() <= lower.size() && matchesAt(phrase, lower, from)) {
        return phrase.words().size();
      }
    }
    return 0;
  }

  /**
   * Whether a person holding {@code held} fits a text that names {@code named}: the same office, or
   * a generic minister named for any minister, an ambassador for a permanent representative, a
   * president for the President of the General Assembly.
   */
  public static boolean fits(String held, String named) {
    Objects.requireNonNull(held, "the office held");
    Objects.requireNonNull(named, "the office named");
    if (held.equals(named)) {
      return true;
    }
    return switch (named) {
      case MINISTER -> held.endsWith("-minister");
      case "ambassador" -> held.equals("permanent-representative");
      case "president" -> held.equals("general-assembly-president");
      default -> false;
    };
  }

  private static boolean matchesAt(Phrase phrase, List<String> words, int at) {
    for (int k = 0; k < phrase.words().size(); k++) {
      String want = phrase.words().get(k);
      String have = words.get(at + k);
      if (!(phrase.russian() ? sameRussianWord(want, have) : want.equals(have))) {
        return false;
      }
    }
    return true;
  }

  /** A nominative phrase word and a word in any case: the same stem, an ending of three letters. */
  private static boolean sameRussianWord(String nominative, String word) {
    if (nominative.equals(word)) {
      return true;
    }
    String stem = nominative;
    int dropped = 0;
    while (dropped < 2
        && stem.length() > 3
        && "аеёиоуыэюяйь".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
      stem = stem.substring(0, stem.length() - 1);
      dropped++;
    }
    return word.startsWith(stem) && word.length() - stem.length() <= 3;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}'’-]+")) {
      if (!w.isEmpty()) {
        words.add(w.replace('’', '\''));
      }
    }
    return words;
  }
}
