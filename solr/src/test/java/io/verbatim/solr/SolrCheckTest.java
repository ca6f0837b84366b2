package io.verbatim.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.archive.CheckReport;
import io.verbatim.archive.CheckReport.Kind;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code verbatim check} on SolrCloud (2 nodes, 2 shards × 2 replicas): clean on a healthy archive,
 * a record whose original is not stored named, a node down reported as unhealthy replicas, and
 * {@code --repair} refused with a message saying what to do instead. The node is stopped last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCheckTest {
  private static SolrTestCluster solr;
  private static SolrLocation location;

  @BeforeAll
  static void startCluster() throws Exception {
    solr = SolrTestCluster.start(2);
    location = solr.createArchive("checked");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (solr != null) {
      solr.close();
    }
  }

  private static Statement statement(String body, boolean storeOriginal, SolrArchive archive)
      throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String sha = storeOriginal ? archive.putOriginal(bytes) : Ingestor.sha256(bytes);
    return Statement.builder()
        .withId(Statement.idFor(sha))
        .withStatementKey("key:" + sha.substring(0, 8))
        .withSource(new Source("in/" + sha + ".txt", "capture", sha, sha, null, Instant.EPOCH))
        .withLanguage("en")
        .withBody(body)
        .build();
  }

  private static CheckReport check(boolean repair) throws Exception {
    return new SolrArchiveProvider().check(location.toString(), repair, line -> {});
  }

  @Test
  @Order(1)
  void aHealthyArchiveIsCleanAndARecordWithoutItsOriginalIsNamed() throws Exception {
    solr.wipe(location);
    try (SolrArchive archive = SolrArchive.open(location, false)) {
      for (String body : new String[] {"The talks resumed.", "The border reopened.", "Aid came."}) {
        archive.add(statement(body, true, archive));
      }
      archive.commit();
    }

    CheckReport clean = check(false);
    assertThat(clean.problems()).isEmpty();
    assertThat(clean.records()).isEqualTo(3);
    assertThat(clean.originals()).isEqualTo(3);
    assertThat(clean.indexParts()).isEqualTo(2L * SolrTestCluster.SHARDS); // both collections

    String orphanId;
    try (SolrArchive archive = SolrArchive.open(location, false)) {
      Statement withoutOriginal = statement("Its original was never stored.", false, archive);
      orphanId = withoutOriginal.id();
      archive.add(withoutOriginal);
      archive.commit();
    }
    CheckReport found = check(false);
    assertThat(found.damaged()).isTrue();
    assertThat(found.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.ORIGINAL_MISSING);
              assertThat(p.subject()).isEqualTo(orphanId);
            });
  }

  @Test
  @Order(2)
  void repairIsRefusedWithWhatToDoInstead() {
    assertThatThrownBy(() -> check(true))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("not available for SolrCloud")
        .hasMessageContaining("RESTORE");
  }

  @Test
  @Order(3)
  void aNodeDownIsReportedAsUnhealthyReplicas() throws Exception {
    String node = solr.cluster().getJettySolrRunner(1).getNodeName();
    JettySolrRunner stopped = solr.cluster().stopJettySolrRunner(1);
    solr.cluster().waitForJettyToStop(stopped);
    try {
      CheckReport found = check(false);
      assertThat(found.damaged()).isTrue();
      // Each problem names the stopped node, or, while a new leader is not yet elected for a
      // shard whose leader was on it, says the shard has no active leader.
      assertThat(found.problems(Kind.CLUSTER))
          .isNotEmpty()
          .anySatisfy(p -> assertThat(p.message()).contains(node))
          .allSatisfy(
              p ->
                  assertThat(p.message())
                      .satisfiesAnyOf(
                          m -> assertThat(m).contains(node),
                          m -> assertThat(m).contains("has no active leader")));
    } finally {
      solr.cluster().startJettySolrRunner(stopped);
      solr.cluster()
          .waitForActiveCollection(
              location.collection(),
              60,
              TimeUnit.SECONDS,
              SolrTestCluster.SHARDS,
              SolrTestCluster.SHARDS * SolrTestCluster.REPLICAS);
    }
  }
}
