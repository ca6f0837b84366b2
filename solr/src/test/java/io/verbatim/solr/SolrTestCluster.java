package io.verbatim.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * A SolrCloud cluster for tests: {@link MiniSolrCloudCluster} from solr-test-framework, with an
 * embedded ZooKeeper and Jetty nodes on loopback ports, started from plain JUnit 5 (no Lucene test
 * runner). The verbatim-solr-plugin classes are on the test class path, so the configset's Russian
 * lemma filter loads as in a real Solr with the plugin jar in its lib.
 */
final class SolrTestCluster implements AutoCloseable {
  static final int SHARDS = 2;
  static final int REPLICAS = 2;

  private final Path baseDir;
  private final MiniSolrCloudCluster cluster;

  private SolrTestCluster(Path baseDir, MiniSolrCloudCluster cluster) {
    this.baseDir = baseDir;
    this.cluster = cluster;
  }

  /** Starts {@code nodes} Solr nodes and a ZooKeeper. */
  static SolrTestCluster start(int nodes) throws Exception {
    Path base = Files.createTempDirectory("verbatim-solr-test");
    System.setProperty("solr.default.confdir", "");
    System.setProperty("solr.install.dir", base.toString());
    System.setProperty("solr.log.dir", base.resolve("logs").toString());
    System.setProperty("solr.autoCommit.maxTime", "-1");
    System.setProperty("solr.directoryFactory", "solr.NRTCachingDirectoryFactory");
    System.setProperty("zookeeper.admin.enableServer", "false");
    System.setProperty("solr.enableMetrics", "false");
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster(nodes, base, JettyConfig.builder().build());
    return new SolrTestCluster(base, cluster);
  }

  MiniSolrCloudCluster cluster() {
    return cluster;
  }

  /** {@code solr://127.0.0.1:port[/chroot]/collection} for this cluster. */
  String location(String collection) {
    String zk = cluster.getZkServer().getZkAddress(); // host:port/solr
    return SolrLocation.SCHEME + zk + "/" + collection;
  }

  /** Creates the archive {@code collection} with {@link #SHARDS} × {@link #REPLICAS}. */
  SolrLocation createArchive(String collection) throws IOException {
    SolrLocation location = SolrLocation.parse(location(collection));
    SolrArchive.init(location, SHARDS, REPLICAS);
    return location;
  }

  /** Deletes every document of the archive at {@code location} (both collections), committed. */
  void wipe(SolrLocation location) throws IOException {
    SolrClient client = cluster.getSolrClient();
    try {
      for (String c : List.of(location.collection(), location.originals())) {
        client.deleteByQuery(c, "*:*");
        client.commit(c, true, true);
      }
    } catch (SolrServerException e) {
      throw new IOException(e);
    }
  }

  Optional<Path> baseDir() {
    return Optional.of(baseDir);
  }

  @Override
  public void close() throws Exception {
    cluster.shutdown();
  }
}
