package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.SearchRequest;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer and several readers at once: readers only ever see whole commits. */
class LuceneArchiveConcurrencyTest {
  private static final int BATCH = 50;
  private static final int BATCHES = 10;

  @TempDir Path temp;

  @Test
  void readersSeeOnlyWholeCommitsWhileAWriterWrites() throws Exception {
    try (LuceneArchive archive = LuceneArchive.open(temp.resolve("archive"), true)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Long>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
          readers.add(
              pool.submit(
                  () -> {
                    long last = 0;
                    long observations = 0;
                    while (writing.get() || observations == 0) {
                      long total =
                          archive
                              .search(SearchRequest.builder("concurrent").withLimit(3).build())
                              .total();
                      assertThat(total % BATCH).as("a partial commit was visible").isZero();
                      assertThat(total).as("totals never shrink").isGreaterThanOrEqualTo(last);
                      last = total;
                      observations++;
                    }
                    return observations;
                  }));
        }
        for (int i = 0; i < BATCH * BATCHES; i++) {
          String body = "A concurrent statement number " + i + ".";
          String sha = OriginalStore.sha256(body.getBytes(StandardCharsets.UTF_8));
          archive.add(
              Statement.builder()
                  .withId(Statement.idFor(sha))
                  .withSource(new Source("c/" + i, "test", sha, sha, null, Instant.now()))
                  .withLanguage("en")
                  .withBody(body)
                  .build());
          if ((i + 1) % BATCH == 0) {
            archive.commit();
          }
        }
        writing.set(false);
        for (Future<Long> reader : readers) {
          assertThat(reader.get()).isPositive();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(archive.stats().statements()).isEqualTo(BATCH * BATCHES);
    }
  }
}
