package io.verbatim.lucene;

import io.verbatim.archive.ArchiveLockedException;
import io.verbatim.archive.ArchiveVersionException;
import io.verbatim.archive.CheckReport;
import io.verbatim.archive.CheckReport.Kind;
import io.verbatim.archive.CheckReport.Problem;
import io.verbatim.model.Statement;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The integrity check of an embedded archive ({@code verbatim check}), in four steps:
 *
 * <ol>
 *   <li>the index, with Lucene's {@link CheckIndex} (checksums of every file, then every part of
 *       every segment): each damaged segment is one {@link Kind#INDEX} problem;
 *   <li>every live document's stored record is read and parsed, and must name its source, with an
 *       id derived from the source's sha256 ({@link Kind#RECORD});
 *   <li>every original under {@code originals/} is inflated and its bytes checked against the
 *       sha256 its name states ({@link Kind#ORIGINAL_DAMAGED});
 *   <li>records and originals correspond: every original a record names (its own bytes and its
 *       file's) is stored ({@link Kind#ORIGINAL_MISSING}); an original no record names is listed
 *       ({@link Kind#ORIGINAL_UNREFERENCED}, not damage: a delete leaves its original).
 * </ol>
 *
 * <p>It holds the index's write lock from {@link #open} to {@link #close}, so no writer changes the
 * index while it is read (and another process writing the archive makes {@link #open} fail with
 * {@link ArchiveLockedException}); readers (a running {@code serve}) are not disturbed. It writes
 * nothing. A segment with many unreadable records gives at most {@value #PROBLEMS_PER_SEGMENT}
 * record problems and one line counting the rest.
 */
final class LuceneCheck implements Closeable {
  static final int PROBLEMS_PER_SEGMENT = 50;

  private final Path dir;
  private final Directory index;
  private final CheckIndex checkIndex; // holds the write lock until closed

  private LuceneCheck(Path dir, Directory index, CheckIndex checkIndex) {
    this.dir = dir;
    this.index = index;
    this.checkIndex = checkIndex;
  }

  /**
   * Opens the archive in {@code folder} for a check, taking its index write lock.
   *
   * @throws ArchiveLockedException when another process is writing the archive
   * @throws ArchiveVersionException when the archive was written by a newer Verbatim
   * @throws IOException when the folder is not an archive
   */
  static LuceneCheck open(Path folder) throws IOException {
    Path dir = folder.toAbsolutePath().normalize();
    if (!Files.exists(dir.resolve(ArchiveMarker.FILE_NAME))) {
      throw new IOException(
          "no Verbatim archive at " + dir + " (it has no " + ArchiveMarker.FILE_NAME + ")");
    }
    ArchiveMarker marker = ArchiveMarker.read(dir);
    if (marker.formatVersion() > ArchiveMarker.CURRENT_VERSION) {
      throw new ArchiveVersionException(
          "archive format "
              + marker.formatVersion()
              + " at "
              + dir
              + " was written by a newer Verbatim ("
              + marker.createdBy()
              + "); check it with that one");
    }
    IndexRebuild.finishSwap(dir); // as opening it would: a repair interrupted while swapping
    Directory index = FSDirectory.open(dir.resolve(LuceneArchive.INDEX_FOLDER));
    Lock lock;
    try {
      lock = index.obtainLock(IndexWriter.WRITE_LOCK_NAME);
    } catch (LockObtainFailedException e) {
      index.close();
      throw new ArchiveLockedException(
          "the archive "
              + dir
              + " is being written by another Verbatim process; check it when that has finished",
          e);
    }
    CheckIndex checkIndex = new CheckIndex(index, lock);
    checkIndex.setThreadCount(1);
    return new LuceneCheck(dir, index, checkIndex);
  }

  /** The archive folder. */
  Path folder() {
    return dir;
  }

  /** Runs the four steps; {@code progress} hears of each. */
  CheckReport run(Consumer<String> progress) throws IOException {
    List<Problem> problems = new ArrayList<>();
    progress.accept("checking the index of " + dir);
    long segments = checkIndex(problems);
    OriginalStore originals = new OriginalStore(dir.resolve(LuceneArchive.ORIGINALS_FOLDER));
    Set<String> stored = new HashSet<>(originals.shas());
    progress.accept("reading the stored records");
    Map<String, String> namedBy = new HashMap<>(); // original sha256 -> a statement naming it
    long records = readRecords(stored, namedBy, problems);
    progress.accept("checking " + stored.size() + " original(s) against their sha256");
    for (String sha : originals.shas()) {
      checkOriginal(originals, sha, namedBy.get(sha), problems);
    }
    return new CheckReport(dir.toString(), segments, records, stored.size(), problems, null);
  }

  private long checkIndex(List<Problem> problems) {
    CheckIndex.Status status;
    try {
      status = checkIndex.checkIndex();
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(Kind.INDEX, "index", "the index cannot be checked: " + causes(e)));
      return 0;
    }
    int before = problems.size();
    if (status.missingSegments) {
      problems.add(
          new Problem(
              Kind.INDEX,
              "index",
              "the index has no readable commit"
                  + (status.segmentsFileName == null ? "" : " (" + status.segmentsFileName + ")")
                  + ": no stored record can be read from it"));
    }
    for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
      if (segment.error != null) {
        problems.add(
            new Problem(
                Kind.INDEX,
                "segment " + segment.name,
                "index segment "
                    + segment.name
                    + " ("
                    + segment.maxDoc
                    + " document(s)) is damaged: "
                    + causes(segment.error)));
      }
    }
    if (!status.clean && problems.size() == before) {
      problems.add(
          new Problem(Kind.INDEX, "index", "Lucene's CheckIndex reports the index is not clean"));
    }
    return status.numSegments;
  }

  private long readRecords(
      Set<String> stored, Map<String, String> namedBy, List<Problem> problems) {
    DirectoryReader reader;
    try {
      reader = DirectoryReader.open(index);
    } catch (IOException | RuntimeException e) {
      problems.add(
          new Problem(
              Kind.RECORD,
              "index",
              "the stored records cannot be read: the index does not open (" + causes(e) + ")"));
      return 0;
    }
    long read = 0;
    try (reader) {
      StoredFields fields = reader.storedFields();
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        int bad = 0;
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          read++;
          String problem;
          Statement s = null;
          try {
            s = IndexRebuild.record(fields, leaf.docBase + d);
            problem = invalid(s);
          } catch (IOException | RuntimeException e) {
            problem = "its stored record cannot be read: " + causes(e);
          }
          if (problem != null) {
            if (++bad <= PROBLEMS_PER_SEGMENT) {
              problems.add(new Problem(Kind.RECORD, subject(leaf, d, s), problem));
            }
            continue;
          }
          correspond(s, stored, namedBy, problems);
        }
        if (bad > PROBLEMS_PER_SEGMENT) {
          problems.add(
              new Problem(
                  Kind.RECORD,
                  "segment " + segmentName(leaf),
                  (bad - PROBLEMS_PER_SEGMENT)
                      + " more record(s) of index segment "
                      + segmentName(leaf)
                      + " cannot be read"));
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(Kind.RECORD, "index", "reading the records stopped: " + causes(e)));
    }
    return read;
  }

  /** Why a parsed record is not a stored statement, or null when it is one. */
  private static String invalid(Statement s) {
    if (s.id() == null) {
      return "its stored record has no id";
    }
    if (s.source() == null) {
      return "its stored record has no source";
    }
    if (!s.id().equals(Statement.idFor(s.source().sha256()))) {
      return "its stored record is damaged: id "
          + s.id()
          + " is not the start of its source's sha256 "
          + s.source().sha256();
    }
    return null;
  }

  private static void correspond(
      Statement s, Set<String> stored, Map<String, String> namedBy, List<Problem> problems) {
    String own = s.source().sha256();
    String file = s.source().fileSha256();
    namedBy.putIfAbsent(own, s.id());
    namedBy.putIfAbsent(file, s.id());
    if (!stored.contains(own)) {
      problems.add(Problem.originalMissing(s, own, "its own bytes"));
    }
    if (!file.equals(own) && !stored.contains(file)) {
      problems.add(Problem.originalMissing(s, file, "the file it was read from"));
    }
  }

  private static void checkOriginal(
      OriginalStore originals, String sha, String namer, List<Problem> problems) {
    try {
      Optional<InputStream> in = originals.open(sha); // checks the sha256 of what it reads
      if (in.isEmpty()) {
        return; // deleted since it was listed
      }
      in.get().close();
    } catch (IOException | RuntimeException e) {
      problems.add(
          new Problem(
              Kind.ORIGINAL_DAMAGED,
              sha,
              e.getMessage()
                  + (namer == null ? "" : "; statement " + namer + " names it")
                  + "; check --repair moves it aside, then re-ingest its file to store it again"));
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

  private static String subject(LeafReaderContext leaf, int doc, Statement parsed) {
    if (parsed != null && parsed.id() != null) {
      return parsed.id();
    }
    try { // the id's doc values may have survived what the stored fields did not
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexFields.ID);
      if (ids.advanceExact(doc)) {
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
      }
    } catch (IOException | RuntimeException e) {
      // fall through: name the document by its place
    }
    return "segment " + segmentName(leaf) + " document " + doc;
  }

  private static String segmentName(LeafReaderContext leaf) {
    return leaf.reader() instanceof SegmentReader s ? s.getSegmentName() : "#" + leaf.ord;
  }

  /** The messages of {@code e} and its causes, joined. */
  static String causes(Throwable e) {
    StringBuilder b = new StringBuilder();
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      String m = t.getMessage();
      if (m == null || b.indexOf(m) >= 0) {
        continue;
      }
      if (!b.isEmpty()) {
        b.append(": ");
      }
      b.append(m);
    }
    return b.isEmpty() ? e.getClass().getSimpleName() : b.toString();
  }

  /** Releases the write lock. */
  @Override
  public void close() throws IOException {
    try {
      checkIndex.close();
    } finally {
      index.close();
    }
  }
}
