package io.verbatim.analysis.people;

import io.verbatim.analysis.tables.TsvRows;
import io.verbatim.ingest.BadInputException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * First names and their spellings ({@code given-names.tsv}): {@code Sergey}, {@code Sergei} and
 * {@code Сергей} are one name; {@code Dmitry} and {@code Dimitry} too; and short forms ({@code
 * nicknames.tsv}: {@code Bill} fits {@code William}). Used to compare first names across spellings
 * and scripts, and to tell that a word is a first name. Immutable, thread-safe.
 */
public final class GivenNames {
  static final String FILE = "given-names.tsv";
  static final String NICKNAMES_FILE = "nicknames.tsv";

  private static final class Standard {
    static final GivenNames INSTANCE =
        Tsv.builtIn(FILE, names -> GivenNames.parse(names, Tsv.resource(NICKNAMES_FILE)));
  }

  /** The key of each spelling's {@link NameKey} to the key of its name's canonical spelling. */
  private final Map<String, String> canonical;

  /** Every listed spelling, lower case. */
  private final Set<String> spellings;

  /** The key of each short form ({@code Bill}) to the key of its full name ({@code William}). */
  private final Map<String, String> fullForms;

  private GivenNames(
      Map<String, String> canonical, Set<String> spellings, Map<String, String> fullForms) {
    this.canonical = Map.copyOf(canonical);
    this.spellings = Set.copyOf(spellings);
    this.fullForms = Map.copyOf(fullForms);
  }

  /** The built-in list. */
  public static GivenNames standard() {
    return Standard.INSTANCE;
  }

  /** Parses a list of first names (header {@code canonical, variants}), without short forms. */
  public static GivenNames parse(String tsv) throws BadInputException {
    return parse(tsv, "nickname\tname\n");
  }

  /**
   * Parses a list of first names ({@code given-names.tsv}: header {@code canonical, variants}) and
   * of short forms ({@code nicknames.tsv}: header {@code nickname, name}).
   */
  public static GivenNames parse(String tsv, String nicknamesTsv) throws BadInputException {
    Map<String, String> canonical = new HashMap<>();
    Set<String> spellings = new HashSet<>();
    for (TsvRows.Row row : TsvRows.rows(FILE, tsv, "canonical", 1, 2)) {
      String name = row.cell(0);
      String key = NameKey.word(name);
      if (key.isEmpty()) {
        throw row.bad("'" + name + "' has no letters");
      }
      add(name, key, canonical, spellings);
      String variants = row.optional(1);
      if (variants != null) {
        for (String variant : variants.split(",")) {
          if (!variant.isBlank()) {
            add(variant.strip(), key, canonical, spellings);
          }
        }
      }
    }
    Map<String, String> fullForms = new HashMap<>();
    for (TsvRows.Row row : TsvRows.rows(NICKNAMES_FILE, nicknamesTsv, "nickname", 2, 2)) {
      String full = NameKey.word(row.cell(1));
      fullForms.put(NameKey.word(row.cell(0)), canonical.getOrDefault(full, full));
      spellings.add(
          row.cell(0).toLowerCase(java.util.Locale.ROOT)); // "Tony Blinken", "Bill Clinton"
    }
    return new GivenNames(canonical, spellings, fullForms);
  }

  private static void add(
      String spelling, String key, Map<String, String> canonical, Set<String> spellings) {
    canonical.putIfAbsent(NameKey.word(spelling), key);
    spellings.add(spelling.toLowerCase(Locale.ROOT));
  }

  /**
   * The key under which {@code givenName} is compared: its name's, the full name's for a short form
   * ({@code Tony} as {@code Anthony}), or its own {@link NameKey}.
   */
  public String key(String givenName) {
    Objects.requireNonNull(givenName, "a first name");
    String k = NameKey.word(givenName);
    String full = fullForms.get(k);
    if (full != null) {
      return full;
    }
    return canonical.getOrDefault(k, k);
  }

  /** Whether {@code word} is a listed spelling of a first name (case is ignored). */
  public boolean isListed(String word) {
    return spellings.contains(word.toLowerCase(Locale.ROOT));
  }
}
