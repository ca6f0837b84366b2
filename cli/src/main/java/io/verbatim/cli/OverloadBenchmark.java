package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.server.ServerConfig;
import io.verbatim.server.VerbatimServer;
import java.io.IOException;
import java.io.InputStream;
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
 * {@code verbatim bench overload --archive DIR}: search latency while exports run beside it, with
 * the server's limits on heavy work off and on, in the same run. The server runs in-process on
 * loopback over the archive. Three timed phases, each on a fresh server:
 *
 * <ol>
 *   <li>searches alone (the anchor);
 *   <li>searches beside {@code --exports} clients that export in a loop, limits off (every export
 *       admitted, none cut off: {@code --max-exports 1024 --export-timeout 86400});
 *   <li>the same, with the default limits ({@code --max-exports}, {@code --export-timeout}).
 * </ol>
 *
 * <p>Searches are {@code GET /api/search?q=…&size=10} from {@code --connections} clients, one
 * request after the other, cycling over {@code bench search}'s queries; their latency is the
 * response time. An export client reads each export to its end and starts the next; after a 429 it
 * waits 100 ms (not the {@code Retry-After}, which an attacker would ignore too). Every loop is
 * bounded by time and only talks to 127.0.0.1.
 */
final class OverloadBenchmark {
  /** The export the attacker ran: every concordance line of every statement. */
  static final String DEFAULT_EXPORT = "/api/export?q=*&kwic=true";

  private final Path archiveDir;
  private final int searchers;
  private final int exporters;
  private final Duration duration;
  private final String export;

  OverloadBenchmark(
      Path archiveDir, int searchers, int exporters, Duration duration, String export) {
    this.archiveDir = Objects.requireNonNull(archiveDir, "archive folder");
    if (searchers < 1 || searchers > 64) {
      throw new IllegalArgumentException("--connections must be between 1 and 64: " + searchers);
    }
    if (exporters < 1 || exporters > 256) {
      throw new IllegalArgumentException("--exports must be between 1 and 256: " + exporters);
    }
    if (duration.isNegative() || duration.isZero() || duration.toSeconds() > 3600) {
      throw new IllegalArgumentException("--seconds must be between 1 and 3600");
    }
    if (!export.startsWith("/api/export")) {
      throw new IllegalArgumentException("--export must be a /api/export address: " + export);
    }
    this.searchers = searchers;
    this.exporters = exporters;
    this.duration = duration;
    this.export = export;
  }

  /** What one phase measured. */
  record Phase(
      String name,
      double[] latencies,
      long searchFailures,
      long exportsDone,
      long exportsRefused,
      long exportsTruncated,
      long exportBytes) {
    double pct(double p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
      return latencies[Math.max(0, Math.min(latencies.length - 1, i))];
    }
  }

  void run(PrintWriter out) throws Exception {
    try (Archive archive = ArchiveProvider.openLocation(archiveDir.toString(), false)) {
      ServerConfig.Limits defaults = ServerConfig.Limits.DEFAULTS;
      out.printf(
          Locale.ROOT,
          "archive: %s, %d statements; %d search connection(s), %d export clients (%s),"
              + " %d s per phase; default limits: --max-exports %d, --export-timeout %d s%n%n",
          archiveDir,
          archive.stats().statements(),
          searchers,
          exporters,
          export,
          duration.toSeconds(),
          defaults.maxExports(),
          defaults.exportTimeout().toSeconds());
      out.flush();
      ServerConfig unlimited =
          ServerConfig.builder()
              .port(0)
              .maxExports(1024)
              .maxAnalyses(1024)
              .exportTimeout(Duration.ofDays(1))
              .build();
      ServerConfig limited = ServerConfig.builder().port(0).build();
      phase(archive, "warm-up", limited, 0, Duration.ofSeconds(Math.min(5, duration.toSeconds())));
      List<Phase> phases = new ArrayList<>();
      phases.add(phase(archive, "searches alone", limited, 0, duration));
      phases.add(
          phase(
              archive, exporters + " exports beside, limits off", unlimited, exporters, duration));
      phases.add(
          phase(
              archive,
              exporters + " exports beside, default limits",
              limited,
              exporters,
              duration));
      out.println(
          "| phase | searches | failed | p50 ms | p99 ms | max ms | exports done | refused (429)"
              + " | truncated | MB exported |");
      out.println("|---|---|---|---|---|---|---|---|---|---|");
      for (Phase p : phases) {
        out.printf(
            Locale.ROOT,
            "| %s | %d | %d | %.1f | %.1f | %.1f | %d | %d | %d | %.0f |%n",
            p.name(),
            p.latencies().length,
            p.searchFailures(),
            p.pct(50),
            p.pct(99),
            p.pct(100),
            p.exportsDone(),
            p.exportsRefused(),
            p.exportsTruncated(),
            p.exportBytes() / 1e6);
      }
      Phase alone = phases.get(0);
      out.printf(
          Locale.ROOT,
          "%nsearch p99 beside exports / alone: limits off %.1f×, default limits %.1f×%n",
          phases.get(1).pct(99) / alone.pct(99),
          phases.get(2).pct(99) / alone.pct(99));
    }
  }

