package io.verbatim.lucene;

import io.verbatim.archive.AssociationRanking;
import io.verbatim.archive.KeyTerm;
import io.verbatim.archive.KeynessRequest;
import io.verbatim.archive.TermTally;
import io.verbatim.archive.WorkBudget;
import io.verbatim.lucene.IndexFields.TextGroup;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Keyness of the body terms of one language: the subset's stored bodies are re-analysed with the
 * index analyzer and counted by core's {@link TermTally} (with the written forms). The reference:
 *
 * <ul>
 *   <li>the rest of the archive, single words, English or Russian (fields that hold one language):
 *       the index's term statistics ({@link IndexWordCounts}) less the subset;
 *   <li>otherwise (a reference selection, word pairs, or the languages that share one field): its
 *       bodies re-analysed, as selected; for the rest of the archive, every statement of the
 *       language the subset does not select.
 * </ul>
 *
 * <p>Superseded versions outside the subset's view (when it does not ask for all versions) are not
 * part of the default reference either: they are taken off the index statistics (re-analysed; they
 * are few) or left out of the re-analysed rest.
 */
final class LuceneKeyness {
  private LuceneKeyness() {}

  /**
   * @param subset the subset's query
   * @param reference the reference's query, or null for the rest of the archive
   * @param hidden the statements outside the view of the subset (superseded versions, when it does
   *     not ask for all versions), left out of the default reference too; null for none
   */
  static List<KeyTerm> compute(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query subset,
      Query reference,
      Query hidden,
      KeynessRequest request)
      throws IOException {
    String language = request.language();
    TextGroup group = TextGroup.of(language);
    String field = group.bodyField();
    int[] subsetDocs = SelectedDocs.of(searcher, SelectedDocs.inLanguage(subset, language));
    TermTally inSubset = count(searcher, analyzer, field, subsetDocs, request.ngram(), true);
    if (reference == null && group != TextGroup.OTHER && request.ngram() == 1) {
      IndexWordCounts all = IndexWordCounts.of(searcher, analyzer, field, language);
      // The index's statistics count hidden versions too: their words are taken off.
      TermTally hiddenWords =
          count(
              searcher,
              analyzer,
              field,
              hidden == null
                  ? new int[0]
                  : SelectedDocs.of(searcher, SelectedDocs.inLanguage(hidden, language)),
              1,
              false);
      return AssociationRanking.keyTerms(
          inSubset,
          (term, a) -> all.frequency(term) - a - hiddenWords.frequency(term),
          all.tokens() - inSubset.tokens() - hiddenWords.tokens(),
          request.limit());
    }
    int[] referenceDocs;
    if (reference != null) {
      referenceDocs = SelectedDocs.of(searcher, SelectedDocs.inLanguage(reference, language));
    } else {
      Query visible =
          hidden == null
              ? new MatchAllDocsQuery()
              : new BooleanQuery.Builder()
                  .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                  .add(hidden, BooleanClause.Occur.MUST_NOT)
                  .build();
      int[] all = SelectedDocs.of(searcher, SelectedDocs.inLanguage(visible, language));
      referenceDocs =
          Arrays.stream(all).filter(d -> Arrays.binarySearch(subsetDocs, d) < 0).toArray();
    }
    TermTally inReference = count(searcher, analyzer, field, referenceDocs, request.ngram(), false);
    return AssociationRanking.keyTerms(
        inSubset, (term, a) -> inReference.frequency(term), inReference.tokens(), request.limit());
  }

  private static TermTally count(
      IndexSearcher searcher,
      Analyzer analyzer,
      String field,
      int[] docs,
      int ngram,
      boolean keepForms)
      throws IOException {
    TermTally tally = new TermTally(ngram, keepForms);
    WorkBudget budget = WorkBudget.current();
    for (int doc : docs) {
      budget.check();
      tally.add(AnalysedText.of(analyzer, field, LuceneArchive.record(searcher, doc).body()));
    }
    return tally;
  }
}
