package io.verbatim.lucene;

import io.verbatim.archive.Collocate;
import io.verbatim.lucene.IndexFields.TextGroup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Collocations in the re-analysed bodies of a selection: for each occurrence of the node term,
 * every other term whose token position is within {@code ±window} counts once (positions as in the
 * index, so removed stop words still take a place). Frequencies are those of the selection. Scores:
 * see {@link Collocate}.
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
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
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
              + (analysedNode.isEmpty() ? "none (a stop word?)" : analysedNode));
    }
    String node = analysedNode.get(0);
    Map<String, Long> frequency = new HashMap<>();
    Map<String, Long> together = new HashMap<>();
    long tokens = 0;
    for (int doc : SelectedDocs.of(searcher, SelectedDocs.inLanguage(selection, language))) {
      AnalysedText text =
          AnalysedText.of(analyzer, field, LuceneArchive.record(searcher, doc).body());
      List<String> terms = text.terms();
      int[] positions = text.positions();
      tokens += terms.size();
      for (int i = 0; i < terms.size(); i++) {
        frequency.merge(terms.get(i), 1L, Long::sum);
        if (!terms.get(i).equals(node)) {
          continue;
        }
        for (int j = i - 1; j >= 0 && positions[i] - positions[j] <= window; j--) {
          countNear(together, terms.get(j), node);
        }
        for (int j = i + 1; j < terms.size() && positions[j] - positions[i] <= window; j++) {
          countNear(together, terms.get(j), node);
        }
      }
    }
    long fx = frequency.getOrDefault(node, 0L);
    List<Collocate> collocates = new ArrayList<>();
    for (Map.Entry<String, Long> e : together.entrySet()) {
      long fxy = e.getValue();
      if (fxy < minFrequency) {
        continue;
      }
      long fy = frequency.get(e.getKey());
      collocates.add(
          new Collocate(
              e.getKey(),
              fxy,
              fy,
              fx,
              tokens,
              Collocate.logDiceOf(fxy, fx, fy),
              Collocate.mutualInformationOf(fxy, fx, fy, tokens)));
    }
    collocates.sort(
        Comparator.comparingDouble(Collocate::logDice)
            .reversed()
            .thenComparing(Comparator.comparingLong(Collocate::cooccurrences).reversed())
            .thenComparing(Collocate::term));
    return List.copyOf(collocates.subList(0, Math.min(limit, collocates.size())));
  }

  private static void countNear(Map<String, Long> together, String term, String node) {
    if (!term.equals(node)) {
      together.merge(term, 1L, Long::sum);
    }
  }
}
