package io.verbatim.lucene.analysis;

import io.verbatim.analysis.morphology.Lemmatizer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Replaces each Cyrillic token by its lemmas, all at the token's position (like synonyms), so that
 * a query for any inflection matches any other and phrase queries still line up.
 *
 * <p>One source for two Lucene versions: this file (in {@code lucene/src/shared/java}) is compiled
 * into the embedded archive against Lucene 10 and into {@code solr-plugin} against Solr's Lucene 9,
 * so both backends analyse Russian identically. It uses only API the two versions share.
 *
 * <p>Contract: expects lower-case tokens with {@code ё} already folded ({@code YoToYeFilter}). For
 * a token the {@link Lemmatizer} knows, emits each lemma once (with {@code ё} folded): the first in
 * place of the token, the others with position increment 0 and type {@value #TYPE_LEMMA}. For a
 * Cyrillic token the lemmatizer does not know, emits its Snowball Russian stem instead, so unknown
 * words (names, new coinages) still conflate among themselves. Tokens without a Cyrillic letter
 * (Latin words, numbers) and tokens marked as keywords pass through unchanged.
 *
 * <p>Keeps a per-instance cache of the answers for the {@value #CACHE_LIMIT} most recently used
 * words (analyzers reuse their filters per thread), so frequent words are looked up once.
 */
public final class RussianLemmaFilter extends TokenFilter {
  /** The token type of the second and further lemmas of an ambiguous word. */
  public static final String TYPE_LEMMA = "LEMMA";

  private static final int CACHE_LIMIT = 20_000;

  private final Lemmatizer lemmatizer;
  private final RussianStemmer fallbackStemmer = new RussianStemmer();
  private final Map<String, String[]> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
          return size() > CACHE_LIMIT;
        }
      };
  private final Deque<String> pendingLemmas = new ArrayDeque<>(4);
  private State tokenState;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute positionIncrement =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  /** Lemmatizes the tokens of {@code input} with {@code lemmatizer}. */
  public RussianLemmaFilter(TokenStream input, Lemmatizer lemmatizer) {
    super(input);
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pendingLemmas.isEmpty()) {
      restoreState(tokenState);
      term.setEmpty().append(pendingLemmas.removeFirst());
      positionIncrement.setPositionIncrement(0);
      type.setType(TYPE_LEMMA);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword() || !hasCyrillicLetter(term)) {
      return true;
    }
    String word = term.toString();
    String[] lemmas = cache.get(word);
    if (lemmas == null) {
      lemmas = lemmasOrStem(word);
      cache.put(word, lemmas);
    }
    term.setEmpty().append(lemmas[0]);
    if (lemmas.length > 1) {
      tokenState = captureState();
      for (int i = 1; i < lemmas.length; i++) {
        pendingLemmas.addLast(lemmas[i]);
      }
    }
    return true;
  }

  private String[] lemmasOrStem(String word) {
    Set<String> lemmas = lemmatizer.lemmas(word);
    if (lemmas.isEmpty()) {
      return new String[] {snowballStem(word)};
    }
    Set<String> folded = new LinkedHashSet<>();
    for (String lemma : lemmas) {
      folded.add(lemma.replace('ё', 'е').replace('Ё', 'Е'));
    }
    return folded.toArray(String[]::new);
  }

  private String snowballStem(String word) {
    fallbackStemmer.setCurrent(word);
    fallbackStemmer.stem();
    return fallbackStemmer.getCurrent();
  }

  private static boolean hasCyrillicLetter(CharSequence token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.UnicodeBlock.of(token.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingLemmas.clear();
    tokenState = null;
  }
}
