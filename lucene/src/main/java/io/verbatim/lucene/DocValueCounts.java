package io.verbatim.lucene;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Counts of statements per value of a doc-values field, over every live document of a reader: the
 * base of the stats and, next, of facet counts. Documents without a value are counted under {@link
 * #MISSING}.
 */
final class DocValueCounts {
  /** The label of documents that have no value. */
  static final String MISSING = "?";

  private DocValueCounts() {}

  /** Documents per value of a keyword field (sorted-set doc values), sorted by value. */
  static Map<String, Long> byKeyword(IndexReader reader, String field) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
      Bits live = leaf.reader().getLiveDocs();
      long[] perOrd = new long[(int) Math.min(Integer.MAX_VALUE, values.getValueCount())];
      long missing = 0;
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (values.advanceExact(doc)) {
          for (int i = 0; i < values.docValueCount(); i++) {
            perOrd[(int) values.nextOrd()]++;
          }
        } else {
          missing++;
        }
      }
      for (int ord = 0; ord < perOrd.length; ord++) {
        if (perOrd[ord] > 0) {
          counts.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
        }
      }
      if (missing > 0) {
        counts.merge(MISSING, missing, Long::sum);
      }
    }
    return counts;
  }

  /** Documents per value of a numeric field, sorted by value, with {@link #MISSING} last. */
  static Map<String, Long> byNumber(IndexReader reader, String field) throws IOException {
    Map<Long, Long> counts = new TreeMap<>();
    long missing = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (values.advanceExact(doc)) {
          counts.merge(values.longValue(), 1L, Long::sum);
        } else {
          missing++;
        }
      }
    }
    Map<String, Long> labelled = new java.util.LinkedHashMap<>();
    counts.forEach((value, n) -> labelled.put(String.valueOf(value), n));
    if (missing > 0) {
      labelled.put(MISSING, missing);
    }
    return labelled;
  }

  /**
   * How many distinct values a single-valued keyword field has; each document without a value
   * counts as one more.
   */
  static long distinct(IndexReader reader, String field) throws IOException {
    Set<BytesRef> seen = new HashSet<>();
    long withoutValue = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
      Bits live = leaf.reader().getLiveDocs();
      boolean[] counted = new boolean[values.getValueCount()];
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (values.advanceExact(doc)) {
          int ord = values.ordValue();
          if (!counted[ord]) {
            counted[ord] = true;
            seen.add(BytesRef.deepCopyOf(values.lookupOrd(ord)));
          }
        } else {
          withoutValue++;
        }
      }
    }
    return seen.size() + withoutValue;
  }
}
