package io.verbatim.analysis.people;

import io.verbatim.ingest.BadInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is who: the people an archive knows, each with a stable id, preferred names, other names and
 * dated roles; plus the user corrections applied over them. A value: every change gives a new
 * authority, and nothing in it changes afterwards (thread-safe).
 *
 * <p>Sources, in order of trust: user corrections; the curated list shipped with Verbatim ({@link
 * #standard()}: {@code people.tsv}, {@code roles.tsv}); speaker tables of corpora ({@link
 * SpeakerTablePeople}); people first seen in statements ({@link #with}). {@link PersonResolver}
 * answers which person a printed name is.
 *
 * <p>Corrections are data ({@link PersonEdit}): an archive stores its ordered list ({@link
 * Corrections}) and gets its authority back with {@code standard().replay(list)}. A merge leaves
 * the merged id as a redirect ({@link #canonicalId}), so records stored with either id count as one
 * person; a split or an alias pins printed names to a person before any rule is tried. Replaying
 * never fails: a correction that no longer applies (its person is gone from a new curated list) is
 * listed in {@link #unapplied()}.
 */
public final class PersonAuthority {
  /** A printed name pinned to a person by a correction, perhaps only under a split's conditions. */
  record Pin(String nameKey, String id, PersonEdit.Split condition) {}

  /** A correction that could not be applied, and why. */
  public record Unapplied(Correction correction, String reason) {}

  private static final class Standard {
    static final PersonAuthority INSTANCE =
        of(
            Tsv.builtIn(
                CuratedPeople.PEOPLE_FILE,
                people ->
                    CuratedPeople.parse(
                        people, Tsv.resource(CuratedPeople.ROLES_FILE), Offices.standard())));
  }

  private final Map<String, Person> people;
  private final Map<String, String> redirects;
  private final List<Pin> pins;
  private final List<Correction> corrections;
  private final List<Unapplied> unapplied;

  private PersonAuthority(
      Map<String, Person> people,
      Map<String, String> redirects,
      List<Pin> pins,
      List<Correction> corrections,
      List<Unapplied> unapplied) {
    this.people = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(people));
    this.redirects = Map.copyOf(redirects);
    this.pins = List.copyOf(pins);
    this.corrections = List.copyOf(corrections);
    this.unapplied = List.copyOf(unapplied);
  }

  /** The curated authority shipped with Verbatim, without corrections; loaded once. */
  public static PersonAuthority standard() {
    return Standard.INSTANCE;
  }

  /** An authority of these people (ids must be unique), without corrections. */
  public static PersonAuthority of(Collection<Person> people) {
    Map<String, Person> byId = new LinkedHashMap<>();
    for (Person p : people) {
      if (byId.put(p.id(), p) != null) {
        throw new IllegalArgumentException(p.id() + " is listed twice");
      }
    }
    return new PersonAuthority(byId, Map.of(), List.of(), List.of(), List.of());
  }

  /**
   * The curated people in {@code peopleTsv} with the roles in {@code rolesTsv} (the shapes of
   * {@code people.tsv} and {@code roles.tsv}).
   */
  public static PersonAuthority parse(String peopleTsv, String rolesTsv) throws BadInputException {
    return of(CuratedPeople.parse(peopleTsv, rolesTsv, Offices.standard()));
  }

  /** The person with {@code id}, following merges; empty for an id no one has. */
  public Optional<Person> person(String id) {
    return Optional.ofNullable(people.get(canonicalId(id)));
  }

  /** {@code id}, or the id it was merged into (following merges to the end). */
  public String canonicalId(String id) {
    Objects.requireNonNull(id, "a person id");
    String at = id;
    for (int hops = 0; hops <= redirects.size(); hops++) {
      String next = redirects.get(at);
      if (next == null) {
        return at;
      }
      at = next;
    }
    throw new IllegalStateException("merges of " + id + " go round in a circle");
  }

  /** Every person, in the order they were added. */
  public List<Person> people() {
    return List.copyOf(people.values());
  }

  /** How many people. */
  public int size() {
    return people.size();
  }

  /** The ids merged away, each with the id it was merged into. */
  public Map<String, String> redirects() {
    return redirects;
  }

  /** The corrections applied, in order. */
  public List<Correction> corrections() {
    return corrections;
  }

  /** The corrections {@link #replay} could not apply, with the reason. */
  public List<Unapplied> unapplied() {
    return unapplied;
  }

  List<Pin> pins() {
    return pins;
  }

  /**
   * This authority with {@code person} added; a person with the same id is kept and given the new
   * one's names and roles (an authority only learns).
   */
  public PersonAuthority with(Person person) {
    return withAll(List.of(person));
  }

  /** This authority with every one of {@code added} added as by {@link #with}. */
  public PersonAuthority withAll(Collection<Person> added) {
    Map<String, Person> more = new LinkedHashMap<>(people);
    for (Person p : added) {
      String id = canonicalId(p.id());
      Person known = more.get(id);
      more.put(id, known == null ? p : known.absorbing(p));
    }
    return new PersonAuthority(more, redirects, pins, corrections, unapplied);
  }

  /**
   * This authority with {@code correction} applied.
   *
   * @throws IllegalArgumentException when it cannot apply (e.g. merging a person into itself)
   */
  public PersonAuthority apply(Correction correction) {
    Objects.requireNonNull(correction, "the correction");
    Map<String, Person> next = new LinkedHashMap<>(people);
    Map<String, String> nextRedirects = new LinkedHashMap<>(redirects);
    List<Pin> nextPins = new ArrayList<>(pins);
    switch (correction.edit()) {
      case PersonEdit.Merge m -> merge(m, next, nextRedirects, nextPins);
      case PersonEdit.Split s -> split(s, next, nextPins);
      case PersonEdit.Rename r -> {
        String id = canonicalId(r.id());
        Person p = next.get(id);
        next.put(
            id,
            p == null
                ? Person.named(id, r.name(), Person.Origin.USER)
                : p.withName(r.language(), r.name()));
      }
      case PersonEdit.Alias a -> {
        String id = canonicalId(a.id());
        Person p = next.get(id);
        next.put(
            id, p == null ? Person.named(id, a.name(), Person.Origin.USER) : p.withAlias(a.name()));
        nextPins.add(new Pin(pinKey(a.name()), id, null));
      }
    }
    List<Correction> applied = new ArrayList<>(corrections);
    applied.add(correction);
    return new PersonAuthority(next, nextRedirects, nextPins, applied, unapplied);
  }

  /**
   * This authority with {@code list} applied in order; a correction that cannot apply is skipped
   * and listed in {@link #unapplied()}, so that stored corrections never stop an archive from
   * opening.
   */
  public PersonAuthority replay(List<Correction> list) {
    PersonAuthority at = this;
    List<Unapplied> skipped = new ArrayList<>(unapplied);
    for (Correction c : list) {
      try {
        at = at.apply(c);
      } catch (IllegalArgumentException e) {
        skipped.add(new Unapplied(c, e.getMessage()));
      }
    }
    return new PersonAuthority(at.people, at.redirects, at.pins, at.corrections, skipped);
  }

  private void merge(
      PersonEdit.Merge m, Map<String, Person> next, Map<String, String> redirects, List<Pin> pins) {
    String from = canonicalId(m.from());
    String into = canonicalId(m.into());
    if (from.equals(into)) {
      throw new IllegalArgumentException(m.from() + " and " + m.into() + " are already one person");
    }
    Person fromPerson = next.remove(from);
    Person intoPerson = next.get(into);
    if (fromPerson != null) {
      next.put(
          into, intoPerson == null ? renamed(fromPerson, into) : intoPerson.absorbing(fromPerson));
    }
    redirects.replaceAll((k, v) -> v.equals(from) ? into : v);
    redirects.put(from, into);
    pins.replaceAll(p -> p.id().equals(from) ? new Pin(p.nameKey(), into, p.condition()) : p);
  }

  private void split(PersonEdit.Split s, Map<String, Person> next, List<Pin> pins) {
    String from = canonicalId(s.from());
    String into = canonicalId(s.into());
    if (from.equals(into)) {
      throw new IllegalArgumentException(s.from() + " and " + s.into() + " are one person");
    }
    Set<String> keys = new HashSet<>();
    for (String name : s.names()) {
      String key = pinKey(name);
      keys.add(key);
      pins.add(new Pin(key, into, s));
    }
    Person fromPerson = next.get(from);
    if (fromPerson != null && !s.isConditional()) {
      Set<String> moved = new HashSet<>();
      for (String alias : fromPerson.aliases()) {
        if (keys.contains(pinKey(alias))) {
          moved.add(alias);
        }
      }
      next.put(from, fromPerson.withoutAliases(moved));
    }
    if (!next.containsKey(into)) {
      String name = s.name() != null ? s.name() : s.names().getFirst();
      next.put(into, Person.named(into, name, Person.Origin.USER));
    }
  }

  private static Person renamed(Person p, String id) {
    return new Person(
        id,
        p.english(),
        p.russian(),
        p.patronymic(),
        p.surname(),
        p.alone(),
        p.aliases(),
        p.roles(),
        p.origin());
  }

  /** The key a printed name is pinned by: its {@link NameKey}, forms of address left out. */
  static String pinKey(String printed) {
    List<String> words = NameWords.split(printed);
    int skip = Honorifics.standard().leading(words);
    return NameKey.of(String.join(" ", words.subList(skip, words.size())));
  }
}
