package io.verbatim.analysis.people;

import io.verbatim.extract.corpus.SpeakerTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The people of a corpus's speaker table, as the authority's second source (after the curated
 * list): the UN General Debate table names who spoke for which country in which year, and in what
 * post. Each row's name is resolved against the authority with the row's country, year and post as
 * evidence; a person the authority knows gains the name as printed (an alias: {@code Mir. GROMYKO})
 * and the post as a role for that year; anyone else becomes a person of the table ({@link
 * Person.Origin#TABLE}) under the id derived from the name, with every spelling and post the table
 * gives them. Rows that name several people for one seat are left out.
 */
public final class SpeakerTablePeople {
  private SpeakerTablePeople() {}

  /** {@code base} with the table's people added ({@link PersonAuthority#withAll}). */
  public static PersonAuthority authority(
      PersonAuthority base, SpeakerTable table, PersonResolver resolver) {
    return base.withAll(people(table, resolver));
  }

  /**
   * The people of {@code table} as {@code resolver}'s authority sees them: one person per id, with
   * the names as printed and a role per post and year (consecutive years of one post joined).
   */
  public static List<Person> people(SpeakerTable table, PersonResolver resolver) {
    Objects.requireNonNull(table, "a speaker table");
    Objects.requireNonNull(resolver, "a resolver");
    Offices offices = Offices.standard();
    Map<String, Person> byId = new LinkedHashMap<>();
    for (SpeakerTable.Entry e : table.entries()) {
      if (e.speaker() == null || e.speaker().name() == null || e.year() == null) {
        continue;
      }
      Sighting sighting =
          Sighting.of(e.speaker().name())
              .inLanguage("en")
              .withRole(e.speaker().role())
              .forCountry(e.iso())
              .inYear(e.year());
      Resolution r = resolver.resolve(sighting).orElse(null);
      if (r == null || r.how() == Resolution.Match.AMBIGUOUS) {
        continue;
      }
      List<PersonRole> roles = new ArrayList<>();
      String office = offices.officeOf(e.speaker().role()).orElse(null);
      if (office != null) {
        roles.add(
            new PersonRole(
                office,
                e.iso(),
                LocalDate.of(e.year(), 1, 1),
                LocalDate.of(e.year(), 12, 31),
                e.speaker().role() + (e.country() == null ? "" : ", " + e.country())));
      }
      Person known = r.person();
      Person seen =
          new Person(
              r.id(),
              known != null ? known.english() : r.name(),
              known != null ? known.russian() : null,
              null,
              null,
              false,
              List.of(e.speaker().name()),
              roles,
              Person.Origin.TABLE);
      byId.merge(r.id(), seen, SpeakerTablePeople::join);
    }
    return List.copyOf(byId.values());
  }

  /** Two records of one person: names added, a role of the next year joined to the same post. */
  private static Person join(Person a, Person b) {
    List<PersonRole> roles = new ArrayList<>(a.roles());
    for (PersonRole r : b.roles()) {
      boolean joined = false;
      for (int i = 0; i < roles.size() && !joined; i++) {
        PersonRole q = roles.get(i);
        if (q.office().equals(r.office())
            && Objects.equals(q.country(), r.country())
            && q.to() != null
            && !r.from().isAfter(q.to().plusDays(1 + 366))) {
          roles.set(
              i,
              new PersonRole(
                  q.office(),
                  q.country(),
                  q.from(),
                  r.to().isAfter(q.to()) ? r.to() : q.to(),
                  q.label()));
          joined = true;
        }
      }
      if (!joined) {
        roles.add(r);
      }
    }
    List<String> aliases = new ArrayList<>(a.aliases());
    aliases.addAll(b.aliases());
    return new Person(
        a.id(), a.english(), a.russian(), null, null, false, aliases, roles, a.origin());
  }
}
