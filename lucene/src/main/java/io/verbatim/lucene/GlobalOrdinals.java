package io.verbatim.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Index-wide ordinals of keyword fields for one reader: each distinct value of a field across all
 * segments gets one number, in value order, so facet counts can be summed in one array and only the
 * top values turned into strings. Built per field on first use (a pass over the field's terms, not
 * over documents).
 */
final class GlobalOrdinals {
  private final IndexReader reader;
  private final Map<String, OrdinalMap> maps = new ConcurrentHashMap<>();
  private final Map<String, long[]> segmentTotals = new ConcurrentHashMap<>();

  /** Counts a facet over a whole segment. */
  @FunctionalInterface
  interface SegmentCounter {
    long[] count(String facet, LeafReaderContext leaf) throws IOException;
  }

  /**
   * The counts of {@code facet} over every live document of segment {@code leaf}, made by {@code
   * counter} on first use and kept with this reader.
   */
  long[] segmentTotals(String facet, LeafReaderContext leaf, SegmentCounter counter) {
    return segmentTotals.computeIfAbsent(
        facet + "@" + leaf.ord,
        k -> {
          try {
            return counter.count(facet, leaf);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  GlobalOrdinals(IndexReader reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** The number of distinct values of {@code field} in the index. */
  long valueCount(String field) {
    return map(field).getValueCount();
  }

  /** Maps the ordinals of {@code field} in segment {@code leaf} to index-wide ordinals. */
  LongValues segmentToGlobal(String field, LeafReaderContext leaf) {
    return map(field).getGlobalOrds(leaf.ord);
  }

  /** The value of index-wide ordinal {@code ord} of {@code field}. */
  String value(String field, long ord) throws IOException {
    OrdinalMap map = map(field);
    int segment = map.getFirstSegmentNumber(ord);
    long segmentOrd = map.getFirstSegmentOrd(ord);
    LeafReaderContext leaf = reader.leaves().get(segment);
    BytesRef value = DocValues.getSortedSet(leaf.reader(), field).lookupOrd(segmentOrd);
    return value.utf8ToString();
  }

  private OrdinalMap map(String field) {
    return maps.computeIfAbsent(
        field,
        f -> {
          try {
            List<LeafReaderContext> leaves = reader.leaves();
            SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
            for (int i = 0; i < values.length; i++) {
              values[i] = DocValues.getSortedSet(leaves.get(i).reader(), f);
            }
            IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
            return OrdinalMap.build(
                helper == null ? null : helper.getKey(), values, PackedInts.DEFAULT);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
