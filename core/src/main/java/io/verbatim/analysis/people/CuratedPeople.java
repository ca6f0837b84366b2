package io.verbatim.analysis.people;

import io.verbatim.analysis.tables.TsvRows;
import io.verbatim.ingest.BadInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the curated people ({@code people.tsv}) and their roles ({@code roles.tsv}); the columns
 * are described in the files. A bad line is a {@link BadInputException} naming file and line: an id
 * used twice, a role of an unknown person, an unknown office, a date that is not {@code YYYY},
 * {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
final class CuratedPeople {
  static final String PEOPLE_FILE = "people.tsv";
  static final String ROLES_FILE = "roles.tsv";

  private CuratedPeople() {}

  static List<Person> parse(String peopleTsv, String rolesTsv, Offices offices)
      throws BadInputException {
    Map<String, Person> people = new LinkedHashMap<>();
    for (TsvRows.Row row : TsvRows.rows(PEOPLE_FILE, peopleTsv, "id", 6, 7)) {
      String id = row.cell(0);
      if (!Person.ID.matcher(id).matches()) {
        throw row.bad("'" + id + "' is not a person id (person: and lower-case words joined by -)");
      }
      String alone = row.cell(5);
      if (!alone.equals("y") && !alone.equals("n")) {
        throw row.bad("column alone is y or n, not '" + alone + "'");
      }
      String aliases = row.optional(6);
      Person person;
      try {
        person =
            new Person(
                id,
                row.optional(1),
                row.optional(2),
                row.optional(3),
                row.optional(4),
                alone.equals("y"),
                aliases == null ? List.of() : Arrays.asList(aliases.split("\\|")),
                List.of(),
                Person.Origin.CURATED);
      } catch (IllegalArgumentException e) {
        throw row.bad(e.getMessage());
      }
      if (people.put(id, person) != null) {
        throw row.bad(id + " is listed twice");
      }
    }
    Map<String, List<PersonRole>> roles = new LinkedHashMap<>();
    for (TsvRows.Row row : TsvRows.rows(ROLES_FILE, rolesTsv, "id", 5, 6)) {
      String id = row.cell(0);
      if (!people.containsKey(id)) {
        throw row.bad("unknown person " + id + " (list it in " + PEOPLE_FILE + " first)");
      }
      String office = row.cell(1);
      if (!offices.isOffice(office)) {
        throw row.bad("unknown office '" + office + "' (list it in " + Offices.FILE + ")");
      }
      PersonRole role;
      try {
        role =
            new PersonRole(
                office,
                row.optional(2),
                date(row, row.cell(3), false),
                row.optional(4) == null ? null : date(row, row.optional(4), true),
                row.optional(5));
      } catch (IllegalArgumentException e) {
        throw row.bad(e.getMessage());
      }
      roles.computeIfAbsent(id, k -> new ArrayList<>()).add(role);
    }
    List<Person> all = new ArrayList<>(people.size());
    for (Person p : people.values()) {
      all.add(p.withRoles(roles.getOrDefault(p.id(), List.of())));
    }
    return all;
  }

  /**
   * {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; a partial date starts or ends its span.
   */
  static LocalDate date(TsvRows.Row row, String text, boolean end) throws BadInputException {
    try {
      if (text.matches("\\d{4}")) {
        int year = Integer.parseInt(text);
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      if (text.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(text);
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw row.bad("'" + text + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }
}
