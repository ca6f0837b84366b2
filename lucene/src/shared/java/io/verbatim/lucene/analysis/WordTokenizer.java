package io.verbatim.lucene.analysis;

import io.verbatim.analysis.words.SurfaceForms;
import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits text into words the way Verbatim's users count them: a word is a maximal run of letters,
 * digits and combining marks; everything else (spaces, punctuation, hyphens and dashes,
 * apostrophes, symbols, emoji) only separates words. So {@code rules-based}, {@code rules–based}
 * and {@code rules based} are the same two words, and {@code Russia’s} and {@code Russia's} the
 * same {@code russia s}.
 *
 * <p>Precisely, per code point ({@link Character#getType}): letters (Lu, Ll, Lt, Lm, Lo), decimal
 * digits (Nd), letter numbers (Nl) and combining marks (Mn, Mc, Me) are word characters. The
 * invisible characters of {@link SurfaceForms#isInvisible} (stress mark U+0301, soft hyphen U+00AD,
 * zero-width joiners) do not split a word they stand inside and are left out of its term; before a
 * word they separate like any other non-word character. A stress mark after a word's last letter
 * belongs to the word's span (it marks that letter); a soft hyphen or joiner there does not. A Han
 * or Hiragana character (a script written without spaces) is a word of its own.
 *
 * <p>Terms are as written (case and {@code ё} unchanged: filters after this tokenizer normalise
 * them); offsets are exact char offsets into the original text (through any char filter), a word's
 * end being the end of its last word character. A run longer than {@value #MAX_WORD_LENGTH} chars
 * (no real word is) is cut into words of at most that length, never inside a surrogate pair, so
 * that no term exceeds Lucene's limits; the pieces follow each other at consecutive positions.
 *
 * <p>One source for two Lucene versions (in {@code lucene/src/shared/java}, like {@link
 * RussianLemmaFilter}).
 */
public final class WordTokenizer extends Tokenizer {
  /** The longest term, in chars; longer runs are cut. */
  public static final int MAX_WORD_LENGTH = 255;

  private static final int BUFFER = 4096;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

  private final char[] buffer = new char[BUFFER];

  /** Chars in {@link #buffer}, the next one to read, and the text offset of buffer[0]. */
  private int length;

  private int next;
  private int base;
  private boolean exhausted;

  /** A tokenizer with the default attribute factory. */
  public WordTokenizer() {}

  /** A tokenizer with {@code factory} (for Lucene's factories). */
  public WordTokenizer(AttributeFactory factory) {
    super(factory);
  }

  /** True for a code point that belongs to a word. */
  public static boolean isWordCharacter(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** True for a code point that is a word by itself (Han ideographs, Hiragana). */
  static boolean isWordByItself(int codePoint) {
    if (codePoint < 0x2E80 || Character.getType(codePoint) != Character.OTHER_LETTER) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    int start = -1;
    int end = -1;
    while (true) {
      int cp = peek();
      if (cp < 0) {
        break;
      }
      int at = base + next;
      int chars = Character.charCount(cp);
      if (start < 0) {
        next += chars;
        if (isWordByItself(cp)) {
          appendCodePoint(cp);
          start = at;
          end = at + chars;
          break;
        }
        if (isWordCharacter(cp) && !SurfaceForms.isInvisible(cp)) {
          appendCodePoint(cp);
          start = at;
          end = at + chars;
        }
        continue;
      }
      if (SurfaceForms.isInvisible(cp)) {
        next += chars; // not part of the term
        if (Character.getType(cp) == Character.NON_SPACING_MARK) {
          end = at + chars; // a stress mark belongs to the letter before it
        }
        continue;
      }
      if (!isWordCharacter(cp) || isWordByItself(cp)) {
        break; // a separator, or an ideograph that starts the next word
      }
      if (term.length() + chars > MAX_WORD_LENGTH) {
        break; // the rest of the run is the next word
      }
      next += chars;
      appendCodePoint(cp);
      end = at + chars;
    }
    if (start < 0) {
      return false;
    }
    offset.setOffset(correctOffset(start), correctOffset(end));
    return true;
  }

  /**
   * The code point at {@link #next} without consuming it, or -1 at the end of the text. Keeps at
   * least two chars buffered so a surrogate pair is never split.
   */
  private int peek() throws IOException {
    if (length - next < 2 && !exhausted) {
      refill();
    }
    if (next >= length) {
      return -1;
    }
    char c = buffer[next];
    if (Character.isHighSurrogate(c) && next + 1 < length) {
      char low = buffer[next + 1];
      if (Character.isLowSurrogate(low)) {
        return Character.toCodePoint(c, low);
      }
    }
    return c;
  }

  private void refill() throws IOException {
    int kept = length - next;
    System.arraycopy(buffer, next, buffer, 0, kept);
    base += next;
    next = 0;
    length = kept;
    while (length < buffer.length) {
      int read = input.read(buffer, length, buffer.length - length);
      if (read < 0) {
        exhausted = true;
        break;
      }
      length += read;
      if (length - next >= 2) {
        break;
      }
    }
  }

  private void appendCodePoint(int cp) {
    if (Character.isBmpCodePoint(cp)) {
      term.append((char) cp);
    } else {
      term.append(Character.highSurrogate(cp)).append(Character.lowSurrogate(cp));
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(base + length);
    offset.setOffset(last, last);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    next = 0;
    base = 0;
    exhausted = false;
  }
}
