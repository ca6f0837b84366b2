package io.verbatim.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The archive's analysis chains: every word kept, its exact form marked beside its stem. */
class WordAnalyzerTest {
  private static final Analyzer EN = new WordAnalyzer(WordAnalyzer.Chain.ENGLISH);
  private static final Analyzer RU = new WordAnalyzer(WordAnalyzer.Chain.RUSSIAN);
  private static final Analyzer PLAIN = new WordAnalyzer(WordAnalyzer.Chain.PLAIN);
  private static final Analyzer NAME = new WordAnalyzer(WordAnalyzer.Chain.NAME);

  /** Each token as "term" or, at position increment 0, "+term". */
  private static List<String> tokens(Analyzer a, String text) {
    return AnalyzedToken.analyze(a, text).stream()
        .map(t -> (t.positionIncrement() == 0 ? "+" : "") + t.term())
        .toList();
  }

  @Test
  void englishWordsAreTheirMarkedFormThenTheirStemStopWordsIncluded() {
    assertThat(tokens(EN, "The sanctions are not lifted"))
        .containsExactly(
            "=the",
            "+the",
            "=sanctions",
            "+sanction",
            "=are",
            "+ar",
            "=not",
            "+not",
            "=lifted",
            "+lift");
  }

  @Test
  void russianWordsAreTheirMarkedFormThenEveryLemma() {
    List<String> t = tokens(RU, "Санкции ещё не сняты");
    assertThat(t.subList(0, 7))
        .containsExactly("=санкции", "+санкция", "=еще", "+еще", "=не", "+не", "=сняты");
    assertThat(t.subList(7, t.size())).contains("+снять").allMatch(l -> l.startsWith("+"));
    assertThat(tokens(RU, "стали").get(0)).isEqualTo("=стали");
    assertThat(tokens(RU, "стали").subList(1, 3)).containsExactlyInAnyOrder("+стать", "+сталь");
  }

  @Test
  void otherLanguagesKeepTheNormalisedWordBesideItsMarkedForm() {
    assertThat(tokens(PLAIN, "Ça VA")).containsExactly("=ça", "+ça", "=va", "+va");
  }

  @Test
  void namesAreLowerCaseWordsWithoutMarks() {
    assertThat(tokens(NAME, "Сергей Лавров, Foreign-Minister"))
        .containsExactly("сергей", "лавров", "foreign", "minister");
    assertThat(tokens(NAME, "Пётр")).containsExactly("петр");
  }

  @Test
  void bothTokensOfAWordHaveItsOffsetsAndTheSurfaceFormItsType() {
    List<AnalyzedToken> t = AnalyzedToken.analyze(EN, "Peace, now");
    assertThat(t).extracting(AnalyzedToken::start).containsExactly(0, 0, 7, 7);
    assertThat(t).extracting(AnalyzedToken::end).containsExactly(5, 5, 10, 10);
    assertThat(t.get(0).type()).isEqualTo(SurfaceFormFilter.TYPE_SURFACE);
    assertThat(t.get(1).type()).isNotEqualTo(SurfaceFormFilter.TYPE_SURFACE);
  }

  @Test
  void normalisingLowerCasesAndFoldsYo() {
    assertThat(EN.normalize("f", "ЁЛКА Sanct*").utf8ToString()).isEqualTo("елка sanct*");
  }

  @Test
  void theLengthNormCountsEachWordOnce() throws IOException {
    assertThat(new BM25Similarity().getDiscountOverlaps()).isTrue();
    List<Integer> lengths = new ArrayList<>();
    Similarity recording =
        new BM25Similarity() {
          @Override
          public long computeNorm(FieldInvertState state) {
            lengths.add(state.getLength() - state.getNumOverlap());
            return super.computeNorm(state);
          }
        };
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(RU).setSimilarity(recording))) {
      Document doc = new Document();
      doc.add(new Field("body", "Стали говорить о санкциях и стали", TextField.TYPE_NOT_STORED));
      w.addDocument(doc);
      w.commit();
    }
    assertThat(lengths).containsExactly(6);
  }
}
