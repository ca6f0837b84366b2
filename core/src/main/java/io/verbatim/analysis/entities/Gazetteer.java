package io.verbatim.analysis.entities;

import static io.verbatim.analysis.tables.TsvRows.rows;

import io.verbatim.analysis.tables.TsvRows.Row;
import io.verbatim.ingest.BadInputException;
import io.verbatim.model.EntityKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names the recogniser knows: entities with their kinds, the name forms of each in English and
 * Russian, and the titles that introduce people.
 *
 * <p>Sources, in order: the JDK's locale data (every ISO 3166 country code with its English and
 * Russian display name, mapped to alpha-3), then three UTF-8 tab-separated files with a header line
 * and {@code #} comments: {@code entities.tsv} (id, kind, English name, Russian name: adds
 * territories and organisations, and re-classifies JDK codes as territories), {@code names.tsv}
 * (id, language, form, role, optional requires: aliases, abbreviations, adjectives, blocking
 * phrases) and {@code titles.tsv} (language, title). A malformed line is a {@link
 * BadInputException} naming the file and line. Immutable and thread-safe once loaded.
 */
public final class Gazetteer {
  static final String ENTITIES_FILE = "entities.tsv";
  static final String NAMES_FILE = "names.tsv";
  static final String TITLES_FILE = "titles.tsv";
  private static final Set<String> LANGUAGES = Set.of("en", "ru");
  private static final Pattern PARENTHESISED = Pattern.compile("\\s*\\(([^)]*)\\)");

  private static volatile Gazetteer standard;

  private final Map<String, Entity> entities;
  private final List<NameForm> forms;
  private final Map<String, List<String>> titles;

  private Gazetteer(
      Map<String, Entity> entities, List<NameForm> forms, Map<String, List<String>> titles) {
    this.entities = Collections.unmodifiableMap(entities);
    this.forms = List.copyOf(forms);
    this.titles = Map.copyOf(titles);
  }

