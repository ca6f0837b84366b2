package io.verbatim.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.archive.Archive;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.SearchSort;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Grouped search on SolrCloud along every path of {@link SolrGroupedSearch}: link fields read in
 * many small cursor pages, linked statements found over several rounds (a group reaching matching
 * statements only through ones that do not match), and the whole collection read instead when that
 * is cheaper. Every path gives the same answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrGroupedSearchTest {
  private SolrTestCluster solr;
  private SolrArchive archive;

  // A chain: a (en) –number– b (fr) –kremlin id– c (de) –mid id– d (it) –key– e (it).
  // Only a and e say "Ostmark"; b, c, d join them into one group.
  private final Statement a =
      statement(
          "Ostmark grain corridor talks opened.", "en", 1, x -> x.withDocumentNumber("77-03-2024"));
  private final Statement b =
      statement(
          "Les pourparlers sur le corridor céréalier ont commencé.",
          "fr",
          2,
          x -> x.withDocumentNumber("77-03-2024").putExtra("kremlinId", "9100"));
  private final Statement c =
      statement(
          "Die Gespräche über den Getreidekorridor begannen.",
          "de",
          3,
          x -> x.putExtra("kremlinId", "9100").putExtra("midId", "445566"));
  private final Statement d =
      statement(
          "Sono iniziati i colloqui sul corridoio del grano.",
          "it",
          4,
          x -> x.putExtra("midId", "445566").withStatementKey("key:corridoio"));
  private final Statement e =
      statement(
          "Ostmark: colloqui sul corridoio del grano, versione corretta.",
          "it",
          5,
          x -> x.withStatementKey("key:corridoio"));
  // A matching statement without versions, and unrelated ones that share a single-language id.
  private final Statement lone = statement("Ostmark harbour dues were lowered.", "en", 6, x -> x);
  private final Statement u1 =
      statement("Remarks on river pilots.", "en", 7, x -> x.putExtra("midId", "123"));
  private final Statement u2 =
      statement("Remarks on river buoys.", "en", 8, x -> x.putExtra("midId", "123"));

  private static Statement statement(
      String body, String language, int day, UnaryOperator<Statement.Builder> more) {
    String sha = Ingestor.sha256(body.getBytes(StandardCharsets.UTF_8));
    Statement.Builder builder =
        Statement.builder()
            .withId(Statement.idFor(sha))
            .withStatementKey("key:" + Statement.idFor(sha))
            .withSource(
                new Source(
                    "test/" + sha + ".txt",
                    "capture",
                    sha,
                    sha,
                    null,
                    Instant.parse("2026-01-01T00:00:00Z")))
            .withBody(body)
            .withTitle("Title " + day)
            .withLanguage(language)
            .withPublished(Published.of(LocalDate.of(2024, 3, day)));
    return more.apply(builder).build();
  }

  @BeforeAll
  void start() throws Exception {
    solr = SolrTestCluster.start(2);
    SolrLocation location = solr.createArchive("grouped");
    archive = SolrArchive.open(location, false);
    for (Statement s : List.of(a, b, c, d, e, lone, u1, u2)) {
      archive.add(s);
    }
    archive.commit();
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

  /** All versions: d and e are two versions of one statement, and the chain needs both. */
  private static SearchRequest ostmark() {
    return SearchRequest.builder("ostmark")
        .withAllVersions(true)
        .withSort(SearchSort.DATE_ASC)
        .withGroupVersions(true)
        .build();
  }

  private static Set<String> ids(Statement... statements) {
    Set<String> ids = new TreeSet<>();
    for (Statement s : statements) {
      ids.add(s.id());
    }
    return ids;
  }

  private static List<Set<String>> groupsOf(SearchResult r) {
    List<Set<String>> groups = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      Set<String> g = new TreeSet<>();
      g.add(h.id());
      h.otherVersions().forEach(v -> g.add(v.id()));
      groups.add(g);
    }
    return groups;
  }

  private void assertTheChainIsOneGroup(SearchResult r) {
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.groups()).isEqualTo(2L);
    assertThat(groupsOf(r)).containsExactly(ids(a, b, c, d, e), ids(lone));
    SearchHit first = r.hits().get(0);
    assertThat(first.id()).isEqualTo(a.id());
    assertThat(first.markedSnippet("«", "»")).contains("«Ostmark»");
    assertThat(first.otherVersions())
        .containsExactly(
            new SearchHit.OtherVersion(e.id(), "it", e.title(), true),
            new SearchHit.OtherVersion(c.id(), "de", c.title(), false),
            new SearchHit.OtherVersion(b.id(), "fr", b.title(), false),
            new SearchHit.OtherVersion(d.id(), "it", d.title(), false));
  }

  @Test
  void aGroupReachesMatchingStatementsThroughOnesThatDoNotMatch() throws IOException {
    SolrGroupedSearch search = new SolrGroupedSearch(archive);
    assertTheChainIsOneGroup(search.run(ostmark()));
    assertThat(search.readWholeCollection()).isFalse();
  }

  @Test
  void smallCursorPagesGiveTheSameAnswer() throws IOException {
    SolrGroupedSearch search = new SolrGroupedSearch(archive, 1, 1000);
    assertTheChainIsOneGroup(search.run(ostmark()));
    assertThat(search.readWholeCollection()).isFalse();
  }

  @Test
  void readingTheWholeCollectionWhenCheaperGivesTheSameAnswer() throws IOException {
    SolrGroupedSearch search = new SolrGroupedSearch(archive, 1000, 1);
    assertTheChainIsOneGroup(search.run(ostmark()));
    assertThat(search.readWholeCollection()).isTrue();
  }

  @Test
  void theArchiveAnswersGroupedSearchesThisWay() throws IOException {
    Archive asArchive = archive;
    assertTheChainIsOneGroup(asArchive.search(ostmark()));
    SearchResult everything =
        asArchive.search(
            SearchRequest.builder("")
                .withAllVersions(true)
                .withGroupVersions(true)
                .withLimit(100)
                .build());
    assertThat(everything.total()).isEqualTo(8);
    // the chain, the lone statement, and u1 and u2 apart (their mid.ru id is English only)
    assertThat(everything.groups()).isEqualTo(4L);
    assertThat(groupsOf(everything))
        .containsExactlyInAnyOrder(ids(a, b, c, d, e), ids(lone), ids(u1), ids(u2));
  }

  @Test
  void requestSizesMustBePositive() {
    assertThatThrownBy(() -> new SolrGroupedSearch(archive, 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }
}
