package io.verbatim.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Statement;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The kremlin reader against the real en.kremlin.ru pages of the shared corpus and its index. */
class KremlinHtmlCorpusTest {
  private final KremlinHtmlReader reader = new KremlinHtmlReader();

  static Path corpus() {
    return SharedCorpus.path("corpus/kremlin-en-html");
  }

  /** One row of index.tsv: id, date, place, title, bytes. */
  record IndexRow(String id, String date, String place, String title) {}

  static List<IndexRow> index() throws IOException {
    List<String> lines = Files.readAllLines(corpus().resolve("index.tsv"));
    assertThat(lines.get(0)).isEqualTo("id\tdate\tplace\ttitle\tbytes");
    List<IndexRow> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      rows.add(new IndexRow(f[0], f[1], f[2], f[3]));
    }
    return rows;
  }

  static Stream<Arguments> indexRows() throws IOException {
    return index().stream().map(r -> Arguments.of(r.id(), r));
  }

  static Statement read(KremlinHtmlReader reader, Path file) throws IOException, BadInputException {
    Capture capture = new Capture(file.toString(), file, Files.readAllBytes(file));
    assertThat(reader.recognise(capture)).as("recognise %s", file).isEqualTo(95);
    List<ReadItem> items = reader.read(capture);
    assertThat(items).hasSize(1);
    return ((ReadItem.Read) items.get(0)).statement();
  }

  @Test
  void indexListsEveryPage() throws IOException {
    assertThat(index()).hasSize(47);
  }

  @ParameterizedTest(name = "news/{0}.html")
  @MethodSource("indexRows")
  void titleDateAndPlaceMatchTheIndex(String id, IndexRow row) throws Exception {
    Statement s = read(reader, corpus().resolve("news/" + id + ".html"));
    assertThat(s.title()).isEqualTo(row.title());
    if (row.date().isEmpty()) {
      assertThat(s.published()).isNull();
    } else {
      assertThat(s.published().day()).hasToString(row.date());
      assertThat(s.published().zone()).isEqualTo(KremlinHtmlReader.MOSCOW);
    }
    assertThat(s.place()).isEqualTo(row.place().isEmpty() ? null : row.place());
    assertThat(s.language()).isEqualTo("en");
    assertThat(s.extra()).containsEntry("kremlinId", id);
    assertThat(s.extra().get("url")).endsWith("kremlin.ru/events/president/news/" + id);
    assertThat(s.statementKey()).isEqualTo("kremlin:" + id + ":en");
    assertThat(s.versions()).startsWith("en");
    assertThat(s.body())
        .doesNotContain("Publication status", "Direct link", "Text version", "See also")
        .doesNotContain("\n\n\n")
        .isEqualTo(s.body().strip());
  }

  @Test
  void pagesWithoutHreflangRuListOnlyTheirOwnLanguage() throws Exception {
    Statement s = read(reader, corpus().resolve("news/62057.html"));
    assertThat(s.versions()).containsExactly("en");
    Statement other = read(reader, corpus().resolve("news/17173.html"));
    assertThat(other.versions()).containsExactly("en", "ru");
  }

  @Test
  void theAnnouncementWithoutDateOrPlaceLeavesThemNull() throws Exception {
    Statement s = read(reader, corpus().resolve("news/17109.html"));
    assertThat(s.published()).isNull();
    assertThat(s.place()).isNull();
    assertThat(s.body()).contains("BRICS, the G20 and others");
    assertThat(s.body()).doesNotContain("Background information");
  }

  @Test
  void thePrintViewReadsLikeTheArticle() throws Exception {
    Statement print = read(reader, corpus().resolve("news/55882_print.html"));
    Statement article = read(reader, corpus().resolve("news/55882.html"));
    assertThat(print.title()).isEqualTo(article.title());
    assertThat(print.published()).isEqualTo(article.published());
    assertThat(print.extra()).containsEntry("kremlinId", "55882");
    assertThat(print.statementKey()).isEqualTo(article.statementKey());
    assertThat(print.body().length()).isGreaterThan(50_000);
    assertThat(print.body()).isEqualTo(article.body());
  }

  @Test
  void theEnglishHalvesOfTheRuEnPairsCarryTheRussianVersion() throws Exception {
    Path pairs = SharedCorpus.path("corpus/ru-statements-narrative/en_pairs");
    List<Path> pages;
    try (Stream<Path> files = Files.list(pairs)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSize(6);
    for (Path page : pages) {
      Statement s = read(reader, page);
      String id = page.getFileName().toString().replace(".html", "");
      assertThat(s.versions()).as(id).containsExactly("en", "ru");
      assertThat(s.extra()).as(id).containsEntry("kremlinId", id);
      assertThat(s.published()).as(id).isNotNull();
      assertThat(s.published().year()).as(id).isBetween(2000, 2001);
    }
  }

  @Test
  void tagsAndRelatedLinksBecomeMaterials() throws Exception {
    Statement s = read(reader, corpus().resolve("news/54823.html"));
    assertThat(s.materials())
        .extracting(m -> m.kind() + ":" + m.title())
        .contains(
            "TAG:Kyrgyzstan",
            "TAG:Foreign policy",
            "TAG:Atambayev Almazbek",
            "LINK:Informal meeting with President of Kyrgyzstan Almazbek Atambayev");
    assertThat(s.body()).doesNotContain("Informal meeting with President of Kyrgyzstan");
  }

  @Test
  void autoDetectionPrefersTheKremlinReader() throws Exception {
    Path file = corpus().resolve("news/60305.html");
    Capture capture = new Capture(file.toString(), file, Files.readAllBytes(file));
    assertThat(Formats.standard().detect(capture))
        .get()
        .extracting(r -> r.name())
        .isEqualTo("kremlin-html");
  }
}
