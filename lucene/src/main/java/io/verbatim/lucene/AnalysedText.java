package io.verbatim.lucene;

import io.verbatim.analysis.words.SurfaceForms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text as the index sees it: the stems and lemmas of one field, each with its token position
 * (exactly as in the postings). The surface forms the field also holds ({@link SurfaceForms}) are
 * left out, so analyses count each word once, by its stem or lemmas.
 *
 * @param terms the terms in text order
 * @param positions the position of each term
 */
record AnalysedText(List<String> terms, int[] positions) {

  /** Analyses {@code text} with {@code analyzer}'s chain for {@code field}. */
  static AnalysedText of(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    int[] positions = new int[64];
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        if (SurfaceForms.isSurface(term)) {
          continue;
        }
        if (terms.size() == positions.length) {
          positions = Arrays.copyOf(positions, positions.length * 2);
        }
        positions[terms.size()] = position;
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text of field " + field, e);
    }
    return new AnalysedText(terms, Arrays.copyOf(positions, terms.size()));
  }

  int size() {
    return terms.size();
  }
}
