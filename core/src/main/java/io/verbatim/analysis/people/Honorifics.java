package io.verbatim.analysis.people;

import io.verbatim.analysis.tables.TsvRows;
import io.verbatim.ingest.BadInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Forms of address written before names ({@code honorifics.tsv}: {@code Mr.}, {@code Mir.}, {@code
 * H.E.}, {@code г-н}, {@code Его Превосходительство}); they are not part of a name. Compared word
 * by word, case-insensitively, a trailing dot optional. Immutable, thread-safe.
 */
public final class Honorifics {
  static final String FILE = "honorifics.tsv";

  private static final class Standard {
    static final Honorifics INSTANCE = Tsv.builtIn(FILE, Honorifics::parse);
  }

  /** Each form as its bare words ({@link NameWords#bare}). */
  private final List<List<String>> forms;

  /** Each form as written in the list. */
  private final List<String> written;

  private Honorifics(List<List<String>> forms, List<String> written) {
    this.forms = List.copyOf(forms);
    this.written = List.copyOf(written);
  }

  /** The built-in list. */
  public static Honorifics standard() {
    return Standard.INSTANCE;
  }

  /** Parses a list: a header line {@code lang form}, then one form a line. */
  public static Honorifics parse(String tsv) throws BadInputException {
    List<List<String>> forms = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (TsvRows.Row row : TsvRows.rows(FILE, tsv, "lang", 2, 2)) {
      written.add(row.cell(1));
      List<String> words = NameWords.split(row.cell(1)).stream().map(NameWords::bare).toList();
      if (words.isEmpty()) {
        throw row.bad("the form has no letters");
      }
      forms.add(words);
    }
    forms.sort((a, b) -> b.size() - a.size()); // longest first
    return new Honorifics(forms, written);
  }

  /** The forms as written in the list, in list order. */
  public List<String> forms() {
    return written;
  }

  /**
   * How many of the words from {@code from} on form a form of address (the longest), or 0.
   *
   * @param words words as {@link NameWords#split} gives them
   */
  public int lengthAt(List<String> words, int from) {
    for (List<String> form : forms) {
      if (from + form.size() <= words.size()) {
        boolean all = true;
        for (int k = 0; k < form.size() && all; k++) {
          all = NameWords.bare(words.get(from + k)).equals(form.get(k));
        }
        if (all) {
          return form.size();
        }
      }
    }
    return 0;
  }

  /** How many leading words of {@code words} are forms of address ({@code H.E. Mr.}: two). */
  public int leading(List<String> words) {
    int at = 0;
    int n;
    while (at < words.size() && (n = lengthAt(words, at)) > 0) {
      at += n;
    }
    return at;
  }
}
