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

  /**
   * What the new index is built from. The migration's contents are the old index's stored records
   * ({@link #storedRecords}); a repair ({@link LuceneRepair}) adds what it salvages and re-reads.
   */
  interface Contents {
    /**
     * Adds to {@code target} (a new archive in {@value #STAGING}) every statement the new index
     * holds, reading the old index at {@code index}; false when there is no index to rebuild.
     */
    boolean addTo(Path index, LuceneArchive target) throws IOException;
  }

  private final String why;
  private final Checkpoint checkpoint;
  private final Contents contents;

  /** A rebuild from the stored records whose {@link #description()} ends with {@code why}. */
  IndexRebuild(String why) {
    this(why, point -> {});
  }

  IndexRebuild(String why, Checkpoint checkpoint) {
    this(why, checkpoint, IndexRebuild::storedRecords);
  }

  /** A rebuild of the index from {@code contents}. */
  IndexRebuild(String why, Checkpoint checkpoint, Contents contents) {
    this.why = why;
    this.checkpoint = checkpoint;
    this.contents = contents;
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
    if (finishSwap(dir)) {
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

  /**
   * Finishes a swap of indexes that a rebuild began in archive {@code dir} before it was
   * interrupted (the old index already moved aside), and deletes the leftovers of a finished one.
   * An unfinished build is left for the next rebuild to throw away.
   *
   * @return true when a swap had begun or finished (there is nothing more to do)
   */
  static boolean finishSwap(Path dir) throws IOException {
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
      return true;
    }
    if (Files.exists(flag) && !Files.exists(built)) {
      deleteTree(staging); // the swap finished; only the cleanup was interrupted
      return true;
    }
    return false;
  }

  /** One live document of the old index, in ingest order. */
  private record Entry(Instant ingestedAt, String id, int doc) {}

  /**
   * Adds every record of the index at {@code index} to a new archive in {@code staging}; false when
   * there is no index to read.
   */
  private boolean build(Path index, Path staging) throws IOException {
    try (LuceneArchive target = LuceneArchive.open(staging, true)) {
      if (!contents.addTo(index, target)) {
        return false;
      }
      target.commit();
    }
    return true;
  }

  /** The migration's {@link Contents}: every stored record, any that cannot be read failing it. */
  private static boolean storedRecords(Path index, LuceneArchive target) throws IOException {
    try (Directory from = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(from)) {
        return false;
      }
      try (DirectoryReader reader = DirectoryReader.open(from)) {
        copyRecords(
            reader,
            target,
            (leaf, doc, e) -> {
              throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            });
      }
    }
    return true;
  }

  /** Hears of a live document whose stored record cannot be read or parsed. */
  interface Unreadable {
    void at(LeafReaderContext leaf, int doc, Exception cause) throws IOException;
  }

  /**
   * Adds the stored record of every live document of {@code reader} to {@code target}, brought up
   * to date by {@link RecordUpgrades}, in ingest order ({@code source.ingestedAt}, then id),
   * committing every {@value #COMMIT_EVERY}; a record that cannot be read goes to {@code
   * unreadable} and is left out.
   *
   * @return the statements added
   */
  static long copyRecords(DirectoryReader reader, LuceneArchive target, Unreadable unreadable)
      throws IOException {
    return copyRecords(reader, target, unreadable, s -> {});
  }

  /** {@link #copyRecords(DirectoryReader, LuceneArchive, Unreadable)}, telling {@code added}. */
  static long copyRecords(
      DirectoryReader reader,
      LuceneArchive target,
      Unreadable unreadable,
      java.util.function.Consumer<Statement> added)
      throws IOException {
    List<Entry> order = new ArrayList<>(reader.numDocs());
    StoredFields stored = reader.storedFields();
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (live == null || live.get(d)) {
          int doc = leaf.docBase + d;
          try {
            Statement s = record(stored, doc);
            order.add(new Entry(s.source() == null ? null : s.source().ingestedAt(), s.id(), doc));
          } catch (IOException | RuntimeException e) {
            unreadable.at(leaf, d, e);
          }
        }
      }
    }
    order.sort(
        Comparator.comparing(Entry::ingestedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Entry::id, Comparator.nullsFirst(Comparator.naturalOrder())));
    long count = 0;
    for (Entry e : order) {
      Statement s = RecordUpgrades.apply(record(stored, e.doc()));
      target.add(s);
      added.accept(s);
      if (++count % COMMIT_EVERY == 0) {
        target.commit();
      }
    }
    return count;
  }

  /**
   * The stored record of index document {@code doc}.
   *
   * @throws IOException when it cannot be read, is absent or does not parse
   */
  static Statement record(StoredFields stored, int doc) throws IOException {
    String json = stored.document(doc, Set.of(IndexFields.RECORD)).get(IndexFields.RECORD);
    if (json == null) {
      throw new IOException("index document " + doc + " has no stored record");
    }
    try {
      return Json.readStatement(json);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void move(Path from, Path to, Path dir) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    DurableFiles.syncFolder(dir);
  }

  static void deleteTree(Path root) throws IOException {
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