  /** The gazetteer shipped with Verbatim: JDK country names plus the files in this package. */
  public static Gazetteer standard() {
    Gazetteer g = standard;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = standard;
        if (g == null) {
          try {
            g = parse(resource(ENTITIES_FILE), resource(NAMES_FILE), resource(TITLES_FILE), true);
          } catch (BadInputException e) {
            throw new IllegalStateException(
                "The built-in gazetteer is broken: " + e.locator() + ": " + e.getMessage(), e);
          }
          standard = g;
        }
      }
    }
    return g;
  }

  /**
   * Loads JDK country names plus {@code entities.tsv}, {@code names.tsv} and {@code titles.tsv}
   * from {@code directory} (a file that is missing counts as empty).
   */
  public static Gazetteer load(Path directory) throws BadInputException, IOException {
    Objects.requireNonNull(directory, "the gazetteer directory");
    return parse(
        readIfPresent(directory.resolve(ENTITIES_FILE)),
        readIfPresent(directory.resolve(NAMES_FILE)),
        readIfPresent(directory.resolve(TITLES_FILE)),
        true);
  }

  /**
   * Parses the three files' contents; {@code withJdkCountries} adds the JDK's country names first.
   */
  public static Gazetteer parse(
      String entitiesTsv, String namesTsv, String titlesTsv, boolean withJdkCountries)
      throws BadInputException {
    Map<String, Entity> entities = new LinkedHashMap<>();
    List<NameForm> forms = new ArrayList<>();
    if (withJdkCountries) {
      addJdkCountries(entities, forms);
    }
    parseEntities(entitiesTsv, entities, forms);
    parseNames(namesTsv, entities, forms);
    Map<String, List<String>> titles = parseTitles(titlesTsv);
    return new Gazetteer(entities, forms, titles);
  }

  /** The entity with this id, if known. */
  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(entities.get(id));
  }

  /** All entities, in load order. */
  public List<Entity> entities() {
    return List.copyOf(entities.values());
  }

  /** All name forms, in load order. */
  public List<NameForm> forms() {
    return forms;
  }

  /** The titles that introduce a person's name in {@code language}. */
  public List<String> titles(String language) {
    return titles.getOrDefault(language, List.of());
  }

  private static void addJdkCountries(Map<String, Entity> entities, List<NameForm> forms) {
    Locale russian = Locale.forLanguageTag("ru");
    for (String alpha2 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
      Locale country = Locale.of("", alpha2);
      String alpha3;
      try {
        alpha3 = country.getISO3Country();
      } catch (MissingResourceException e) {
        continue; // no alpha-3 code: not a country we can name by id
      }
      if (alpha3.isEmpty()) {
        continue;
      }
      List<String> english = cleanJdkName(country.getDisplayCountry(Locale.ENGLISH), false);
      List<String> inRussian = cleanJdkName(country.getDisplayCountry(russian), true);
      entities.put(
          alpha3,
          new Entity(
              alpha3,
              EntityKind.COUNTRY,
              english.isEmpty() ? null : english.getFirst(),
              inRussian.isEmpty() ? null : inRussian.getFirst()));
      english.forEach(n -> forms.add(NameForm.of(alpha3, "en", n, NameForm.Role.NAME)));
      inRussian.forEach(n -> forms.add(NameForm.of(alpha3, "ru", n, NameForm.Role.NAME)));
    }
  }

  /**
   * Turns a JDK display name into plain names: a parenthesised part is dropped ("Myanmar (Burma)"
   * gives Myanmar; aliases belong in names.tsv), "St. Lucia" gives Saint Lucia too, "&" is "and",
   * "о-ва" is "острова", "Hong Kong SAR China" is Hong Kong; a name with a dash between spaces
   * ("Congo - Kinshasa") is left out.
   */
  static List<String> cleanJdkName(String display, boolean russian) {
    String name = PARENTHESISED.matcher(display).replaceAll("").strip();
    name = name.replace(" & ", " and ").replace(" SAR China", "");
    if (russian) {
      name = name.replace("о-ва ", "острова ").replace(" о-ва", " острова");
      name = name.replace("о-в ", "остров ").replace("Св. ", "Святой ");
    }
    if (name.isBlank() || name.contains(" - ")) {
      return List.of();
    }
    return name.startsWith("St. ") ? List.of(name, "Saint " + name.substring(4)) : List.of(name);
  }

  private static void parseEntities(String tsv, Map<String, Entity> entities, List<NameForm> forms)
      throws BadInputException {
    for (Row row : rows(ENTITIES_FILE, tsv, "id", 4, 4)) {
      String id = row.cell(0);
      EntityKind kind;
      try {
        kind = EntityKind.valueOf(row.cell(1));
      } catch (IllegalArgumentException e) {
        throw row.bad(
            "kind '" + row.cell(1) + "' is not one of " + Arrays.toString(EntityKind.values()));
      }
      if (kind == EntityKind.PERSON) {
        throw row.bad("people are found by their titles, not listed as entities");
      }
      String english = row.optional(2);
      String russian = row.optional(3);
      if (english == null && russian == null) {
        throw row.bad("entity " + id + " needs an English or a Russian name");
      }
      entities.put(id, new Entity(id, kind, english, russian));
      if (english != null) {
        forms.add(NameForm.of(id, "en", english, NameForm.Role.NAME));
      }
      if (russian != null) {
        forms.add(NameForm.of(id, "ru", russian, NameForm.Role.NAME));
      }
    }
  }

  private static void parseNames(String tsv, Map<String, Entity> entities, List<NameForm> forms)
      throws BadInputException {
    for (Row row : rows(NAMES_FILE, tsv, "id", 4, 5)) {
      String id = row.cell(0);
      if (!id.equals(NameForm.NOT_AN_ENTITY) && !entities.containsKey(id)) {
        throw row.bad("unknown entity id '" + id + "' (list it in " + ENTITIES_FILE + " first)");
      }
      String language = row.cell(1);
      if (!LANGUAGES.contains(language)) {
        throw row.bad("language '" + language + "' is not one of " + LANGUAGES);
      }
      NameForm.Role role;
      try {
        role = NameForm.Role.valueOf(row.cell(3).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.bad("role '" + row.cell(3) + "' is not one of name, adjective, exact");
      }
      Set<String> anyOf = new HashSet<>();
      Set<String> noneOf = new HashSet<>();
      String requires = row.optional(4);
      if (requires != null) {
        for (String part : requires.split(",")) {
          String ref = part.strip();
          boolean negated = ref.startsWith("!");
          String refId = negated ? ref.substring(1) : ref;
          if (!entities.containsKey(refId)) {
            throw row.bad("requires names unknown entity id '" + refId + "'");
          }
          (negated ? noneOf : anyOf).add(refId);
        }
      }
      forms.add(new NameForm(id, language, row.cell(2), role, anyOf, noneOf));
    }
  }

  private static Map<String, List<String>> parseTitles(String tsv) throws BadInputException {
    Map<String, List<String>> titles = new LinkedHashMap<>();
    for (Row row : rows(TITLES_FILE, tsv, "lang", 2, 2)) {
      String language = row.cell(0);
      if (!LANGUAGES.contains(language)) {
        throw row.bad("language '" + language + "' is not one of " + LANGUAGES);
      }
      titles.computeIfAbsent(language, k -> new ArrayList<>()).add(row.cell(1));
    }
    return titles;
  }

  /** One data line of a TSV file, with its line number for messages. */
  private static String resource(String name) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The built-in gazetteer file " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the built-in gazetteer file " + name, e);
    }
  }

  private static String readIfPresent(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
