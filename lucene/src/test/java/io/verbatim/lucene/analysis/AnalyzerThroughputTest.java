package io.verbatim.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Prints how many words per second each Russian analyzer gets through over generated text. Not
 * asserted beyond "it ran": speed belongs in benchmarks; this gives a first number.
 */
class AnalyzerThroughputTest {
  private static final int WORDS = 200_000;

  @Test
  void printWordsPerSecond() throws IOException {
    List<String> vocabulary =
        InflectionTable.read("russian-inflections.txt").stream()
            .flatMap(table -> table.forms().stream())
            .toList();
    String known = generate(vocabulary, 0.0, new Random(42));
    String withUnseen = generate(vocabulary, 0.3, new Random(7));

    try (Analyzer snowball = new RussianAnalyzer();
        Analyzer morphology = new RussianMorphologyAnalyzer()) {
      for (String[] run :
          new String[][] {{"list words", known}, {"list words + 30% unseen words", withUnseen}}) {
        for (Analyzer analyzer : List.of(snowball, morphology)) {
          long tokens = 0;
          for (int warmUp = 0; warmUp < 3; warmUp++) {
            tokens = consume(analyzer, run[1]);
          }
          int passes = 3;
          long start = System.nanoTime();
          for (int pass = 0; pass < passes; pass++) {
            consume(analyzer, run[1]);
          }
          double seconds = (System.nanoTime() - start) / 1e9;
          System.out.printf(
              Locale.ROOT,
              "throughput %-30s %-28s %,12.0f words/s (%,d tokens out of %,d words)%n",
              run[0],
              analyzer.getClass().getSimpleName(),
              passes * WORDS / seconds,
              tokens,
              WORDS);
          assertThat(tokens).isPositive();
        }
      }
    }
  }

  /** {@link #WORDS} words from {@code vocabulary}, a share of them invented, in sentences. */
  private static String generate(List<String> vocabulary, double unseenShare, Random random) {
    StringBuilder text = new StringBuilder(WORDS * 10);
    String letters = "абвгдежзиклмнопрстуфхцчшщыэюя";
    for (int i = 0; i < WORDS; i++) {
      if (random.nextDouble() < unseenShare) {
        for (int c = 0, length = 5 + random.nextInt(8); c < length; c++) {
          text.append(letters.charAt(random.nextInt(letters.length())));
        }
      } else {
        String word = vocabulary.get(random.nextInt(vocabulary.size()));
        text.append(i % 12 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      }
      text.append(i % 12 == 11 ? ". " : " ");
    }
    return text.toString();
  }

  private static long consume(Analyzer analyzer, String text) throws IOException {
    long tokens = 0;
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      stream.reset();
      while (stream.incrementToken()) {
        tokens++;
      }
      stream.end();
    }
    return tokens;
  }
}
