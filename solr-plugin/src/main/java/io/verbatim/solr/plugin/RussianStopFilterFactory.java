package io.verbatim.solr.plugin;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * Removes the Russian stop words the embedded archive removes: Lucene's Snowball Russian list with
 * {@code ё} written {@code е}, less the words that carry meaning in official statements ({@link
 * #MEANINGFUL_SNOWBALL_STOP_WORDS}, the same list as the embedded {@code
 * RussianMorphologyAnalyzer}'s). In a Solr schema: {@code <filter name="verbatimRussianStop"/>}
 * after lower-casing and {@code ё} folding. Takes no arguments.
 */
public final class RussianStopFilterFactory extends TokenFilterFactory {
  /** The SPI name. */
  public static final String NAME = "verbatimRussianStop";

  /** Snowball stop words that stay searchable ({@code права человека}, {@code два государства}). */
  public static final Set<String> MEANINGFUL_SNOWBALL_STOP_WORDS =
      Set.of(
          "человек", "жизнь", "сказал", "сказала", "сказать", "говорил", "сегодня", "один", "два",
          "три");

  private static final CharArraySet STOP_WORDS = stopWords();

  /** For Solr's schema loader; refuses unknown arguments. */
  public RussianStopFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException(NAME + " takes no arguments: " + args.keySet());
    }
  }

  /** Only for Lucene's SPI lookup. */
  public RussianStopFilterFactory() {
    throw defaultCtorException();
  }

  /** The stop words, lower case, {@code ё} written {@code е}. */
  public static CharArraySet stopWords() {
    CharArraySet snowball = RussianAnalyzer.getDefaultStopSet();
    CharArraySet words = new CharArraySet(snowball.size(), false);
    for (Object word : snowball) {
      String folded = new String((char[]) word).replace('ё', 'е');
      if (!MEANINGFUL_SNOWBALL_STOP_WORDS.contains(folded)) {
        words.add(folded);
      }
    }
    return CharArraySet.unmodifiableSet(words);
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StopFilter(input, STOP_WORDS);
  }
}
