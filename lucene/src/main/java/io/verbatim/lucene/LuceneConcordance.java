package io.verbatim.lucene;

import io.verbatim.archive.KwicAssembly;
import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.KwicSummary;
import io.verbatim.archive.WorkBudget;
import io.verbatim.lucene.IndexFields.TextGroup;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;

/**
 * Concordance over the Lucene index: the exact spans where the selection's query matches a
 * statement's body, found with Lucene's matches API on the body field of the statement's language
 * group (so phrases, proximity, wildcards and fuzzy terms give their exact spans), with the body
 * text around each span.
 *
 * <p>Spans come from the offsets stored in the body's postings; a span that starts inside the
 * previous one (e.g. {@code nuclear OR nucl*}) is reported once, by the first. Lines of one
 * statement are in body order. Bodies are concordanced whole, however long. See {@link
 * io.verbatim.archive.Archive#kwic} for the memory each order needs.
 */
final class LuceneConcordance {
  private final IndexSearcher searcher;
  private final Query selection;
  private final KwicRequest request;

  LuceneConcordance(IndexSearcher searcher, Query selection, KwicRequest request) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
    this.selection = Objects.requireNonNull(selection, "selection query");
    this.request = Objects.requireNonNull(request, "concordance request");
  }

  /** Finds the lines and delivers them to {@code sink}. */
  KwicSummary run(Consumer<KwicLine> sink) throws IOException {
    Weight weight = SelectedDocs.weight(searcher, selection);
    KwicAssembly assembly = new KwicAssembly(request, sink);
    KwicRequest.Sort sort = request.sort();
    if (sort == KwicRequest.Sort.NONE) {
      SelectedDocs.inIndexOrder(
          searcher, weight, (leaf, doc) -> linesOf(weight, leaf, doc, assembly::offer));
    } else if (sort == KwicRequest.Sort.DATE_ASC || sort == KwicRequest.Sort.DATE_DESC) {
      SelectedDocs.inDateOrder(
          searcher,
          selection,
          sort == KwicRequest.Sort.DATE_DESC,
          (leaf, doc) -> linesOf(weight, leaf, doc, assembly::offer));
    } else {
      SelectedDocs.inIndexOrder(
          searcher,
          weight,
          (leaf, doc) ->
              linesOf(
                  weight,
                  leaf,
                  doc,
                  line -> {
                    assembly.collect(line);
                    return true;
                  }));
      assembly.deliverCollected();
    }
    return assembly.summary();
  }

  /** Receives lines; returns false to stop. */
  @FunctionalInterface
  private interface LineSink {
    boolean accept(KwicLine line);
  }

  /** Offers the lines of one document to {@code sink}; false when the sink said stop. */
  private boolean linesOf(Weight weight, LeafReaderContext leaf, int doc, LineSink sink)
      throws IOException {
    Matches matches = weight.matches(leaf, doc);
    if (matches == null) {
      return true;
    }
    Statement statement = LuceneArchive.record(searcher, leaf.docBase + doc);
    String field = TextGroup.of(statement.language()).bodyField();
    MatchesIterator spans = matches.getMatches(field);
    if (spans == null) {
      return true; // matched by the title or a filter only
    }
    String body = statement.body();
    String speaker = KwicAssembly.speakerOf(statement);
    WorkBudget budget = WorkBudget.current();
    int previousEnd = -1;
    while (spans.next()) {
      budget.check(); // a long body of a common word has many lines
      int start = spans.startOffset();
      int end = spans.endOffset();
      if (start < 0 || end > body.length() || start > end) {
        throw new IOException(
            "the index has no usable offsets for "
                + field
                + " of statement "
                + statement.id()
                + " ("
                + start
                + "-"
                + end
                + "); re-ingest the archive");
      }
      if (start < previousEnd) {
        continue;
      }
      previousEnd = end;
      KwicLine line = KwicAssembly.line(statement, speaker, start, end, request.contextWords());
      if (!sink.accept(line)) {
        return false;
      }
    }
    return true;
  }
}
