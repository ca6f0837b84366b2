package io.verbatim.lucene;

import io.verbatim.analysis.versions.VersionIds;
import io.verbatim.archive.IndexedKeyword;
import io.verbatim.archive.IndexedPeriod;
import io.verbatim.archive.LanguageVersionFinder;
import io.verbatim.archive.VersionLink;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The candidate lookups of {@link LanguageVersionFinder} on the Lucene index: term and prefix
 * queries on the identifier fields, a range on {@code published}; the finder does the rest.
 */
final class LuceneLanguageVersions implements LanguageVersionFinder.Candidates {
  private final IndexSearcher searcher;

  private LuceneLanguageVersions(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  static List<VersionLink> find(IndexSearcher searcher, String id) throws IOException {
    Objects.requireNonNull(id, "statement id");
    var top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      throw new IllegalArgumentException("no statement with id " + id);
    }
    Statement statement = LuceneArchive.record(searcher, top.scoreDocs[0].doc);
    return LanguageVersionFinder.find(statement, new LuceneLanguageVersions(searcher));
  }

  @Override
  public List<Statement> sharingIds(Statement statement, VersionIds ids) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (ids.kremlin() != null) {
      any.add(
          new TermQuery(keyword(IndexFields.KREMLIN_ID, ids.kremlin())),
          BooleanClause.Occur.SHOULD);
      any.add(keyPrefix("kremlin:" + ids.kremlin() + ":"), BooleanClause.Occur.SHOULD);
    }
    if (ids.mid() != null) {
      any.add(new TermQuery(keyword(IndexFields.MID_ID, ids.mid())), BooleanClause.Occur.SHOULD);
      any.add(keyPrefix("mid:" + ids.mid() + ":"), BooleanClause.Occur.SHOULD);
    }
    if (ids.documentNumber() != null) {
      any.add(
          new TermQuery(keyword(IndexFields.DOCUMENT_NUMBER, ids.documentNumber())),
          BooleanClause.Occur.SHOULD);
      any.add(keyPrefix("mid:" + ids.documentNumber() + ":"), BooleanClause.Occur.SHOULD);
    }
    return records(otherLanguages(any.build(), statement));
  }

  @Override
  public List<Statement> publishedBetween(Statement statement, LocalDate first, LocalDate last)
      throws IOException {
    long from = IndexedPeriod.rangeStart(first);
    long to = IndexedPeriod.rangeEnd(last);
    return records(
        otherLanguages(LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to), statement));
  }

  private List<Statement> records(Query query) throws IOException {
    List<Statement> out = new ArrayList<>();
    for (int doc : SelectedDocs.of(searcher, query)) {
      out.add(LuceneArchive.record(searcher, doc));
    }
    return out;
  }

  /** The term of a keyword value as indexed ({@link IndexedKeyword}). */
  private static Term keyword(String field, String value) {
    return new Term(field, IndexedKeyword.of(value));
  }

  private static Query keyPrefix(String prefix) {
    return new PrefixQuery(new Term(IndexFields.STATEMENT_KEY, prefix));
  }

  /**
   * {@code query} without statements in {@code statement}'s language (when it has one) and without
   * superseded versions (the current version of each statement stands for it).
   */
  private static Query otherLanguages(Query query, Statement statement) {
    if (statement.language() == null) {
      return SelectionFilters.currentOnly(query);
    }
    return SelectionFilters.currentOnly(
        new BooleanQuery.Builder()
            .add(query, BooleanClause.Occur.MUST)
            .add(
                new TermQuery(new Term(IndexFields.LANGUAGE, statement.language())),
                BooleanClause.Occur.MUST_NOT)
            .build());
  }
}
