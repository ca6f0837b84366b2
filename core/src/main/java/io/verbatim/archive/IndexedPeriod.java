package io.verbatim.archive;

import io.verbatim.model.Published;
import io.verbatim.model.Published.Precision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A publication date as both backends index it, so that they select, sort and count alike: the
 * period it covers as epoch minutes of its local date-time (read as UTC: zones are not applied,
 * dates compare as the sources state them), and its precision.
 *
 * <ul>
 *   <li><b>Sort:</b> by {@link #start()}, ties by id: a statement dated {@code 2019} sorts as
 *       2019-01-01 00:00, so oldest first it comes before the statements dated within 2019, newest
 *       first after them.
 *   <li><b>Date range:</b> a range of whole days from {@code from} to {@code to} holds a statement
 *       when {@code start >= }{@link #rangeStart}{@code (from)} and {@code end <= }{@link
 *       #rangeEnd}{@code (to)} ({@link #isIn}); it cuts the statement when the period overlaps the
 *       range without lying inside it ({@link #isCutBy}). An open end holds everything on its side.
 *   <li><b>Timeline:</b> a statement is counted in {@link Timeline.Interval#periodOf}: its own
 *       period when it is coarser than the interval ({@link #period}).
 * </ul>
 *
 * @param start the first minute of the period
 * @param end the last minute of the period (inclusive; equal to {@code start} for a minute)
 * @param precision the date's precision
 */
public record IndexedPeriod(long start, long end, Precision precision) {
  public IndexedPeriod {
    Objects.requireNonNull(precision, "precision");
    if (end < start) {
      throw new IllegalArgumentException("a period ends before it starts: " + start + ".." + end);
    }
  }

  /** The indexed period of {@code published}. */
  public static IndexedPeriod of(Published published) {
    Objects.requireNonNull(published, "published");
    long endSecond = published.endExclusive().toEpochSecond(ZoneOffset.UTC) - 1;
    return new IndexedPeriod(
        minute(published.startDateTime()), Math.floorDiv(endSecond, 60), published.precision());
  }

  /** Epoch minutes of a local date-time read as UTC. */
  public static long minute(LocalDateTime dateTime) {
    return Math.floorDiv(dateTime.toEpochSecond(ZoneOffset.UTC), 60);
  }

  /** The first minute a range from {@code from} holds; {@link Long#MIN_VALUE} when null. */
  public static long rangeStart(LocalDate from) {
    return from == null ? Long.MIN_VALUE : minute(from.atStartOfDay());
  }

  /** The last minute a range to {@code to} (included) holds; {@link Long#MAX_VALUE} when null. */
  public static long rangeEnd(LocalDate to) {
    return to == null ? Long.MAX_VALUE : minute(to.plusDays(1).atStartOfDay()) - 1;
  }

  /** True when the range {@code from}..{@code to} (either may be null) holds the whole period. */
  public boolean isIn(LocalDate from, LocalDate to) {
    return start >= rangeStart(from) && end <= rangeEnd(to);
  }

  /** True when the range overlaps the period without holding all of it. */
  public boolean isCutBy(LocalDate from, LocalDate to) {
    return start <= rangeEnd(to) && end >= rangeStart(from) && !isIn(from, to);
  }

  /** The year of the period's start. */
  public int year() {
    return day(start).getYear();
  }

  /**
   * The ISO period a timeline of {@code interval} counts a statement in, from its indexed start
   * minute and precision (see {@link Timeline.Interval#periodOf}).
   */
  public static String period(long start, Precision precision, Timeline.Interval interval) {
    LocalDate day = day(start);
    Published date =
        switch (precision) {
          case YEAR -> Published.ofYear(day.getYear());
          case MONTH -> Published.ofMonth(java.time.YearMonth.from(day));
          case DAY, MINUTE, SECOND -> Published.of(day);
        };
    return interval.periodOf(date);
  }

  /** {@link #period(long, Precision, Timeline.Interval)} of this period. */
  public String period(Timeline.Interval interval) {
    return period(start, precision, interval);
  }

  private static LocalDate day(long minute) {
    return LocalDate.ofEpochDay(Math.floorDiv(minute, 24 * 60));
  }
}
