package io.verbatim.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text as an analysis counts it: its analysed words (stems or lemmas, as the index holds them),
 * each with its token position and, when known, the character offsets of the written word in the
 * text. Backends build it (by re-analysing a stored body, or from its term vector); keyness and
 * collocations count it in core ({@link TermTally}, {@link CollocationTally}).
 *
 * <p>Contract: tokens are in position order (stacked tokens, such as a Russian word's several
 * lemmas, share a position and come in term order); only <b>words</b> are kept, terms whose first
 * character is a letter or a digit ({@link #isWord}), so marker tokens and symbols never count.
 * Offsets are either both known ({@code 0 <= start < end <= text length}) or both {@code -1}.
 *
 * @param text the text the offsets point into
 * @param terms the analysed words
 * @param positions the token position of each word (gaps where stop words were removed)
 * @param starts where each written word starts in {@code text}, or -1 when unknown
 * @param ends where each written word ends in {@code text}, or -1 when unknown
 */
public record BodyTokens(
    String text, List<String> terms, int[] positions, int[] starts, int[] ends) {

  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

  public BodyTokens {
    Objects.requireNonNull(text, "text");
    terms = List.copyOf(terms);
    positions = positions.clone();
    starts = starts.clone();
    ends = ends.clone();
    int n = terms.size();
    if (positions.length != n || starts.length != n || ends.length != n) {
      throw new IllegalArgumentException(
          n
              + " terms but "
              + positions.length
              + " positions, "
              + starts.length
              + " starts and "
              + ends.length
              + " ends");
    }
    for (int i = 0; i < n; i++) {
      if (!isWord(terms.get(i))) {
        throw new IllegalArgumentException("'" + terms.get(i) + "' is not a word");
      }
      if (i > 0 && positions[i] < positions[i - 1]) {
        throw new IllegalArgumentException(
            "positions go back at token " + i + ": " + positions[i - 1] + ", " + positions[i]);
      }
      boolean unknown = starts[i] == -1 && ends[i] == -1;
      if (!unknown && (starts[i] < 0 || starts[i] >= ends[i] || ends[i] > text.length())) {
        throw new IllegalArgumentException(
            "offsets "
                + starts[i]
                + ".."
                + ends[i]
                + " of '"
                + terms.get(i)
                + "' are outside a text of "
                + text.length()
                + " chars");
      }
    }
  }

  /** True for a term that counts as a word: its first character is a letter or a digit. */
  public static boolean isWord(String term) {
    return !term.isEmpty() && Character.isLetterOrDigit(term.codePointAt(0));
  }

  /** The number of words. */
  public int size() {
    return terms.size();
  }

  public String term(int i) {
    return terms.get(i);
  }

  public int position(int i) {
    return positions[i];
  }

  /** The written word of token {@code i} as it stands in the text, or null when unknown. */
  public String written(int i) {
    return starts[i] < 0 ? null : text.substring(starts[i], ends[i]);
  }

  /**
   * The text from the start of token {@code first} to the end of token {@code last}, with every run
   * of whitespace as one space; null when offsets are unknown.
   */
  public String written(int first, int last) {
    if (starts[first] < 0 || ends[last] < 0 || ends[last] <= starts[first]) {
      return null;
    }
    return SPACES.matcher(text.substring(starts[first], ends[last])).replaceAll(" ");
  }

  /**
   * True when token {@code i} starts a sentence: only opening quotes or brackets stand between it
   * and the start of the text, a line break, or a sentence's closing {@code . ! ? …}; false when
   * offsets are unknown.
   */
  public boolean startsSentence(int i) {
    if (starts[i] < 0) {
      return false;
    }
    for (int j = starts[i] - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == '\u2026') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '\u00A0' && "\"'«„“‘([".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when only whitespace or a hyphen stands between tokens {@code left} and {@code right} (no
   * punctuation that would part them); false when offsets are unknown.
   */
  public boolean adjacentInText(int left, int right) {
    if (ends[left] < 0 || starts[right] < 0 || starts[right] < ends[left]) {
      return false;
    }
    for (int i = ends[left]; i < starts[right]; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != '\u2010' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /** Collects tokens in any order; {@link #build} sorts them and drops the ones not words. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** Collects the tokens of one text. */
  public static final class Builder {
    private record Token(String term, int position, int start, int end) {}

    private final String text;
    private final List<Token> tokens = new ArrayList<>();

    private Builder(String text) {
      this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * Adds a token; a term that is not a word ({@link #isWord}) is left out, and offsets that do
     * not mark a span of the text are taken as unknown.
     *
     * @param start its offset in the text, or -1 when unknown
     * @param end the offset after it, or -1 when unknown
     */
    public Builder add(String term, int position, int start, int end) {
      Objects.requireNonNull(term, "term");
      if (isWord(term)) {
        boolean known = start >= 0 && start < end && end <= text.length();
        tokens.add(new Token(term, position, known ? start : -1, known ? end : -1));
      }
      return this;
    }

    public BodyTokens build() {
      tokens.sort(
          Comparator.comparingInt(Token::position)
              .thenComparingInt(Token::start)
              .thenComparing(Token::term));
      int n = tokens.size();
      List<String> terms = new ArrayList<>(n);
      int[] positions = new int[n];
      int[] starts = new int[n];
      int[] ends = new int[n];
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        terms.add(t.term());
        positions[i] = t.position();
        starts[i] = t.start();
        ends[i] = t.end();
      }
      return new BodyTokens(text, terms, positions, starts, ends);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BodyTokens b
        && b.text.equals(text)
        && b.terms.equals(terms)
        && Arrays.equals(b.positions, positions)
        && Arrays.equals(b.starts, starts)
        && Arrays.equals(b.ends, ends);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, terms, Arrays.hashCode(positions));
  }

  @Override
  public String toString() {
    return "BodyTokens" + terms + " at " + Arrays.toString(positions);
  }
}
