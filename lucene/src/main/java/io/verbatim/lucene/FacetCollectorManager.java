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

/**
 * Counts, in the same pass that collects the hits, the values of facet fields over every matching
 * document, from doc values: per segment into arrays indexed by ordinal (one increment per value
 * per document), resolved to strings once per segment. Cheap at a million documents: no stored
 * field is read.
 *
 * <p>Facet names are those of {@link io.verbatim.archive.SearchRequest#FACET_FIELDS}; {@code year}
 * reads the numeric {@code year} field, the others their keyword field's sorted-set doc values.
 */
final class FacetCollectorManager
    implements CollectorManager<FacetCollectorManager.FacetCollector, Map<String, FacetCounts>> {
  private final List<String> facets;
  private final int limit;

  /**
   * @param facets facet field names, in the order the result lists them
   * @param limit how many values each facet lists
   */
  FacetCollectorManager(List<String> facets, int limit) {
    this.facets = List.copyOf(Objects.requireNonNull(facets, "facet fields"));
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
    return new FacetCollector(facets);
  }

  @Override
  public Map<String, FacetCounts> reduce(Collection<FacetCollector> collectors) {
    Map<String, FacetCounts> result = new LinkedHashMap<>();
    for (String facet : facets) {
      Map<String, Long> counts = new HashMap<>();
      long missing = 0;
      for (FacetCollector c : collectors) {
        c.counts.get(facet).forEach((value, n) -> counts.merge(value, n, Long::sum));
        missing += c.missing.get(facet)[0];
      }
      result.put(facet, top(facet, counts, missing));
    }
    return result;
  }

  private FacetCounts top(String facet, Map<String, Long> counts, long missing) {
    List<FacetValue> all = new ArrayList<>(counts.size());
    counts.forEach((value, n) -> all.add(new FacetValue(value, n)));
    all.sort(
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    List<FacetValue> top = all.subList(0, Math.min(limit, all.size()));
    long other = 0;
    for (FacetValue v : all.subList(top.size(), all.size())) {
      other += v.count();
    }
    return new FacetCounts(facet, top, other, missing);
  }

  /** Counts for the documents of one search thread. */
  static final class FacetCollector implements Collector {
    private final List<String> facets;
    final Map<String, Map<String, Long>> counts = new HashMap<>();
    final Map<String, long[]> missing = new HashMap<>();

    FacetCollector(List<String> facets) {
      this.facets = facets;
      for (String f : facets) {
        counts.put(f, new HashMap<>());
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
            "year".equals(f)
                ? new NumberCounter(
                    DocValues.getNumeric(context.reader(), indexField(f)),
                    counts.get(f),
                    missing.get(f))
                : new KeywordCounter(
                    DocValues.getSortedSet(context.reader(), indexField(f)),
                    counts.get(f),
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
    private final Map<String, Long> into;
    private final long[] missing;
    private final long[] perOrd;

    KeywordCounter(SortedSetDocValues values, Map<String, Long> into, long[] missing) {
      this.values = values;
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
    public void finish() throws IOException {
      for (int ord = 0; ord < perOrd.length; ord++) {
        if (perOrd[ord] > 0) {
          into.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
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
