package io.verbatim.lucene;

import io.verbatim.archive.AssociationRanking;
import io.verbatim.archive.CollocationRequest;
import io.verbatim.archive.CollocationTally;
import io.verbatim.archive.Collocations;
import io.verbatim.archive.NodePhrase;
import io.verbatim.archive.WorkBudget;
import io.verbatim.lucene.IndexFields.TextGroup;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Collocations in the re-analysed bodies of a selection: the node and every stored body go through
 * the index's analyzer for the language's body field (so positions and terms are exactly those of
 * the postings, with the offsets of the written words), and core's {@link CollocationTally} counts
 * them.
 */
final class LuceneCollocations {
  private LuceneCollocations() {}

  static Collocations compute(
      IndexSearcher searcher, Analyzer analyzer, Query selection, CollocationRequest request)
      throws IOException {
    String field = TextGroup.of(request.language()).bodyField();
    NodePhrase node =
        NodePhrase.of(
            request.node(), AnalysedText.of(analyzer, field, request.node()), request.language());
    CollocationTally tally = new CollocationTally(node, request.window());
    WorkBudget budget = WorkBudget.current();
    for (int doc :
        SelectedDocs.of(searcher, SelectedDocs.inLanguage(selection, request.language()))) {
      budget.check();
      tally.add(AnalysedText.of(analyzer, field, LuceneArchive.record(searcher, doc).body()));
    }
    return AssociationRanking.collocations(tally, request.minFrequency(), request.limit());
  }
}
