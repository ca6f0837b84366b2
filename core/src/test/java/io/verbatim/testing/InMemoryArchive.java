package io.verbatim.testing;

import io.verbatim.archive.AddOutcome;
import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveStats;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.VersionOrder;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Statement;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An archive in memory for tests of code above the archive interface (ingest, CLI plumbing). It
 * keeps the interface's add/commit/duplicate/version rules; it does not search (search is the
 * backends' business and is tested by {@code ArchiveContractTest}).
 */
public final class InMemoryArchive implements Archive {
  private final Map<String, byte[]> originals = new LinkedHashMap<>();
  private final Map<String, Statement> committed = new LinkedHashMap<>();
  private final Map<String, Statement> pending = new LinkedHashMap<>();
  private final java.util.Set<String> deleted = new java.util.HashSet<>();
  private int commits;

  @Override
  public String location() {
    return "memory";
  }

  @Override
  public synchronized String putOriginal(byte[] bytes) {
    String sha = Ingestor.sha256(bytes);
    originals.putIfAbsent(sha, bytes.clone());
    return sha;
  }

  @Override
  public synchronized Optional<InputStream> openOriginal(String sha256) {
    return Optional.ofNullable(originals.get(sha256)).map(ByteArrayInputStream::new);
  }

  @Override
  public synchronized AddOutcome add(Statement s) {
    if (s.id() == null || s.source() == null) {
      throw new IllegalArgumentException("a statement to add needs an id and a source");
    }
    if (contains(s.id())) {
      return AddOutcome.DUPLICATE;
    }
    boolean known =
        all().stream()
            .anyMatch(o -> o.statementKey() != null && o.statementKey().equals(s.statementKey()));
    pending.put(s.id(), s);
    return known ? AddOutcome.NEW_VERSION : AddOutcome.ADDED;
  }

  private List<Statement> all() {
    List<Statement> all = new ArrayList<>(committed.values());
    all.addAll(pending.values());
    return all;
  }

  @Override
  public synchronized boolean contains(String id) {
    return committed.containsKey(id) || pending.containsKey(id);
  }

  @Override
  public synchronized boolean delete(String id) {
    boolean stored = pending.remove(id) != null || committed.containsKey(id);
    if (committed.containsKey(id)) {
      deleted.add(id);
    }
    return stored;
  }

  @Override
  public synchronized void commit() {
    deleted.forEach(committed::remove);
    deleted.clear();
    committed.putAll(pending);
    pending.clear();
    commits++;
  }

  /** How many times {@link #commit} ran. */
  public synchronized int commits() {
    return commits;
  }

  /** Committed statements in the order they were added. */
  public synchronized List<Statement> statements() {
    return List.copyOf(committed.values());
  }

  @Override
  public synchronized Optional<Statement> get(String id) {
    return Optional.ofNullable(committed.get(id));
  }

  @Override
  public synchronized List<Statement> versions(String statementKey) {
    return committed.values().stream()
        .filter(s -> statementKey.equals(s.statementKey()))
        .sorted(VersionOrder.STATEMENTS)
        .toList();
  }

  @Override
  public SearchResult search(SearchRequest request) {
    throw new UnsupportedOperationException("the in-memory test archive does not search");
  }

  @Override
  public synchronized ArchiveStats stats() {
    long keys = committed.values().stream().map(Statement::statementKey).distinct().count();
    return new ArchiveStats(
        committed.size(), keys, originals.size(), Map.of(), Map.of(), Map.of(), 0);
  }

  @Override
  public void close() {}
}
