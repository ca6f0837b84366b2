package io.verbatim.lucene;

import io.verbatim.archive.AssociationRanking;
import io.verbatim.archive.KeyTerm;
import io.verbatim.lucene.IndexFields.TextGroup;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Keyness of the analysed body terms of one language: the subset's frequencies come from
 * re-analysing its stored bodies with the index analyzer. Without a reference selection the
 * reference is the rest of the archive in that language: the index's term statistics ({@code
 * totalTermFreq}, {@code sumTotalTermFreq}) minus the subset, for English and Russian, whose body
 * fields hold only that language; for other languages (which share one field) the rest is
 * re-analysed. With a reference selection, its bodies are re-analysed (as selected; statements in
 * both selections count on both sides). Superseded versions outside the subset's view are not part
 * of the default reference: taken off the index statistics (re-analysed; they are few). Scores: see
 * {@link KeyTerm}.
 */
final class LuceneKeyness {
  private LuceneKeyness() {}

  /** Term frequencies and token total of some bodies. */
  private record Counts(Map<String, Long> frequencies, long tokens) {}

  /**
   * @param hidden the statements outside the view of {@code subset} (superseded versions, when it
   *     does not ask for all versions), left out of the default reference too; null for none
   */
  static List<KeyTerm> compute(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query subset,
      Query reference,
      Query hidden,
      String language,
      int limit)
      throws IOException {
    Objects.requireNonNull(language, "the language whose terms to compare");
    AssociationRanking.requireLimit(limit);
    TextGroup group = TextGroup.of(language);
    String field = group.bodyField();
    int[] subsetDocs = SelectedDocs.of(searcher, SelectedDocs.inLanguage(subset, language));
    Counts inSubset = count(searcher, analyzer, field, subsetDocs);
    Counts inReference;
    boolean fromIndex = reference == null && group != TextGroup.OTHER;
    if (fromIndex) {
      // The index's statistics count hidden versions too: their terms are taken off.
      inReference =
          hidden == null
              ? new Counts(Map.of(), 0)
              : count(
                  searcher,
                  analyzer,
                  field,
                  SelectedDocs.of(searcher, SelectedDocs.inLanguage(hidden, language)));
    } else {
      Query everything =
          hidden == null
              ? new MatchAllDocsQuery()
              : new BooleanQuery.Builder()
                  .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                  .add(hidden, BooleanClause.Occur.MUST_NOT)
                  .build();
      Query ref =
          reference != null
              ? SelectedDocs.inLanguage(reference, language)
              : SelectedDocs.inLanguage(everything, language);
      int[] refDocs = SelectedDocs.of(searcher, ref);
      if (reference == null) {
        refDocs = without(refDocs, subsetDocs);
      }
      inReference = count(searcher, analyzer, field, refDocs);
    }
    var reader = searcher.getIndexReader();
    long c = inSubset.tokens();
    long d =
        fromIndex
            ? reader.getSumTotalTermFreq(field) - c - inReference.tokens()
            : inReference.tokens();
    return AssociationRanking.keyTerms(
        inSubset.frequencies(),
        c,
        fromIndex
            ? (term, a) ->
                reader.totalTermFreq(new Term(field, term))
                    - a
                    - inReference.frequencies().getOrDefault(term, 0L)
            : (term, a) -> inReference.frequencies().getOrDefault(term, 0L),
        d,
        limit);
  }

  private static Counts count(IndexSearcher searcher, Analyzer analyzer, String field, int[] docs)
      throws IOException {
    Map<String, Long> frequencies = new HashMap<>();
    long tokens = 0;
    for (int doc : docs) {
      AnalysedText text =
          AnalysedText.of(analyzer, field, LuceneArchive.record(searcher, doc).body());
      for (String term : text.terms()) {
        frequencies.merge(term, 1L, Long::sum);
      }
      tokens += text.size();
    }
    return new Counts(frequencies, tokens);
  }

  private static int[] without(int[] docs, int[] removed) {
    return Arrays.stream(docs).filter(d -> Arrays.binarySearch(removed, d) < 0).toArray();
  }
}
