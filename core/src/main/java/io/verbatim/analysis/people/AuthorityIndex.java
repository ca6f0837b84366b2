package io.verbatim.analysis.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of an authority's people keyed for lookup: whole names and surnames by {@link NameKey},
 * and per person the first names, first-name initials and middle initials its names show. Built
 * once per authority by {@link PersonResolver}.
 */
final class AuthorityIndex {
  /** What a person's names show. */
  record Entry(
      Person person,
      Set<String> givenKeys,
      Set<String> givenInitials,
      Set<String> middleInitials,
      Set<String> surnameKeys,
      Set<String> surnameForms) {}

  private static final java.util.regex.Pattern SEPARATOR =
      java.util.regex.Pattern.compile("[\\s\\-‐‑–.]+");

  /** Articles that Arabic surnames are also written without ("al-Assad", "Assad"). */
  private static final Set<String> ARTICLES = Set.of("al", "el", "аль", "ал", "эль", "ас", "аш");

  private final Map<String, List<String>> byWholeName = new HashMap<>();
  private final Map<String, List<String>> bySurname = new HashMap<>();
  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<String, List<String>> byGivenAndPatronymic = new HashMap<>();
  private final Set<String> aloneForms = new java.util.HashSet<>();
  private final Set<String> surnames = new java.util.HashSet<>();

  AuthorityIndex(PersonAuthority authority, PersonNameParser parser, GivenNames givenNames) {
    for (Person person : authority.people()) {
      if (person.origin() == Person.Origin.USER) {
        continue; // made by a correction: found through its pins and redirects, not its name
      }
      Set<String> given = new LinkedHashSet<>();
      Set<String> givenInitials = new LinkedHashSet<>();
      Set<String> middleInitials = new LinkedHashSet<>();
      Set<String> surnameKeys = new LinkedHashSet<>();
      Set<String> surnameForms = new LinkedHashSet<>();
      boolean surnameFirst = surnameFirst(person);
      for (String name : person.names()) {
        PersonName parsed = parser.parseNominative(name, person.surname(), surnameFirst);
        if (parsed == null) {
          continue;
        }
        if (!parsed.surnameOnly()) {
          // a one-word name is a surname: weak evidence, weighed as such ("Francis")
          add(byWholeName, NameKey.of(name), person.id());
          add(byWholeName, parsed.key(), person.id());
        }
        if (parsed.given() != null && parsed.surname() != null) {
          add(byWholeName, NameKey.of(parsed.given() + " " + parsed.surname()), person.id());
          if (person.patronymic() != null && Transliteration.hasCyrillic(parsed.given())) {
            add(
                byWholeName,
                NameKey.of(parsed.given() + " " + person.patronymic() + " " + parsed.surname()),
                person.id());
            add(
                byGivenAndPatronymic,
                NameKey.of(parsed.given() + " " + person.patronymic()),
                person.id());
          }
        }
        if (parsed.given() != null) {
          given.add(givenNames.key(parsed.given()));
        }
        if (!parsed.firstInitial().isEmpty()) {
          givenInitials.add(parsed.firstInitial());
        }
        if (!parsed.middleInitial().isEmpty()) {
          middleInitials.add(parsed.middleInitial());
        }
        if (parsed.surname() != null) {
          String key = parsed.surnameKey();
          surnameKeys.add(key);
          add(bySurname, key, person.id());
          surnames.add(key);
          Set<String> forms = forms(parsed.surname());
          surnameForms.addAll(forms);
          if (person.alone()) {
            aloneForms.addAll(forms);
          }
        }
        if (person.aliases().contains(name) && NameKey.words(name).size() == 1) {
          aloneForms.addAll(forms(name)); // "Гутерриш", "Lukashenka"
        }
      }
      if (person.patronymic() != null) {
        middleInitials.add(PersonName.initialKey(person.patronymic()));
      }
      entries.put(
          person.id(),
          new Entry(person, given, givenInitials, middleInitials, surnameKeys, surnameForms));
    }
  }

  /** Whether the person's English name starts with the surname ({@code Xi Jinping}). */
  private static boolean surnameFirst(Person person) {
    if (person.surname() == null || person.english() == null) {
      return false;
    }
    List<String> name = NameKey.words(person.english());
    List<String> surname = NameKey.words(person.surname());
    return surname.size() < name.size() && name.subList(0, surname.size()).equals(surname);
  }

  /**
   * A surname as spelled ({@link NameKey#strict}), with the Latin spellings of a Russian one
   * ({@link Transliteration#variants}).
   */
  static Set<String> forms(String surname) {
    Set<String> forms = new LinkedHashSet<>();
    String joined = String.join(" ", surname.split("[\\s\\-‐‑–]+"));
    forms.add(strictName(joined));
    String[] words = joined.split(" ");
    if (words.length > 1 && ARTICLES.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
      // "al-Assad" is also written "Assad"
      forms.addAll(forms(joined.substring(words[0].length() + 1)));
    }
    if (Transliteration.hasCyrillic(joined)) {
      for (String v : Transliteration.variants(joined)) {
        forms.add(strictName(v));
      }
    }
    return forms;
  }

  /** {@link NameKey#strict} of each word, joined by spaces. */
  static String strictName(String name) {
    if (!SEPARATOR.matcher(name).find()) {
      return NameKey.strict(name); // one word
    }
    List<String> words = new ArrayList<>();
    for (String w : SEPARATOR.split(name)) {
      String k = NameKey.strict(w);
      if (!k.isEmpty()) {
        words.add(k);
      }
    }
    return String.join(" ", words);
  }

  private static void add(Map<String, List<String>> map, String key, String id) {
    if (key.isEmpty()) {
      return;
    }
    List<String> ids = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!ids.contains(id)) {
      ids.add(id);
    }
  }

  List<String> byWholeName(String key) {
    return byWholeName.getOrDefault(key, List.of());
  }

  List<String> byGivenAndPatronymic(String key) {
    return byGivenAndPatronymic.getOrDefault(key, List.of());
  }

  /** Whether a surname as spelled names someone of the authority alone, in running text. */
  boolean isAloneForm(String strictName) {
    return aloneForms.contains(strictName);
  }

  List<String> bySurname(String key) {
    return bySurname.getOrDefault(key, List.of());
  }

  Entry entry(String id) {
    return entries.get(id);
  }

  /** Whether a surname key is the surname of someone of the authority. */
  boolean isSurname(String key) {
    return surnames.contains(key);
  }
}
