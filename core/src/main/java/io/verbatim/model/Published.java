package io.verbatim.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a statement was published, at the precision the source states it: a year, a month or a day
 * (EDTF level 0), a day with a local time to the minute or the second, and the zone when the source
 * profile knows it. Nothing finer than the source states is invented: a speech the source dates by
 * its year is the period {@code 2019}, not 1 January 2019.
 *
 * <p>A value covers a <b>period</b>, from the first moment of {@link #start()} (at {@link #time()}
 * when given) to {@link #endExclusive()}: the whole year, month or day, or the one minute or
 * second.
 *
 * <p>Its text ({@link #toString()}, also its JSON form) is ISO 8601 without zone brackets, so
 * spreadsheets read it: {@code 2019}, {@code 2019-09}, {@code 2019-09-24}, {@code
 * 2019-09-24T10:00}, {@code 2019-09-24T10:00:30}, and with a known zone a time carries its UTC
 * offset at that moment, {@code 2013-04-05T19:00+04:00}. The zone's name ({@code Europe/Moscow}) is
 * not in that text; {@link Statement} keeps it beside it. {@link #parse} reads every form this
 * class writes and the forms stored by earlier versions, {@code 2016-04-28T09:49[Europe/Moscow]},
 * {@code 2016-04-28T09:49[+03:00]} and {@code 2016-04-28[Europe/Moscow]}.
 *
 * @param precision what the source states: year, month, day, minute or second
 * @param start the first day of the period: 1 January for a year, the 1st for a month
 * @param time the local time for {@link Precision#MINUTE} and {@link Precision#SECOND}, else null
 * @param zone the zone of the local date and time, or null when unknown
 */
public record Published(Precision precision, LocalDate start, LocalTime time, ZoneId zone)
    implements Comparable<Published> {

  /** How precisely a source states a date, coarsest first. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY,
    MINUTE,
    SECOND;

    /** The lower-case name used in JSON, exports and the API: {@code year}, {@code minute}. */
    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The precision with this label (any case).
     *
     * @throws IllegalArgumentException naming the known labels
     */
    @JsonCreator
    public static Precision fromLabel(String label) {
      Objects.requireNonNull(label, "precision label");
      for (Precision p : values()) {
        if (p.label().equalsIgnoreCase(label.strip())) {
          return p;
        }
      }
      throw new IllegalArgumentException(
          "unknown date precision '" + label + "'; known: year, month, day, minute, second");
    }

    /** True for the precisions with a time of day. */
    public boolean hasTime() {
      return this == MINUTE || this == SECOND;
    }

    /** True when this states less than {@code other} ({@code YEAR} is coarser than {@code DAY}). */
    public boolean isCoarserThan(Precision other) {
      return compareTo(other) < 0;
    }
  }

  private static final Pattern FORM =
      Pattern.compile(
          "(?<y>\\d{4})(?:-(?<m>\\d{2})(?:-(?<d>\\d{2})"
              + "(?:T(?<t>\\d{2}:\\d{2}(?::\\d{2})?)(?<off>Z|[+-]\\d{2}:\\d{2}(?::\\d{2})?)?)?)?)?"
              + "(?:\\[(?<zone>[^\\]]+)\\])?");

  public Published {
    Objects.requireNonNull(precision, "the precision of a publication date");
    Objects.requireNonNull(start, "a publication date needs at least a year");
    if (precision == Precision.YEAR && start.getDayOfYear() != 1) {
      throw new IllegalArgumentException(
          "a date stated to the year starts on 1 January, not " + start);
    }
    if (precision == Precision.MONTH && start.getDayOfMonth() != 1) {
      throw new IllegalArgumentException(
          "a date stated to the month starts on the 1st, not " + start);
    }
    if (precision.hasTime() != (time != null)) {
      throw new IllegalArgumentException(
          precision.hasTime()
              ? "a date stated to the " + precision.label() + " needs a time"
              : "a date stated to the " + precision.label() + " has no time, but " + time);
    }
    if (time != null && time.getNano() != 0) {
      throw new IllegalArgumentException(
          "a publication time is kept to the second, not fractions: " + time);
    }
    if (precision == Precision.MINUTE && time.getSecond() != 0) {
      throw new IllegalArgumentException(
          "a time stated to the minute has no seconds: " + time + " (use precision second)");
    }
  }

  /**
   * A day, with the local time when the source gives one (precision minute, or second when the time
   * has seconds), in {@code zone} when known.
   */
  public Published(LocalDate day, LocalTime time, ZoneId zone) {
    this(precisionOf(time), day, time, zone);
  }

  private static Precision precisionOf(LocalTime time) {
    if (time == null) {
      return Precision.DAY;
    }
    return time.getSecond() == 0 && time.getNano() == 0 ? Precision.MINUTE : Precision.SECOND;
  }

  /** A year alone, e.g. {@code 2019}. */
  public static Published ofYear(int year) {
    return new Published(Precision.YEAR, LocalDate.of(year, 1, 1), null, null);
  }

  /** A month alone, e.g. {@code 2019-09}. */
  public static Published ofMonth(YearMonth month) {
    return new Published(Precision.MONTH, month.atDay(1), null, null);
  }

  /** A day. */
  public static Published of(LocalDate day) {
    return new Published(day, null, null);
  }

  /** A day and a local time. */
  public static Published of(LocalDateTime dateTime) {
    return new Published(dateTime.toLocalDate(), dateTime.toLocalTime(), null);
  }

  /** The same date with the zone the source profile knows. */
  public Published withZone(ZoneId newZone) {
    return new Published(precision, start, time, newZone);
  }

  /** The year (of the first day, for every precision). */
  public int year() {
    return start.getYear();
  }

  /** The day, or null when the source states only a month or a year. */
  public LocalDate day() {
    return precision.isCoarserThan(Precision.DAY) ? null : start;
  }

  /** The last day of the period: 31 December for a year, the month's last day for a month. */
  public LocalDate end() {
    return switch (precision) {
      case YEAR -> start.withDayOfYear(start.lengthOfYear());
      case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
      case DAY, MINUTE, SECOND -> start;
    };
  }

  /** The first moment of the period, local: midnight of {@link #start()} unless a time is given. */
  public LocalDateTime startDateTime() {
    return start.atTime(time == null ? LocalTime.MIDNIGHT : time);
  }

  /** The local moment just after the period (midnight after {@link #end()} for dates). */
  public LocalDateTime endExclusive() {
    return switch (precision) {
      case YEAR, MONTH, DAY -> end().plusDays(1).atStartOfDay();
      case MINUTE -> startDateTime().plusMinutes(1);
      case SECOND -> startDateTime().plusSeconds(1);
    };
  }

  /**
   * This date stated no more precisely than {@code coarsest}: {@code 2019-09-24T10:00} to the month
   * is {@code 2019-09}; a date already as coarse or coarser ({@code 2019} to the month) is itself.
   * The zone is kept.
   */
  public Published truncatedTo(Precision coarsest) {
    Objects.requireNonNull(coarsest, "precision");
    if (!coarsest.isCoarserThan(precision)) {
      return this;
    }
    return switch (coarsest) {
      case YEAR -> new Published(Precision.YEAR, start.withDayOfYear(1), null, zone);
      case MONTH -> new Published(Precision.MONTH, start.withDayOfMonth(1), null, zone);
      case DAY -> new Published(Precision.DAY, start, null, zone);
      case MINUTE ->
          new Published(Precision.MINUTE, start, time.truncatedTo(ChronoUnit.MINUTES), zone);
      case SECOND -> this;
    };
  }

  /**
   * Reads the ISO forms written by {@link #toString()} and those stored by earlier versions (a zone
   * in brackets after the date or time).
   *
   * @throws IllegalArgumentException when {@code text} is not one of those forms, naming it
   */
  @JsonCreator
  public static Published parse(String text) {
    Objects.requireNonNull(text, "text to parse as a publication date");
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw notIso(text, null);
    }
    try {
      int year = Integer.parseInt(m.group("y"));
      ZoneId zone = m.group("zone") != null ? ZoneId.of(m.group("zone")) : null;
      if (m.group("off") != null) {
        ZoneOffset offset = ZoneOffset.of(m.group("off"));
        zone = zone != null ? zone : offset;
      }
      if (m.group("m") == null) {
        return new Published(Precision.YEAR, LocalDate.of(year, 1, 1), null, zone);
      }
      int month = Integer.parseInt(m.group("m"));
      if (m.group("d") == null) {
        return new Published(Precision.MONTH, LocalDate.of(year, month, 1), null, zone);
      }
      LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group("d")));
      LocalTime time = m.group("t") == null ? null : LocalTime.parse(m.group("t"));
      return new Published(day, time, zone);
    } catch (DateTimeException e) {
      throw notIso(text, e);
    }
  }

  private static IllegalArgumentException notIso(String text, Exception cause) {
    return new IllegalArgumentException(
        "not an ISO date: '"
            + text
            + "' (expected a year, month, day or date-time such as 2019, 2019-09, 2019-09-24 or"
            + " 2019-09-24T10:00+03:00)",
        cause);
  }

  /**
   * The ISO 8601 text at this precision, without zone brackets: a time with a known zone carries
   * the zone's UTC offset at that moment ({@code +00:00} for UTC).
   */
  @JsonValue
  @Override
  public String toString() {
    String date =
        switch (precision) {
          case YEAR -> String.format(Locale.ROOT, "%04d", start.getYear());
          case MONTH ->
              String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
          case DAY, MINUTE, SECOND -> start.toString();
        };
    if (time == null) {
      return date;
    }
    StringBuilder s = new StringBuilder(date).append('T').append(time);
    if (zone != null) {
      ZoneOffset offset = zone.getRules().getOffset(startDateTime());
      s.append(offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
    }
    return s.toString();
  }

  /**
   * Orders by the start of the period (local time, zones not applied), then coarser first: {@code
   * 2019} before {@code 2019-01} before {@code 2019-01-01} before {@code 2019-01-01T00:00}.
   */
  @Override
  public int compareTo(Published o) {
    int c = startDateTime().compareTo(o.startDateTime());
    return c != 0 ? c : precision.compareTo(o.precision);
  }
}
