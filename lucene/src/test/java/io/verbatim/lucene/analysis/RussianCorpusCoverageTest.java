package io.verbatim.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analysis.morphology.RussianLemmatizer;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * Over real Russian statements (the shared kremlin.ru 2025 corpus, read as plain text): how many
 * Cyrillic words the dictionary knows (the rest fall back to the Snowball stem), and how fast both
 * analyzers get through it. Coverage is asserted loosely; speed is only printed.
 */
class RussianCorpusCoverageTest {

  @Test
  void dictionaryKnowsAlmostEveryWordOfRealStatements() throws IOException {
    String text =
        Files.readString(
            SharedCorpus.path("corpus/kremlin-ru-2025/kremlin_articles_ru_enhanced.csv"),
            StandardCharsets.UTF_8);
    RussianLemmatizer lemmatizer = RussianLemmatizer.instance();
    Map<String, Integer> cyrillicWords = new HashMap<>();
    long words = 0;
    try (Analyzer plain = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        TokenStream stream = plain.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words++;
        String word = term.toString();
        if (word.chars()
            .allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
          cyrillicWords.merge(word, 1, Integer::sum);
        }
      }
      stream.end();
    }
    long tokens = 0;
    long knownTokens = 0;
    int knownDistinct = 0;
    for (Map.Entry<String, Integer> word : cyrillicWords.entrySet()) {
      tokens += word.getValue();
      if (lemmatizer.knows(word.getKey())) {
        knownTokens += word.getValue();
        knownDistinct++;
      }
    }
    double tokenCoverage = (double) knownTokens / tokens;
    double distinctCoverage = (double) knownDistinct / cyrillicWords.size();
    System.out.printf(
        Locale.ROOT,
        "kremlin-ru-2025: %,d words, %,d Cyrillic; dictionary knows %.4f of Cyrillic tokens,"
            + " %.4f of %,d distinct Cyrillic words%n",
        words,
        tokens,
        tokenCoverage,
        distinctCoverage,
        cyrillicWords.size());
    System.out.println(
        "most frequent unknown words: "
            + cyrillicWords.entrySet().stream()
                .filter(word -> !lemmatizer.knows(word.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(20)
                .map(word -> word.getKey() + "=" + word.getValue())
                .toList());
    assertThat(tokens).isGreaterThan(100_000);
    assertThat(tokenCoverage).isGreaterThan(0.95);

    try (Analyzer snowball = new RussianAnalyzer();
        Analyzer morphology = new RussianMorphologyAnalyzer()) {
      for (Analyzer analyzer : new Analyzer[] {snowball, morphology}) {
        for (int warmUp = 0; warmUp < 3; warmUp++) {
          consume(analyzer, text);
        }
        int passes = 3;
        long emitted = 0;
        long start = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
          emitted = consume(analyzer, text);
        }
        double seconds = (System.nanoTime() - start) / 1e9 / passes;
        System.out.printf(
            Locale.ROOT,
            "kremlin-ru-2025 throughput %-26s %,12.0f words/s (%,d tokens emitted)%n",
            analyzer.getClass().getSimpleName(),
            words / seconds,
            emitted);
      }
    }
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
