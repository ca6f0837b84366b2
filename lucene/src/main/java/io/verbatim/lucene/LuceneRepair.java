package io.verbatim.lucene;

import io.verbatim.archive.AddOutcome;
import io.verbatim.archive.CheckReport;
import io.verbatim.archive.CheckReport.Kind;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Repairs an embedded archive after a {@link LuceneCheck} found it damaged ({@code verbatim check
 * --repair}), run while the check holds the index's write lock.
 *
 * <ul>
 *   <li><b>Damaged originals</b> are moved aside to {@value #DAMAGED}{@code /} (never deleted), so
 *       that ingesting their file again stores them anew; the statements that name them keep their
 *       records. Original bytes cannot be made up: the report says which file to ingest again.
 *   <li><b>A damaged index, or records that cannot be read</b>: the index is rebuilt ({@link
 *       IndexRebuild}: in a staging folder, then swapped in, safe to resume after a crash) from
 *       every stored record that can still be read. When the index does not open, a copy of it
 *       without its damaged segments (Lucene's {@link CheckIndex#exorciseIndex}) is read instead.
 *   <li><b>Records lost</b> (unreadable, or in a dropped segment): the originals are the verbatim
 *       truth, so every original that may hold a lost statement is read again with the ingest
 *       readers (format by content), largest first, so that a whole CSV or JSON Lines file is read
 *       before its rows: each statement not already restored is added, with its ingest time taken
 *       from when its original was stored (the file's time) and its path as {@code
 *       originals/SHA256}. So no statement whose original is intact is lost. What a record held
 *       beyond its original is lost with it: a format named with {@code --format}, the file name
 *       (UNGDC files are dated and attributed by theirs), companion files (the UNGDC speaker
 *       table). A statement deleted earlier may come back (its delete was in the lost index): the
 *       report lists every statement read again.
 * </ul>
 */
final class LuceneRepair {
  /** Where damaged originals are moved, inside the archive folder. */
  static final String DAMAGED = "originals-damaged";

  /** Where a copy of an index that does not open is salvaged, inside the archive folder. */
  static final String SALVAGE = "index-salvage";

  private final Path dir;
  private final Consumer<String> progress;
  private final OriginalStore originals;
  private final List<String> reread = new ArrayList<>();
  private final List<String> lost = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private long fromRecords;
  private Directory salvageDirectory; // open while a salvaged copy is read

  private LuceneRepair(Path dir, Consumer<String> progress) {
    this.dir = dir;
    this.progress = progress;
    this.originals = new OriginalStore(dir.resolve(LuceneArchive.ORIGINALS_FOLDER));
  }

  /** Repairs the archive {@code check} holds, as far as {@code found} says it is damaged. */
  static CheckReport.Repair run(LuceneCheck check, CheckReport found, Consumer<String> progress)
      throws IOException {
    return new LuceneRepair(check.folder(), progress).repair(found);
  }

  private CheckReport.Repair repair(CheckReport found) throws IOException {
    for (CheckReport.Problem p : found.problems(Kind.ORIGINAL_DAMAGED)) {
      moveAside(p.subject());
    }
    boolean rebuild =
        !found.problems(Kind.INDEX).isEmpty() || !found.problems(Kind.RECORD).isEmpty();
    if (rebuild) {
      progress.accept("rebuilding the index from the stored records and the originals");
      IndexRebuild.finishSwap(dir);
      IndexRebuild.deleteTree(dir.resolve(IndexRebuild.STAGING));
      new IndexRebuild("repair", point -> {}, this::addTo).apply(dir);
    }
    for (CheckReport.Problem p : found.problems(Kind.ORIGINAL_MISSING)) {
      notes.add("not repaired: " + p.message());
    }
    return new CheckReport.Repair(rebuild, fromRecords, reread, lost, notes);
  }

  private void moveAside(String sha) throws IOException {
    Path file = originals.fileFor(sha);
    if (!Files.exists(file)) {
      return;
    }
    Path target = dir.resolve(DAMAGED).resolve(file.getFileName());
    DurableFiles.createDirectories(target.getParent());
    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
    DurableFiles.syncFolder(file.getParent());
    notes.add(
        "moved the damaged original "
            + sha
            + " aside to "
            + target
            + "; ingest its file again to store it anew");
  }

  /** The {@link IndexRebuild.Contents} of a repair. */
  private boolean addTo(Path index, LuceneArchive target) throws IOException {
    Set<String> ownShas = new HashSet<>(); // each restored statement's own original
    long[] unreadable = {0};
    boolean whole;
    try (Directory from = FSDirectory.open(index)) {
      DirectoryReader opened = openOrNull(from);
      whole = opened != null;
      if (opened == null) {
        progress.accept("the index does not open: reading a copy without its damaged segments");
        opened = salvagedCopy(index);
      }
      if (opened != null) {
        try (DirectoryReader reader = opened) {
          fromRecords =
              IndexRebuild.copyRecords(
                  reader,
                  target,
                  (leaf, doc, e) -> unreadable[0]++,
                  s -> ownShas.add(s.source().sha256()));
        }
      }
    } finally {
      if (salvageDirectory != null) {
        salvageDirectory.close();
        salvageDirectory = null;
      }
      IndexRebuild.deleteTree(dir.resolve(SALVAGE));
    }
    if (!whole || unreadable[0] > 0) {
      target.commit();
      reread(target, ownShas);
    }
    return true;
  }

  private static DirectoryReader openOrNull(Directory from) {
    try {
      return DirectoryReader.indexExists(from) ? DirectoryReader.open(from) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A copy of the index at {@code index} less its damaged segments, opened; null when none. */
  private DirectoryReader salvagedCopy(Path index) throws IOException {
    Path copy = dir.resolve(SALVAGE);
    IndexRebuild.deleteTree(copy);
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(index)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f)
            && !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
          Files.copy(f, copy.resolve(f.getFileName()));
        }
      }
    }
    try (Directory salvage = FSDirectory.open(copy)) {
      try (CheckIndex checkIndex = new CheckIndex(salvage)) {
        CheckIndex.Status status = checkIndex.checkIndex();
        if (status.missingSegments) {
          return null;
        }
        if (!status.clean) {
          checkIndex.exorciseIndex(status);
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    salvageDirectory = FSDirectory.open(copy);
    return openOrNull(salvageDirectory);
  }

  /**
   * Reads again every original that may hold a statement whose record was lost: all but those that
   * are the own bytes of a restored statement, largest first.
   */
  private void reread(LuceneArchive target, Set<String> ownShas) throws IOException {
    List<String> candidates = new ArrayList<>();
    for (String sha : originals.shas()) {
      if (!ownShas.contains(sha)) {
        candidates.add(sha);
      }
    }
    candidates.sort(Comparator.comparingLong(this::storedSize).reversed());
    progress.accept(
        "records were lost: reading " + candidates.size() + " original(s) again to restore them");
    Ingestor reader =
        Ingestor.inspector(Formats.standard(), Ingestor.Options.defaults().withReaderThreads(1));
    for (String sha : candidates) {
      if (ownShas.contains(sha)) {
        continue; // a row already restored from its file
      }
      byte[] bytes;
      try {
        Optional<InputStream> in = originals.open(sha);
        if (in.isEmpty()) {
          continue;
        }
        try (InputStream stream = in.get()) {
          bytes = stream.readAllBytes();
        }
      } catch (IOException e) {
        lost.add("original " + sha + " cannot be read again: " + e.getMessage());
        continue;
      }
      Instant stored = Files.getLastModifiedTime(originals.fileFor(sha)).toInstant();
      Ingestor.Inspection read =
          reader.inspect(new Capture(LuceneArchive.ORIGINALS_FOLDER + "/" + sha, null, bytes));
      for (Statement s : read.statements()) {
        Source was = s.source();
        Statement restored =
            s.toBuilder()
                .withSource(
                    new Source(
                        was.path(),
                        was.format(),
                        was.sha256(),
                        was.fileSha256(),
                        was.locator(),
                        stored))
                .build();
        if (target.add(restored) != AddOutcome.DUPLICATE) {
          reread.add(restored.id());
        }
        ownShas.add(restored.source().sha256());
      }
      if (read.statements().isEmpty()) {
        notes.add(
            "original "
                + sha
                + " holds no statement the readers recognise ("
                + read.report().getFailed().stream()
                    .map(IngestReport.Failure::reason)
                    .findFirst()
                    .orElse("nothing read")
                + ")");
      }
    }
  }

  private long storedSize(String sha) {
    try {
      return Files.size(originals.fileFor(sha));
    } catch (IOException e) {
      return 0;
    }
  }
}
