package io.verbatim.solr;

import io.verbatim.archive.Archive;
import io.verbatim.archive.LimitsContractTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The limits contract on a 2-node SolrCloud (2 shards × 2 replicas). The long body is 21,000,000
 * characters, not the full 64 Mi: the test JVM holds both nodes and both replicas of the document
 * (each keeps the record, the stored body and its term vectors), within the 2 GB test heap. It is
 * over Jackson's default string limit (20,000,000), the one that used to fail; the same record
 * limit and the same reading constraint apply as on the embedded archive.
 */
class SolrLimitsContractTest extends LimitsContractTest {
  private static SolrTestCluster solr;
  private static SolrLocation archiveLocation;

  @BeforeAll
  static void startCluster() throws Exception {
    solr = SolrTestCluster.start(2);
    archiveLocation = solr.createArchive("limits");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (solr != null) {
      solr.close();
    }
  }

  /**
   * 21,000,000 characters, or {@code -Dverbatim.solr.longBodyChars=67108864} for the full limit.
   */
  @Override
  protected int longBodyChars() {
    return Integer.getInteger("verbatim.solr.longBodyChars", 21_000_000);
  }

  @Override
  protected String newLocation() throws IOException {
    solr.wipe(archiveLocation);
    return archiveLocation.toString();
  }

  @Override
  protected Archive openArchive(String location) throws IOException {
    return SolrArchive.open(SolrLocation.parse(location), false);
  }
}
