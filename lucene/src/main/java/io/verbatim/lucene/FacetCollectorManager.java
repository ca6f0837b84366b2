package io.verbatim.lucene;

import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * Counts the values of facet fields over every matching document, from doc values: per segment into
 * arrays indexed by the segment's ordinals (one increment per value per document), added at the end
 * of the segment into one array indexed by {@link GlobalOrdinals}; only the top values are turned
 * into strings. Cheap at a million documents: no stored field is read, and no string is made per
 * segment. Ties in count are listed by value (UTF-8 byte order, which is the string order outside
 * surrogate pairs).
 *
 * <p>Facet names are those of {@link io.verbatim.archive.SearchRequest#FACET_FIELDS}; {@code year}
 * reads the numeric {@code year} field, the others their keyword field's sorted-set doc values.
 */
final class FacetCollectorManager
    implements CollectorManager<FacetCollectorManager.FacetCollector, Map<String, FacetCounts>> {
  private final List<String> facets;
  private final int limit;
  private final GlobalOrdinals ordinals;

  /**
   * @param facets facet field names, in the order the result lists them
   * @param limit how many values each facet lists
   * @param ordinals the index-wide ordinals of the reader that is searched
   */
  FacetCollectorManager(List<String> facets, int limit, GlobalOrdinals ordinals) {
    this.facets = List.copyOf(Objects.requireNonNull(facets, "facet fields"));
    this.ordinals = Objects.requireNonNull(ordinals, "global ordinals");
    if (limit < 1) {
      throw new IllegalArgumentException("facet limit must be >= 1: " + limit);
    }
    this.limit = limit;
  }

  /** The index field holding a facet's values. */
  static String indexField(String facet) {
    return switch (facet) {
      case "language" -> IndexFields.LANGUAGE;
      case "genre" -> IndexFields.GENRE;
      case "speaker" -> IndexFields.SPEAKER;
      case "role" -> IndexFields.ROLE;
      case "place" -> IndexFields.PLACE;
      case "format" -> IndexFields.FORMAT;
      case "year" -> IndexFields.YEAR;
      case "mention" -> IndexFields.MENTION;
      default -> throw new IllegalArgumentException("unknown facet field '" + facet + "'");
    };
  }

  @Override
  public FacetCollector newCollector() {
    return new FacetCollector(facets, ordinals);
  }

  @Override
  public Map<String, FacetCounts> reduce(Collection<FacetCollector> collectors) throws IOException {
    Map<String, FacetCounts> result = new LinkedHashMap<>();
    for (String facet : facets) {
      long missing = 0;
      for (FacetCollector c : collectors) {
        missing += c.missing.get(facet)[0];
      }
      if (isNumber(facet)) {
        Map<String, Long> counts = new HashMap<>();
        for (FacetCollector c : collectors) {
          c.numberCounts.get(facet).forEach((value, n) -> counts.merge(value, n, Long::sum));
        }
        result.put(facet, top(facet, counts, missing));
      } else {
        long[] counts = new long[Math.toIntExact(ordinals.valueCount(indexField(facet)))];
        for (FacetCollector c : collectors) {
          long[] theirs = c.ordinalCounts.get(facet);
          for (int ord = 0; ord < counts.length; ord++) {
            counts[ord] += theirs[ord];
          }
        }
        result.put(facet, topOrdinals(facet, counts, missing));
      }
    }
    return result;
  }

  private static boolean isNumber(String facet) {
    return "year".equals(facet);
  }

  private FacetCounts top(String facet, Map<String, Long> counts, long missing) {
    List<FacetValue> all = new ArrayList<>(counts.size());
    counts.forEach((value, n) -> all.add(new FacetValue(value, n)));
    all.sort(BY_COUNT_THEN_VALUE);
    List<FacetValue> top = all.subList(0, Math.min(limit, all.size()));
    long other = 0;
    for (FacetValue v : all.subList(top.size(), all.size())) {
      other += v.count();
    }
    return new FacetCounts(facet, top, other, missing);
  }

  private static final Comparator<FacetValue> BY_COUNT_THEN_VALUE =
      Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);

  /** The top values by count, then by ordinal (value order); strings only for those. */
  private FacetCounts topOrdinals(String facet, long[] counts, long missing) throws IOException {
    // a bounded heap whose head is the weakest kept ordinal: lower count, or same count and later
    java.util.PriorityQueue<Integer> kept =
        new java.util.PriorityQueue<>(
            (a, b) -> counts[a] != counts[b] ? Long.compare(counts[a], counts[b]) : b - a);
    long sum = 0;
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] == 0) {
        continue;
      }
      sum += counts[ord];
      kept.add(ord);
      if (kept.size() > limit) {
        kept.poll();
      }
    }
    String field = indexField(facet);
    List<FacetValue> top = new ArrayList<>(kept.size());
    long listed = 0;
    for (int ord : kept) {
      top.add(new FacetValue(ordinals.value(field, ord), counts[ord]));
      listed += counts[ord];
    }
    top.sort(BY_COUNT_THEN_VALUE);
    return new FacetCounts(facet, top, sum - listed, missing);
  }

  /** Counts for the documents of one search thread. */
  static final class FacetCollector implements Collector {
    private final List<String> facets;
    private final GlobalOrdinals ordinals;
    final Map<String, Map<String, Long>> numberCounts = new HashMap<>();
    final Map<String, long[]> ordinalCounts = new HashMap<>();
    final Map<String, long[]> missing = new HashMap<>();

    FacetCollector(List<String> facets, GlobalOrdinals ordinals) {
      this.facets = facets;
      this.ordinals = ordinals;
      for (String f : facets) {
        if (isNumber(f)) {
          numberCounts.put(f, new HashMap<>());
        } else {
          ordinalCounts.put(f, new long[Math.toIntExact(ordinals.valueCount(indexField(f)))]);
        }
        missing.put(f, new long[1]);
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      List<LeafCounter> counters = new ArrayList<>(facets.size());
      for (String f : facets) {
        counters.add(newCounter(f, context, ordinals, numberCounts.get(f), ordinalCounts.get(f)));
      }
      int maxDoc = context.reader().maxDoc();
      FixedBitSet hits = new FixedBitSet(Math.max(1, maxDoc));
      return new LeafCollector() {
        private int count;

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          hits.set(doc);
          count++;
        }

        @Override
        public void finish() throws IOException {
          int live = context.reader().numDocs();
          if (count > live / 2) {
            // Most of the segment matches: count the segment's non-matching documents and take
            // them from its totals (counted once per reader), which reads fewer doc values.
            for (int i = 0; i < counters.size(); i++) {
              String f = facets.get(i);
              counters.get(i).addTotals(ordinals.segmentTotals(f, context, FacetCollector::totals));
            }
            forEachNonMatching(hits, maxDoc, context.reader().getLiveDocs(), counters);
          } else {
            for (int doc = count == 0 ? NO_MORE_DOCS : hits.nextSetBit(0);
                doc != NO_MORE_DOCS;
                doc = doc + 1 < maxDoc ? hits.nextSetBit(doc + 1) : NO_MORE_DOCS) {
              for (LeafCounter c : counters) {
                c.count(doc, 1);
              }
            }
          }
          for (int i = 0; i < counters.size(); i++) {
            missing.get(facets.get(i))[0] += counters.get(i).finish();
          }
        }
      };
    }

    /** The counts of facet {@code facet} over every live document of {@code leaf}. */
    private static long[] totals(String facet, LeafReaderContext leaf) throws IOException {
      Map<String, Long> numbers = new HashMap<>();
      long[] ordinals = new long[0];
      LeafCounter all = newCounter(facet, leaf, null, numbers, ordinals);
      var live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          all.count(doc, 1);
        }
      }
      return all.snapshot();
    }

    private static void forEachNonMatching(
        FixedBitSet hits, int maxDoc, org.apache.lucene.util.Bits live, List<LeafCounter> counters)
        throws IOException {
      long[] words = hits.getBits();
      for (int w = 0; w < words.length && (long) w * 64 < maxDoc; w++) {
        long clear = ~words[w];
        while (clear != 0) {
          int doc = w * 64 + Long.numberOfTrailingZeros(clear);
          clear &= clear - 1;
          if (doc >= maxDoc) {
            break;
          }
          if (live == null || live.get(doc)) {
            for (LeafCounter c : counters) {
              c.count(doc, -1);
            }
          }
        }
      }
    }
  }

  private static final int NO_MORE_DOCS = org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;

  private static LeafCounter newCounter(
      String facet,
      LeafReaderContext context,
      GlobalOrdinals ordinals,
      Map<String, Long> numberInto,
      long[] ordinalInto)
      throws IOException {
    return isNumber(facet)
        ? new NumberCounter(DocValues.getNumeric(context.reader(), indexField(facet)), numberInto)
        : new KeywordCounter(
            DocValues.getSortedSet(context.reader(), indexField(facet)),
            ordinals == null ? null : ordinals.segmentToGlobal(indexField(facet), context),
            ordinalInto);
  }

  /**
   * One facet field's counts within a segment: documents are added ({@code sign} 1) or taken away
   * ({@code sign} -1, after {@link #addTotals}); {@link #finish} adds the segment's counts to the
   * search's and says how many of its documents had no value.
   */
  private interface LeafCounter {
    void count(int doc, int sign) throws IOException;

    /** Adds counts made by {@link #snapshot} of a counter of the same field and segment. */
    void addTotals(long[] totals);

    /** This counter's counts, to be given to {@link #addTotals} (the last slot: missing). */
    long[] snapshot();

    long finish() throws IOException;
  }

  private static final class KeywordCounter implements LeafCounter {
    private final SortedSetDocValues values;
    private final LongValues toGlobal;
    private final long[] into;
    private final long[] perOrd;
    private long missing;

    KeywordCounter(SortedSetDocValues values, LongValues toGlobal, long[] into) {
      this.values = values;
      this.toGlobal = toGlobal;
      this.into = into;
      this.perOrd = new long[Math.toIntExact(values.getValueCount())];
    }

    @Override
    public void count(int doc, int sign) throws IOException {
      if (values.advanceExact(doc)) {
        for (int i = 0; i < values.docValueCount(); i++) {
          perOrd[(int) values.nextOrd()] += sign;
        }
      } else {
        missing += sign;
      }
    }

    @Override
    public void addTotals(long[] totals) {
      for (int ord = 0; ord < perOrd.length; ord++) {
        perOrd[ord] += totals[ord];
      }
      missing += totals[perOrd.length];
    }

    @Override
    public long[] snapshot() {
      long[] copy = java.util.Arrays.copyOf(perOrd, perOrd.length + 1);
      copy[perOrd.length] = missing;
      return copy;
    }

    @Override
    public long finish() {
      for (int ord = 0; ord < perOrd.length; ord++) {
        if (perOrd[ord] > 0) {
          into[(int) toGlobal.get(ord)] += perOrd[ord];
        }
      }
      return missing;
    }
  }

  /**
   * Counts a numeric field (the year): values in {@code [DENSE_FROM, DENSE_FROM + DENSE_SIZE)} in
   * an array, without boxing; any others in a map.
   */
  private static final class NumberCounter implements LeafCounter {
    private static final int DENSE_FROM = 1000;
    private static final int DENSE_SIZE = 2000;

    private final NumericDocValues values;
    private final Map<String, Long> into;
    private final long[] dense = new long[DENSE_SIZE];
    private final Map<Long, Long> sparse = new HashMap<>();
    private long missing;

    NumberCounter(NumericDocValues values, Map<String, Long> into) {
      this.values = values;
      this.into = into;
    }

    @Override
    public void count(int doc, int sign) throws IOException {
      if (values.advanceExact(doc)) {
        long v = values.longValue();
        long slot = v - DENSE_FROM;
        if (slot >= 0 && slot < DENSE_SIZE) {
          dense[(int) slot] += sign;
        } else {
          sparse.merge(v, (long) sign, Long::sum);
        }
      } else {
        missing += sign;
      }
    }

    @Override
    public void addTotals(long[] totals) {
      for (int slot = 0; slot < DENSE_SIZE; slot++) {
        dense[slot] += totals[slot];
      }
      missing += totals[DENSE_SIZE];
      for (int i = DENSE_SIZE + 1; i + 1 < totals.length; i += 2) {
        sparse.merge(totals[i], totals[i + 1], Long::sum);
      }
    }

    /** Dense counts, missing, then (value, count) pairs of the sparse ones. */
    @Override
    public long[] snapshot() {
      long[] copy = java.util.Arrays.copyOf(dense, DENSE_SIZE + 1 + 2 * sparse.size());
      copy[DENSE_SIZE] = missing;
      int i = DENSE_SIZE + 1;
      for (Map.Entry<Long, Long> e : sparse.entrySet()) {
        copy[i++] = e.getKey();
        copy[i++] = e.getValue();
      }
      return copy;
    }

    @Override
    public long finish() {
      for (int slot = 0; slot < DENSE_SIZE; slot++) {
        if (dense[slot] > 0) {
          into.merge(String.valueOf(DENSE_FROM + slot), dense[slot], Long::sum);
        }
      }
      sparse.forEach(
          (value, n) -> {
            if (n > 0) {
              into.merge(String.valueOf(value), n, Long::sum);
            }
          });
      return missing;
    }
  }
}
