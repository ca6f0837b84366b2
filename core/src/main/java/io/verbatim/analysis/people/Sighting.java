package io.verbatim.analysis.people;

import io.verbatim.analysis.morphology.Reading;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A name as printed, with what is known around it: the evidence {@link PersonResolver} weighs.
 *
 * @param name the name exactly as printed ({@code Mr. Sergey V. Lavrov}, {@code Лаврова})
 * @param language the language of the text around it ({@code en}, {@code ru}), or null; the name's
 *     own script decides how it is read (a Latin name in a Russian text is read as Latin)
 * @param role the role printed with it ({@code Minister for Foreign Affairs}), or null
 * @param country the state the person speaks for or is named with (ISO alpha-3), or null
 * @param first the first day the statement may date from, or null when undated
 * @param last the last day (the same day for a dated statement; Dec 31 for a year), or null
 * @param nameCase the grammatical case the name is in, when a title shows it; null otherwise
 */
public record Sighting(
    String name,
    String language,
    String role,
    String country,
    LocalDate first,
    LocalDate last,
    Reading.Case nameCase) {
  public Sighting {
    Objects.requireNonNull(name, "the name as printed");
    if ((first == null) != (last == null)) {
      throw new IllegalArgumentException("a sighting's period needs both ends, or neither");
    }
    if (first != null && last.isBefore(first)) {
      throw new IllegalArgumentException("a sighting's period ends before it starts");
    }
  }

  /** A name with no evidence around it. */
  public static Sighting of(String name) {
    return new Sighting(name, null, null, null, null, null, null);
  }

  /** This sighting in {@code newLanguage}. */
  public Sighting inLanguage(String newLanguage) {
    return new Sighting(name, newLanguage, role, country, first, last, nameCase);
  }

  /** This sighting with the role printed with the name. */
  public Sighting withRole(String newRole) {
    return new Sighting(name, language, newRole, country, first, last, nameCase);
  }

  /** This sighting for a statement of {@code newCountry} (ISO alpha-3). */
  public Sighting forCountry(String newCountry) {
    return new Sighting(name, language, role, newCountry, first, last, nameCase);
  }

  /** This sighting on {@code day}. */
  public Sighting on(LocalDate day) {
    return day == null ? this : new Sighting(name, language, role, country, day, day, nameCase);
  }

  /** This sighting some time in {@code when} (unchanged for null). */
  public Sighting during(Period when) {
    return when == null
        ? this
        : new Sighting(name, language, role, country, when.first(), when.last(), nameCase);
  }

  /** This sighting some day in {@code year}. */
  public Sighting inYear(int year) {
    return new Sighting(
        name,
        language,
        role,
        country,
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        nameCase);
  }

  /** This sighting with the name known to be in {@code newCase}. */
  public Sighting inCase(Reading.Case newCase) {
    return new Sighting(name, language, role, country, first, last, newCase);
  }

  /** Whether the sighting is dated. */
  public boolean isDated() {
    return first != null;
  }
}
