package io.verbatim.solr;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Grouped search over real texts on SolrCloud (the narrative corpus with its kremlin.ru en/ru
 * pairs, and the English kremlin.ru pages; read from {@code ../shared}, never copied): the groups
 * are exactly the components of the explicit links that {@code languageVersions} and {@code
 * versions} give statement by statement, as on the embedded archive.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrGroupedVersionsCorpusTest {
  private SolrTestCluster solr;
  private SolrArchive archive;

  @BeforeAll
  void ingest() throws Exception {
    solr = SolrTestCluster.start(2);
    archive = SolrArchive.open(solr.createArchive("groupedcorpus"), false);
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestPaths(
                List.of(
                    SharedCorpus.path("corpus/ru-statements-narrative"),
                    SharedCorpus.path("corpus/kremlin-en-html")),
                new Ingestor.Listener() {});
    assertThat(report.getFailed()).isEmpty();
  }

  @AfterAll
  void stop() throws Exception {
    if (archive != null) {
      archive.close();
    }
    if (solr != null) {
      solr.close();
    }
  }

  @Test
  void groupsAreTheComponentsOfTheExplicitLinks() throws IOException {
    long start = System.nanoTime();
    SearchResult all =
        archive.search(
            SearchRequest.builder("")
                .withAllVersions(true)
                .withGroupVersions(true)
                .withLimit(100_000)
                .build());
    System.out.printf(
        "solr: grouped all %d statements into %d groups in %.1f ms%n",
        all.total(), all.groups(), (System.nanoTime() - start) / 1e6);
    assertThat(all.total()).isEqualTo(archive.stats().statements());
    assertThat(all.hits()).hasSize(Math.toIntExact(all.groups()));
    Map<String, String> parent = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (SearchHit h : all.hits()) {
      assertThat(seen.add(h.id())).isTrue();
      parent.put(h.id(), h.id());
      for (SearchHit.OtherVersion v : h.otherVersions()) {
        assertThat(seen.add(v.id())).as("%s in two groups", v.id()).isTrue();
        assertThat(v.matches()).isTrue();
        parent.put(v.id(), v.id());
      }
    }
    assertThat((long) seen.size()).isEqualTo(all.total());
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
  void withoutAllVersionsEachStatementCountsOnce() throws IOException {
    SearchResult current =
        archive.search(
            SearchRequest.builder("").withGroupVersions(true).withLimit(100_000).build());
    assertThat(current.total())
        .as("one per statement key (ingest gives every statement one)")
        .isEqualTo(archive.stats().statementKeys())
        .isLessThan(archive.stats().statements());
    for (SearchHit h : current.hits()) {
      assertThat(h.otherVersions())
          .as("other versions of %s are other languages", h.id())
          .allSatisfy(v -> assertThat(v.language()).isNotEqualTo(h.language()));
    }
  }

  @Test
  void anEnglishQueryListsRussianVersionsAsNotMatching() throws IOException {
    long start = System.nanoTime();
    SearchResult r =
        archive.search(
            SearchRequest.builder("Chechnya")
                .withLanguage("en")
                .withGroupVersions(true)
                .withLimit(1000)
                .build());
    System.out.printf(
        "solr: grouped 'Chechnya' (%d statements, %d groups) in %.1f ms%n",
        r.total(), r.groups(), (System.nanoTime() - start) / 1e6);
    assertThat(r.groups()).isPositive().isLessThanOrEqualTo(r.total());
    assertThat(r.hits())
        .flatExtracting(SearchHit::otherVersions)
        .anySatisfy(
            v -> {
              assertThat(v.language()).isEqualTo("ru");
              assertThat(v.matches()).isFalse();
            });
  }

  private static String find(Map<String, String> parent, String id) {
    String p = parent.get(id);
    return p.equals(id) ? id : find(parent, p);
  }

  private static void union(Map<String, String> parent, String a, String b) {
    parent.put(find(parent, a), find(parent, b));
  }
}
