package io.verbatim.solr;

import io.verbatim.archive.Archive;
import io.verbatim.archive.VersionsContractTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The versions contract (one statement, one count; statements without text) on a 2-node SolrCloud
 * (2 shards × 2 replicas): the versions of one statement may sit on different shards, so the flags
 * are set by in-place updates routed by id.
 */
class SolrVersionsContractTest extends VersionsContractTest {
  private static SolrTestCluster solr;
  private static SolrLocation archiveLocation;

  @BeforeAll
  static void startCluster() throws Exception {
    solr = SolrTestCluster.start(2);
    archiveLocation = solr.createArchive("versions");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (solr != null) {
      solr.close();
    }
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
