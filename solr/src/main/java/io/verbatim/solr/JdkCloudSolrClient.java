package io.verbatim.solr;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.common.util.NamedList;

/**
 * A SolrCloud client that talks HTTP through the JDK's {@code java.net.http} client ({@link
 * HttpJdkSolrClient}) instead of Jetty: SolrJ's own {@code CloudHttp2SolrClient} needs Jetty 10's
 * HTTP client, and the application also carries a Jetty 12 server; one class path cannot hold both.
 *
 * <p>Cluster state comes from ZooKeeper ({@link ZkClientClusterStateProvider}); SolrJ's {@link
 * CloudSolrClient} routes updates to shard leaders and queries to live replicas; the {@link
 * LBSolrClient} below retries a request on the next replica when a node does not answer (and marks
 * it dead until it answers again). One {@link HttpJdkSolrClient} per replica or node URL, all on
 * one executor.
 */
final class JdkCloudSolrClient extends CloudSolrClient {
  private final ZkClientClusterStateProvider clusterState;
  private final JdkLbClient lbClient;

  private JdkCloudSolrClient(ZkClientClusterStateProvider clusterState, JdkLbClient lbClient) {
    super(true, true, false);
    this.clusterState = clusterState;
    this.lbClient = lbClient;
  }

  /**
   * A client for the ensemble {@code zkHosts} (under {@code chroot}, which may be null), connected.
   *
   * @throws org.apache.solr.common.SolrException when ZooKeeper cannot be reached in time
   */
  static JdkCloudSolrClient connect(
      List<String> zkHosts, String chroot, int zkConnectTimeoutMs, int zkClientTimeoutMs) {
    Objects.requireNonNull(zkHosts, "ZooKeeper hosts");
    ZkClientClusterStateProvider state = new ZkClientClusterStateProvider(zkHosts, chroot);
    state.setZkConnectTimeout(zkConnectTimeoutMs);
    state.setZkClientTimeout(zkClientTimeoutMs);
    JdkLbClient lb = new JdkLbClient();
    JdkCloudSolrClient client = new JdkCloudSolrClient(state, lb);
    try {
      client.connect();
    } catch (RuntimeException e) {
      try {
        client.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    return client;
  }

  @Override
  protected LBSolrClient getLbClient() {
    return lbClient;
  }

  @Override
  public ClusterStateProvider getClusterStateProvider() {
    return clusterState;
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } finally {
      try {
        clusterState.close();
      } finally {
        lbClient.close();
      }
    }
  }

  /** Load balancing and retry over replica URLs, each reached with its own JDK HTTP client. */
  private static final class JdkLbClient extends LBSolrClient {
    private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();
    private final ExecutorService executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "verbatim-solr-http");
              t.setDaemon(true);
              return t;
            });

    JdkLbClient() {
      super(List.of());
    }

    @Override
    protected SolrClient getClient(String url) {
      return clients.computeIfAbsent(
          url,
          u ->
              new HttpJdkSolrClient.Builder(u)
                  .withExecutor(executor)
                  // HTTP/1.1: Solr's Jetty does not upgrade cleartext connections to HTTP/2.
                  .useHttp1_1(true)
                  .withConnectionTimeout(15, TimeUnit.SECONDS)
                  .withIdleTimeout(120, TimeUnit.SECONDS)
                  .withRequestTimeout(600, TimeUnit.SECONDS)
                  .build());
    }

    @Override
    protected SolrClient getClient(Endpoint endpoint) {
      return getClient(endpoint.getUrl());
    }

    /**
     * Sends {@code request} to {@code url}, once more when the connection fails before an answer
     * (the JDK client reuses kept-alive connections and does not resend a POST on one the server
     * has closed meanwhile; Verbatim's requests are safe to resend: adds and deletes by id,
     * commits, queries). (The inherited method first tests for SolrJ's Jetty client class, which
     * would need Jetty on the class path.)
     */
    @Override
    protected NamedList<Object> doRequest(String url, SolrRequest<?> request, String collection)
        throws SolrServerException, IOException {
      SolrClient client = getClient(url);
      try {
        return client.request(request, collection);
      } catch (SolrServerException e) {
        if (!(e.getCause() instanceof IOException) || e.getCause() instanceof ConnectException) {
          throw e;
        }
      } catch (IOException e) {
        if (e instanceof ConnectException) {
          throw e;
        }
      }
      return client.request(request, collection);
    }

    @Override
    public void close() {
      try {
        super.close();
      } finally {
        for (HttpJdkSolrClient c : clients.values()) {
          try {
            c.close();
          } catch (IOException ignored) {
            // Closing an HTTP client only releases its connections; nothing to report.
          }
        }
        clients.clear();
        executor.shutdownNow();
      }
    }
  }
}
