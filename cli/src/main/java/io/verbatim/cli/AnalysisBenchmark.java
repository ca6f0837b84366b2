package io.verbatim.cli;

import io.verbatim.lucene.BareIndexer;
import io.verbatim.lucene.BareSearch;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code verbatim bench analysis PATH…}: the search benchmark's variant that measures what indexing
 * every word costs. The same texts are indexed twice by {@link BareIndexer}: with the archive's
 * analysis (every word, its exact form beside its stem) and with the anchor, format 1's analysis
 * (stop words dropped, stems only), each merged into one segment (the bigger index would otherwise
 * flush more segments, and segment counts, not analysis, would dominate small queries' times). Then
 * the same queries run on both bare indexes ({@link BareSearch}: top 10 and the exact total, each
 * side with its own query translation), with the same warm-up and the same statistic, alternating
 * sides. Prints Markdown tables: latencies per query and over all queries, index sizes and indexing
 * times, each with the ratio words/anchor.
 */
final class AnalysisBenchmark {
  /** The search benchmark's queries, and phrases made of stop words, which only format 2 finds. */
  static final List<String> QUERIES;

  static {
    List<String> q = new ArrayList<>(SearchBenchmark.QUERIES);
    q.addAll(
        List.of(
            "\"political will\"",
            "\"in the interests of\"",
            "\"there is no\"",
            "\"of the\"",
            "\"the\""));
    QUERIES = List.copyOf(q);
  }

  private static final int WARM_UP_ROUNDS = 3;

  private final List<Statement> texts;
  private final Path work;
  private final int repeat;

  AnalysisBenchmark(List<Statement> texts, Path work, int repeat) {
    this.texts = List.copyOf(texts);
    this.work = Objects.requireNonNull(work, "work folder");
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1");
    }
    this.repeat = repeat;
  }

  void run(PrintWriter out) throws IOException {
    Map<BareIndexer.Analysis, Double> buildSeconds = new EnumMap<>(BareIndexer.Analysis.class);
    Map<BareIndexer.Analysis, Double> mergeSeconds = new EnumMap<>(BareIndexer.Analysis.class);
    Map<BareIndexer.Analysis, Long> bytes = new EnumMap<>(BareIndexer.Analysis.class);
    for (BareIndexer.Analysis a : BareIndexer.Analysis.values()) {
      Path folder = work.resolve(a.name().toLowerCase(Locale.ROOT));
      Folders.deleteTree(folder);
      long t0 = System.nanoTime();
      BareIndexer.index(texts, folder, a);
      buildSeconds.put(a, (System.nanoTime() - t0) / 1e9);
      long t1 = System.nanoTime();
      BareIndexer.mergeToOneSegment(folder, a);
      mergeSeconds.put(a, (System.nanoTime() - t1) / 1e9);
      bytes.put(a, Folders.size(folder));
    }
    BareIndexer.Analysis words = BareIndexer.Analysis.WORDS;
    BareIndexer.Analysis anchor = BareIndexer.Analysis.FORMAT_1;
    out.printf(
        Locale.ROOT,
        "%d statements; %d queries, %d warm-up rounds, then %d timed rounds alternating sides%n%n",
        texts.size(),
        QUERIES.size(),
        WARM_UP_ROUNDS,
        repeat);
    try (BareSearch w = new BareSearch(work.resolve("words"), words);
        BareSearch f = new BareSearch(work.resolve("format_1"), anchor)) {
      for (int r = 0; r < WARM_UP_ROUNDS; r++) {
        for (String q : QUERIES) {
          f.topTenAndExactTotal(q);
          w.topTenAndExactTotal(q);
        }
      }
      out.println(
          "| query | hits format 1 | hits words | format 1 p50 ms | words p50 ms | format 1 p99 ms"
              + " | words p99 ms | ratio p50 |");
      out.println("|---|---|---|---|---|---|---|---|");
      List<Double> allWords = new ArrayList<>();
      List<Double> allAnchor = new ArrayList<>();
      for (String q : QUERIES) {
        double[] tw = new double[repeat];
        double[] tf = new double[repeat];
        long hw = 0;
        long hf = 0;
        for (int r = 0; r < repeat; r++) {
          // Alternate which side goes first, so neither always finds the caches warm.
          if (r % 2 == 0) {
            long t0 = System.nanoTime();
            hf = f.topTenAndExactTotal(q);
            tf[r] = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            hw = w.topTenAndExactTotal(q);
            tw[r] = (System.nanoTime() - t1) / 1e6;
          } else {
            long t1 = System.nanoTime();
            hw = w.topTenAndExactTotal(q);
            tw[r] = (System.nanoTime() - t1) / 1e6;
            long t0 = System.nanoTime();
            hf = f.topTenAndExactTotal(q);
            tf[r] = (System.nanoTime() - t0) / 1e6;
          }
        }
        Arrays.stream(tw).forEach(allWords::add);
        Arrays.stream(tf).forEach(allAnchor::add);
        out.printf(
            Locale.ROOT,
            "| `%s` | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
            q,
            hf,
            hw,
            pct(tf, 50),
            pct(tw, 50),
            pct(tf, 99),
            pct(tw, 99),
            pct(tw, 50) / Math.max(1e-3, pct(tf, 50)));
      }
      double[] aw = allWords.stream().mapToDouble(Double::doubleValue).toArray();
      double[] af = allAnchor.stream().mapToDouble(Double::doubleValue).toArray();
      out.println();
      out.println("| measure | format 1 (anchor) | words (format 2) | ratio words/anchor |");
      out.println("|---|---|---|---|");
      out.printf(
          Locale.ROOT,
          "| search p50, all queries | %.2f ms | %.2f ms | %.2f |%n",
          pct(af, 50),
          pct(aw, 50),
          pct(aw, 50) / Math.max(1e-3, pct(af, 50)));
      out.printf(
          Locale.ROOT,
          "| search p99, all queries | %.2f ms | %.2f ms | %.2f |%n",
          pct(af, 99),
          pct(aw, 99),
          pct(aw, 99) / Math.max(1e-3, pct(af, 99)));
      out.printf(
          Locale.ROOT,
          "| index size | %.1f MB | %.1f MB | %.2f |%n",
          bytes.get(anchor) / 1e6,
          bytes.get(words) / 1e6,
          (double) bytes.get(words) / bytes.get(anchor));
      out.printf(
          Locale.ROOT,
          "| bare indexing time | %.2f s | %.2f s | %.2f |%n",
          buildSeconds.get(anchor),
          buildSeconds.get(words),
          buildSeconds.get(words) / buildSeconds.get(anchor));
      out.printf(
          Locale.ROOT,
          "| merge to one segment | %.2f s | %.2f s | %.2f |%n",
          mergeSeconds.get(anchor),
          mergeSeconds.get(words),
          mergeSeconds.get(words) / mergeSeconds.get(anchor));
    }
  }

  private static double pct(double[] values, int percentile) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
