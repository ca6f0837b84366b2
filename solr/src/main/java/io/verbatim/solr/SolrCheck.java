package io.verbatim.solr;

import io.verbatim.archive.CheckReport;
import io.verbatim.archive.CheckReport.Kind;
import io.verbatim.archive.CheckReport.Problem;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The integrity check of a SolrCloud archive ({@code verbatim check}), through SolrJ alone:
 *
 * <ol>
 *   <li>the collections' health, from the cluster state in ZooKeeper: every shard of the statements
 *       and originals collections has an active leader, and every replica is active on a live node
 *       (a {@link Kind#CLUSTER} problem per shard or replica that is not). Each node checks its own
 *       index files (Solr verifies checksums when it replicates and merges); a client cannot run
 *       Lucene's CheckIndex on them;
 *   <li>every stored record parses and names its source ({@link Kind#RECORD});
 *   <li>every original's bytes match their sha256, read back as {@link SolrArchive#openOriginal}
 *       does ({@link Kind#ORIGINAL_DAMAGED});
 *   <li>records and originals correspond ({@link Kind#ORIGINAL_MISSING}, {@link
 *       Kind#ORIGINAL_UNREFERENCED}).
 * </ol>
 *
 * <p>It writes nothing; there is no repair here (see {@link SolrArchiveProvider#check}).
 */
final class SolrCheck {
  private static final int PAGE = 500;

  private final SolrArchive archive;
  private final CloudSolrClient client;
  private final SolrLocation location;
  private final List<Problem> problems = new ArrayList<>();

  SolrCheck(SolrArchive archive, CloudSolrClient client, SolrLocation location) {
    this.archive = archive;
    this.client = client;
    this.location = location;
  }

  CheckReport run(Consumer<String> progress) throws IOException {
    progress.accept("checking the health of the collections of " + location);
    long shards = health(location.collection()) + health(location.originals());
    progress.accept("listing the stored originals");
    Set<String> stored = new HashSet<>(originalIds());
    progress.accept("reading the stored records");
    Map<String, String> namedBy = new HashMap<>();
    long[] records = {0};
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("fl", SolrFields.ID + "," + SolrFields.RECORD);
    archive.forEachDocument(
        p,
        d -> {
          records[0]++;
          record(d, stored, namedBy);
        });
    progress.accept("checking " + stored.size() + " original(s) against their sha256");
    for (String sha : stored) {
      checkOriginal(sha, namedBy.get(sha));
    }
    return new CheckReport(location.toString(), shards, records[0], stored.size(), problems, null);
  }

  /** Adds a problem per unhealthy shard or replica of {@code collection}; its shard count. */
  private long health(String collection) throws IOException {
    DocCollection state;
    Set<String> live;
    try {
      state = client.getClusterStateProvider().getCollection(collection);
      live = client.getClusterStateProvider().getLiveNodes();
    } catch (IOException | RuntimeException e) {
      problems.add(
          new Problem(
              Kind.CLUSTER,
              collection,
              "the state of collection " + collection + " cannot be read: " + e.getMessage()));
      return 0;
    }
    if (state == null) {
      problems.add(
          new Problem(Kind.CLUSTER, collection, "collection " + collection + " does not exist"));
      return 0;
    }
    for (Slice shard : state.getActiveSlices()) {
      String name = collection + "/" + shard.getName();
      Replica leader = shard.getLeader();
      if (leader == null || !leader.isActive(live)) {
        problems.add(
            new Problem(
                Kind.CLUSTER,
                name,
                "shard "
                    + name
                    + " has no active leader: its documents cannot be read or written"));
      }
      for (Replica replica : shard.getReplicas()) {
        if (!replica.isActive(live)) {
          problems.add(
              new Problem(
                  Kind.CLUSTER,
                  name + "/" + replica.getName(),
                  "replica "
                      + replica.getName()
                      + " of shard "
                      + name
                      + " on node "
                      + replica.getNodeName()
                      + " is "
                      + (live.contains(replica.getNodeName())
                          ? replica.getState().toString().toLowerCase(java.util.Locale.ROOT)
                          : "on a node that is down")));
        }
      }
    }
    return state.getActiveSlices().size();
  }

  private List<String> originalIds() throws IOException {
    List<String> ids = new ArrayList<>();
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("fl", SolrFields.ID);
    p.set("sort", SolrFields.ID + " asc");
    p.set("rows", PAGE);
    String mark = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      p.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      QueryResponse r = archive.query(location.originals(), p);
      for (SolrDocument d : r.getResults()) {
        ids.add((String) d.getFirstValue(SolrFields.ID));
      }
      String next = r.getNextCursorMark();
      if (next == null || next.equals(mark) || r.getResults().size() < PAGE) {
        return ids;
      }
      mark = next;
    }
  }

  private void record(SolrDocument d, Set<String> stored, Map<String, String> namedBy) {
    Object id = d.getFirstValue(SolrFields.ID);
    Statement s;
    try {
      s = SolrArchive.record(d);
    } catch (RuntimeException e) {
      problems.add(
          new Problem(
              Kind.RECORD,
              String.valueOf(id),
              "the stored record of " + id + " cannot be read: " + e.getMessage()));
      return;
    }
    if (s == null || s.id() == null || s.source() == null) {
      problems.add(
          new Problem(
              Kind.RECORD, String.valueOf(id), "the stored record of " + id + " has no source"));
      return;
    }
    for (String sha : List.of(s.source().sha256(), s.source().fileSha256())) {
      namedBy.putIfAbsent(sha, s.id());
      if (!stored.contains(sha)) {
        problems.add(Problem.originalMissing(s, sha, null));
      }
      if (s.source().sha256().equals(s.source().fileSha256())) {
        break;
      }
    }
  }

  private void checkOriginal(String sha, String namer) {
    try {
      Optional<InputStream> in = archive.openOriginal(sha); // checks the sha256 of the bytes
      if (in.isPresent()) {
        in.get().close();
      }
    } catch (IOException | RuntimeException e) {
      problems.add(
          new Problem(
              Kind.ORIGINAL_DAMAGED,
              sha,
              e.getMessage() + (namer == null ? "" : "; statement " + namer + " names it")));
      return;
    }
    if (namer == null) {
      problems.add(
          new Problem(
              Kind.ORIGINAL_UNREFERENCED,
              sha,
              "original "
                  + sha
                  + " is named by no stored record (left by a delete or a failed ingest, or its"
                  + " record was lost)"));
    }
  }
}
