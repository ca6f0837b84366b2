package io.verbatim.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** Words as Verbatim's users count them, with exact offsets; expected tokens written by hand. */
class WordTokenizerTest {
  private static final Analyzer WORDS =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          return new TokenStreamComponents(new WordTokenizer());
        }
      };

  private static List<String> words(String text) {
    return AnalyzedToken.terms(WORDS, text);
  }

  /** Each token as "term@start-end". */
  private static List<String> spans(String text) {
    return AnalyzedToken.analyze(WORDS, text).stream()
        .map(t -> t.term() + "@" + t.start() + "-" + t.end())
        .toList();
  }

  @Test
  void anythingThatIsNotALetterOrDigitSeparatesWords() {
    assertThat(words("rules-based order")).containsExactly("rules", "based", "order");
    assertThat(words("rules–based—order")).containsExactly("rules", "based", "order");
    assertThat(words("Russia’s Russia's")).containsExactly("Russia", "s", "Russia", "s");
    assertThat(words("U.S. 1,000 2.5%")).containsExactly("U", "S", "1", "000", "2", "5");
    assertThat(words("Council.Reform\n\n«Мир»")).containsExactly("Council", "Reform", "Мир");
    assertThat(words("snake_case #tag @user")).containsExactly("snake", "case", "tag", "user");
    assertThat(words("¡¿!?… — ––")).isEmpty();
    assertThat(words("")).isEmpty();
  }

  @Test
  void caseAndYoAreLeftToTheFilters() {
    assertThat(words("Ёлка ЕЩЁ")).containsExactly("Ёлка", "ЕЩЁ");
  }

  @Test
  void offsetsAreExactIntoTheText() {
    assertThat(spans("  peace, security ")).containsExactly("peace@2-7", "security@9-17");
    assertThat(spans("a–b")).containsExactly("a@0-1", "b@2-3");
  }

  @Test
  void stressMarksAndSoftHyphensInsideAWordAreDroppedWithoutSplittingIt() {
    assertThat(spans("перегово\u0301ры")).containsExactly("переговоры@0-11");
    assertThat(spans("пере\u00ADговоры")).containsExactly("переговоры@0-11");
    // Outside a word they only separate; a trailing one is not part of the word's span.
    assertThat(spans("\u00ADмир\u00AD мир\u0301")).containsExactly("мир@1-4", "мир@6-10");
    assertThat(words("\u0301\u0301")).isEmpty();
  }

  @Test
  void combiningMarksBelongToTheirWord() {
    assertThat(words("cafe\u0301 naïve")).containsExactly("cafe", "naïve");
    assertThat(words("e\u0300cole")).containsExactly("e\u0300cole");
  }

  @Test
  void lettersBeyondTheBasicPlaneStayWholeAndEmojiSeparate() {
    String gothic = "\uD800\uDF30\uD800\uDF31"; // two Gothic letters
    assertThat(spans(gothic + "😀x")).containsExactly(gothic + "@0-4", "x@6-7");
  }

  @Test
  void hanAndHiraganaCharactersAreWordsOfTheirOwn() {
    assertThat(words("中国和俄罗斯")).containsExactly("中", "国", "和", "俄", "罗", "斯");
    assertThat(words("UN中国")).containsExactly("UN", "中", "国");
  }

  @Test
  void aRunLongerThanTheLimitIsCutIntoPiecesAtConsecutivePositions() {
    String run = "a".repeat(WordTokenizer.MAX_WORD_LENGTH * 2 + 10);
    List<AnalyzedToken> tokens = AnalyzedToken.analyze(WORDS, run + " b");
    assertThat(tokens).extracting(t -> t.term().length()).containsExactly(255, 255, 10, 1);
    assertThat(tokens).extracting(AnalyzedToken::positionIncrement).containsOnly(1);
    assertThat(tokens.get(1).start()).isEqualTo(255);
    // A surrogate pair at the cut stays whole in the next piece.
    String pairs = "a".repeat(WordTokenizer.MAX_WORD_LENGTH - 1) + "\uD800\uDF30";
    assertThat(words(pairs)).containsExactly("a".repeat(254), "\uD800\uDF30");
  }

  @Test
  void textLongerThanTheReadBufferIsTokenizedWhole() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      text.append("word").append(i).append(i % 7 == 0 ? "\u00AD" : "").append(", ");
    }
    List<AnalyzedToken> tokens = AnalyzedToken.analyze(WORDS, text.toString());
    assertThat(tokens).hasSize(5_000);
    for (int i = 0; i < 5_000; i++) {
      AnalyzedToken t = tokens.get(i);
      assertThat(t.term()).isEqualTo("word" + i);
      assertThat(text.substring(t.start(), t.end())).isEqualTo("word" + i);
    }
    try (Tokenizer tokenizer = new WordTokenizer()) {
      tokenizer.setReader(new StringReader(text.toString()));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        // consume
      }
      tokenizer.end();
      assertThat(tokenizer.getAttribute(OffsetAttribute.class).endOffset())
          .as("final offset")
          .isEqualTo(text.length());
    }
  }
}
