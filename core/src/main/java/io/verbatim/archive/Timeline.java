package io.verbatim.archive;

import java.util.List;
import java.util.Objects;

/**
 * How many selected statements were published in each period, optionally split by language or
 * speaker.
 *
 * <p>Every selected statement is counted once: in one bucket, or in {@code undated}. So the bucket
 * counts plus {@code undated} equal {@code total}, the selection's search total.
 *
 * @param interval the length of a period
 * @param split what each period is split by
 * @param total the number of selected statements
 * @param buckets the non-empty buckets, by period then split value (null last)
 * @param undated the selected statements without a publication date
 */
public record Timeline(
    Interval interval, Split split, long total, List<Bucket> buckets, long undated) {

  /** The length of a period. */
  public enum Interval {
    /** {@code 2016-04-28} */
    DAY,
    /** {@code 2016-04} */
    MONTH,
    /** {@code 2016} */
    YEAR
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
   * @param period the period in ISO form ({@code 2016}, {@code 2016-04} or {@code 2016-04-28})
   * @param value the split value, or null (no split, or the statement has no such value)
   * @param count the number of statements, at least 1
   */
  public record Bucket(String period, String value, long count) {
    public Bucket {
      Objects.requireNonNull(period, "period");
    }
  }

  public Timeline {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(split, "split");
    buckets = List.copyOf(buckets);
  }

  /** The sum of the bucket counts (equals {@code total - undated}). */
  public long dated() {
    return buckets.stream().mapToLong(Bucket::count).sum();
  }
}
