package io.verbatim.lucene;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The statements a later version supersedes ({@link IndexFields#SUPERSEDED} is 1), as a filter
 * cheap enough to leave out of every search.
 *
 * <p>Why not Lucene's doc-values query: the flag is updated in place, and Lucene never caches a
 * query on updated doc values, so that query would read the flag of every matching document on
 * every search (50 ms for a million documents on the dev machine). This one reads the flag once per
 * segment reader (a new one comes with each commit that updates flags) into a bit set, kept while
 * the reader lives; a segment without superseded statements, the usual case, has no bit set and
 * costs nothing. As a {@code MUST_NOT} clause it then costs a bit-set skip per candidate.
 */
final class SupersededQuery extends Query {
  static final SupersededQuery INSTANCE = new SupersededQuery();

  /** Per segment reader (by its cache key): the superseded documents, or {@link #NONE}. */
  private static final Map<Object, FixedBitSet> BY_READER =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static final FixedBitSet NONE = new FixedBitSet(1);

  private SupersededQuery() {}

  /** The superseded documents of {@code reader}, or null when it has none. */
  static FixedBitSet superseded(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    FixedBitSet bits = helper == null ? null : BY_READER.get(helper.getKey());
    if (bits == null) {
      bits = read(reader);
      if (helper != null) {
        BY_READER.put(helper.getKey(), bits);
      }
    }
    return bits == NONE ? null : bits;
  }

  private static FixedBitSet read(LeafReader reader) throws IOException {
    NumericDocValues flags = DocValues.getNumeric(reader, IndexFields.SUPERSEDED);
    FixedBitSet bits = null;
    for (int doc = flags.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = flags.nextDoc()) {
      if (flags.longValue() == 1) {
        if (bits == null) {
          bits = new FixedBitSet(reader.maxDoc());
        }
        bits.set(doc);
      }
    }
    return bits == null ? NONE : bits;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        FixedBitSet bits = superseded(context.reader());
        if (bits == null) {
          return null;
        }
        return new DefaultScorerSupplier(
            new ConstantScoreScorer(
                score(), scoreMode, new BitSetIterator(bits, bits.approximateCardinality())));
      }

      @Override
      public int count(LeafReaderContext context) throws IOException {
        return superseded(context.reader()) == null ? 0 : -1;
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false; // kept per reader above; flags change without a new segment
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return IndexFields.SUPERSEDED + ":1";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other);
  }

  @Override
  public int hashCode() {
    return classHash();
  }
}
