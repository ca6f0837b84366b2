package io.verbatim.lucene;

import io.verbatim.archive.IndexedPeriod;
import io.verbatim.archive.Timeline;
import io.verbatim.archive.Timeline.Bucket;
import io.verbatim.archive.Timeline.Interval;
import io.verbatim.archive.Timeline.Split;
import io.verbatim.model.Published.Precision;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Timeline over the Lucene index: counts the selected documents per period from the {@code
 * published} and {@code publishedPrecision} doc values (and the {@code language} or {@code speaker}
 * doc values when split), without reading stored records; a date coarser than the interval is
 * counted in its own period ({@link IndexedPeriod#period}). Memory: one counter per non-empty
 * bucket.
 */
final class LuceneTimeline {
  private static final Precision[] PRECISIONS = Precision.values();
  private static final long MINUTES_PER_DAY = 24 * 60;

  private final IndexSearcher searcher;
  private final Query selection;
  private final Interval interval;
  private final Split split;

  LuceneTimeline(IndexSearcher searcher, Query selection, Interval interval, Split split) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
    this.selection = Objects.requireNonNull(selection, "selection query");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.split = Objects.requireNonNull(split, "split");
  }

  /**
   * A day and precision ({@code epochDay * 8 + precision ordinal}) and the split value (null for
   * none); made into periods once counted, so no text is made per document.
   */
  private record Key(long dayAndPrecision, String value) {}

  /** A period in ISO form and the split value. */
  private record PeriodKey(String period, String value) {}

  Timeline run() throws IOException {
    Map<Key, Long> counts = new HashMap<>();
    long[] undated = {0};
    LeafValues[] current = {null};
    long total =
        SelectedDocs.inIndexOrder(
            searcher,
            SelectedDocs.weight(searcher, selection),
            (leaf, doc) -> {
              if (current[0] == null || current[0].leaf != leaf) {
                current[0] = new LeafValues(leaf);
              }
              LeafValues values = current[0];
              if (!values.published.advanceExact(doc)) {
                undated[0]++;
                return true;
              }
              counts.merge(
                  new Key(values.dayAndPrecision(doc), values.splitValue(doc)), 1L, Long::sum);
              return true;
            });
    Map<PeriodKey, Long> byPeriod = new HashMap<>();
    counts.forEach(
        (k, count) -> {
          long day = Math.floorDiv(k.dayAndPrecision(), 8);
          Precision p = PRECISIONS[(int) Math.floorMod(k.dayAndPrecision(), 8)];
          String period = IndexedPeriod.period(day * MINUTES_PER_DAY, p, interval);
          byPeriod.merge(new PeriodKey(period, k.value()), count, Long::sum);
        });
    List<Bucket> buckets = new ArrayList<>(byPeriod.size());
    byPeriod.forEach((k, count) -> buckets.add(new Bucket(k.period(), k.value(), count)));
    return new Timeline(interval, split, total, buckets, undated[0]); // Timeline orders them
  }

  /** The doc values of one segment. */
  private final class LeafValues {
    final LeafReaderContext leaf;
    final NumericDocValues published;
    final NumericDocValues precision;
    final SortedSetDocValues splitValues;

    LeafValues(LeafReaderContext leaf) throws IOException {
      this.leaf = leaf;
      this.published = DocValues.getNumeric(leaf.reader(), IndexFields.PUBLISHED);
      this.precision = DocValues.getNumeric(leaf.reader(), IndexFields.PRECISION);
      this.splitValues =
          switch (split) {
            case NONE -> null;
            case LANGUAGE -> DocValues.getSortedSet(leaf.reader(), IndexFields.LANGUAGE);
            case SPEAKER -> DocValues.getSortedSet(leaf.reader(), IndexFields.SPEAKER);
          };
    }

    /** The {@link Key} day and precision of {@code doc}, which {@link #published} is on. */
    long dayAndPrecision(int doc) throws IOException {
      long p = precision.advanceExact(doc) ? precision.longValue() : Precision.DAY.ordinal();
      return Math.floorDiv(published.longValue(), MINUTES_PER_DAY) * 8 + p;
    }

    String splitValue(int doc) throws IOException {
      if (splitValues == null || !splitValues.advanceExact(doc)) {
        return null;
      }
      return splitValues.lookupOrd(splitValues.nextOrd()).utf8ToString();
    }
  }
}
