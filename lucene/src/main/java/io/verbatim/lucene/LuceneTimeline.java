package io.verbatim.lucene;

import io.verbatim.archive.Timeline;
import io.verbatim.archive.Timeline.Bucket;
import io.verbatim.archive.Timeline.Interval;
import io.verbatim.archive.Timeline.Split;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * published} doc values (and the {@code language} or {@code speaker} doc values when split),
 * without reading stored records. Memory: one counter per non-empty bucket.
 */
final class LuceneTimeline {
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

  /** A period key that sorts in time order, and the split value (null for none). */
  private record Key(long period, String value) {}

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
              long period = periodOf(values.published.longValue());
              counts.merge(new Key(period, values.splitValue(doc)), 1L, Long::sum);
              return true;
            });
    List<Key> keys = new ArrayList<>(counts.keySet());
    keys.sort(
        Comparator.comparingLong(Key::period)
            .thenComparing(Key::value, Comparator.nullsLast(Comparator.naturalOrder())));
    List<Bucket> buckets = new ArrayList<>(keys.size());
    for (Key k : keys) {
      buckets.add(new Bucket(format(k.period()), k.value(), counts.get(k)));
    }
    return new Timeline(interval, split, total, buckets, undated[0]);
  }

  private long periodOf(long epochMinutes) {
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochMinutes, 24 * 60));
    return switch (interval) {
      case DAY -> date.toEpochDay();
      case MONTH -> date.getYear() * 12L + date.getMonthValue() - 1;
      case YEAR -> date.getYear();
    };
  }

  private String format(long period) {
    return switch (interval) {
      case DAY -> LocalDate.ofEpochDay(period).toString();
      case MONTH ->
          String.format(
              java.util.Locale.ROOT,
              "%04d-%02d",
              Math.floorDiv(period, 12),
              Math.floorMod(period, 12) + 1);
      case YEAR -> String.format(java.util.Locale.ROOT, "%04d", period);
    };
  }

  /** The doc values of one segment. */
  private final class LeafValues {
    final LeafReaderContext leaf;
    final NumericDocValues published;
    final SortedSetDocValues splitValues;

    LeafValues(LeafReaderContext leaf) throws IOException {
      this.leaf = leaf;
      this.published = DocValues.getNumeric(leaf.reader(), IndexFields.PUBLISHED);
      this.splitValues =
          switch (split) {
            case NONE -> null;
            case LANGUAGE -> DocValues.getSortedSet(leaf.reader(), IndexFields.LANGUAGE);
            case SPEAKER -> DocValues.getSortedSet(leaf.reader(), IndexFields.SPEAKER);
          };
    }

    String splitValue(int doc) throws IOException {
      if (splitValues == null || !splitValues.advanceExact(doc)) {
        return null;
      }
      return splitValues.lookupOrd(splitValues.nextOrd()).utf8ToString();
    }
  }
}
