package io.verbatim.solr.plugin;

import io.verbatim.analysis.morphology.RussianLemmatizer;
import io.verbatim.lucene.analysis.RussianLemmaFilter;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes {@link RussianLemmaFilter}s over core's {@link RussianLemmatizer} (read once per JVM). In a
 * Solr schema: {@code <filter name="verbatimRussianLemma"/>} (or by class name), after
 * lower-casing, {@code ё} folding and {@code verbatimSurfaceForm}. Takes no arguments.
 */
public final class RussianLemmaFilterFactory extends TokenFilterFactory {
  /** The SPI name. */
  public static final String NAME = "verbatimRussianLemma";

  /** For Solr's schema loader; refuses unknown arguments. */
  public RussianLemmaFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException(NAME + " takes no arguments: " + args.keySet());
    }
  }

  /** Only for Lucene's SPI lookup. */
  public RussianLemmaFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new RussianLemmaFilter(input, RussianLemmatizer.instance());
  }
}
