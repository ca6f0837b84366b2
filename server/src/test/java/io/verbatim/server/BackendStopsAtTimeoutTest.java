package io.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.lucene.LuceneArchive;
import io.verbatim.model.Json;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query timeout stops the work in the archive, not only the answer: a real embedded archive of
 * the 2024 UN General Debate (192 speeches from {@code ../shared}), served with a 100 ms query
 * timeout and one analysis at a time. After the 503 of a slow analysis (collocations of "the" in a
 * 20-word window: seconds of work) the server's worker threads burn no more CPU, and the one
 * analysis place is free again at once: a job keeps its place until its work has ended, so a 429
 * would mean the work was still running. A slow search ends the same way.
 *
 * <p>Thresholds are generous (a shared two-core machine): this checks that work stops, not speed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackendStopsAtTimeoutTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private LuceneArchive archive;
  private VerbatimServer server;
  private RawHttp http;

  @BeforeAll
  void serveTheGeneralDebateOf2024(@TempDir Path temp) throws Exception {
    archive = LuceneArchive.open(temp.resolve("ungdc-2024"), true);
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestPaths(
                List.of(SharedCorpus.path("corpus/ungdc/TXT/Session 79 - 2024")),
                new Ingestor.Listener() {});
    assertThat(report.getFailed()).isEmpty();
    assertThat(archive.stats().statements()).isEqualTo(192);
    server =
        VerbatimServer.start(
            archive,
            ServerConfig.builder()
                .port(0)
                .queryTimeout(Duration.ofMillis(100))
                .maxAnalyses(1)
                .maxPageSize(1000)
                .build());
    http = new RawHttp(server.port());
  }

  @AfterAll
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    if (archive != null) {
      archive.close();
    }
  }

  @Test
  void aSlowAnalysisStopsWorkingAtItsTimeout() throws Exception {
    String slow = "/api/collocations?term=the&lang=en&window=20&min-freq=1";
    long t0 = System.nanoTime();
    RawHttp.Answer first = http.get(slow);
    long answeredMs = (System.nanoTime() - t0) / 1_000_000;
    assertThat(first.status()).as(first.body()).isEqualTo(503);
    JsonNode body = Json.mapper().readTree(first.body());
    assertThat(body.get("error").asText()).contains("100 ms").contains("--query-timeout");
    assertThat(answeredMs).as("answered at the timeout").isLessThan(2_000);

    long freeMs = untilAdmitted("/api/timeline?q=peace", Duration.ofSeconds(3));
    long cpuAfter = workerCpuMillisOver(Duration.ofMillis(500));
    System.out.printf(
        "server: collocations answered 503 after %d ms; the analysis place was free %d ms later;"
            + " the worker threads then used %d ms of CPU in 500 ms%n",
        answeredMs, freeMs, cpuAfter);
    assertThat(freeMs).as("the stopped work gave its place back").isLessThan(2_000);
    assertThat(cpuAfter).as("CPU of the server's workers after the 503").isLessThan(100);
  }

  @Test
  void aSlowSearchStopsWorkingAtItsTimeout() throws Exception {
    // every statement on one page, each with highlighted snippets of three common patterns
    String slow = "/api/search?q=peace+OR+securit*+OR+develop*+OR+the&size=192";
    long t0 = System.nanoTime();
    RawHttp.Answer first = http.get(slow);
    long answeredMs = (System.nanoTime() - t0) / 1_000_000;
    assertThat(first.status()).as(first.body()).isEqualTo(503);
    long cpuAfter = workerCpuMillisOver(Duration.ofMillis(500));
    System.out.printf(
        "server: search answered 503 after %d ms; the workers then used %d ms of CPU in 500 ms%n",
        answeredMs, cpuAfter);
    assertThat(cpuAfter).as("CPU of the server's workers after the 503").isLessThan(100);
  }

  /** Milliseconds until a cheap analysis is admitted (not 429) and answered. */
  private long untilAdmitted(String cheap, Duration wait) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    while (true) {
      RawHttp.Answer a = http.get(cheap);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (a.status() != 429 || ms > wait.toMillis()) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return ms;
      }
      Thread.sleep(20);
    }
  }

  /**
   * CPU used over {@code window} by the threads that run archive calls: the analyses' platform
   * threads, Lucene's search threads and the virtual threads' carriers (the JDK's ForkJoinPool).
   */
  private static long workerCpuMillisOver(Duration window) throws InterruptedException {
    long before = workerCpuNanos();
    Thread.sleep(window.toMillis());
    return (workerCpuNanos() - before) / 1_000_000;
  }

  private static long workerCpuNanos() {
    long sum = 0;
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      String name = info.getThreadName();
      if (name.startsWith("verbatim-") || name.startsWith("ForkJoinPool")) {
        long cpu = THREADS.getThreadCpuTime(info.getThreadId());
        if (cpu > 0) {
          sum += cpu;
        }
      }
    }
    return sum;
  }
}
