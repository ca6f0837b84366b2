package io.verbatim.solr;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.AddOutcome;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, every shard on both (replication factor 2): with one node stopped, searches keep
 * giving the same answers; when it is back, ingest goes on and nothing is lost.
 */
class SolrFailoverTest {
  private static SolrTestCluster solr;
  private static SolrLocation location;

  @BeforeAll
  static void startCluster() throws Exception {
    solr = SolrTestCluster.start(2);
    location = solr.createArchive("failover");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (solr != null) {
      solr.close();
    }
  }

  private static Statement statement(int n) {
    String body =
        "Statement " + n + " on harbour security and " + (n % 2 == 0 ? "fisheries" : "grain") + ".";
    String sha = Ingestor.sha256(body.getBytes(StandardCharsets.UTF_8));
    return Statement.builder()
        .withId(Statement.idFor(sha))
        .withStatementKey("key:" + n)
        .withSource(new Source("t/" + n + ".txt", "capture", sha, sha, null, Instant.EPOCH))
        .withLanguage("en")
        .withBody(body)
        .build();
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(h -> h.id()).toList();
  }

  @Test
  void searchesAnswerWithANodeDownAndIngestGoesOnWhenItIsBack() throws Exception {
    List<String> added = new ArrayList<>();
    try (SolrArchive archive = SolrArchive.open(location, false)) {
      // Failover is SolrJ's cloud routing and retry over the JDK HTTP client, not Jetty's.
      assertThat(archive.client()).isInstanceOf(JdkCloudSolrClient.class);
      for (int i = 0; i < 200; i++) {
        Statement s = statement(i);
        assertThat(archive.add(s)).isEqualTo(AddOutcome.ADDED);
        added.add(s.id());
      }
      archive.commit();
      SearchRequest fisheries = SearchRequest.builder("fisheries").withLimit(100).build();
      SearchResult before = archive.search(fisheries);
      assertThat(before.total()).isEqualTo(100);

      JettySolrRunner stopped = solr.cluster().stopJettySolrRunner(1);
      solr.cluster().waitForJettyToStop(stopped);
      for (int round = 0; round < 20; round++) {
        SearchResult during = archive.search(fisheries);
        assertThat(during.total()).as("round " + round).isEqualTo(before.total());
        assertThat(ids(during)).as("round " + round).isEqualTo(ids(before));
        assertThat(archive.search(SearchRequest.builder("").withLimit(0).build()).total())
            .isEqualTo(200);
      }
      assertThat(archive.get(added.get(7))).isPresent();

      solr.cluster().startJettySolrRunner(stopped);
      solr.cluster()
          .waitForActiveCollection(
              location.collection(),
              60,
              TimeUnit.SECONDS,
              SolrTestCluster.SHARDS,
              SolrTestCluster.SHARDS * SolrTestCluster.REPLICAS);
      for (int i = 200; i < 250; i++) {
        Statement s = statement(i);
        assertThat(archive.add(s)).isEqualTo(AddOutcome.ADDED);
        added.add(s.id());
      }
      archive.commit();
    }
    try (SolrArchive reopened = SolrArchive.open(location, false)) {
      SearchResult all = reopened.search(SearchRequest.builder("").withLimit(1000).build());
      assertThat(all.total()).isEqualTo(250);
      assertThat(ids(all)).containsExactlyInAnyOrderElementsOf(added);
      assertThat(reopened.search(SearchRequest.builder("fisheries").build()).total())
          .isEqualTo(125);
    }
  }
}
