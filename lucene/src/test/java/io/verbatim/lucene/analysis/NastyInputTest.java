package io.verbatim.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.testing.NastyInputs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every file in the {@code nasty/} resource folder (empty text, control characters, stress
 * marks, huge tokens, mixed scripts, emoji...) through the analyzer: it must neither throw nor emit
 * a token that breaks Lucene's invariants (empty terms, offsets outside the text, lemmas without a
 * word before them), and analyzing the same text twice must give the same tokens.
 */
class NastyInputTest {
  private static final Analyzer ANALYZER = new RussianMorphologyAnalyzer();

  static Stream<Path> nastyInputs() throws IOException, URISyntaxException {
    URL folder = NastyInputTest.class.getResource("nasty");
    assertThat(folder).as("test resource folder nasty/").isNotNull();
    List<Path> files = NastyInputs.withEmpty(Path.of(folder.toURI()), "empty.txt");
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nastyInputs")
  void analyzerKeepsTokenInvariants(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<AnalyzedToken> tokens = AnalyzedToken.analyze(ANALYZER, text);

    int previousStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      AnalyzedToken token = tokens.get(i);
      assertThat(token.term()).as("term %d", i).isNotEmpty();
      assertThat(token.start()).as("start of %s", token).isBetween(previousStart, token.end());
      assertThat(token.end()).as("end of %s", token).isLessThanOrEqualTo(text.length());
      if (RussianLemmaFilter.TYPE_LEMMA.equals(token.type())) {
        assertThat(i).as("a lemma follows its word: %s", token).isPositive();
        assertThat(token.positionIncrement()).as("%s", token).isZero();
        assertThat(token.start()).isEqualTo(tokens.get(i - 1).start());
      } else {
        assertThat(token.positionIncrement()).as("%s", token).isPositive();
      }
      previousStart = token.start();
    }
    assertThat(AnalyzedToken.analyze(ANALYZER, text)).isEqualTo(tokens);
  }

  /**
   * The archive's chains ({@link WordAnalyzer}): the same invariants, and each word's surface form
   * (a positive increment) is followed by its stem or lemmas at the same position and offsets.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("nastyInputs")
  void wordAnalyzersKeepTokenInvariants(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    for (WordAnalyzer.Chain chain : WordAnalyzer.Chain.values()) {
      try (Analyzer analyzer = new WordAnalyzer(chain)) {
        List<AnalyzedToken> tokens = AnalyzedToken.analyze(analyzer, text);
        int previousStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
          AnalyzedToken token = tokens.get(i);
          String what = chain + " token " + i + " " + token;
          assertThat(token.term()).as(what).isNotEmpty();
          assertThat(token.term().length()).as(what).isLessThanOrEqualTo(256);
          assertThat(token.start()).as(what).isBetween(previousStart, token.end());
          assertThat(token.end()).as(what).isLessThanOrEqualTo(text.length());
          boolean surface = SurfaceFormFilter.TYPE_SURFACE.equals(token.type());
          if (chain == WordAnalyzer.Chain.NAME || surface) {
            assertThat(token.positionIncrement()).as(what).isPositive();
          } else {
            assertThat(i).as(what).isPositive();
            assertThat(token.positionIncrement()).as(what).isZero();
            assertThat(token.start()).as(what).isEqualTo(tokens.get(i - 1).start());
            assertThat(token.end()).as(what).isEqualTo(tokens.get(i - 1).end());
          }
          previousStart = token.start();
        }
        assertThat(AnalyzedToken.analyze(analyzer, text)).isEqualTo(tokens);
      }
    }
  }
}
