package io.verbatim.lucene;

import io.verbatim.analysis.words.SurfaceForms;
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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Keyness of the analysed body terms of one language: the subset's frequencies come from
 * re-analysing its stored bodies with the index analyzer. Without a reference selection the
 * reference is the rest of the archive in that language: the index's term statistics ({@code
 * totalTermFreq}, {@code sumTotalTermFreq}) minus the subset, for English and Russian, whose body
 * fields hold only that language; for other languages (which share one field) the rest is
 * re-analysed. With a reference selection, its bodies are re-analysed (as selected; statements in
 * both selections count on both sides). Scores: see {@link KeyTerm}.
 */
final class LuceneKeyness {
  private LuceneKeyness() {}

  /** Term frequencies and token total of some bodies. */
  private record Counts(Map<String, Long> frequencies, long tokens) {}

  static List<KeyTerm> compute(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query subset,
      Query reference,
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
      inReference = null;
    } else {
      Query ref =
          reference != null
              ? SelectedDocs.inLanguage(reference, language)
              : SelectedDocs.inLanguage(new MatchAllDocsQuery(), language);
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
            ? reader.getSumTotalTermFreq(field) - surfaceTokens(reader, field) - c
            : inReference.tokens();
    return AssociationRanking.keyTerms(
        inSubset.frequencies(),
        c,
        fromIndex
            ? (term, a) -> reader.totalTermFreq(new Term(field, term)) - a
            : (term, a) -> inReference.frequencies().getOrDefault(term, 0L),
        d,
        limit);
  }

  /**
   * How many of {@code field}'s tokens are surface forms: keyness counts stems and lemmas, and the
   * field's token total includes both.
   */
  static long surfaceTokens(IndexReader reader, String field) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return 0;
    }
    TermsEnum e = terms.iterator();
    BytesRef end = new BytesRef(SurfaceForms.END);
    long total = 0;
    if (e.seekCeil(new BytesRef(SurfaceForms.MARK)) == TermsEnum.SeekStatus.END) {
      return 0;
    }
    for (BytesRef t = e.term(); t != null && t.compareTo(end) < 0; t = e.next()) {
      total += e.totalTermFreq();
    }
    return total;
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
