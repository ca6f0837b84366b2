package io.verbatim.lucene;

import io.verbatim.archive.BodyTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text as the index sees it: the analysed terms of one field, each with its token position
 * (positions skip removed stop words, exactly as in the postings) and the offsets of the written
 * word, as core's {@link BodyTokens} (which keeps only words).
 */
final class AnalysedText {
  private AnalysedText() {}

  /** Analyses {@code text} with {@code analyzer}'s chain for {@code field}. */
  static BodyTokens of(Analyzer analyzer, String field, String text) {
    BodyTokens.Builder tokens = BodyTokens.builder(text);
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(term.toString(), position, offset.startOffset(), offset.endOffset());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text of field " + field, e);
    }
    return tokens.build();
  }
}
