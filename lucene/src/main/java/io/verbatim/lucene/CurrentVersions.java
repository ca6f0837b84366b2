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
 * <p>How, cheaply: a statement added is compared with the other stored versions of its key (the
 * committed ones, less those deleted since the last commit, and those added since). When it comes
 * after all of them it is added with 0 and each of them gets 1 by a buffered doc-values update by
 * id; otherwise (an import out of order) it is added with 1 and nothing else changes. Lucene
 * applies a buffered update to the documents indexed before it, whether committed or not, so the
 * order of additions within one commit does not matter; the updates come after the new document, so
 * that the flag's field exists in the index even when it was written before the flag was (a field
 * must exist to be updated), and documents without the flag count as current. After a delete, the
 * latest remaining version gets 0 by id. Each addition costs one term lookup in the committed
 * index, as the duplicate check already did, plus one update per other version. An index rebuilt
 * from stored records comes out the same, whatever the order of the records.
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

  /** The stored versions of {@code key} (committed or added since the commit); none for null. */
  List<Ref> versions(String key) throws IOException {
    if (key == null) {
      return List.of();
    }
    List<Ref> all = new ArrayList<>(committed.versions(key));
    all.addAll(pendingByKey.getOrDefault(key, List.of()));
    return all;
  }

  /** True when {@code added} comes before one of {@code others}, which then supersedes it. */
  static boolean isSuperseded(Ref added, List<Ref> others) {
    for (Ref other : others) {
      if (!added.isAfter(other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * After version {@code added} of {@code key} was added to {@code writer} with its flag set by
   * {@link #isSuperseded}: when it is the latest, flags the {@code others} (its key's versions
   * before it) superseded; and remembers it.
   */
  void added(IndexWriter writer, String key, Ref added, List<Ref> others) throws IOException {
    if (key == null) {
      return;
    }
    if (!isSuperseded(added, others)) {
      for (Ref other : others) {
        writer.updateNumericDocValue(
            new Term(IndexFields.ID, other.id()), IndexFields.SUPERSEDED, 1);
      }
    }
    pendingByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(added);
    pendingKeyOfId.put(added.id(), key);
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
    Ref latest = null;
    for (Ref r : versions(key)) {
      latest = VersionOrder.later(latest, r);
    }
    // An index without the flag's field has no superseded version to bring back.
    if (latest != null && writer.getFieldNames().contains(IndexFields.SUPERSEDED)) {
      writer.updateNumericDocValue(
          new Term(IndexFields.ID, latest.id()), IndexFields.SUPERSEDED, 0);
    }
  }

  /** After a commit (or a rollback): nothing is pending any more. */
  void clearPending() {
    pendingByKey.clear();
    pendingKeyOfId.clear();
  }
}
