package io.verbatim.lucene;

import io.verbatim.archive.VersionOrder;
import io.verbatim.archive.VersionOrder.Ref;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Keeps the {@link IndexFields#SUPERSEDED} flags of the index true while one writer adds and
 * deletes statements: of the versions of one statement (same key), the one {@link VersionOrder}
 * puts last has 0, every other 1.
 *
 * <p>How, cheaply: a statement added is compared with the latest stored version of its key (the
 * committed ones, less those deleted since the last commit, and those added since). When it comes
 * later, one buffered doc-values update sets 1 on every document of the key, then the new document
 * is added with 0: Lucene applies a buffered update only to the documents indexed before it, so the
 * new one keeps its 0 (the same rule as for buffered deletes). When it comes earlier (an import out
 * of order), it is added with 1 and nothing else changes. After a delete, the latest remaining
 * version gets 0 by id. Each costs one term lookup in the committed index; a statement whose key is
 * new costs nothing more than before. An index rebuilt from stored records comes out the same,
 * whatever the order of the records.
 *
 * <p>Not thread-safe: the archive calls it under its write lock.
 */
final class CurrentVersions {

  /** What the committed index holds (less what was deleted since the last commit). */
  interface Committed {
    /** The committed versions of {@code key}, less those deleted since the last commit. */
    List<Ref> versions(String key) throws IOException;

    /** The key of committed statement {@code id}, or null (no such statement, or no key). */
    String keyOf(String id) throws IOException;
  }

  private final Committed committed;
  private final Map<String, List<Ref>> pendingByKey = new HashMap<>();
  private final Map<String, String> pendingKeyOfId = new HashMap<>();

  CurrentVersions(Committed committed) {
    this.committed = Objects.requireNonNull(committed, "committed index");
  }

  /** Whether another version of {@code key} is stored (committed or added since the commit). */
  boolean isKnown(String key) throws IOException {
    return latest(key) != null;
  }

  /**
   * Prepares the addition of version {@code added} of {@code key} (null: a statement without
   * versions): marks the stored versions superseded when it comes after them.
   *
   * @return true when {@code added} is itself superseded (a later version is stored)
   */
  boolean beforeAdd(IndexWriter writer, String key, Ref added) throws IOException {
    if (key == null) {
      return false;
    }
    Ref latest = latest(key);
    if (latest == null) {
      return false;
    }
    if (added.isAfter(latest)) {
      writer.updateNumericDocValue(
          new Term(IndexFields.STATEMENT_KEY, key), IndexFields.SUPERSEDED, 1);
      return false;
    }
    return true;
  }

  /** Records that {@code added} of {@code key} was added (after {@link #beforeAdd}). */
  void added(String key, Ref added) {
    if (key != null) {
      pendingByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(added);
      pendingKeyOfId.put(added.id(), key);
    }
  }

  /** The key of statement {@code id}, stored or added since the commit, or null. */
  String keyOf(String id) throws IOException {
    String pending = pendingKeyOfId.get(id);
    return pending != null ? pending : committed.keyOf(id);
  }

  /**
   * After statement {@code id} of {@code key} was deleted (and the committed index told so): the
   * latest remaining version becomes current.
   */
  void afterDelete(IndexWriter writer, String key, String id) throws IOException {
    if (key == null) {
      return;
    }
    List<Ref> pending = pendingByKey.get(key);
    if (pending != null) {
      pending.removeIf(r -> r.id().equals(id));
    }
    pendingKeyOfId.remove(id);
    Ref latest = latest(key);
    if (latest != null) {
      writer.updateNumericDocValue(
          new Term(IndexFields.ID, latest.id()), IndexFields.SUPERSEDED, 0);
    }
  }

  /** After a commit (or a rollback): nothing is pending any more. */
  void clearPending() {
    pendingByKey.clear();
    pendingKeyOfId.clear();
  }

  private Ref latest(String key) throws IOException {
    Ref latest = null;
    for (Ref r : committed.versions(key)) {
      latest = VersionOrder.later(latest, r);
    }
    for (Ref r : pendingByKey.getOrDefault(key, List.of())) {
      latest = VersionOrder.later(latest, r);
    }
    return latest;
  }
}
