package io.verbatim.lucene.analysis;

import io.verbatim.analysis.morphology.Lemmatizer;
import io.verbatim.analysis.morphology.RussianLemmatizer;
import java.io.Reader;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzes Russian text into lemmas only, stop words dropped: the Russian analysis of archive
 * format 1, kept as the anchor of the search benchmark (the index itself now uses {@link
 * WordAnalyzer}, which keeps every word and its exact form). {@code терроризм} finds {@code
 * терроризма} and {@code терроризмом}, {@code архивы} finds {@code архив}, and the phrase {@code
 * "меры доверия"} finds {@code "мерам доверия"}.
 *
 * <p>Chain: stress marks (combining acute, U+0301) and soft hyphens (U+00AD) removed, {@link
 * StandardTokenizer}, {@link LowerCaseFilter}, {@link YoToYeFilter}, {@link StopFilter} with {@link
 * #defaultStopSet()}, then {@link RussianLemmaFilter}: every lemma of an ambiguous word at one
 * position, the Snowball stem when the dictionary does not know the word, Latin words and numbers
 * lower-cased and otherwise unchanged. Use the same analyzer to index and to query. Thread-safe,
 * like every Lucene {@link Analyzer}.
 */
public final class RussianMorphologyAnalyzer extends Analyzer {
  /**
   * Words in Lucene's Snowball Russian stop list that carry meaning in official statements and so
   * stay searchable here ({@code права человека}, {@code сегодня}, {@code два государства}).
   */
  static final Set<String> MEANINGFUL_SNOWBALL_STOP_WORDS =
      Set.of(
          "человек", "жизнь", "сказал", "сказала", "сказать", "говорил", "сегодня", "один", "два",
          "три");

  /** Characters inside words that do not change them: stress marks and soft hyphens. */
  private static final NormalizeCharMap INVISIBLE_IN_WORDS;

  static {
    NormalizeCharMap.Builder invisible = new NormalizeCharMap.Builder();
    invisible.add("\u0301", "");
    invisible.add("\u00AD", "");
    INVISIBLE_IN_WORDS = invisible.build();
  }

  private final Lemmatizer lemmatizer;
  private final CharArraySet stopWords;

  /** With {@link RussianLemmatizer#instance()} and {@link #defaultStopSet()}. */
  public RussianMorphologyAnalyzer() {
    this(RussianLemmatizer.instance(), defaultStopSet());
  }

  /** With a given lemmatizer and stop words (lower case, {@code ё} written {@code е}). */
  public RussianMorphologyAnalyzer(Lemmatizer lemmatizer, CharArraySet stopWords) {
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
    this.stopWords =
        CharArraySet.unmodifiableSet(
            CharArraySet.copy(Objects.requireNonNull(stopWords, "stopWords")));
  }

  /**
   * Lucene's Snowball Russian stop words ({@link RussianAnalyzer#getDefaultStopSet()}), with {@code
   * ё} written {@code е}, less {@link #MEANINGFUL_SNOWBALL_STOP_WORDS}.
   */
  public static CharArraySet defaultStopSet() {
    CharArraySet snowball = RussianAnalyzer.getDefaultStopSet();
    CharArraySet stopWords = new CharArraySet(snowball.size(), false);
    for (Object word : snowball) {
      String folded = YoToYeFilter.fold(new String((char[]) word));
      if (!MEANINGFUL_SNOWBALL_STOP_WORDS.contains(folded)) {
        stopWords.add(folded);
      }
    }
    return CharArraySet.unmodifiableSet(stopWords);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(INVISIBLE_IN_WORDS, reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new MappingCharFilter(INVISIBLE_IN_WORDS, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new YoToYeFilter(result);
    result = new StopFilter(result, stopWords);
    result = new RussianLemmaFilter(result, lemmatizer);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new YoToYeFilter(new LowerCaseFilter(in));
  }
}
