package io.verbatim.archive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.verbatim.model.Published;
import io.verbatim.model.Published.Precision;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How many selected statements were published in each period, optionally split by language or
 * speaker.
 *
 * <p>Every selected statement is counted once: in one bucket, or in {@code undated}. So the bucket
 * counts plus {@code undated} equal {@code total}, the selection's search total.
 *
 * <p><b>Dates coarser than the interval</b> are neither dropped nor spread over periods: a
 * statement dated only {@code 2019} is counted, by month or by day, in a bucket of its own whose
 * period is {@code 2019} with precision {@code year} ("2019, year only"); by day, a statement dated
 * {@code 2019-09} goes into the bucket {@code 2019-09} with precision {@code month}. By year, every
 * dated statement is in its year. A bucket's precision is that of its period ({@link
 * Bucket#precision()}); buckets coarser than the interval come just before the periods they hold
 * ({@code 2019} before {@code 2019-01}).
 *
 * @param interval the length of a period
 * @param split what each period is split by
 * @param total the number of selected statements
 * @param buckets the non-empty buckets, by period (start, then coarser first) then split value
 *     (null last); kept in that order whatever order they are given in
 * @param undated the selected statements without a publication date
 * @param partial the statements the selection's date range cuts, left out of {@code total} (see
 *     {@link SearchResult#partial()}); 0 without a date range
 */
public record Timeline(
    Interval interval, Split split, long total, List<Bucket> buckets, long undated, long partial) {

  /** The length of a period. */
  public enum Interval {
    /** {@code 2016-04-28} */
    DAY(Precision.DAY),
    /** {@code 2016-04} */
    MONTH(Precision.MONTH),
    /** {@code 2016} */
    YEAR(Precision.YEAR);

    private final Precision precision;

    Interval(Precision precision) {
      this.precision = precision;
    }

    /** The precision of this interval's periods. */
    public Precision precision() {
      return precision;
    }

    /**
     * The period a statement published {@code published} is counted in: its day, month or year, or
     * its own period when it is stated less precisely ({@code 2019} by month stays {@code 2019}),
     * in ISO form.
     */
    public String periodOf(Published published) {
      return published.truncatedTo(precision).toString();
    }
  }

  /** What a period is split by. */
  public enum Split {
    NONE,
    LANGUAGE,
    /** The speaker's name as stored. */
    SPEAKER
  }

  /**
   * The statements of one period (and one split value).
   *
   * @param period the period in ISO form: {@code 2016}, {@code 2016-04} or {@code 2016-04-28}; of
   *     the interval's length, or coarser for statements dated less precisely
   * @param value the split value, or null (no split, or the statement has no such value)
   * @param count the number of statements, at least 1
   */
  @JsonPropertyOrder({"period", "precision", "value", "count"})
  public record Bucket(String period, String value, long count) {
    public Bucket {
      Objects.requireNonNull(period, "period");
      Published p;
      try {
        p = Published.parse(period);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("a timeline period is a year, month or day: " + period);
      }
      if (p.precision().hasTime() || !p.toString().equals(period)) {
        throw new IllegalArgumentException(
            "a timeline period is a year, month or day in ISO form: " + period);
      }
      if (count < 1) {
        throw new IllegalArgumentException("a bucket counts at least 1 statement: " + count);
      }
    }

    /** The precision of {@link #period()}: year, month or day. */
    @JsonProperty("precision")
    public Precision precision() {
      return Published.parse(period).precision();
    }

    /** The first day of the period, as a sortable date. */
    Published start() {
      return Published.parse(period);
    }
  }

  /** The order of buckets: period start, coarser periods first, then split value (null last). */
  private static final Comparator<Bucket> ORDER =
      Comparator.comparing(Bucket::start)
          .thenComparing(Bucket::value, Comparator.nullsLast(Comparator.naturalOrder()));

  public Timeline {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(split, "split");
    buckets = buckets.stream().sorted(ORDER).toList();
    for (Bucket b : buckets) {
      if (interval.precision().isCoarserThan(b.precision())) {
        throw new IllegalArgumentException(
            "a timeline by "
                + interval.precision().label()
                + " cannot hold the finer period "
                + b.period());
      }
    }
    if (undated < 0 || partial < 0) {
      throw new IllegalArgumentException(
          "undated and partial counts must be >= 0: " + undated + ", " + partial);
    }
  }

  /** A timeline without statements left out as partial. */
  public Timeline(Interval interval, Split split, long total, List<Bucket> buckets, long undated) {
    this(interval, split, total, buckets, undated, 0);
  }

  /** This timeline saying that {@code count} statements were left out as partial. */
  public Timeline withPartial(long count) {
    return new Timeline(interval, split, total, buckets, undated, count);
  }

  /** The sum of the bucket counts (equals {@code total - undated}). */
  public long dated() {
    return buckets.stream().mapToLong(Bucket::count).sum();
  }
}
