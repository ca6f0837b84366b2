package io.verbatim.lucene.analysis;

import io.verbatim.analysis.words.SurfaceForms;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Spells Russian {@code ё} as {@code е} ({@code Ё} as {@code Е}) in every token, since most texts
 * write {@code е} for both: {@code ещё} and {@code еще} become the same term.
 *
 * <p>One source for two Lucene versions (in {@code lucene/src/shared/java}, like {@link
 * RussianLemmaFilter}).
 */
public final class YoToYeFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /** Folds {@code ё} in the tokens of {@code input}. */
  public YoToYeFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    for (int i = 0, length = term.length(); i < length; i++) {
      buffer[i] = SurfaceForms.foldYo(buffer[i]);
    }
    return true;
  }

  /** {@code text} with {@code ё} folded. */
  static String fold(String text) {
    return text.replace('ё', 'е').replace('Ё', 'Е');
  }
}
