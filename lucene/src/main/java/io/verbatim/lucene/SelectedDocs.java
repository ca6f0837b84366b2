package io.verbatim.lucene;

import io.verbatim.archive.WorkBudget;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The index documents a query selects, for the analyses that walk through them: as an array of doc
 * ids ({@link #of}), or visited one by one in index order or in date order (concordance, timeline,
 * export). Nothing is capped: every live matching document is visited unless the visitor stops.
 * Every walk checks the calling thread's {@link WorkBudget} at each document and stops with {@link
 * io.verbatim.archive.ArchiveTimeoutException} when it is spent.
 */
final class SelectedDocs {
  private SelectedDocs() {}

  /** Every document matching {@code query}, as ascending global doc ids. */
  static int[] of(IndexSearcher searcher, Query query) throws IOException {
    Objects.requireNonNull(query, "query");
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    WorkBudget budget = WorkBudget.current();
    int[] docs = new int[16];
    int n = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      budget.check();
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      var live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        budget.check();
        if (n == docs.length) {
          docs = Arrays.copyOf(docs, n * 2);
        }
        docs[n++] = leaf.docBase + d;
      }
    }
    return Arrays.copyOf(docs, n);
  }

  /** {@code query} restricted to statements in ISO 639-1 {@code language}. */
  static Query inLanguage(Query query, String language) {
    Objects.requireNonNull(language, "language");
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.LANGUAGE, language)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Sees one selected document; returns false to stop the visit. */
  @FunctionalInterface
  interface Visitor {
    boolean visit(LeafReaderContext leaf, int docInLeaf) throws IOException;
  }

  /** A weight for {@code query} that needs no scores (and so can give {@code matches}). */
  static Weight weight(IndexSearcher searcher, Query query) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /**
   * Visits the documents {@code weight} matches in index order, skipping deleted ones.
   *
   * @return the number visited (including the one whose visit said stop)
   */
  static long inIndexOrder(IndexSearcher searcher, Weight weight, Visitor visitor)
      throws IOException {
    WorkBudget budget = WorkBudget.current();
    long visited = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      budget.check();
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        budget.check();
        visited++;
        if (!visitor.visit(leaf, doc)) {
          return visited;
        }
      }
    }
    return visited;
  }

  /** How many documents a page of the date order holds. */
  static final int DATE_PAGE = 1024;

  /**
   * Visits the documents {@code query} matches by publication date (ties by id, undated last), a
   * page of {@value #DATE_PAGE} documents at a time, so a visit that stops early reads only the
   * first pages and memory stays one page.
   */
  static void inDateOrder(IndexSearcher searcher, Query query, boolean newestFirst, Visitor visitor)
      throws IOException {
    SortField published = new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, newestFirst);
    published.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    Sort sort = new Sort(published, new SortField(IndexFields.ID, SortField.Type.STRING));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    WorkBudget budget = WorkBudget.current();
    FieldDoc after = null;
    while (true) {
      ScoreDoc[] page =
          searcher.search(query, new TopFieldCollectorManager(sort, DATE_PAGE, after, DATE_PAGE))
              .scoreDocs;
      for (ScoreDoc hit : page) {
        budget.check();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        if (!visitor.visit(leaf, hit.doc - leaf.docBase)) {
          return;
        }
      }
      if (page.length < DATE_PAGE) {
        return;
      }
      after = (FieldDoc) page[page.length - 1];
    }
  }
}
