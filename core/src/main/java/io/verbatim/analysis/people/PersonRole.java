package io.verbatim.analysis.people;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A role a person held: an office, for a state or an organisation, over a period.
 *
 * @param office an office key ({@code foreign-minister}; see {@link Offices})
 * @param country ISO 3166 alpha-3 of the state ({@code RUS}, also for the USSR), or an organisation
 *     id ({@code org:un}); null when unknown
 * @param from the first day, or null when unknown
 * @param to the last day, or null while the role lasts
 * @param label the role as English text ({@code Minister of Foreign Affairs of Russia}); null when
 *     none was given
 */
public record PersonRole(
    String office, String country, LocalDate from, LocalDate to, String label) {
  public PersonRole {
    Objects.requireNonNull(office, "a role needs an office");
    if (!office.matches("[a-z][a-z-]*")) {
      throw new IllegalArgumentException(
          "an office key is lower case and hyphens: '" + office + "'");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "a role cannot end (" + to + ") before it starts (" + from + ")");
    }
  }

  /**
   * Whether the role lasted on {@code day} (an open end lasts; an unknown start is not assumed).
   */
  public boolean covers(LocalDate day) {
    return daysOutside(day, day) == 0;
  }

  /**
   * How many days the period {@code [first, last]} lies outside the role: 0 when they overlap;
   * {@link Long#MAX_VALUE} when the role has no start date.
   */
  public long daysOutside(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "the first day");
    Objects.requireNonNull(last, "the last day");
    if (from == null) {
      return Long.MAX_VALUE;
    }
    if (last.isBefore(from)) {
      return from.toEpochDay() - last.toEpochDay();
    }
    if (to != null && first.isAfter(to)) {
      return first.toEpochDay() - to.toEpochDay();
    }
    return 0;
  }
}
