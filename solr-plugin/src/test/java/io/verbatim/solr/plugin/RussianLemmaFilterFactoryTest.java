package io.verbatim.solr.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.analysis.words.SurfaceForms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Solr chain built from the factories by their SPI names, as the configset builds it. */
class RussianLemmaFilterFactoryTest {
  private static Analyzer analyzer;

  @BeforeAll
  static void buildChainLikeTheConfigset() throws IOException {
    analyzer =
        CustomAnalyzer.builder()
            .withTokenizer(WordTokenizerFactory.NAME)
            .addTokenFilter("lowercase")
            .addTokenFilter(YoToYeFilterFactory.NAME)
            .addTokenFilter(SurfaceFormFilterFactory.NAME)
            .addTokenFilter(RussianLemmaFilterFactory.NAME)
            .build();
  }

  /** Every token as "term" or, when stacked on the previous one, "+term". */
  private static List<String> allTokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add((inc.getPositionIncrement() == 0 ? "+" : "") + term);
      }
      ts.end();
    }
    return out;
  }

  /**
   * The lemmas only (surface forms left out): the first of a word as "term", further ones of the
   * same word as "+term".
   */
  private static List<String> tokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    boolean afterSurface = false;
    for (String t : allTokens(text)) {
      String bare = t.startsWith("+") ? t.substring(1) : t;
      if (SurfaceForms.isSurface(bare)) {
        afterSurface = true;
        continue;
      }
      out.add(afterSurface ? bare : "+" + bare);
      afterSurface = false;
    }
    return out;
  }

  @Test
  void inflectionsBecomeTheirLemma() throws IOException {
    assertThat(tokens("терроризма")).containsExactly("терроризм");
    assertThat(tokens("Терроризмом")).containsExactly("терроризм");
    assertThat(tokens("мерам доверия")).containsExactly("мера", "доверие");
  }

  @Test
  void ambiguousFormsStackEveryLemmaAtOnePosition() throws IOException {
    List<String> t = tokens("стали");
    assertThat(t).hasSize(2);
    assertThat(t.get(0)).doesNotStartWith("+");
    assertThat(t.get(1)).startsWith("+");
    assertThat(t.stream().map(x -> x.replace("+", ""))).containsExactlyInAnyOrder("стать", "сталь");
  }

  @Test
  void yoIsFoldedStressMarksRemovedStopWordsKept() throws IOException {
    assertThat(tokens("ещё")).isEqualTo(tokens("еще"));
    assertThat(tokens("перегово\u0301ры")).containsExactly("переговоры");
    assertThat(tokens("и в на")).containsExactly("и", "в", "на");
    assertThat(tokens("права человека")).contains("человек");
  }

  @Test
  void eachWordHasItsMarkedExactFormFirstThenItsLemmasAtTheSamePosition() throws IOException {
    assertThat(allTokens("Санкции, введённые"))
        .containsExactly("=санкции", "+санкция", "=введенные", "+ввести");
    assertThat(allTokens("rules-based")).containsExactly("=rules", "+rules", "=based", "+based");
  }

  @Test
  void unknownCyrillicWordsAreStemmedAndLatinPassesThrough() throws IOException {
    assertThat(tokens("Эстовией")).hasSize(1).allSatisfy(t -> assertThat(t).startsWith("эстов"));
    assertThat(tokens("NATO 2021")).containsExactly("nato", "2021");
  }

  @Test
  void argumentsAreRefused() {
    Map<String, String> args = new HashMap<>();
    args.put("dictionary", "x");
    assertThatThrownBy(() -> new RussianLemmaFilterFactory(args))
        .hasMessageContaining("takes no arguments");
  }
}
