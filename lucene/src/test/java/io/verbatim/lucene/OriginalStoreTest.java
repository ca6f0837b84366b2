package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The originals folder read while it is written: counts never fail and never count temp files. */
class OriginalStoreTest {
  @TempDir Path dir;

  @Test
  void countIgnoresTemporaryFilesAndOtherNames() throws Exception {
    OriginalStore store = new OriginalStore(dir.resolve("originals"));
    assertThat(store.count()).isZero();
    String sha = store.put("one original".getBytes(StandardCharsets.UTF_8));
    Path shard = dir.resolve("originals").resolve(sha.substring(0, 2));
    Files.writeString(shard.resolve("." + sha + ".gz.1234.tmp"), "half written");
    Files.writeString(shard.resolve("notes.txt"), "not an original");
    assertThat(store.count()).isEqualTo(1);
  }

  /**
   * Each write leaves a temporary file beside its target for a moment and renames it; a count that
   * lists a folder and then looks at an entry that has just been renamed away must not fail.
   */
  @Test
  void countingWhileOriginalsAreWrittenNeverFails() throws Exception {
    OriginalStore store = new OriginalStore(dir.resolve("originals"));
    List<Path> shards = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String sha = store.put(("seed " + i).getBytes(StandardCharsets.UTF_8));
      shards.add(dir.resolve("originals").resolve(sha.substring(0, 2)));
    }
    long stored = store.count();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // The temp-file life of DurableFiles.writeAtomically, without the fsync, as fast as possible.
      Future<Integer> churn =
          pool.submit(
              () -> {
                int n = 0;
                while (writing.get()) {
                  Path shard = shards.get(n % shards.size());
                  Path temp = shard.resolve(".x" + n + ".gz." + n + ".tmp");
                  Files.write(temp, new byte[] {1});
                  Files.delete(temp);
                  n++;
                }
                return n;
              });
      int failures = 0;
      String firstFailure = null;
      long deadline = System.nanoTime() + 3_000_000_000L;
      int counts = 0;
      while (System.nanoTime() < deadline && counts < 20_000) {
        try {
          assertThat(store.count()).isEqualTo(stored);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
          failures++;
          if (firstFailure == null) {
            firstFailure = e.toString();
          }
        }
        counts++;
      }
      writing.set(false);
      assertThat(churn.get()).as("temp files written and renamed away").isPositive();
      assertThat(failures).as("failed counts of " + counts + ": " + firstFailure).isZero();
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }
  }
}
