package io.verbatim.server.web;

import io.verbatim.analysis.entities.Entity;
import io.verbatim.analysis.entities.Gazetteer;
import io.verbatim.analysis.people.Person;
import io.verbatim.analysis.people.PersonAuthority;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How values read to people: dates as the sites print them ({@code 3 March 2021, 11:20}), at the
 * precision the source states ({@code September 2019}, {@code 2019}), speakers as "name, role",
 * entities by their English (else Russian) name from the gazetteer.
 */
public final class Display {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private Display() {}

  /**
   * {@code 3 March 2021, 11:20 (Europe/Moscow)}, {@code September 2019}, {@code 2019}, or {@code
   * undated} for null.
   */
  public static String published(Published p) {
    if (p == null) {
      return "undated";
    }
    StringBuilder s = new StringBuilder(date(p));
    if (p.time() != null) {
      s.append(", ").append(p.time());
    }
    if (p.zone() != null) {
      s.append(" (").append(p.zone().getId()).append(')');
    }
    return s.toString();
  }

  /** {@code 3 March 2021}, or empty for null. */
  public static String date(LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }

  /**
   * The date part at its precision: {@code 3 March 2021}, {@code September 2019} or {@code 2019}.
   */
  public static String date(Published p) {
    return switch (p.precision()) {
      case YEAR -> Integer.toString(p.year());
      case MONTH -> MONTH.format(p.start());
      case DAY, MINUTE, SECOND -> DAY.format(p.start());
    };
  }

  /** {@code Anna Petrova, Foreign Minister}, the name or the role alone, or null. */
  public static String speaker(Speaker s) {
    if (s == null) {
      return null;
    }
    if (s.name() != null && s.role() != null) {
      return s.name() + ", " + s.role();
    }
    return s.name() != null ? s.name() : s.role();
  }

  /** The gazetteer's entry for an entity id, if it has one. */
  public static Optional<Entity> entity(String id) {
    return Gazetteer.standard().entity(id);
  }

  /** The person of the authority with {@code id} (merges followed), if it is a person id. */
  public static Optional<Person> person(String id) {
    return id.startsWith("person:") ? PersonAuthority.standard().person(id) : Optional.empty();
  }

  /**
   * An entity's English name, else its Russian name, else its id; a person's from the person
   * authority, so that people appear by name.
   */
  public static String entityName(String id) {
    Optional<Person> person = person(id);
    if (person.isPresent()) {
      Person p = person.get();
      return p.english() != null ? p.english() : p.russian();
    }
    return entity(id)
        .map(e -> e.englishName() != null ? e.englishName() : e.russianName())
        .orElse(id);
  }

  /** {@code Austria (AUT)}: the name and the id, or the id alone when the name is the id. */
  public static String entityLabel(String id) {
    String name = entityName(id);
    return name == null || name.equals(id) ? id : name + " (" + id + ")";
  }

  /** A link path to an entity's page. */
  public static String entityPath(String id) {
    return "/entities/" + PageParams.encode(id);
  }

  /** A link path to a statement's page. */
  public static String statementPath(String id) {
    return "/statements/" + PageParams.encode(id);
  }

  /** A number with two decimals. */
  public static String decimal(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
