package io.verbatim.lucene.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** One token as an analyzer emitted it, for assertions in tests. */
record AnalyzedToken(String term, int positionIncrement, int start, int end, String type) {

  /** Every token {@code analyzer} makes of {@code text}, in order. */
  static List<AnalyzedToken> analyze(Analyzer analyzer, String text) {
    List<AnalyzedToken> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            new AnalyzedToken(
                term.toString(),
                increment.getPositionIncrement(),
                offset.startOffset(),
                offset.endOffset(),
                type.type()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** Only the terms. */
  static List<String> terms(Analyzer analyzer, String text) {
    return analyze(analyzer, text).stream().map(AnalyzedToken::term).toList();
  }
}
