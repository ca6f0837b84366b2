package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.SearchSort;
import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive over real texts from the shared corpora (read from {@code ../shared}, never copied):
 * search totals agree with a plain scan of the texts, and the timings are printed.
 */
class LuceneArchiveCorpusTest {
  @TempDir Path temp;

  private static Statement statementOf(
      String path, byte[] original, String body, Statement.Builder b) {
    String sha = OriginalStore.sha256(original);
    return b.withId(Statement.idFor(sha))
        .withSource(new Source(path, "test", sha, sha, null, Instant.now()))
        .withBody(body)
        .build();
  }

  private static long countMatching(List<String> texts, Pattern word) {
    return texts.stream().filter(t -> word.matcher(t).find()).count();
  }

  @Test
  void englishGeneralDebateSpeeches() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SharedCorpus.path("corpus/ungdc/TXT"))) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(1000);
    List<String> bodies = new java.util.ArrayList<>();
    long bytes = 0;
    long start = System.nanoTime();
    try (LuceneArchive archive = LuceneArchive.open(temp.resolve("ungdc"), true)) {
      for (Path f : files) {
        byte[] original = Files.readAllBytes(f);
        bytes += original.length;
        String body = new String(original, StandardCharsets.UTF_8).strip();
        if (body.isEmpty()) {
          continue;
        }
        archive.putOriginal(original);
        archive.add(
            statementOf(f.toString(), original, body, Statement.builder().withLanguage("en")));
        bodies.add(body);
      }
      archive.commit();
      long ingestMillis = (System.nanoTime() - start) / 1_000_000;

      Pattern nuclear = Pattern.compile("(?i)\\bnuclear\\b");
      long searchStart = System.nanoTime();
      SearchResult result = archive.search(SearchRequest.builder("nuclear").withLimit(10).build());
      long firstSearchMicros = (System.nanoTime() - searchStart) / 1_000;
      assertThat(result.total()).isEqualTo(countMatching(bodies, nuclear));
      for (SearchHit hit : result.hits()) {
        assertThat(hit.markedSnippet("«", "»")).containsPattern("«(?i:nuclear)»");
      }

      long t = System.nanoTime();
      int runs = 20;
      for (int i = 0; i < runs; i++) {
        archive.search(
            SearchRequest.builder("\"peace and security\" OR disarm*")
                .withSort(i % 2 == 0 ? SearchSort.RELEVANCE : SearchSort.DATE_DESC)
                .withOffset(i)
                .withLimit(10)
                .build());
      }
      long avgSearchMicros = (System.nanoTime() - t) / 1_000 / runs;

      Path first = files.get(0);
      try (InputStream in =
          archive.openOriginal(OriginalStore.sha256(Files.readAllBytes(first))).orElseThrow()) {
        assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(first));
      }
      System.out.printf(
          "UNGDC: %d speeches, %.1f MB: ingest+commit %d ms; 'nuclear' %d hits first search %d µs;"
              + " phrase/wildcard search with snippets avg %d µs; archive on disk %.1f MB%n",
          bodies.size(),
          bytes / 1e6,
          ingestMillis,
          result.total(),
          firstSearchMicros,
          avgSearchMicros,
          folderSize(archive.folder()) / 1e6);
    }
  }

  @Test
  void russianKremlinTextsFoundByInflectedForms() throws IOException {
    Path csv = SharedCorpus.path("corpus/kremlin-ru-2025/kremlin_articles_ru_enhanced.csv");
    List<String> bodies = new java.util.ArrayList<>();
    try (LuceneArchive archive = LuceneArchive.open(temp.resolve("kremlin"), true);
        java.io.BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      in.mark(1);
      if (in.read() != '\uFEFF') {
        in.reset(); // no byte-order mark
      }
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      int row = 0;
      for (CSVRecord r : format.parse(in)) {
        row++;
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
          String part = r.get("article_full_text_" + i).strip();
          if (!part.isEmpty()) {
            body.append(body.isEmpty() ? "" : "\n\n").append(part);
          }
        }
        if (body.isEmpty()) {
          continue;
        }
        byte[] original = String.join("\u0001", r.values()).getBytes(StandardCharsets.UTF_8);
        Statement.Builder b = Statement.builder().withLanguage("ru").withTitle(r.get("title"));
        String date = r.get("date").strip();
        if (date.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
          b.withPublished(Published.of(LocalDate.parse(date.substring(0, 10))));
        }
        archive.add(statementOf(csv + "#row" + row, original, body.toString(), b));
        bodies.add(body.toString());
      }
      archive.commit();

      assertThat(bodies).hasSizeGreaterThan(100);
      // The Russian stemmer joins the case forms: президент, президента, президентом, …
      Pattern president =
          Pattern.compile("(?iu)(?<![\\p{L}])президент(|а|у|ом|е|ы|ов|ам|ами|ах)(?![\\p{L}])");
      SearchResult result =
          archive.search(SearchRequest.builder("body:президентом").withLanguage("ru").build());
      assertThat(result.total()).isEqualTo(countMatching(bodies, president));
      assertThat(result.total()).isGreaterThan(10);
      assertThat(result.hits().get(0).markedSnippet("«", "»"))
          .containsPattern("«(?iu:президент[а-я]*)»");
      SearchResult newest =
          archive.search(
              SearchRequest.builder("").withSort(SearchSort.DATE_DESC).withLimit(1).build());
      assertThat(newest.hits().get(0).published().day()).isAfterOrEqualTo(LocalDate.of(2025, 5, 1));
    }
  }

  private static long folderSize(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
