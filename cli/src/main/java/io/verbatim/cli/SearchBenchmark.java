package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.Selection;
import io.verbatim.archive.Timeline;
import io.verbatim.lucene.BareSearch;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code verbatim bench search --archive DIR}: the search and analysis latencies issue 3 sets
 * targets for, on an existing archive, against a bare Lucene top-10 over the same index in the same
 * run. Prints Markdown tables.
 */
final class SearchBenchmark {
  /** English terms and phrases of different frequencies in official statements. */
  static final List<String> QUERIES =
      List.of(
          "peace",
          "security",
          "development",
          "nuclear",
          "terrorism",
          "sanctions",
          "\"security council\"",
          "\"human rights\"",
          "\"nuclear weapons\"",
          "\"climate change\"");

  private final Path archiveDir;
  private final int repeat;

  SearchBenchmark(Path archiveDir, int repeat) {
    this.archiveDir = Objects.requireNonNull(archiveDir, "archive folder");
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1");
    }
    this.repeat = repeat;
  }

  void run(PrintWriter out) throws IOException {
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    try (Archive a = ArchiveProvider.openLocation(archiveDir.toString(), false);
        BareSearch bare = new BareSearch(archiveDir)) {
      long statements = a.stats().statements();
      out.printf(Locale.ROOT, "archive: %s, %d statements%n%n", archiveDir, statements);
      // warm up both paths once over every query
      for (String q : QUERIES) {
        a.search(full(q));
        bare.topTen(q);
      }
      List<Double> fullTimes = new ArrayList<>();
      List<Double> bareTimes = new ArrayList<>();
      out.println(
          "| query | hits | full p50 ms | full p99 ms | full CPU p50 ms | bare p50 ms | ratio p50 |");
      out.println("|---|---|---|---|---|---|---|");
      for (String q : QUERIES) {
        double[] f = new double[repeat];
        double[] cpu = new double[repeat];
        double[] b = new double[repeat];
        long hits = 0;
        for (int r = 0; r < repeat; r++) {
          long c0 = processCpuNanos();
          long t0 = System.nanoTime();
          SearchResult result = a.search(full(q));
          f[r] = (System.nanoTime() - t0) / 1e6;
          cpu[r] = (processCpuNanos() - c0) / 1e6;
          hits = result.total();
          long t1 = System.nanoTime();
          bare.topTen(q);
          b[r] = (System.nanoTime() - t1) / 1e6;
        }
        for (double x : f) {
          fullTimes.add(x);
        }
        for (double x : b) {
          bareTimes.add(x);
        }
        out.printf(
            Locale.ROOT,
            "| `%s` | %d | %.1f | %.1f | %.1f | %.2f | %.0f |%n",
            q,
            hits,
            pct(f, 50),
            pct(f, 99),
            pct(cpu, 50),
            pct(b, 50),
            pct(f, 50) / Math.max(1e-3, pct(b, 50)));
      }
      double[] all = fullTimes.stream().mapToDouble(Double::doubleValue).toArray();
      double[] allBare = bareTimes.stream().mapToDouble(Double::doubleValue).toArray();
      out.printf(
          Locale.ROOT,
          "%nall queries (term/phrase, 3 facets, 10 snippets): p50 %.1f ms, p99 %.1f ms;"
              + " bare top-10 p50 %.2f ms (targets: p50 <= 10 ms, p99 <= 100 ms at 1M statements)%n",
          pct(all, 50),
          pct(all, 99),
          pct(allBare, 50));

      String frequent = "nations";
      double[] kwic = new double[Math.min(repeat, 10)];
      long[] lines = new long[1];
      for (int r = 0; r < kwic.length; r++) {
        long t0 = System.nanoTime();
        lines[0] = 0;
        a.kwic(
            KwicRequest.of(Selection.builder(frequent).withLanguage("en").build()).withLimit(100),
            line -> lines[0]++);
        kwic[r] = (System.nanoTime() - t0) / 1e6;
      }
      long frequentHits =
          a.search(SearchRequest.builder(frequent).withLanguage("en").withLimit(0).build()).total();
      out.printf(
          Locale.ROOT,
          "first %d KWIC lines of '%s' (%d statements match): median %.1f ms (target <= 200 ms)%n",
          lines[0],
          frequent,
          frequentHits,
          pct(kwic, 50));

      double[] timeline = new double[Math.min(repeat, 10)];
      long buckets = 0;
      for (int r = 0; r < timeline.length; r++) {
        long t0 = System.nanoTime();
        Timeline t =
            a.timeline(
                Selection.builder("security").withLanguage("en").build(),
                Timeline.Interval.MONTH,
                Timeline.Split.NONE);
        timeline[r] = (System.nanoTime() - t0) / 1e6;
        buckets = t.buckets().size();
      }
      out.printf(
          Locale.ROOT,
          "monthly timeline of 'security' (%d months): median %.1f ms (target <= 300 ms)%n",
          buckets,
          pct(timeline, 50));

      SearchRequest grouped =
          SearchRequest.builder("security")
              .withFacets(List.of("year", "speaker", "language"))
              .withGroupVersions(true)
              .build();
      long g0 = System.nanoTime();
      SearchResult first = a.search(grouped);
      double firstMs = (System.nanoTime() - g0) / 1e6;
      double[] groupedTimes = new double[Math.min(repeat, 10)];
      for (int r = 0; r < groupedTimes.length; r++) {
        long t0 = System.nanoTime();
        a.search(grouped);
        groupedTimes[r] = (System.nanoTime() - t0) / 1e6;
      }
      out.printf(
          Locale.ROOT,
          "grouped by language version, 'security' (%d statements in %d groups): first %.1f ms"
              + " (builds the version groups), then median %.1f ms%n",
          first.total(),
          first.groups(),
          firstMs,
          pct(groupedTimes, 50));
    }
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    out.printf(
        Locale.ROOT,
        "peak heap used %.0f MB of max %.0f MB (target <= 1 GiB)%n",
        peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }

  private static SearchRequest full(String query) {
    return SearchRequest.builder(query)
        .withFacets(List.of("year", "speaker", "language"))
        .withLimit(10)
        .build();
  }

  /**
   * CPU time used by this process so far (every thread: the search threads, also GC and JIT): on a
   * shared machine it changes less with other load than wall time does.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double pct(double[] values, int percentile) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
