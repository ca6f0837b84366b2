package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.archive.SearchRequest;
import io.verbatim.lucene.BareSearch;
import io.verbatim.server.ServerConfig;
import io.verbatim.server.VerbatimServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code verbatim bench http --archive DIR}: the HTTP API under load. Starts the server in-process
 * on loopback over the archive, and fires {@code GET /api/search?q=…&size=10} (ten hits with
 * snippets, no facets) from N concurrent connections (virtual threads, the JDK HttpClient) for the
 * given time. In the same run and with the same concurrency, the anchors: the same searches called
 * on the archive directly (no HTTP), and a bare Lucene top-10 on the same index. Every loop is
 * bounded by time and only talks to 127.0.0.1.
 */
final class HttpBenchmark {
  private final Path archiveDir;
  private final int connections;
  private final Duration duration;

  HttpBenchmark(Path archiveDir, int connections, Duration duration) {
    this.archiveDir = Objects.requireNonNull(archiveDir, "archive folder");
    if (connections < 1 || connections > 1024) {
      throw new IllegalArgumentException(
          "--connections must be between 1 and 1024: " + connections);
    }
    if (duration.isNegative() || duration.isZero() || duration.toSeconds() > 3600) {
      throw new IllegalArgumentException("--seconds must be between 1 and 3600");
    }
    this.connections = connections;
    this.duration = duration;
  }

  /** What one phase measured: completed requests, failures, seconds and latencies in ms. */
  record Phase(String name, long requests, long failures, double seconds, double[] latencies) {
    double perSecond() {
      return requests / seconds;
    }

    double pct(int p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
      return latencies[Math.max(0, Math.min(latencies.length - 1, i))];
    }
  }

  /** One request of a phase; returns normally when it succeeded. */
  @FunctionalInterface
  interface Call {
    boolean run(String query) throws Exception;
  }

  void run(PrintWriter out) throws Exception {
    try (Archive archive = ArchiveProvider.openLocation(archiveDir.toString(), false);
        BareSearch bare = new BareSearch(archiveDir);
        VerbatimServer server =
            VerbatimServer.start(archive, ServerConfig.builder().port(0).build())) {
      long statements = archive.stats().statements();
      out.printf(
          Locale.ROOT,
          "archive: %s, %d statements; %d connections, %d s per phase; server %s%n%n",
          archiveDir,
          statements,
          connections,
          duration.toSeconds(),
          server.url());
      out.flush();
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(Executors.newVirtualThreadPerTaskExecutor())
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      String base = server.url() + "/api/search?size=10&q=";
      Call overHttp =
          q -> {
            HttpResponse<byte[]> r =
                http.send(
                    HttpRequest.newBuilder(
                            URI.create(base + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 && r.body().length > 0;
          };
      Call direct =
          q -> {
            archive.search(SearchRequest.builder(q).withLimit(10).build());
            return true;
          };
      Call bareTopTen =
          q -> {
            bare.topTen(q);
            return true;
          };
      Duration warmUp = Duration.ofSeconds(Math.max(1, Math.min(5, duration.toSeconds() / 3)));
      phase("warm-up", overHttp, warmUp);
      phase("warm-up", direct, warmUp);
      List<Phase> phases = new ArrayList<>();
      phases.add(phase("HTTP /api/search", overHttp, duration));
      phases.add(phase("archive direct (anchor)", direct, duration));
      phases.add(phase("bare Lucene top-10 (anchor)", bareTopTen, duration));
      out.println("| phase | requests | failed | req/s | p50 ms | p99 ms |");
      out.println("|---|---|---|---|---|---|");
      for (Phase p : phases) {
        out.printf(
            Locale.ROOT,
            "| %s | %d | %d | %.0f | %.1f | %.1f |%n",
            p.name(),
            p.requests(),
            p.failures(),
            p.perSecond(),
            p.pct(50),
            p.pct(99));
      }
      Phase h = phases.get(0);
      out.printf(
          Locale.ROOT,
          "%nratio HTTP / archive direct: %.2f (req/s); HTTP / bare Lucene: %.3f."
              + " Targets (issue 4): >= 1000 req/s, p99 <= 50 ms on 2 cores: %s%n",
          h.perSecond() / phases.get(1).perSecond(),
          h.perSecond() / phases.get(2).perSecond(),
          h.perSecond() >= 1000 && h.pct(99) <= 50 ? "met" : "not met");
    }
  }

  private Phase phase(String name, Call call, Duration length) throws Exception {
    AtomicLong failures = new AtomicLong();
    long deadline = System.nanoTime() + length.toNanos();
    long start = System.nanoTime();
    List<Future<long[]>> workers = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < connections; c++) {
        int offset = c;
        workers.add(
            threads.submit(
                () -> {
                  long[] times = new long[1024];
                  int n = 0;
                  int i = offset;
                  while (System.nanoTime() < deadline) {
                    String q = SearchBenchmark.QUERIES.get(i++ % SearchBenchmark.QUERIES.size());
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                      ok = call.run(q);
                    } catch (IOException | RuntimeException e) {
                      ok = false;
                    }
                    long t = System.nanoTime() - t0;
                    if (!ok) {
                      failures.incrementAndGet();
                      continue;
                    }
                    if (n == times.length) {
                      times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = t;
                  }
                  return Arrays.copyOf(times, n);
                }));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long total = 0;
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> w : workers) {
      long[] t = w.get();
      all.add(t);
      total += t.length;
    }
    double[] ms = new double[(int) total];
    int k = 0;
    for (long[] t : all) {
      for (long x : t) {
        ms[k++] = x / 1e6;
      }
    }
    Arrays.sort(ms);
    return new Phase(name, total, failures.get(), seconds, ms);
  }
}
