package io.verbatim.lucene;

import io.verbatim.archive.AssociationRanking;
import io.verbatim.archive.Collocate;
import io.verbatim.lucene.IndexFields.TextGroup;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Collocations in the re-analysed bodies of a selection: for each occurrence of the node term,
 * every other term (stem or lemma; every word counts, stop words included) whose token position is
 * within {@code ±window} counts once (positions as in the index). Frequencies are those of the
 * selection. Scores: see {@link Collocate}.
 */
final class LuceneCollocations {
  private LuceneCollocations() {}

  static List<Collocate> compute(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query selection,
      String term,
      String language,
      int window,
      int minFrequency,
      int limit)
      throws IOException {
    Objects.requireNonNull(term, "the node term");
    Objects.requireNonNull(language, "the language of the bodies");
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1: " + window);
    }
    AssociationRanking.requireLimit(limit);
    if (minFrequency < 1) {
      throw new IllegalArgumentException("minimum frequency must be at least 1: " + minFrequency);
    }
    String field = TextGroup.of(language).bodyField();
    List<String> analysedNode = AnalysedText.of(analyzer, field, term).terms();
    if (analysedNode.size() != 1) {
      throw new IllegalArgumentException(
          "the term '"
              + term
              + "' must analyse to one "
              + language
              + " term, but gives "
              + (analysedNode.isEmpty() ? "none (no letter or digit in it)" : analysedNode));
    }
    String node = analysedNode.get(0);
    Map<String, Long> frequency = new HashMap<>();
    Map<String, Long> together = new HashMap<>();
    long tokens = 0;
    for (int doc : SelectedDocs.of(searcher, SelectedDocs.inLanguage(selection, language))) {
      AnalysedText text =
          AnalysedText.of(analyzer, field, LuceneArchive.record(searcher, doc).body());
      List<String> terms = text.terms();
      tokens += terms.size();
      for (String t : terms) {
        frequency.merge(t, 1L, Long::sum);
      }
      AssociationRanking.countWithinWindow(terms, text.positions(), node, window, together);
    }
    return AssociationRanking.collocates(together, frequency, node, tokens, minFrequency, limit);
  }
}
