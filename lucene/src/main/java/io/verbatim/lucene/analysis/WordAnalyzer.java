package io.verbatim.lucene.analysis;

import io.verbatim.analysis.morphology.Lemmatizer;
import io.verbatim.analysis.morphology.RussianLemmatizer;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * The archive's analysis of text fields (archive format 2): every word indexed, none dropped.
 *
 * <p>Chains (the SolrCloud configset builds the same ones from the plugin's factories):
 *
 * <ul>
 *   <li>{@link Chain#ENGLISH}: {@link WordTokenizer}, {@link LowerCaseFilter}, {@link
 *       YoToYeFilter}, {@link SurfaceFormFilter}, {@link PorterStemFilter};
 *   <li>{@link Chain#RUSSIAN}: the same with {@link RussianLemmaFilter} instead of Porter;
 *   <li>{@link Chain#PLAIN} (other languages): the same without stemming, so the second token of
 *       each word is its normalised form;
 *   <li>{@link Chain#NAME} (speaker, role and place): {@link WordTokenizer}, {@link
 *       LowerCaseFilter}, {@link YoToYeFilter}; no surface forms, no stems.
 * </ul>
 *
 * <p>No stop words are removed. Use the same analyzer to index and to query; {@link #normalize}
 * (lower case, {@code ё} folded) is what wildcard and fuzzy terms go through. Thread-safe, like
 * every Lucene {@link Analyzer}.
 */
public final class WordAnalyzer extends Analyzer {
  /** Which chain. */
  public enum Chain {
    ENGLISH,
    RUSSIAN,
    PLAIN,
    NAME
  }

  private final Chain chain;
  private final Lemmatizer lemmatizer;

  /** The chain {@code chain}, Russian with {@link RussianLemmatizer#instance()}. */
  public WordAnalyzer(Chain chain) {
    this(chain, chain == Chain.RUSSIAN ? RussianLemmatizer.instance() : null);
  }

  /** The chain {@code chain}; {@code lemmatizer} is needed for {@link Chain#RUSSIAN} only. */
  public WordAnalyzer(Chain chain, Lemmatizer lemmatizer) {
    this.chain = Objects.requireNonNull(chain, "chain");
    if (chain == Chain.RUSSIAN) {
      Objects.requireNonNull(lemmatizer, "the Russian chain needs a lemmatizer");
    }
    this.lemmatizer = lemmatizer;
  }

  public Chain chain() {
    return chain;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new WordTokenizer();
    TokenStream result = new YoToYeFilter(new LowerCaseFilter(source));
    if (chain == Chain.NAME) {
      return new TokenStreamComponents(source, result);
    }
    result = new SurfaceFormFilter(result);
    result =
        switch (chain) {
          case ENGLISH -> new PorterStemFilter(result);
          case RUSSIAN -> new RussianLemmaFilter(result, lemmatizer);
          default -> result;
        };
    return new TokenStreamComponents(source, result);
  }

  /**
   * A gap of 100 positions between the values of a field with several (a speaker's names), so a
   * phrase never runs from one name into the next; the same gap as Solr's field types.
   */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new YoToYeFilter(new LowerCaseFilter(in));
  }

  @Override
  public String toString() {
    return "WordAnalyzer[" + chain + "]";
  }
}
