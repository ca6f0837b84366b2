package io.verbatim.lucene.analysis;

import io.verbatim.analysis.words.SurfaceForms;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps each word's exact form beside its stem: for every token, emits first the token's text
 * prefixed with {@link SurfaceForms#MARK} (the surface form that quoted queries match), marked as a
 * keyword so that stemmers and lemmatizers after this filter pass it unchanged, with type {@value
 * #TYPE_SURFACE}; then the token itself, unchanged, at position increment 0, for the stemmer.
 *
 * <p>Both tokens have the word's offsets, so highlighting and concordances mark the same text
 * whichever one a query matched. The second token sits at the same position as the first, so BM25's
 * length norm (which discounts overlapping tokens) counts each word once.
 *
 * <p>Contract: expects normalised tokens (lower case, {@code ё} folded); the surface term is {@code
 * MARK + token}. One source for two Lucene versions (in {@code lucene/src/shared/java}, like {@link
 * RussianLemmaFilter}).
 */
public final class SurfaceFormFilter extends TokenFilter {
  /** The token type of surface forms. */
  public static final String TYPE_SURFACE = "SURFACE";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute positionIncrement =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private State word;

  /** Adds surface forms to the tokens of {@code input}. */
  public SurfaceFormFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (word != null) {
      restoreState(word);
      word = null;
      positionIncrement.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    word = captureState();
    String form = term.toString();
    term.setEmpty().append(SurfaceForms.MARK).append(form);
    keyword.setKeyword(true);
    type.setType(TYPE_SURFACE);
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    word = null;
  }
}
