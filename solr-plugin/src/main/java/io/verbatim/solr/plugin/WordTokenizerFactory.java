package io.verbatim.solr.plugin;

import io.verbatim.lucene.analysis.WordTokenizer;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Makes {@link WordTokenizer}s: words are maximal runs of letters, digits and combining marks. In a
 * Solr schema: {@code <tokenizer name="verbatimWord"/>} (or by class name). Takes no arguments.
 */
public final class WordTokenizerFactory extends TokenizerFactory {
  /** The SPI name. */
  public static final String NAME = "verbatimWord";

  /** For Solr's schema loader; refuses unknown arguments. */
  public WordTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException(NAME + " takes no arguments: " + args.keySet());
    }
  }

  /** Only for Lucene's SPI lookup. */
  public WordTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    return new WordTokenizer(factory);
  }
}
