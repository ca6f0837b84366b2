package io.verbatim.solr;

import io.verbatim.archive.ArchiveVersionException;
import io.verbatim.archive.RecordUpgrades;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Brings an archive on SolrCloud of an older format up to {@link SolrArchive#FORMAT_VERSION} in
 * place ({@code verbatim solr upgrade}):
 *
 * <ol>
 *   <li>uploads this Verbatim's configset over the archive's ({@link SolrLocation#configSet()}),
 *   <li>reloads both collections, so they analyse with it,
 *   <li>re-adds every stored record (through {@link RecordUpgrades#apply}) to the statements
 *       collection, whose documents are replaced by id with newly analysed ones, and commits,
 *   <li>records the new format version.
 * </ol>
 *
 * <p>Originals are not touched. Safe to run again after a failure at any point: each step can be
 * repeated, and the format version is recorded only at the end, so until then the archive refuses
 * to open (it holds a mix of old and new documents). Searches by other clients during the upgrade
 * see that mix.
 */
final class SolrUpgrade {
  private static final int PAGE = 500;

  private final CloudSolrClient client;
  private final SolrLocation location;
  private final Consumer<String> progress;

  SolrUpgrade(CloudSolrClient client, SolrLocation location, Consumer<String> progress) {
    this.client = Objects.requireNonNull(client, "client");
    this.location = Objects.requireNonNull(location, "location");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Upgrades; the number of statements re-indexed (0: already current). */
  long run() throws IOException {
    if (!SolrAdmin.exists(client, location)) {
      throw new IOException(
          "no Verbatim archive at "
              + location
              + " to upgrade; create one with 'verbatim solr init --archive "
              + location
              + "'");
    }
    Integer recorded = SolrAdmin.formatVersion(client, location);
    int from = recorded == null ? 1 : recorded;
    if (from == SolrArchive.FORMAT_VERSION) {
      progress.accept(
          "the archive at " + location + " is already format " + from + "; nothing to do");
      return 0;
    }
    if (from > SolrArchive.FORMAT_VERSION || from < 1) {
      throw new ArchiveVersionException(
          "archive format "
              + from
              + " at "
              + location
              + " cannot be upgraded by this Verbatim (it writes format "
              + SolrArchive.FORMAT_VERSION
              + ")");
    }
    try {
      progress.accept("uploading the format " + SolrArchive.FORMAT_VERSION + " configset");
      new ConfigSetAdminRequest.Upload()
          .setConfigSetName(location.configSet())
          .setUploadStream(
              new ContentStreamBase.ByteArrayStream(
                  SolrAdmin.configSetZip(), "configset.zip", "application/zip"))
          .setOverwrite(true)
          .setCleanup(true)
          .process(client);
      for (String collection : List.of(location.collection(), location.originals())) {
        progress.accept("reloading " + collection);
        CollectionAdminRequest.reloadCollection(collection).process(client);
      }
    } catch (SolrServerException | SolrException e) {
      throw new IOException(
          "cannot install the new configset at " + location + ": " + e.getMessage(), e);
    }
    long count = reindex();
    SolrAdmin.setFormatVersion(client, location, SolrArchive.FORMAT_VERSION);
    progress.accept(
        "the archive at "
            + location
            + " is now format "
            + SolrArchive.FORMAT_VERSION
            + " ("
            + count
            + " statements re-indexed)");
    return count;
  }

  /** Re-adds every stored record, page by page in id order, and commits. */
  private long reindex() throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("fl", SolrFields.RECORD);
    p.set("sort", SolrFields.ID + " asc");
    p.set("rows", PAGE);
    String mark = CursorMarkParams.CURSOR_MARK_START;
    long count = 0;
    try {
      while (true) {
        p.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
        QueryResponse r =
            new QueryRequest(p, SolrRequest.METHOD.POST).process(client, location.collection());
        List<SolrInputDocument> docs = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
          Statement stored = SolrArchive.record(d);
          docs.add(SolrFields.toDocument(RecordUpgrades.apply(stored)));
        }
        if (!docs.isEmpty()) {
          new UpdateRequest().add(docs).process(client, location.collection());
          count += docs.size();
          progress.accept("re-indexed " + count + " statements");
        }
        String next = r.getNextCursorMark();
        if (next == null || next.equals(mark) || r.getResults().size() < PAGE) {
          break;
        }
        mark = next;
      }
      client.commit(location.collection(), true, true);
    } catch (SolrServerException | SolrException e) {
      throw new IOException(
          "re-indexing " + location + " stopped after " + count + " statements: " + e.getMessage(),
          e);
    }
    return count;
  }
}
