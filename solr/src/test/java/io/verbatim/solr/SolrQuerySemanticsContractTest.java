package io.verbatim.solr;

import io.verbatim.archive.Archive;
import io.verbatim.archive.QuerySemanticsContractTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The search semantics contract on a 2-node SolrCloud (2 shards × 2 replicas). */
class SolrQuerySemanticsContractTest extends QuerySemanticsContractTest {
  private static SolrTestCluster solr;
  private static SolrLocation archiveLocation;

  @BeforeAll
  static void startCluster() throws Exception {
    solr = SolrTestCluster.start(2);
    archiveLocation = solr.createArchive("semantics");
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
