package io.verbatim.solr;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ResearchQuestionsContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The research questions on a 2-node SolrCloud (2 shards × 2 replicas). */
class SolrResearchQuestionsTest extends ResearchQuestionsContractTest {
  private SolrTestCluster solr;

  @Override
  protected Archive newArchive(String name) throws IOException {
    if (solr == null) {
      try {
        solr = SolrTestCluster.start(2);
      } catch (Exception e) {
        throw new UncheckedIOException(new IOException("cannot start the mini cluster", e));
      }
    }
    return SolrArchive.open(solr.createArchive(name.replace("-", "")), false);
  }

  @Override
  protected void afterArchivesClosed() throws Exception {
    if (solr != null) {
      solr.close();
    }
  }
}
