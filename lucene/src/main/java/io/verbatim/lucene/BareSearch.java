package io.verbatim.lucene;

import io.verbatim.lucene.IndexFields.TextGroup;
import io.verbatim.lucene.query.QueryRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The search benchmarks' anchor: a bare Lucene top-10 over an index's title and body fields of
 * every language group, without facets, snippets, filters or stored records.
 *
 * <p>Over an index with the archive's analysis ({@link BareIndexer.Analysis#WORDS}), the query is
 * the archive's own ({@link QueryRenderer}). Over one with format 1's analysis ({@link
 * BareIndexer.Analysis#FORMAT_1}), it is what format 1 made of the same text: Lucene's classic
 * parser over each group's title (×2) and body with that analysis, OR by default, each group
 * restricted to its statements. {@code verbatim bench search} compares the archive's full search
 * against it; {@code verbatim bench analysis} compares the two analyses.
 */
public final class BareSearch implements AutoCloseable {
  private static final List<String> GROUPS =
      Arrays.stream(TextGroup.values()).map(TextGroup::suffix).toList();

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final BareIndexer.Analysis analysis;
  private final Analyzer analyzer;

  /** Opens the index of the archive in {@code archiveFolder} for reading. */
  public BareSearch(Path archiveFolder) throws IOException {
    this(archiveFolder.resolve(LuceneArchive.INDEX_FOLDER), BareIndexer.Analysis.WORDS);
  }

  /** Opens the index in {@code indexFolder}, analysed with {@code analysis}, for reading. */
  public BareSearch(Path indexFolder, BareIndexer.Analysis analysis) throws IOException {
    this.reader = DirectoryReader.open(FSDirectory.open(indexFolder));
    this.searcher = new IndexSearcher(reader);
    this.analysis = analysis;
    this.analyzer = analysis.newAnalyzer();
  }

  /**
   * The top 10 of {@code query} (discarded) and its hit count, counted exactly only up to Lucene's
   * default threshold (1,000): one bare search, as {@code bench search} and {@code bench http} time
   * it.
   */
  public long topTen(String query) throws IOException {
    return searcher.search(query(query), 10).totalHits.value();
  }

  /**
   * The top 10 of {@code query} (discarded) and its exact hit count, as the archive's totals are:
   * what {@code bench analysis} times on both sides.
   */
  public long topTenAndExactTotal(String query) throws IOException {
    return searcher
        .search(query(query), new TopScoreDocCollectorManager(10, Integer.MAX_VALUE))
        .totalHits
        .value();
  }

  /** The Lucene query for {@code query} on this index. */
  Query query(String query) {
    if (analysis == BareIndexer.Analysis.WORDS) {
      return new QueryRenderer(QueryTranslator.FIELDS, analyzer).render(query, GROUPS);
    }
    BooleanQuery.Builder perGroup = new BooleanQuery.Builder();
    for (TextGroup g : TextGroup.values()) {
      MultiFieldQueryParser parser =
          new MultiFieldQueryParser(
              new String[] {g.bodyField(), g.titleField()}, analyzer, Map.of(g.titleField(), 2f));
      Query parsed;
      try {
        parsed = parser.parse(query);
      } catch (ParseException e) {
        throw new IllegalArgumentException("bad benchmark query: " + query, e);
      }
      perGroup.add(
          new BooleanQuery.Builder()
              .add(parsed == null ? new MatchNoDocsQuery() : parsed, Occur.MUST)
              .add(new TermQuery(new Term(IndexFields.TEXT_GROUP, g.suffix())), Occur.FILTER)
              .build(),
          Occur.SHOULD);
    }
    return perGroup.build();
  }

  @Override
  public void close() throws IOException {
    reader.close();
    analyzer.close();
  }
}
