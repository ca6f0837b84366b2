package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archive folders that cannot simply be opened: one another ingest is creating this moment, and one
 * that is not writable. The messages name the lock or the folder, never a temporary file.
 */
class ArchiveFolderTest {
  @TempDir Path temp;

  private static Statement statement(String body) {
    String sha = Ingestor.sha256(body.getBytes(StandardCharsets.UTF_8));
    return Statement.builder()
        .withId(Statement.idFor(sha))
        .withSource(new Source("t.txt", "capture", sha, sha, null, Instant.EPOCH))
        .withLanguage("en")
        .withBody(body)
        .build();
  }

  @Test
  void aFolderHoldingOnlyTheSkeletonOfAnArchiveBeingCreatedIsCreated() throws IOException {
    Path dir = temp.resolve("archive");
    // What a concurrent ingest leaves between making the folders and writing the marker.
    Files.createDirectories(dir.resolve(LuceneArchive.ORIGINALS_FOLDER));
    Files.createDirectories(dir.resolve(LuceneArchive.INDEX_FOLDER));
    try (LuceneArchive archive = LuceneArchive.open(dir, true)) {
      archive.add(statement("Stored into an archive another process had begun."));
      archive.commit();
    }
    assertThat(ArchiveMarker.read(dir).formatVersion()).isEqualTo(ArchiveMarker.CURRENT_VERSION);
  }

  @Test
  void aFolderWithOtherFilesIsStillNotAnArchive() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("mine"));
    Files.createDirectories(dir.resolve(LuceneArchive.INDEX_FOLDER));
    Files.writeString(dir.resolve(LuceneArchive.INDEX_FOLDER).resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> LuceneArchive.open(dir, true))
        .hasMessageContaining("is not a Verbatim archive");
  }

  /**
   * Two ingests into one new empty folder, many times over: the one that loses says another process
   * is writing the archive, never that the folder is not an archive.
   */
  @Test
  void twoIngestsIntoOneNewFolderTellTheLoserAboutTheLock() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    try {
      for (int round = 0; round < 30; round++) {
        Path dir = Files.createDirectories(temp.resolve("race-" + round));
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<?>> both = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          String body = "Round " + round + ", ingest " + t + ".";
          both.add(
              pool.submit(
                  () -> {
                    start.await();
                    try (LuceneArchive archive = LuceneArchive.open(dir, true)) {
                      archive.add(statement(body));
                      archive.commit();
                    } catch (IOException e) {
                      failures.add(e.getMessage());
                    }
                    return null;
                  }));
        }
        for (Future<?> f : both) {
          f.get();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures)
        .allSatisfy(m -> assertThat(m).contains("is being written by another Verbatim process"));
  }

  @Test
  void aReadOnlyFolderIsNamedAsNotWritable() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("read-only"));
    try (ReadOnly ignored = ReadOnly.make(dir)) {
      assertThatThrownBy(() -> LuceneArchive.open(dir, true))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("the folder " + dir.toAbsolutePath() + " is not writable (")
          .hasMessageNotContaining(".tmp");
    }
  }

  @Test
  void aReadOnlyArchiveSaysSoWhenAskedToStore() throws Exception {
    Path dir = temp.resolve("archive");
    try (LuceneArchive archive = LuceneArchive.open(dir, true)) {
      archive.add(statement("Stored before the folder became read-only."));
      archive.commit();
    }
    try (ReadOnly ignored = ReadOnly.make(dir);
        LuceneArchive archive = LuceneArchive.open(dir, false)) {
      assertThatThrownBy(() -> archive.putOriginal("new bytes".getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining(" is not writable (")
          .hasMessageContaining(dir.toAbsolutePath().toString())
          .hasMessageNotContaining(".tmp");
    }
  }

  /**
   * Makes a folder tree read-only for this process: without write bits for a normal user, or
   * immutable ({@code chattr +i}) for root, whom write bits do not stop; undone on close.
   */
  private record ReadOnly(Path dir, boolean immutable) implements AutoCloseable {
    static ReadOnly make(Path dir) throws Exception {
      boolean root = "root".equals(System.getProperty("user.name"));
      if (root) {
        Process p = new ProcessBuilder("chattr", "-R", "+i", dir.toString()).start();
        Assumptions.assumeTrue(
            p.waitFor() == 0, "chattr +i is needed to make a folder read-only for root");
        return new ReadOnly(dir, true);
      }
      try (var all = Files.walk(dir)) {
        all.forEach(p -> p.toFile().setWritable(false));
      }
      return new ReadOnly(dir, false);
    }

    @Override
    public void close() throws Exception {
      if (immutable) {
        new ProcessBuilder("chattr", "-R", "-i", dir.toString()).start().waitFor();
      } else {
        try (var all = Files.walk(dir)) {
          all.forEach(p -> p.toFile().setWritable(true));
        }
      }
    }
  }
}
