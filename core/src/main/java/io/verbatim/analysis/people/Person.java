package io.verbatim.analysis.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One person of the authority: a stable id, preferred names, other names, dated roles.
 *
 * @param id {@code person:} and lower-case letters, digits and hyphens ({@code
 *     person:sergey-lavrov}); stable: never reused for someone else
 * @param english the preferred English name ({@code Sergey Lavrov}), or null
 * @param russian the preferred Russian name in the nominative ({@code Сергей Лавров}), or null
 * @param patronymic the Russian patronymic ({@code Викторович}), for initials; null when unknown
 * @param surname the family name as written in the preferred names when it is not their last word
 *     ({@code Xi} of {@code Xi Jinping}); null for the last word
 * @param alone whether the surname alone names this person in running text ({@code Putin}); false
 *     for surnames that are common words or shared ({@code May}, {@code Johnson})
 * @param aliases other names, any script, as written ({@code Bill Clinton}, {@code Гутерриш}); no
 *     duplicates, in the order given
 * @param roles dated roles, in the order given
 * @param origin where the person comes from
 */
public record Person(
    String id,
    String english,
    String russian,
    String patronymic,
    String surname,
    boolean alone,
    List<String> aliases,
    List<PersonRole> roles,
    Origin origin) {

  /** What a person id looks like. */
  public static final Pattern ID = Pattern.compile("person:[a-z0-9]+(-[a-z0-9]+)*");

  /** Where a person of the authority comes from, in order of trust. */
  public enum Origin {
    /** A user's correction (merge, split, rename, alias). */
    USER,
    /** The curated list shipped with Verbatim ({@code people.tsv}). */
    CURATED,
    /** A table of speakers a corpus publishes (the UN General Debate speaker table). */
    TABLE,
    /** A name as statements print it, not known otherwise. */
    OBSERVED
  }

  public Person {
    Objects.requireNonNull(id, "a person needs an id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a person id is 'person:' and lower-case words joined by hyphens: '" + id + "'");
    }
    english = blankToNull(english);
    russian = blankToNull(russian);
    patronymic = blankToNull(patronymic);
    surname = blankToNull(surname);
    if (english == null && russian == null) {
      throw new IllegalArgumentException(id + " needs an English or a Russian name");
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String alias : aliases == null ? List.<String>of() : aliases) {
      String a = blankToNull(alias);
      if (a != null && !a.equals(english) && !a.equals(russian)) {
        unique.add(a);
      }
    }
    aliases = List.copyOf(unique);
    roles = List.copyOf(roles == null ? List.of() : roles);
    Objects.requireNonNull(origin, "a person needs an origin");
  }

  /** A person known only by one name, as statements print it. */
  public static Person named(String id, String name, Origin origin) {
    boolean cyrillic = Transliteration.hasCyrillic(name);
    return new Person(
        id,
        cyrillic ? null : name,
        cyrillic ? name : null,
        null,
        null,
        false,
        List.of(),
        List.of(),
        origin);
  }

  /** The name to show: English if known, else Russian. */
  public String displayName() {
    return english != null ? english : russian;
  }

  /** The preferred name in {@code language} ({@code en} or {@code ru}), else the other one. */
  public String name(String language) {
    if ("ru".equals(language)) {
      return russian != null ? russian : english;
    }
    return english != null ? english : russian;
  }

  /** Every name: English, Russian, then the aliases. */
  public List<String> names() {
    List<String> names = new ArrayList<>(aliases.size() + 2);
    if (english != null) {
      names.add(english);
    }
    if (russian != null) {
      names.add(russian);
    }
    names.addAll(aliases);
    return names;
  }

  /** This person with another name added as an alias (no change when it is already a name). */
  public Person withAlias(String alias) {
    List<String> more = new ArrayList<>(aliases);
    more.add(alias);
    return new Person(id, english, russian, patronymic, surname, alone, more, roles, origin);
  }

  /** This person with names removed from the aliases (preferred names are kept). */
  public Person withoutAliases(Set<String> removed) {
    List<String> kept = aliases.stream().filter(a -> !removed.contains(a)).toList();
    return new Person(id, english, russian, patronymic, surname, alone, kept, roles, origin);
  }

  /**
   * This person with a new preferred name in {@code language} ({@code en} or {@code ru}); the old
   * one stays as an alias, so that names already printed still find the person.
   */
  public Person withName(String language, String name) {
    Objects.requireNonNull(name, "the new name");
    List<String> more = new ArrayList<>(aliases);
    if ("ru".equals(language)) {
      if (russian != null) {
        more.add(russian);
      }
      return new Person(id, english, name, patronymic, surname, alone, more, roles, origin);
    }
    if (!"en".equals(language)) {
      throw new IllegalArgumentException("a preferred name is en or ru, not '" + language + "'");
    }
    if (english != null) {
      more.add(english);
    }
    return new Person(id, name, russian, patronymic, surname, alone, more, roles, origin);
  }

  /** This person with more roles. */
  public Person withRoles(List<PersonRole> more) {
    List<PersonRole> all = new ArrayList<>(roles);
    all.addAll(more);
    return new Person(id, english, russian, patronymic, surname, alone, aliases, all, origin);
  }

  /** This person with every name and role of {@code other} added (as aliases and roles). */
  public Person absorbing(Person other) {
    List<String> more = new ArrayList<>(aliases);
    more.addAll(other.names());
    List<PersonRole> all = new ArrayList<>(roles);
    for (PersonRole r : other.roles()) {
      if (!all.contains(r)) {
        all.add(r);
      }
    }
    return new Person(
        id,
        english != null ? english : other.english(),
        russian != null ? russian : other.russian(),
        patronymic != null ? patronymic : other.patronymic(),
        surname,
        alone,
        more,
        all,
        origin);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
