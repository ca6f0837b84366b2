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
        counters.add(
            isNumber(f)
                ? new NumberCounter(
                    DocValues.getNumeric(context.reader(), indexField(f)),
                    numberCounts.get(f),
                    missing.get(f))
                : new KeywordCounter(
                    DocValues.getSortedSet(context.reader(), indexField(f)),
                    ordinals.segmentToGlobal(indexField(f), context),
                    ordinalCounts.get(f),
                    missing.get(f)));
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          for (LeafCounter c : counters) {
            c.count(doc);
          }
        }

        @Override
        public void finish() throws IOException {
          for (LeafCounter c : counters) {
            c.finish();
          }
        }
      };
    }
  }

  /** One facet field's counts within a segment. */
  private interface LeafCounter {
    void count(int doc) throws IOException;

    void finish() throws IOException;
  }

  private static final class KeywordCounter implements LeafCounter {
    private final SortedSetDocValues values;
    private final LongValues toGlobal;
    private final long[] into;
    private final long[] missing;
    private final long[] perOrd;

    KeywordCounter(SortedSetDocValues values, LongValues toGlobal, long[] into, long[] missing) {
      this.values = values;
      this.toGlobal = toGlobal;
      this.into = into;
      this.missing = missing;
      this.perOrd = new long[Math.toIntExact(values.getValueCount())];
    }

    @Override
    public void count(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        for (int i = 0; i < values.docValueCount(); i++) {
          perOrd[(int) values.nextOrd()]++;
        }
      } else {
        missing[0]++;
      }
    }

    @Override
    public void finish() {
      for (int ord = 0; ord < perOrd.length; ord++) {
        if (perOrd[ord] > 0) {
          into[(int) toGlobal.get(ord)] += perOrd[ord];
        }
      }
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
    private final long[] missing;
    private final long[] dense = new long[DENSE_SIZE];
    private final Map<Long, Long> sparse = new HashMap<>();

    NumberCounter(NumericDocValues values, Map<String, Long> into, long[] missing) {
      this.values = values;
      this.into = into;
      this.missing = missing;
    }

    @Override
    public void count(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        long v = values.longValue();
        long slot = v - DENSE_FROM;
        if (slot >= 0 && slot < DENSE_SIZE) {
          dense[(int) slot]++;
        } else {
          sparse.merge(v, 1L, Long::sum);
        }
      } else {
        missing[0]++;
      }
    }

    @Override
    public void finish() {
      for (int slot = 0; slot < DENSE_SIZE; slot++) {
        if (dense[slot] > 0) {
          into.merge(String.valueOf(DENSE_FROM + slot), dense[slot], Long::sum);
        }
      }
      sparse.forEach((value, n) -> into.merge(String.valueOf(value), n, Long::sum));
    }
  }
}
