package io.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.archive.Archive;
import io.verbatim.model.Json;
import io.verbatim.model.Statement;
import io.verbatim.server.RawHttp;
import io.verbatim.server.SampleArchive;
import io.verbatim.server.ScriptedArchive;
import io.verbatim.server.ServerConfig;
import io.verbatim.server.VerbatimServer;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports and analyses under their limits: beyond the number running a 429 naming the option, with
 * {@code Retry-After}; beyond the time budget an analysis is a 503 and an export ends with a stated
 * truncation, and the work itself stops; an archive failure after the first byte is a stated
 * truncation, never an error inside a complete-looking 200.
 */
class ExportAndAnalysisLimitsTest {
  @TempDir Path temp;
  Archive real;
  ScriptedArchive scripted;
  VerbatimServer server;
  RawHttp http;

  void start(ServerConfig.Builder config) throws Exception {
    real = SampleArchive.create(temp);
    scripted = new ScriptedArchive(real);
    server = VerbatimServer.start(scripted.archive(), config.port(0).build());
    http = new RawHttp(server.port());
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (real != null) {
      real.close();
    }
  }

  private Statement anyStatement() throws IOException {
    String id =
        real.search(io.verbatim.archive.SearchRequest.builder("").withLimit(1).build())
            .hits()
            .get(0)
            .id();
    return real.get(id).orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static <T> Consumer<T> sink(Object[] args, int index) {
    return (Consumer<T>) args[index];
  }

  @Test
  void exportsAndAnalysesBeyondTheLimitAre429WithRetryAfterAndTheOption() throws Exception {
    start(ServerConfig.builder().maxExports(1).maxAnalyses(1));
    CountDownLatch exporting = new CountDownLatch(1);
    CountDownLatch analysing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    scripted.script(
        "export",
        (args, realCall) -> {
          exporting.countDown();
          release.await();
          return realCall.call();
        });
    scripted.script(
        "timeline",
        (args, realCall) -> {
          analysing.countDown();
          release.await();
          return realCall.call();
        });
    ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
    Future<RawHttp.Answer> first = clients.submit(() -> http.get("/api/export"));
    Future<RawHttp.Answer> firstTimeline = clients.submit(() -> http.get("/api/timeline"));
    assertThat(exporting.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(analysing.await(20, TimeUnit.SECONDS)).isTrue();

    java.util.concurrent.atomic.AtomicInteger archiveCalls =
        new java.util.concurrent.atomic.AtomicInteger();
    for (String method : List.of("search", "kwic", "stats")) {
      scripted.script(
          method,
          (args, realCall) -> {
            archiveCalls.incrementAndGet();
            return realCall.call();
          });
    }
    RawHttp.Answer busy = http.get("/api/export?as=csv&q=*&kwic=true");
    assertThat(busy.status()).isEqualTo(429);
    assertThat(archiveCalls.get()).as("a refused export costs the archive nothing").isZero();
    JsonNode error = Json.mapper().readTree(busy.body());
    assertThat(error.get("error").asText()).contains("1 exports").contains("--max-exports");
    assertThat(error.get("limit").asInt()).isEqualTo(1);
    assertThat(Long.parseLong(busy.header("Retry-After"))).isBetween(1L, 300L);

    RawHttp.Answer busyAnalysis = http.get("/api/kwic?q=security");
    assertThat(busyAnalysis.status()).isEqualTo(429);
    assertThat(busyAnalysis.body()).contains("--max-analyses");
    assertThat(busyAnalysis.header("Retry-After")).isNotNull();
    RawHttp.Answer busyPage = http.get("/?q=security&tab=timeline");
    assertThat(busyPage.status()).isEqualTo(429);
    assertThat(busyPage.header("Content-Type")).startsWith("text/html");
    assertThat(Jsoup.parse(busyPage.body()).selectFirst("#error").text())
        .contains("--max-analyses");

    assertThat(http.get("/api/search?q=security").status()).as("searches go on").isEqualTo(200);

    release.countDown();
    RawHttp.Answer done = first.get(30, TimeUnit.SECONDS);
    assertThat(done.status()).isEqualTo(200);
    long total = real.stats().statements();
    assertThat(done.body().lines().count()).isEqualTo(total);
    assertThat(done.trailers()).containsEntry("Verbatim-Export", "complete; written=" + total);
    assertThat(firstTimeline.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    assertThat(http.get("/api/export?as=csv").status())
        .as("the place is free again")
        .isEqualTo(200);
    clients.close();
  }

  @Test
  void anExportOverItsTimeBudgetStopsItsWorkAndEndsWithAStatedTruncation() throws Exception {
    start(ServerConfig.builder().exportTimeout(Duration.ofSeconds(1)));
    Statement s = anyStatement();
    CountDownLatch workEnded = new CountDownLatch(1);
    scripted.script(
        "export",
        (args, realCall) -> {
          Consumer<Statement> sink = sink(args, 2);
          try {
            while (true) { // an export that never ends by itself
              sink.accept(s);
              Thread.sleep(20);
            }
          } finally {
            workEnded.countDown();
          }
        });
    long t0 = System.nanoTime();
    RawHttp.Answer r = http.get("/api/export");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(r.status()).isEqualTo(200);
    assertThat(ms).as("ended at the budget").isBetween(900L, 10_000L);
    List<String> lines = r.body().lines().toList();
    JsonNode last = Json.mapper().readTree(lines.get(lines.size() - 1));
    assertThat(last.get("truncated").asBoolean()).isTrue();
    assertThat(last.get("status").asInt()).isEqualTo(503);
    assertThat(last.get("error").asText()).contains("--export-timeout").contains("1 s");
    assertThat(last.get("written").asLong()).isEqualTo(lines.size() - 1).isPositive();
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertThat(Json.mapper().readTree(line).get("id").asText()).isEqualTo(s.id());
    }
    assertThat(r.trailers().get("Verbatim-Export"))
        .startsWith("truncated; written=" + (lines.size() - 1));
    assertThat(workEnded.await(5, TimeUnit.SECONDS))
        .as("the work stopped, not only the answer")
        .isTrue();

    RawHttp.Answer csv = http.get("/api/export?as=csv");
    List<CSVRecord> rows =
        CSVFormat.RFC4180.builder().get().parse(new StringReader(csv.body())).getRecords();
    CSVRecord trailer = rows.get(rows.size() - 1);
    assertThat(trailer.get(0)).isEqualTo("#truncated");
    assertThat(Long.parseLong(trailer.get(1))).isEqualTo(rows.size() - 2); // header, trailer
    assertThat(trailer.get(2)).contains("--export-timeout");
  }

  @Test
  void anArchiveFailureAfterTheFirstByteEndsWithATruncationNotAnErrorInsideA200() throws Exception {
    start(ServerConfig.builder());
    Statement s = anyStatement();
    int before = 3000; // well over the response buffer: the status is sent by then
    scripted.script(
        "export",
        (args, realCall) -> {
          Consumer<Statement> sink = sink(args, 2);
          for (int i = 0; i < before; i++) {
            sink.accept(s);
          }
          throw new IOException("the stored record " + (before + 1) + " is damaged");
        });
    RawHttp.Answer r = http.get("/api/export");
    assertThat(r.status()).isEqualTo(200);
    List<String> lines = r.body().lines().toList();
    assertThat(lines).hasSize(before + 1);
    JsonNode last = Json.mapper().readTree(lines.get(before));
    assertThat(last.get("truncated").asBoolean()).isTrue();
    assertThat(last.get("status").asInt()).isEqualTo(500);
    assertThat(last.get("written").asLong()).isEqualTo(before);
    assertThat(last.get("error").asText()).contains("damaged").contains("incomplete");
    assertThat(r.trailers().get("Verbatim-Export")).startsWith("truncated; written=" + before);

    // a failure before the first byte is still an error status, not a 200
    scripted.script(
        "export",
        (args, realCall) -> {
          throw new IllegalArgumentException("'mention' cannot be exported this way");
        });
    RawHttp.Answer early = http.get("/api/export");
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.header("Content-Type")).startsWith("application/json");
    assertThat(early.header("Content-Disposition")).isNull();
    assertThat(Json.mapper().readTree(early.body()).get("error").asText())
        .contains("cannot be exported");
  }

  @Test
  void anAnalysisOverTheBudgetIs503AndItsPlaceReturnsWhenItsWorkHasStopped() throws Exception {
    start(ServerConfig.builder().maxAnalyses(1).queryTimeout(Duration.ofMillis(300)));
    scripted.script(
        "timeline",
        (args, realCall) -> {
          Thread.sleep(60_000); // interrupted at the budget
          return realCall.call();
        });
    RawHttp.Answer slow = http.get("/api/timeline?q=security");
    assertThat(slow.status()).isEqualTo(503);
    assertThat(slow.body()).contains("--query-timeout");
    scripted.script("timeline", null);
    RawHttp.Answer next = null;
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      next = http.get("/api/timeline?q=security");
      if (next.status() != 429) {
        break;
      }
      Thread.sleep(20);
    }
    assertThat(next.status()).isEqualTo(200);
  }
}
