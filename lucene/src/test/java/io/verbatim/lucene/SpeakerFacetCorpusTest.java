package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.FacetValue;
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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One person, one speaker, over the shared corpora and the seed (read from {@code ../shared}, never
 * copied), as a new user ingests them. For each of five people the statements they made are found
 * independently of Verbatim's person resolution: by a pattern, written here by hand, over the
 * speaker's name exactly as each record keeps it. The speaker facet must then have exactly one
 * value for that person, counting exactly those statements; and {@code speaker:} queries in Latin
 * and in Cyrillic must find them all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakerFacetCorpusTest {
  private LuceneArchive archive;
  private Path folder;
  private List<Statement> stored;

  @BeforeAll
  void ingest() throws IOException {
    folder = java.nio.file.Files.createTempDirectory("speakers");
    archive = LuceneArchive.open(folder.resolve("archive"), true);
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestPaths(
                List.of(SharedCorpus.path("corpus"), SharedCorpus.seed()),
                new Ingestor.Listener() {});
    assertThat(report.getIngested()).isGreaterThan(1500);
    stored = everyStatement();
  }

  @AfterAll
  void close() throws IOException {
    archive.close();
    try (var files = java.nio.file.Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /**
   * @param person the authority id
   * @param printed who made the statement, by the name as printed: the surname in either script
   *     (upper or lower case, any Russian case ending), with the first name or initial where the
   *     surname is shared
   * @param latin a Latin {@code speaker:} query
   * @param cyrillic the Cyrillic one
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "person:vladimir-putin;(?iu).*(putin|путин).*;Putin;Путин",
        "person:sergey-lavrov;(?iu).*(lavrov|лавров).*;Lavrov;Лавров",
        "person:andrei-gromyko;(?iu).*(gromyko|громыко).*;Gromyko;Громыко",
        "person:andrei-kozyrev;(?iu).*(kozyrev|козырев).*;Kozyrev;Козырев",
        "person:igor-ivanov;(?iu).*\\b(igor|i\\.)\\s*(s\\.\\s*)?ivanov.*;\"Igor Ivanov\";\"Игорь Иванов\""
      })
  void eachPersonIsOneSpeakerWithAllTheirStatements(
      String person, String printed, String latin, String cyrillic) throws IOException {
    Pattern byName = Pattern.compile(printed);
    Set<String> theirs = new TreeSet<>();
    Set<String> printedNames = new TreeSet<>();
    for (Statement s : stored) {
      if (s.speaker() != null
          && s.speaker().name() != null
          && byName.matcher(s.speaker().name()).matches()) {
        theirs.add(s.id());
        printedNames.add(s.speaker().name());
      }
    }
    System.out.printf("%s: %d statements, printed as %s%n", person, theirs.size(), printedNames);
    assertThat(theirs).as("statements by " + person + " in the shared corpora").isNotEmpty();

    FacetCounts speakers =
        archive
            .search(
                SearchRequest.builder("")
                    .withFacets(List.of("speaker"))
                    .withFacetLimit(100_000)
                    .build())
            .facets()
            .get("speaker");
    List<String> valuesWithTheirStatements = new ArrayList<>();
    for (FacetValue v : speakers.values()) {
      Set<String> ids = ids(SearchRequest.builder("").withSpeakers(List.of(v.value())));
      if (ids.stream().anyMatch(theirs::contains)) {
        valuesWithTheirStatements.add(v.value());
        assertThat(ids).as("statements of the facet value " + v.value()).isEqualTo(theirs);
        assertThat(v.count()).isEqualTo(theirs.size());
      }
    }
    assertThat(valuesWithTheirStatements).as(person + " as speaker facet values").hasSize(1);

    assertThat(ids(SearchRequest.builder("").withSpeakers(List.of(person)))).isEqualTo(theirs);
    assertThat(ids(SearchRequest.builder("speaker:" + latin))).as(latin).isEqualTo(theirs);
    assertThat(ids(SearchRequest.builder("speaker:" + cyrillic))).as(cyrillic).isEqualTo(theirs);
  }

  private Set<String> ids(SearchRequest.Builder request) throws IOException {
    Set<String> ids = new TreeSet<>();
    String cursor = null;
    do {
      SearchResult page =
          archive.search(
              request.withSort(SearchSort.DATE_ASC).withLimit(500).withCursor(cursor).build());
      page.hits().forEach(h -> ids.add(h.id()));
      cursor = page.nextCursor();
    } while (cursor != null);
    return ids;
  }

  private List<Statement> everyStatement() throws IOException {
    List<Statement> all = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page =
          archive.search(
              SearchRequest.builder("")
                  .withSort(SearchSort.DATE_ASC)
                  .withLimit(500)
                  .withCursor(cursor)
                  .build());
      for (SearchHit h : page.hits()) {
        all.add(archive.get(h.id()).orElseThrow());
      }
      cursor = page.nextCursor();
    } while (cursor != null);
    return all;
  }
}
