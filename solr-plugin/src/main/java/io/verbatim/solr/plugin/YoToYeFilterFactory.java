package io.verbatim.solr.plugin;

import io.verbatim.lucene.analysis.YoToYeFilter;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes {@link YoToYeFilter}s ({@code ё} written {@code е}); also applied to wildcard and fuzzy
 * terms ({@link #normalize}). In a Solr schema: {@code <filter name="verbatimYoToYe"/>} after
 * lower-casing. Takes no arguments.
 */
public final class YoToYeFilterFactory extends TokenFilterFactory {
  /** The SPI name. */
  public static final String NAME = "verbatimYoToYe";

  /** For Solr's schema loader; refuses unknown arguments. */
  public YoToYeFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException(NAME + " takes no arguments: " + args.keySet());
    }
  }

  /** Only for Lucene's SPI lookup. */
  public YoToYeFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new YoToYeFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
