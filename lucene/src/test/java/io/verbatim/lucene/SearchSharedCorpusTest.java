package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.SearchSort;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Statement;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search over real texts (the shared UN General Debate subset and the seed, read from {@code
 * ../shared}, never copied): phrase totals equal a plain scan of the stored texts, facets add up to
 * the totals, and cursor paging visits every statement once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchSharedCorpusTest {
  @TempDir static Path temp;

  private LuceneArchive archive;
  private List<Statement> stored;

  @BeforeAll
  void ingest() throws IOException {
    archive = LuceneArchive.open(temp.resolve("archive"), true);
    long start = System.nanoTime();
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestPaths(
                List.of(SharedCorpus.path("corpus/ungdc"), SharedCorpus.seed()),
                new Ingestor.Listener() {});
    assertThat(report.getFailed()).isEmpty();
    System.out.printf(
        "search corpus: ingested in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    stored = everyStatement();
    assertThat(stored).hasSizeGreaterThan(1500);
  }

  @AfterAll
  void close() throws IOException {
    archive.close();
  }

  /** Every stored statement, read by paging through all of them with cursors. */
  private List<Statement> everyStatement() throws IOException {
    List<Statement> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String cursor = null;
    do {
      SearchResult page =
          archive.search(
              SearchRequest.builder("")
                  .withSort(SearchSort.DATE_ASC)
                  .withLimit(400)
                  .withCursor(cursor)
                  .build());
      for (SearchHit h : page.hits()) {
        assertThat(seen.add(h.id())).as("repeated " + h.id()).isTrue();
        all.add(archive.get(h.id()).orElseThrow());
      }
      cursor = page.nextCursor();
      if (cursor == null) {
        assertThat((long) all.size()).isEqualTo(page.total());
      }
    } while (cursor != null);
    return all;
  }

  /**
   * The plain scan for the quoted phrase {@code "confidence-building measures"}: exact word forms
   * (case aside) with any run of characters that are not letters or digits between them (hyphen,
   * space, dash, line break, even a full stop).
   */
  private static final Pattern EXACT_PHRASE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}])confidence[^\\p{L}\\p{N}]+building[^\\p{L}\\p{N}]+measures"
              + "(?![\\p{L}\\p{N}])");

  /**
   * The plain scan for {@code lemma:"confidence-building measures"}: the same with every word form
   * whose Porter stem is the phrase's ({@code confid build measur}: confidence/confident,
   * building/builds/build, measure/measures/measured/measuring).
   */
  private static final Pattern PHRASE_AS_ANALYSED =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}])confiden(?:ce|ces|t)[^\\p{L}\\p{N}]+build(?:ing|s)?"
              + "[^\\p{L}\\p{N}]+measur(?:e|es|ed|ing)(?![\\p{L}\\p{N}])");

  /** The statements whose body or own title (not one the reader inferred) {@code phrase} finds. */
  private long scan(Pattern phrase) {
    return stored.stream()
        .filter(
            s ->
                phrase.matcher(s.body()).find()
                    || (s.title() != null
                        && !s.inferred().contains("title")
                        && phrase.matcher(s.title()).find()))
        .count();
  }

  @Test
  void phraseTotalEqualsAPlainScanAndFacetsSumToIt() throws IOException {
    long expected = scan(EXACT_PHRASE);
    assertThat(expected).isGreaterThan(40);
    long start = System.nanoTime();
    SearchResult r =
        archive.search(
            SearchRequest.builder("\"confidence-building measures\"")
                .withFacets(List.of("year", "speaker", "language", "format", "mention"))
                .withFacetLimit(5)
                .build());
    long micros = (System.nanoTime() - start) / 1_000;
    System.out.printf(
        "search corpus: \"confidence-building measures\" %d hits (scan %d) of %d, with 5 facets"
            + " in %d us%n",
        r.total(), expected, stored.size(), micros);
    assertThat(r.total()).isEqualTo(expected);
    for (String single : List.of("year", "speaker", "language", "format")) {
      FacetCounts f = r.facets().get(single);
      assertThat(f.sum()).as(single).isEqualTo(r.total());
    }
    for (SearchHit h : r.hits()) {
      assertThat(h.markedSnippet("«", "»")).containsPattern("«(?i:confidence[^»]*measures)»");
    }
    SearchResult inflected =
        archive.search(
            SearchRequest.builder("lemma:\"confidence-building measures\"").withLimit(0).build());
    assertThat(inflected.total()).isEqualTo(scan(PHRASE_AS_ANALYSED)).isGreaterThan(r.total());
  }

  @Test
  void phraseWithAFilterEqualsTheScanOfThoseStatements() throws IOException {
    SearchResult all =
        archive.search(SearchRequest.builder("").withLimit(0).withFacets(List.of("year")).build());
    String year = all.facets().get("year").values().get(0).value();
    long expected =
        stored.stream()
            .filter(s -> s.published() != null && String.valueOf(s.published().year()).equals(year))
            .filter(s -> EXACT_PHRASE.matcher(s.body()).find())
            .count();
    SearchResult r =
        archive.search(
            SearchRequest.builder("\"confidence building measures\"")
                .withFrom(java.time.LocalDate.of(Integer.parseInt(year), 1, 1))
                .withTo(java.time.LocalDate.of(Integer.parseInt(year), 12, 31))
                .withLimit(0)
                .build());
    assertThat(r.total()).isEqualTo(expected);
  }

  @Test
  void facetsOverEverythingSumToTheNumberOfStatements() throws IOException {
    SearchRequest request =
        SearchRequest.builder("")
            .withLimit(0)
            .withFacets(SearchRequest.FACET_FIELDS)
            .withFacetLimit(3)
            .build();
    archive.search(request); // warm up
    long start = System.nanoTime();
    SearchResult r = archive.search(request);
    System.out.printf(
        "search corpus: all %d facets over all %d statements in %d us%n",
        SearchRequest.FACET_FIELDS.size(), r.total(), (System.nanoTime() - start) / 1_000);
    assertThat(r.total()).isEqualTo(stored.size());
    r.facets()
        .forEach(
            (field, f) -> {
              if (!field.equals("mention")) {
                assertThat(f.sum()).as(field).isEqualTo(stored.size());
              }
            });
    long withoutSpeaker = stored.stream().filter(s -> s.speaker() == null).count();
    assertThat(r.facets().get("speaker").missing()).isEqualTo(withoutSpeaker);
  }
}
