package io.verbatim.lucene;

import io.verbatim.archive.RecordUpgrades;
import io.verbatim.model.Json;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The migration step that rebuilds an archive's index from the records it stores, for formats whose
 * index fields or analysis changed (format 1 to 2: every word indexed, exact forms beside stems).
 * Originals are not touched.
 *
 * <p>What it reads from the old index is only the stored {@code record} of each live document. Each
 * record goes through {@link RecordUpgrades#apply} and is added, in ingest order ({@code
 * source.ingestedAt}, then id), through {@link LuceneArchive#add} into a new archive in {@value
 * #STAGING}; when that is committed and closed, {@value #BUILT_FLAG} is written there, and the new
 * index is swapped in: {@code index/} is renamed {@value #OLD}, the new index renamed {@code
 * index/}, and both leftovers deleted.
 *
 * <p>Safe to run again after a crash at any point: an unfinished build is thrown away and done
 * again; a swap that began (the old index already renamed) is finished; leftovers of a finished
 * swap are deleted. Run after the whole rebuild (the marker not yet rewritten), it rebuilds the new
 * index from itself, which changes nothing. Memory: two small values per statement for the ingest
 * order; records are read one at a time.
 */
final class IndexRebuild implements Migrations.Step {
  /** The folder, inside the archive, where the new index is built (as a whole archive). */
  static final String STAGING = "index-rebuild";

  /** The file in {@value #STAGING} that says the new index is complete. */
  static final String BUILT_FLAG = "REBUILT";

  /** What {@code index/} is renamed to while the new one is moved in. */
  static final String OLD = "index-before-rebuild";

  /** Statements added between commits of the new index. */
  private static final int COMMIT_EVERY = 2_000;

  /** Called at each point of no return; tests throw from it to simulate a crash there. */
  interface Checkpoint {
    void reached(String point) throws IOException;
  }

  private final String why;
  private final Checkpoint checkpoint;

  /** A rebuild whose {@link #description()} ends with {@code why}. */
  IndexRebuild(String why) {
    this(why, point -> {});
  }

  IndexRebuild(String why, Checkpoint checkpoint) {
    this.why = why;
    this.checkpoint = checkpoint;
  }

  @Override
  public String description() {
    return "rebuild the index from the stored records (" + why + ")";
  }

  @Override
  public void apply(Path dir) throws IOException {
    Path index = dir.resolve(LuceneArchive.INDEX_FOLDER);
    Path staging = dir.resolve(STAGING);
    Path built = staging.resolve(LuceneArchive.INDEX_FOLDER);
    Path flag = staging.resolve(BUILT_FLAG);
    Path old = dir.resolve(OLD);
    if (Files.exists(old)) {
      // A swap began: finish it.
      if (!Files.exists(index)) {
        if (!Files.exists(flag) || !Files.exists(built)) {
          throw new IOException(
              "the archive "
                  + dir
                  + " is damaged: its index was moved to "
                  + old
                  + " for a rebuild, but the rebuilt index is missing; rename "
                  + old
                  + " back to "
                  + index
                  + " and open the archive again");
        }
        move(built, index, dir);
      }
      deleteTree(old);
      deleteTree(staging);
      return;
    }
    if (Files.exists(flag) && !Files.exists(built)) {
      deleteTree(staging); // the swap finished; only the cleanup was interrupted
      return;
    }
    if (!Files.exists(flag)) {
      deleteTree(staging);
      if (!build(index, staging)) {
        deleteTree(staging);
        return; // no index yet: nothing to rebuild
      }
      DurableFiles.writeAtomically(
          flag, "complete\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      checkpoint.reached("built");
    }
    move(index, old, dir);
    checkpoint.reached("old index moved aside");
    move(built, index, dir);
    checkpoint.reached("new index in place");
    deleteTree(old);
    checkpoint.reached("old index deleted");
    deleteTree(staging);
  }

  /** One live document of the old index, in ingest order. */
  private record Entry(Instant ingestedAt, String id, int doc) {}

  /**
   * Adds every record of the index at {@code index} to a new archive in {@code staging}; false when
   * there is no index to read.
   */
  private static boolean build(Path index, Path staging) throws IOException {
    try (Directory from = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(from)) {
        return false;
      }
      try (DirectoryReader reader = DirectoryReader.open(from)) {
        List<Entry> order = new ArrayList<>(reader.numDocs());
        forEachRecord(
            reader,
            (doc, s) ->
                order.add(
                    new Entry(s.source() == null ? null : s.source().ingestedAt(), s.id(), doc)));
        order.sort(
            Comparator.comparing(
                    Entry::ingestedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Entry::id, Comparator.nullsFirst(Comparator.naturalOrder())));
        StoredFields stored = reader.storedFields();
        try (LuceneArchive target = LuceneArchive.open(staging, true)) {
          int added = 0;
          for (Entry e : order) {
            target.add(RecordUpgrades.apply(record(stored, e.doc())));
            if (++added % COMMIT_EVERY == 0) {
              target.commit();
            }
          }
          target.commit();
        }
      }
    }
    return true;
  }

  private interface RecordSink {
    void accept(int doc, Statement statement);
  }

  private static void forEachRecord(DirectoryReader reader, RecordSink sink) throws IOException {
    StoredFields stored = reader.storedFields();
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (live == null || live.get(d)) {
          int doc = leaf.docBase + d;
          sink.accept(doc, record(stored, doc));
        }
      }
    }
  }

  private static Statement record(StoredFields stored, int doc) {
    try {
      String json = stored.document(doc, Set.of(IndexFields.RECORD)).get(IndexFields.RECORD);
      if (json == null) {
        throw new IOException("index document " + doc + " has no stored record to rebuild from");
      }
      return Json.readStatement(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to, Path dir) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    DurableFiles.syncFolder(dir);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
