package io.verbatim.lucene;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

/**
 * The search benchmark's anchor: a bare Lucene top-10 over an archive's English body field, parsed
 * with the same analyzer, without facets, snippets, filters or stored records. {@code verbatim
 * bench search} compares the archive's full search against it in the same run.
 */
public final class BareSearch implements AutoCloseable {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryParser parser;

  /** Opens the index of the archive in {@code archiveFolder} for reading. */
  public BareSearch(Path archiveFolder) throws IOException {
    reader = DirectoryReader.open(FSDirectory.open(archiveFolder.resolve("index")));
    searcher = new IndexSearcher(reader);
    parser = new QueryParser(IndexFields.TextGroup.EN.bodyField(), IndexFields.newAnalyzer());
  }

  /** The total hit count of {@code query} and its top 10 (discarded): one bare search. */
  public long topTen(String query) throws IOException {
    try {
      Query q = parser.parse(query);
      return searcher.search(q, 10).totalHits.value();
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad benchmark query: " + query, e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
