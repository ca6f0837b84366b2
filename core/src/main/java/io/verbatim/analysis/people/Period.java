package io.verbatim.analysis.people;

import io.verbatim.model.Statement;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When a statement was made, as precisely as its source says: a day, or a whole year (the UN
 * General Debate files give only the year).
 *
 * @param first the first day it may date from
 * @param last the last day (the same day for a dated statement)
 */
public record Period(LocalDate first, LocalDate last) {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public Period {
    Objects.requireNonNull(first, "the first day");
    Objects.requireNonNull(last, "the last day");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("a period cannot end (" + last + ") before " + first);
    }
  }

  /** One day; null for null. */
  public static Period day(LocalDate day) {
    return day == null ? null : new Period(day, day);
  }

  /**
   * When a statement was made: the period its publication date covers (a day, or a whole month or
   * year when that is all its source gives), else the year in its source's extra fields ({@code
   * extra.year}), else null.
   */
  public static Period of(Statement s) {
    if (s.published() != null) {
      return new Period(s.published().start(), s.published().end());
    }
    String year = s.extra().get("year");
    return year != null && YEAR.matcher(year).matches() ? year(Integer.parseInt(year)) : null;
  }

  /** A whole year. */
  public static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }
}
