package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.VersionLink;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Statement;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grouped search over real texts (the narrative corpus with its six kremlin.ru en/ru pairs, and the
 * English kremlin.ru pages; read from {@code ../shared}, never copied): every pair is one group,
 * and the group count equals the components of the explicit links {@code languageVersions} and
 * {@code versions} give, found independently statement by statement.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupedVersionsCorpusTest {
  @TempDir static Path temp;

  private LuceneArchive archive;
  private List<String[]> pairs;

  @BeforeAll
  void ingest() throws IOException {
    Path narrative = SharedCorpus.path("corpus/ru-statements-narrative");
    List<String> lines = Files.readAllLines(narrative.resolve("pairs.tsv"));
    pairs = lines.subList(1, lines.size()).stream().map(l -> l.split("\t")).toList();
    assertThat(pairs).hasSize(6);
    archive = LuceneArchive.open(temp.resolve("archive"), true);
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestPaths(
                List.of(narrative, SharedCorpus.path("corpus/kremlin-en-html")),
                new Ingestor.Listener() {});
    assertThat(report.getFailed()).isEmpty();
  }

  @AfterAll
  void close() throws IOException {
    archive.close();
  }

  /** Every version of every statement, grouped. */
  private SearchResult everything() throws IOException {
    return archive.search(
        SearchRequest.builder("")
            .withAllVersions(true)
            .withGroupVersions(true)
            .withLimit(100_000)
            .build());
  }

  @Test
  void withoutAllVersionsEachStatementCountsOnce() throws IOException {
    SearchResult current =
        archive.search(
            SearchRequest.builder("").withGroupVersions(true).withLimit(100_000).build());
    assertThat(current.total())
        .as("one per statement key (ingest gives every statement one)")
        .isEqualTo(archive.stats().statementKeys())
        .isLessThan(archive.stats().statements());
    assertThat(current.groups()).isEqualTo(everything().groups());
    for (SearchHit h : current.hits()) {
      assertThat(h.otherVersions())
          .as("other versions of %s are other languages", h.id())
          .allSatisfy(v -> assertThat(v.language()).isNotEqualTo(h.language()));
    }
  }

  @Test
  void eachKremlinPairIsOneGroup() throws IOException {
    long start = System.nanoTime();
    SearchResult all = everything();
    System.out.printf(
        "grouped all %d statements into %d groups in %.1f ms%n",
        all.total(), all.groups(), (System.nanoTime() - start) / 1e6);
    assertThat(all.total()).isEqualTo(archive.stats().statements());
    assertThat(all.hits()).hasSize(Math.toIntExact(all.groups()));
    Map<String, Set<String>> groupOfId = new HashMap<>();
    for (SearchHit h : all.hits()) {
      Set<String> group = new HashSet<>();
      group.add(h.id());
      h.otherVersions().forEach(v -> group.add(v.id()));
      for (String id : group) {
        assertThat(groupOfId.put(id, group)).as("%s in two groups", id).isNull();
      }
    }
    assertThat((long) groupOfId.size()).isEqualTo(all.total());
    for (String[] pair : pairs) {
      String ru = idOf(pair[0], "ru");
      String en = idOf(pair[0], "en");
      assertThat(groupOfId.get(ru)).as("group of kremlin %s", pair[0]).contains(en);
    }
  }

  @Test
  void groupsAreTheComponentsOfTheExplicitLinks() throws IOException {
    SearchResult all = everything();
    Map<String, String> parent = new HashMap<>();
    for (SearchHit h : all.hits()) {
      parent.put(h.id(), h.id());
      h.otherVersions().forEach(v -> parent.put(v.id(), v.id()));
    }
    for (String id : List.copyOf(parent.keySet())) {
      for (VersionLink link : archive.languageVersions(id)) {
        if (link.kind() == VersionLink.Kind.EXPLICIT) {
          union(parent, id, link.id());
        }
      }
      Statement s = archive.get(id).orElseThrow();
      for (Statement same : archive.versions(s.statementKey())) {
        union(parent, id, same.id());
      }
    }
    long components = parent.keySet().stream().filter(id -> find(parent, id).equals(id)).count();
    assertThat(all.groups()).isEqualTo(components);
    assertThat(all.total() - all.groups()).as("statements merged into a group").isGreaterThan(5);
  }

  @Test
  void anEnglishQueryShowsTheRussianVersionAsNotMatching() throws IOException {
    SearchResult r =
        archive.search(
            SearchRequest.builder("Chechnya")
                .withLanguage("en")
                .withGroupVersions(true)
                .withLimit(1000)
                .build());
    assertThat(r.groups()).isLessThanOrEqualTo(r.total());
    int pairsSeen = 0;
    for (String[] pair : pairs) {
      String en = idOf(pair[0], "en");
      String ru = idOf(pair[0], "ru");
      for (SearchHit h : r.hits()) {
        if (h.id().equals(en)) {
          pairsSeen++;
          assertThat(h.otherVersions())
              .anySatisfy(
                  v -> {
                    assertThat(v.id()).isEqualTo(ru);
                    assertThat(v.language()).isEqualTo("ru");
                    assertThat(v.matches()).isFalse();
                  });
        }
      }
    }
    assertThat(pairsSeen).as("English pair pages that say Chechnya").isGreaterThan(0);
  }

  private static String find(Map<String, String> parent, String id) {
    String p = parent.get(id);
    return p.equals(id) ? id : find(parent, p);
  }

  private static void union(Map<String, String> parent, String a, String b) {
    parent.put(find(parent, a), find(parent, b));
  }

  /** The id of the one statement with this kremlin id in this language. */
  private String idOf(String kremlinId, String language) throws IOException {
    return archive.withSearcher(
        searcher -> {
          var q =
              new BooleanQuery.Builder()
                  .add(
                      new TermQuery(new Term(IndexFields.KREMLIN_ID, kremlinId)),
                      BooleanClause.Occur.FILTER)
                  .add(
                      new TermQuery(new Term(IndexFields.LANGUAGE, language)),
                      BooleanClause.Occur.FILTER)
                  .build();
          int[] docs = SelectedDocs.of(searcher, q);
          assertThat(docs).as("%s statements with kremlin id %s", language, kremlinId).hasSize(1);
          return LuceneArchive.record(searcher, docs[0]).id();
        });
  }
}
