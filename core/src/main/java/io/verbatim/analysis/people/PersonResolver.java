package io.verbatim.analysis.people;

import io.verbatim.analysis.morphology.Lemmatizer;
import io.verbatim.analysis.morphology.RussianLemmatizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers which person a printed name is: given a {@link Sighting} (the name as printed, and the
 * language, role, country and date around it), the person's id (an authority id, or one derived
 * from the name) and how it matched.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>A user's correction that pins the printed name (split, alias) decides, under its
 *       conditions; the latest correction wins.
 *   <li>The name is read into its parts ({@link PersonNameParser}: forms of address and titles left
 *       out, capitals and Russian cases undone; every reading of an uncertain case is tried, most
 *       likely first).
 *   <li>The whole name is looked up among the authority's names by {@link NameKey}, so
 *       transliterations meet ({@code Sergei Lavrov}, {@code Сергей Лавров}): {@link
 *       Resolution.Match#ALIAS}.
 *   <li>Otherwise the people with that surname are candidates, and the rest of the name must fit
 *       each: a first name written in full must be one of the person's ({@link GivenNames}: {@code
 *       Dimitry} is {@code Dmitry}; {@code Francisco Guterres} is not {@code António Guterres});
 *       initials must be those of the person's first name and patronymic or middle name ({@code
 *       С.В.Лавров}, {@code Igor S. Ivanov} but not {@code Sergei B. Ivanov}): {@link
 *       Resolution.Match#NAME}, {@link Resolution.Match#INITIALS}; a surname alone fits everyone
 *       with it ({@link Resolution.Match#SURNAME}), unless the statement's country is not one the
 *       person held a role for. Different surnames never match ({@code Ivanović} is not {@code
 *       Ivanov}).
 *   <li>Among the strongest matches, evidence decides: a role whose period covers the date, whose
 *       office the printed role names, for the statement's country. One candidate left wins; a tie
 *       is {@link Resolution.Match#AMBIGUOUS} (father and son with one name and no date).
 *   <li>Nobody fits: {@link Resolution.Match#NEW}, with an id derived from the normalised name
 *       ({@link PersonIds}). Ids merged away by a correction are followed to the person they were
 *       merged into.
 * </ol>
 *
 * <p>Immutable and thread-safe; build one per authority (the index of names is made once).
 */
public final class PersonResolver {
  private final PersonAuthority authority;
  private final PersonNameParser parser;
  private final GivenNames givenNames;
  private final Offices offices;
  private final AuthorityIndex index;

  public PersonResolver(PersonAuthority authority, Lemmatizer lemmatizer) {
    this.authority = Objects.requireNonNull(authority, "an authority");
    this.givenNames = GivenNames.standard();
    this.offices = Offices.standard();
    this.parser = PersonNameParser.standard(lemmatizer);
    this.index = new AuthorityIndex(authority, parser, givenNames);
  }

  private static final class Standard {
    static final PersonResolver INSTANCE =
        new PersonResolver(PersonAuthority.standard(), RussianLemmatizer.instance());
  }

  /** The resolver over the curated authority and the Russian dictionary; built once. */
  public static PersonResolver standard() {
    return Standard.INSTANCE;
  }

  /** The authority this resolver answers from. */
  public PersonAuthority authority() {
    return authority;
  }

  /** The parser of printed names this resolver uses. */
  public PersonNameParser parser() {
    return parser;
  }

  /**
   * Which person the sighting's name is; empty when no name is left once forms of address and
   * titles are taken away ({@code Mr. President}).
   */
  public Optional<Resolution> resolve(Sighting sighting) {
    Objects.requireNonNull(sighting, "a sighting");
    List<PersonName> readings = parser.parse(sighting.name(), sighting.nameCase());
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    Resolution pinned = pinned(sighting, readings);
    if (pinned != null) {
      return Optional.of(pinned);
    }
    String office = offices.officeOf(sighting.role()).orElse(null);
    for (PersonName reading : readings) {
      Resolution r = match(reading, sighting, office);
      if (r != null) {
        return Optional.of(r);
      }
    }
    PersonName first = readings.getFirst();
    String id = authority.canonicalId(PersonIds.derived(first.display()));
    Optional<Person> corrected = authority.person(id);
    return Optional.of(
        corrected
            .map(p -> new Resolution(p.id(), p, Resolution.Match.CORRECTION, first.display(), null))
            .orElseGet(
                () -> new Resolution(id, null, Resolution.Match.NEW, first.display(), null)));
  }

  /** Whether {@code key} (a {@link NameKey}) is the surname of someone of the authority. */
  public boolean isSurname(String key) {
    return index.isSurname(key);
  }

  /**
   * Whether {@code word}, as spelled (accents and case aside; a Russian word in the nominative), is
   * the surname or a one-word name of someone the authority says is named by it alone ({@code
   * Putin}, {@code Zelensky}, {@code Путин}; not {@code Charter} for Carter).
   */
  public boolean isAloneName(String word) {
    return index.isAloneForm(AuthorityIndex.strictName(word));
  }

  /**
   * The spellings of the surname of person {@code id} ({@link NameKey#strict}; Latin spellings of a
   * Russian one included); empty for an id the authority does not know.
   */
  public java.util.Set<String> surnameForms(String id) {
    AuthorityIndex.Entry e = index.entry(authority.canonicalId(id));
    return e == null ? java.util.Set.of() : e.surnameForms();
  }

  private Resolution pinned(Sighting s, List<PersonName> readings) {
    List<PersonAuthority.Pin> pins = authority.pins();
    if (pins.isEmpty()) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    keys.add(PersonAuthority.pinKey(s.name()));
    readings.forEach(r -> keys.add(r.key()));
    for (int i = pins.size() - 1; i >= 0; i--) {
      PersonAuthority.Pin pin = pins.get(i);
      if (keys.contains(pin.nameKey())
          && (pin.condition() == null
              || pin.condition().appliesTo(s.country(), s.first(), s.last()))) {
        String id = authority.canonicalId(pin.id());
        Person p = authority.person(id).orElse(null);
        return p == null
            ? new Resolution(id, null, Resolution.Match.NEW, readings.getFirst().display(), null)
            : new Resolution(
                id, p, Resolution.Match.CORRECTION, readings.getFirst().display(), null);
      }
    }
    return null;
  }

  private record Candidate(AuthorityIndex.Entry entry, Resolution.Match how, int score) {}

  /** The resolution of one reading, or null when no one of the authority fits it. */
  private Resolution match(PersonName reading, Sighting s, String office) {
    List<Candidate> candidates = new ArrayList<>();
    for (String id : index.byWholeName(reading.key())) {
      AuthorityIndex.Entry e = index.entry(id);
      candidates.add(new Candidate(e, Resolution.Match.ALIAS, score(e.person(), s, office)));
    }
    if (candidates.isEmpty() && reading.surname() != null) {
      for (String id : index.bySurname(reading.surnameKey())) {
        AuthorityIndex.Entry e = index.entry(id);
        Resolution.Match how = fit(reading, e);
        if (how != null && (how == Resolution.Match.NAME || !otherCountry(e.person(), s))) {
          candidates.add(new Candidate(e, how, score(e.person(), s, office)));
        }
      }
    }
    if (candidates.isEmpty() && reading.surname() == null && reading.given() != null) {
      // "Владимир Владимирович": a first name and patronymic, as Russians address each other; only
      // someone holding a role then (or with no date to check) fits
      String key = NameKey.of(reading.given() + " " + String.join(" ", reading.middle()));
      for (String id : index.byGivenAndPatronymic(key)) {
        AuthorityIndex.Entry e = index.entry(id);
        if (!s.isDated() || activeAround(e.person(), s)) {
          candidates.add(new Candidate(e, Resolution.Match.NAME, score(e.person(), s, office)));
        }
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    Resolution.Match strongest =
        candidates.stream().map(Candidate::how).min(Comparator.naturalOrder()).orElseThrow();
    List<Candidate> best = candidates.stream().filter(c -> c.how() == strongest).toList();
    int top = best.stream().mapToInt(Candidate::score).max().orElse(0);
    List<Candidate> leaders = best.stream().filter(c -> c.score() == top).toList();
    if (leaders.size() == 1) {
      Person p = leaders.getFirst().entry().person();
      return new Resolution(p.id(), p, strongest, reading.display(), null);
    }
    String id = authority.canonicalId(PersonIds.derived(reading.display()));
    return new Resolution(
        id,
        null,
        Resolution.Match.AMBIGUOUS,
        reading.display(),
        leaders.stream().map(c -> c.entry().person().id()).toList());
  }

  /** Whether one of the person's roles lies within a year of the sighting's period. */
  private static boolean activeAround(Person p, Sighting s) {
    for (PersonRole r : p.roles()) {
      if (r.daysOutside(s.first(), s.last()) <= 366) {
        return true;
      }
    }
    return false;
  }

  /** How the rest of the name fits a person with its surname, or null when it conflicts. */
  private Resolution.Match fit(PersonName reading, AuthorityIndex.Entry e) {
    String middle = reading.middleInitial();
    if (!middle.isEmpty()
        && !e.middleInitials().isEmpty()
        && !e.middleInitials().contains(middle)) {
      return null;
    }
    if (reading.given() != null) {
      if (e.givenKeys().isEmpty()) {
        return spelledAsKnown(reading, e) ? Resolution.Match.SURNAME : null;
      }
      return e.givenKeys().contains(givenNames.key(reading.given())) ? Resolution.Match.NAME : null;
    }
    if (!reading.initials().isEmpty()) {
      String first = reading.firstInitial();
      if (!e.givenInitials().isEmpty() && !e.givenInitials().contains(first)) {
        return null;
      }
      return Resolution.Match.INITIALS;
    }
    return spelledAsKnown(reading, e) ? Resolution.Match.SURNAME : null;
  }

  /**
   * Whether a surname written alone is spelled as one of the person's (up to accents, case and the
   * Latin spellings of a Russian surname): a surname alone is weak evidence, so {@code Charter} is
   * not taken for {@code Carter}, though their keys meet.
   */
  private static boolean spelledAsKnown(PersonName reading, AuthorityIndex.Entry e) {
    return e.surnameForms().contains(AuthorityIndex.strictName(reading.surname()));
  }

  /** Whether the sighting's country is known and none of the person's roles was for it. */
  private static boolean otherCountry(Person p, Sighting s) {
    if (s.country() == null) {
      return false;
    }
    boolean anyCountry = false;
    for (PersonRole r : p.roles()) {
      if (r.country() != null) {
        anyCountry = true;
        if (r.country().equals(s.country())) {
          return false;
        }
      }
    }
    return anyCountry;
  }

  /**
   * How well the person's roles fit the evidence: the best role's points for covering the date (2),
   * fitting the printed office (2), and the country (1), with as much again for a role that fits
   * the office or the country on that date.
   */
  private static int score(Person p, Sighting s, String office) {
    int best = 0;
    for (PersonRole r : p.roles()) {
      boolean onDate = s.isDated() && r.daysOutside(s.first(), s.last()) == 0;
      boolean officeFits = office != null && Offices.fits(r.office(), office);
      boolean countryFits = s.country() != null && s.country().equals(r.country());
      int points =
          (onDate ? 2 : 0)
              + (officeFits ? 2 : 0)
              + (countryFits ? 1 : 0)
              + (onDate && officeFits ? 2 : 0)
              + (onDate && countryFits ? 1 : 0);
      best = Math.max(best, points);
    }
    return best;
  }
}
