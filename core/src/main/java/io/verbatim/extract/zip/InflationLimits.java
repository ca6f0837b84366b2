package io.verbatim.extract.zip;

import java.util.Locale;

/**
 * How far a compressed input may inflate before Verbatim refuses it: the number of entries, the
 * inflated bytes per entry and in total, and the inflation ratio (inflated ÷ compressed bytes) per
 * entry and in total. The ratio is checked once an entry, or the whole, has inflated past {@code
 * ratioGraceBytes}, so that small, very repetitive parts (an empty style sheet) pass.
 *
 * <p>The defaults ({@link #DEFAULT}) fit every real xlsx workbook Verbatim reads with a wide
 * margin: the UN General Debate speaker table has 14 entries, inflates to 3.7 MB in all and at most
 * 18:1 per entry.
 *
 * @param maxEntries the most entries an archive may list
 * @param maxEntryBytes the most bytes one entry may inflate to
 * @param maxTotalBytes the most bytes all entries together may inflate to
 * @param maxRatio the highest inflation ratio of an entry, and of all entries together
 * @param ratioGraceBytes inflated bytes below which the ratio is not checked
 */
public record InflationLimits(
    int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioGraceBytes) {

  /** 10,000 entries, 64 MiB per entry, 128 MiB in all, at most 100:1 past the first 1 MiB. */
  public static final InflationLimits DEFAULT =
      new InflationLimits(10_000, 64L << 20, 128L << 20, 100, 1L << 20);

  public InflationLimits {
    if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 0) {
      throw new IllegalArgumentException("inflation limits must be positive");
    }
    if (ratioGraceBytes < 0) {
      throw new IllegalArgumentException("the ratio grace must not be negative");
    }
  }

  /** A byte count for messages: {@code 64 MiB}, {@code 512 KiB}, {@code 100 bytes}. */
  static String bytes(long n) {
    if (n >= 1L << 20 && n % (1L << 20) == 0) {
      return (n >> 20) + " MiB";
    }
    if (n >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MiB", n / (double) (1L << 20));
    }
    if (n >= 1L << 10 && n % (1L << 10) == 0) {
      return (n >> 10) + " KiB";
    }
    return n + " bytes";
  }
}
