package io.verbatim.lucene;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds a large benchmark archive fast: a new archive whose index holds the source archive's index
 * {@code times} times over ({@link IndexWriter#addIndexes(Directory...)}, which copies segments
 * without re-analysing), with the source's originals hard-linked (copied where links are not
 * possible) and its format marker copied.
 *
 * <p>The result is an honest size for query latency, not a real archive: every statement appears
 * {@code times} times with the same id, key and text, so {@code get} and {@code contains} see one
 * of the copies, totals count every copy, and grouped search puts the copies of a statement in one
 * group. Use it for benchmarks only.
 */
public final class ArchiveReplicator {
  private ArchiveReplicator() {}

  /**
   * What a replication made.
   *
   * @param statements live documents in the new index
   * @param segments segments in the new index after merging
   * @param originals original files linked or copied
   * @param linked whether the originals are hard links (else copies)
   */
  public record Result(long statements, int segments, long originals, boolean linked) {}

  /**
   * Replicates the archive in {@code from} {@code times} times into the new archive {@code to},
   * which must not exist or be empty; merges run as the default merge policy decides, and are
   * waited for.
   */
  public static Result replicate(Path from, int times, Path to) throws IOException {
    Objects.requireNonNull(from, "source archive");
    Objects.requireNonNull(to, "target folder");
    if (times < 1) {
      throw new IllegalArgumentException("--times must be at least 1: " + times);
    }
    if (!Files.exists(from.resolve(ArchiveMarker.FILE_NAME))) {
      throw new IOException(
          from + " is not a Verbatim archive (no " + ArchiveMarker.FILE_NAME + ")");
    }
    if (Files.exists(to)) {
      try (Stream<Path> entries = Files.list(to)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(to + " is not empty; give a new folder for the replicated archive");
        }
      }
    }
    Files.createDirectories(to.resolve(LuceneArchive.INDEX_FOLDER));
    Files.copy(from.resolve(ArchiveMarker.FILE_NAME), to.resolve(ArchiveMarker.FILE_NAME));
    long[] originals = {0};
    boolean linked =
        linkTree(
            from.resolve(LuceneArchive.ORIGINALS_FOLDER),
            to.resolve(LuceneArchive.ORIGINALS_FOLDER),
            originals);
    try (Directory source = FSDirectory.open(from.resolve(LuceneArchive.INDEX_FOLDER));
        Directory target = FSDirectory.open(to.resolve(LuceneArchive.INDEX_FOLDER))) {
      IndexWriterConfig config = new IndexWriterConfig(IndexFields.newAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      try (IndexWriter writer = new IndexWriter(target, config)) {
        for (int i = 0; i < times; i++) {
          writer.addIndexes(source); // a directory may appear only once per call
        }
        writer.maybeMerge();
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(target)) {
        return new Result(reader.numDocs(), reader.leaves().size(), originals[0], linked);
      }
    }
  }

  /** Hard-links every file below {@code from} into {@code to}; copies when linking fails. */
  private static boolean linkTree(Path from, Path to, long[] count) throws IOException {
    boolean allLinked = true;
    if (!Files.isDirectory(from)) {
      Files.createDirectories(to);
      return true;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      Path target = to.resolve(from.relativize(file).toString());
      Files.createDirectories(target.getParent());
      try {
        Files.createLink(target, file);
      } catch (FileAlreadyExistsException e) {
        throw e;
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        allLinked = false;
      }
      count[0]++;
    }
    return allLinked;
  }
}
