package io.verbatim.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianMorphologyAnalyzerTest {
  private static final Analyzer ANALYZER = new RussianMorphologyAnalyzer();

  /** Invented statements, one per document, searched by the query tests below. */
  private static final List<String> STATEMENTS =
      List.of(
          "Стороны обсудили мерам доверия посвящённый раздел и борьбу с терроризмом.",
          "Министр напомнил об архивах МИД и о новых документах 1945 года.",
          "Делегации договорились о мерах безопасности на границе.",
          "В заявлении подчеркивается роль ООН и ОБСЕ.",
          "Производство стали выросло.");

  private static Directory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
      for (String statement : STATEMENTS) {
        Document document = new Document();
        document.add(new TextField("text", statement, Field.Store.YES));
        writer.addDocument(document);
      }
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static List<String> search(String query) throws IOException, ParseException {
    IndexSearcher searcher = new IndexSearcher(reader);
    var hits = searcher.search(new QueryParser("text", ANALYZER).parse(query), 10).scoreDocs;
    List<String> texts = new java.util.ArrayList<>();
    for (var hit : hits) {
      texts.add(searcher.storedFields().document(hit.doc).get("text"));
    }
    return texts;
  }

  @Test
  void inflectedFormsBecomeTheirLemma() {
    assertThat(AnalyzedToken.terms(ANALYZER, "Терроризма терроризмом архивы архивов"))
        .containsExactly("терроризм", "терроризм", "архив", "архив");
  }

  @Test
  void ambiguousWordGivesAllLemmasAtOnePosition() {
    List<AnalyzedToken> tokens = AnalyzedToken.analyze(ANALYZER, "Они стали");
    // "они" is a stop word: "стали" keeps its position (2) through the gap.
    assertThat(tokens).extracting(AnalyzedToken::term).containsExactlyInAnyOrder("сталь", "стать");
    assertThat(tokens).extracting(AnalyzedToken::positionIncrement).containsExactly(2, 0);
    assertThat(tokens).extracting(AnalyzedToken::start).containsOnly(4);
    assertThat(tokens).extracting(AnalyzedToken::end).containsOnly(9);
    assertThat(tokens.get(1).type()).isEqualTo(RussianLemmaFilter.TYPE_LEMMA);
  }

  @Test
  void unknownWordFallsBackToTheSnowballStem() {
    String invented = "кваказябрами";
    List<String> snowball = AnalyzedToken.terms(new RussianAnalyzer(), invented);
    assertThat(snowball).hasSize(1);
    assertThat(AnalyzedToken.terms(ANALYZER, invented)).isEqualTo(snowball);
    assertThat(AnalyzedToken.terms(ANALYZER, "кваказябра"))
        .isEqualTo(AnalyzedToken.terms(ANALYZER, "кваказябрами"));
  }

  @Test
  void latinWordsAndNumbersPassThroughLowerCased() {
    assertThat(AnalyzedToken.terms(ANALYZER, "Саммит NATO и G20 в 2024 году"))
        .containsExactly("саммит", "nato", "g20", "2024", "год");
  }

  @Test
  void stopWordsGoButMeaningfulOnesStay() {
    assertThat(AnalyzedToken.terms(ANALYZER, "и в на что")).isEmpty();
    assertThat(AnalyzedToken.terms(ANALYZER, "права человека сегодня"))
        .contains("право", "человек", "сегодня");
  }

  @Test
  void yoIsSpelledYe() {
    assertThat(AnalyzedToken.terms(ANALYZER, "ребёнка"))
        .isEqualTo(AnalyzedToken.terms(ANALYZER, "ребенка"))
        .contains("ребенок");
    assertThat(AnalyzedToken.terms(ANALYZER, "ОБЪЁМОВ")).isEqualTo(List.of("объем"));
    assertThat(ANALYZER.normalize("text", "ЁЛКИ*").utf8ToString()).isEqualTo("елки*");
  }

  @Test
  void stressMarksAndSoftHyphensDoNotSplitOrHideWords() {
    String text = "перегово\u0301ров пере\u00ADговоры";
    List<AnalyzedToken> tokens = AnalyzedToken.analyze(ANALYZER, text);
    assertThat(tokens).extracting(AnalyzedToken::term).containsExactly("переговоры", "переговоры");
    // Offsets still point into the original text, marks included.
    assertThat(text.substring(tokens.get(0).start(), tokens.get(0).end()))
        .isEqualTo("перегово\u0301ров");
    assertThat(text.substring(tokens.get(1).start(), tokens.get(1).end()))
        .isEqualTo("пере\u00ADговоры");
  }

  @Test
  void stopWordsWithYoAreStoppedInEitherSpelling() {
    assertThat(RussianMorphologyAnalyzer.defaultStopSet().contains("еще")).isTrue();
    assertThat(AnalyzedToken.terms(ANALYZER, "ещё")).isEmpty();
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource({
    "терроризм, терроризмом",
    "терроризма, терроризмом",
    "архив, архивах",
    "архивы, архивах",
    "мера, мерах безопасности",
    "границы, границе",
    "ОБСЕ, ОБСЕ",
    "документ, документах",
    "сталь, стали",
  })
  void queryInOneFormFindsAnother(String query, String expectedInText)
      throws IOException, ParseException {
    assertThat(search(query)).isNotEmpty().anyMatch(text -> text.contains(expectedInText));
  }

  @Test
  void phraseQueriesMatchAcrossInflections() throws IOException, ParseException {
    assertThat(search("\"меры доверия\"")).singleElement().asString().contains("мерам доверия");
    assertThat(search("\"мерами доверием\"")).hasSize(1);
    assertThat(search("\"доверия меры\"")).isEmpty();
    assertThat(search("\"меры безопасности\"")).singleElement().asString().contains("мерах");
  }

  @Test
  void differentWordsDoNotMatch() throws IOException, ParseException {
    assertThat(search("ходатайство")).isEmpty();
    assertThat(search("стан")).isEmpty();
  }
}
