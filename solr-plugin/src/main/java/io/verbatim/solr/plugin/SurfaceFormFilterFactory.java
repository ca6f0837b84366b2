package io.verbatim.solr.plugin;

import io.verbatim.lucene.analysis.SurfaceFormFilter;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes {@link SurfaceFormFilter}s: each word's marked exact form, then the word itself at the same
 * position for the stemmer or lemmatizer after it. In a Solr schema: {@code <filter
 * name="verbatimSurfaceForm"/>} after lower-casing and {@code ё} folding, before stemming. Takes no
 * arguments.
 */
public final class SurfaceFormFilterFactory extends TokenFilterFactory {
  /** The SPI name. */
  public static final String NAME = "verbatimSurfaceForm";

  /** For Solr's schema loader; refuses unknown arguments. */
  public SurfaceFormFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException(NAME + " takes no arguments: " + args.keySet());
    }
  }

  /** Only for Lucene's SPI lookup. */
  public SurfaceFormFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new SurfaceFormFilter(input);
  }
}
