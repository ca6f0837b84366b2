package io.verbatim.lucene;

import io.verbatim.archive.SearchSort;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Export over the Lucene index: every selected statement's stored record, in index order (streamed,
 * constant memory) or by date when the request sorts by date (a page of documents at a time).
 */
final class LuceneExport {
  private LuceneExport() {}

  static void run(
      IndexSearcher searcher, Query selection, SearchSort order, Consumer<Statement> sink)
      throws IOException {
    Objects.requireNonNull(sink, "statement sink");
    SelectedDocs.Visitor deliver =
        (leaf, doc) -> {
          sink.accept(LuceneArchive.record(searcher, leaf.docBase + doc));
          return true;
        };
    if (order == SearchSort.RELEVANCE) {
      SelectedDocs.inIndexOrder(searcher, SelectedDocs.weight(searcher, selection), deliver);
    } else {
      SelectedDocs.inDateOrder(searcher, selection, order == SearchSort.DATE_DESC, deliver);
    }
  }
}
