package io.verbatim.solr.plugin;

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
 * Replaces each Cyrillic token by its lemmas, all at the token's position (like synonyms): the
 * Lucene 9 twin of the embedded archive's {@code io.verbatim.lucene.analysis.RussianLemmaFilter},
 * with the same output for the same input.
 *
 * <p>Contract: expects lower-case tokens with {@code ё} already written {@code е}. For a token the
 * {@link Lemmatizer} knows, emits each lemma once (with {@code ё} folded): the first in place of
 * the token, the others with position increment 0 and type {@value #TYPE_LEMMA}. A Cyrillic token
 * the lemmatizer does not know becomes its Snowball Russian stem. Tokens without a Cyrillic letter
 * and keyword-marked tokens pass unchanged. Caches the answers for recent words per instance.
 */
public final class RussianLemmaFilter extends TokenFilter {
  /** The token type of the second and further lemmas of an ambiguous word. */
  public static final String TYPE_LEMMA = "LEMMA";

  private static final int CACHE_LIMIT = 20_000;

  private final Lemmatizer lemmatizer;
  private final RussianStemmer fallbackStemmer = new RussianStemmer();
  private final Map<String, String[]> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

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
      fallbackStemmer.setCurrent(word);
      fallbackStemmer.stem();
      return new String[] {fallbackStemmer.getCurrent()};
    }
    Set<String> folded = new LinkedHashSet<>();
    for (String lemma : lemmas) {
      folded.add(lemma.replace('ё', 'е').replace('Ё', 'Е'));
    }
    return folded.toArray(String[]::new);
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