  private Phase phase(
      Archive archive, String name, ServerConfig config, int exports, Duration length)
      throws Exception {
    try (VerbatimServer server = VerbatimServer.start(archive, config);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(threads)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      long deadline = System.nanoTime() + length.toNanos();
      AtomicLong searchFailures = new AtomicLong();
      AtomicLong done = new AtomicLong();
      AtomicLong refused = new AtomicLong();
      AtomicLong truncated = new AtomicLong();
      AtomicLong bytes = new AtomicLong();
      List<Future<?>> exportLoops = new ArrayList<>();
      for (int e = 0; e < exports; e++) {
        exportLoops.add(
            threads.submit(
                () -> {
                  exportLoop(
                      http, server.url() + export, deadline, done, refused, truncated, bytes);
                  return null;
                }));
      }
      if (exports > 0) {
        Thread.sleep(500); // the exports are under way before the first search
      }
      List<Future<long[]>> searchLoops = new ArrayList<>();
      for (int c = 0; c < searchers; c++) {
        int first = c;
        searchLoops.add(
            threads.submit(() -> searchLoop(http, server.url(), first, deadline, searchFailures)));
      }
      List<Double> ms = new ArrayList<>();
      for (Future<long[]> f : searchLoops) {
        for (long t : f.get()) {
          ms.add(t / 1e6);
        }
      }
      for (Future<?> f : exportLoops) {
        f.get();
      }
      double[] latencies = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return new Phase(
          name,
          latencies,
          searchFailures.get(),
          done.get(),
          refused.get(),
          truncated.get(),
          bytes.get());
    }
  }

  private static long[] searchLoop(
      HttpClient http, String base, int first, long deadline, AtomicLong failures) {
    long[] times = new long[256];
    int n = 0;
    int i = first;
    while (System.nanoTime() < deadline) {
      String q = SearchBenchmark.QUERIES.get(i++ % SearchBenchmark.QUERIES.size());
      long t0 = System.nanoTime();
      boolean ok;
      try {
        HttpResponse<byte[]> r =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            base
                                + "/api/search?size=10&q="
                                + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(120))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        ok = r.statusCode() == 200;
      } catch (IOException | InterruptedException | RuntimeException e) {
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
  }

  /** Exports in a loop until the deadline; an export still running then is abandoned. */
  private static void exportLoop(
      HttpClient http,
      String url,
      long deadline,
      AtomicLong done,
      AtomicLong refused,
      AtomicLong truncated,
      AtomicLong bytes)
      throws InterruptedException {
    byte[] buffer = new byte[64 * 1024];
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<InputStream> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() == 429) {
          r.body().close();
          refused.incrementAndGet();
          Thread.sleep(100);
          continue;
        }
        boolean finished = false;
        try (InputStream in = r.body()) {
          byte[] tail = new byte[0];
          for (int k; (k = in.read(buffer)) > 0; ) {
            bytes.addAndGet(k);
            tail = Arrays.copyOfRange(buffer, Math.max(0, k - 4096), k);
            if (System.nanoTime() >= deadline) {
              break; // abandoned at the end of the phase
            }
          }
          finished = System.nanoTime() < deadline;
          if (finished && new String(tail, StandardCharsets.UTF_8).contains("truncated")) {
            truncated.incrementAndGet();
          }
        }
        if (finished) {
          done.incrementAndGet();
        }
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
  }
}
