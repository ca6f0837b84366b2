package io.verbatim.solr;

import io.verbatim.archive.VersionOrder;
import io.verbatim.archive.VersionOrder.Ref;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;

/**
 * The writer's side of the {@link SolrFields#SUPERSEDED} flags on SolrCloud: of the versions of one
 * statement (same key), the one {@link VersionOrder} puts last has 0, every other 1.
 *
 * <p>How: a statement added is compared with the latest version of its key among the committed ones
 * (found by the same query that finds duplicates) and those this writer added since the last commit
 * (remembered here). When it comes later, the previous latest gets 1 by an in-place update (the
 * flag is a docValues-only numeric field, so Solr rewrites only its value, never the document) and
 * the new one is added with 0; when it comes earlier (an import out of order), it is added with 1.
 * After a delete, the latest remaining version gets 0 the same way. Solr applies the updates of one
 * request in order, and in-place updates reach documents not yet committed (through the update
 * log).
 *
 * <p>Not thread-safe: the archive has one writer.
 */
final class SolrCurrentVersions {
  private final Map<String, List<Ref>> pendingByKey = new HashMap<>();

  /** The latest of {@code committed} and the versions of {@code key} added since the commit. */
  Ref latest(String key, List<Ref> committed) {
    Ref latest = null;
    for (Ref r : committed) {
      latest = VersionOrder.later(latest, r);
    }
    for (Ref r : pendingByKey.getOrDefault(key, List.of())) {
      latest = VersionOrder.later(latest, r);
    }
    return latest;
  }

  /** Records that version {@code added} of {@code key} was added. */
  void added(String key, Ref added) {
    pendingByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(added);
  }

  /** Records that statement {@code id} of {@code key} was deleted. */
  void removed(String key, String id) {
    List<Ref> pending = pendingByKey.get(key);
    if (pending != null) {
      pending.removeIf(r -> r.id().equals(id));
    }
  }

  /** After a commit: nothing is pending any more. */
  void clearPending() {
    pendingByKey.clear();
  }

  /** The in-place update that sets the flag of statement {@code id}. */
  static SolrInputDocument flag(String id, boolean superseded) {
    SolrInputDocument update = new SolrInputDocument();
    update.addField(SolrFields.ID, id);
    update.addField(SolrFields.SUPERSEDED, Map.of("set", superseded ? 1L : 0L));
    return update;
  }
}
