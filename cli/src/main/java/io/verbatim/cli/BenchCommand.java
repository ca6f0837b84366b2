package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.lucene.ArchiveReplicator;
import io.verbatim.lucene.BareIndexer;
import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench ingest PATH…}: ingest throughput of the whole pipeline against a bare
 * Lucene indexer over the same texts with the same analyzers, in the same run, and optionally a
 * scale run to N statements with peak heap. Prints Markdown tables for BENCHMARKS.md.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks. 'bench ingest PATH…' times the whole ingest pipeline and, in the same run, a",
      "bare Lucene indexer over the same texts (the anchor); --scale N adds a run to N statements.",
      "'bench search --archive DIR' times searches with facets and snippets, KWIC and timelines",
      "on an existing archive, against a bare Lucene top-10 (the anchor).",
      "'bench analysis PATH…' indexes the same texts twice, with the archive's analysis (every",
      "word, exact forms beside stems) and with format 1's (stop words dropped, stems only, the",
      "anchor), and times the same bare searches on both; reports latencies and index sizes.",
      "'bench http --archive DIR' loads the HTTP API from --connections concurrent connections",
      "for --seconds, against the archive called directly and a bare Lucene top-10 (anchors).",
      "'bench overload --archive DIR' times searches while --exports clients export in a loop,",
      "with the server's limits on exports off and on (anchor: searches alone), in one run.",
      "'bench replicate --from DIR --times N --to NEW' builds a big benchmark archive fast: the",
      "index of DIR added N times (the same statements repeated, ids too), originals linked.",
      "'bench chaos' starts 'verbatim serve' as a child process on a fresh archive, uploads",
      "--statements invented statements while --searchers search and --exporters export, kills",
      "the server with SIGKILL in the middle, restarts it, finishes the uploads and checks that",
      "everything reported stored is there once and the archive checks clean (exit 1 if not)."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "WHAT",
      description =
          "What to benchmark: ingest, search, analysis, http, overload, replicate or chaos.")
  String what;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "PATH",
      description = "ingest, analysis: files or folders to read.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--archive",
      paramLabel = "DIR",
      description = "search: the (large) archive to query; it is only read.")
  Path archive;

  @Option(
      names = "--from",
      paramLabel = "DIR",
      description = "replicate: the archive whose index is repeated.")
  Path from;

  @Option(
      names = "--times",
      defaultValue = "10",
      paramLabel = "N",
      description = "replicate: how many copies of the index (default: ${DEFAULT-VALUE}).")
  int times;

  @Option(
      names = "--to",
      paramLabel = "DIR",
      description = "replicate: the new archive folder (new or empty).")
  Path to;

  @Option(
      names = "--repeat",
      defaultValue = "20",
      description =
          "search, analysis: timed repetitions of each query (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(
      names = "--runs",
      defaultValue = "3",
      description = "Timed runs of each (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--scale",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Also replicate the texts to N statements (distinct ids and dates) into one archive.")
  int scale;

  @Option(
      names = "--connections",
      defaultValue = "32",
      description =
          "http: concurrent connections (default: ${DEFAULT-VALUE}); overload: search"
              + " connections (default: 2).")
  int connections;

  @Option(
      names = "--exports",
      defaultValue = "8",
      description = "overload: clients exporting in a loop (default: ${DEFAULT-VALUE}).")
  int exports;

  @Option(
      names = "--export",
      defaultValue = OverloadBenchmark.DEFAULT_EXPORT,
      paramLabel = "PATH",
      description = "overload: the export each client runs (default: ${DEFAULT-VALUE}).")
  String export;

  @Option(
      names = "--seconds",
      defaultValue = "30",
      description = "http, overload: seconds per timed phase (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--statements",
      defaultValue = "20000",
      paramLabel = "N",
      description = "chaos: statements uploaded (default: ${DEFAULT-VALUE}).")
  int statements;

  @Option(
      names = "--searchers",
      defaultValue = "16",
      description = "chaos: clients searching in a loop (default: ${DEFAULT-VALUE}).")
  int searchers;

  @Option(
      names = "--exporters",
      defaultValue = "2",
      description = "chaos: clients exporting in a loop (default: ${DEFAULT-VALUE}).")
  int exporters;

  @Option(
      names = "--kill-after-seconds",
      paramLabel = "S",
      description = "chaos: kill the server after S seconds (default: when half is uploaded).")
  Double killAfterSeconds;

  @Option(
      names = "--work-dir",
      description = "Where to build the benchmark archives (default: a temp folder).")
  Path workDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if ("search".equals(what)) {
      if (archive == null) {
        throw new IllegalArgumentException(
            "bench search needs --archive DIR (an existing archive)");
      }
      out.println(machine());
      new SearchBenchmark(archive, repeat).run(out);
      return 0;
    }
    if ("analysis".equals(what)) {
      if (paths.isEmpty()) {
        throw new IllegalArgumentException("bench analysis needs at least one PATH");
      }
      Path work =
          workDir != null
              ? Files.createDirectories(workDir)
              : Files.createTempDirectory("verbatim-bench");
      try {
        out.println(machine());
        new AnalysisBenchmark(extract(paths), work, repeat).run(out);
      } finally {
        if (workDir == null) {
          Folders.deleteTree(work);
        }
      }
      return 0;
    }
    if ("http".equals(what)) {
      if (archive == null) {
        throw new IllegalArgumentException("bench http needs --archive DIR (an existing archive)");
      }
      out.println(machine());
      new HttpBenchmark(archive, connections, java.time.Duration.ofSeconds(seconds)).run(out);
      return 0;
    }
    if ("overload".equals(what)) {
      if (archive == null) {
        throw new IllegalArgumentException(
            "bench overload needs --archive DIR (an existing archive)");
      }
      out.println(machine());
      new OverloadBenchmark(
              archive,
              spec.commandLine().getParseResult().hasMatchedOption("--connections")
                  ? connections
                  : 2,
              exports,
              java.time.Duration.ofSeconds(seconds),
              export)
          .run(out);
      return 0;
    }
    if ("chaos".equals(what)) {
      Path work =
          workDir != null
              ? Files.createDirectories(workDir)
              : Files.createTempDirectory("verbatim-chaos");
      try {
        out.println(machine());
        return new ChaosBenchmark(statements, searchers, exporters, killAfterSeconds, work)
            .run(out);
      } finally {
        if (workDir == null) {
          Folders.deleteTree(work);
        }
      }
    }
    if ("replicate".equals(what)) {
      if (from == null || to == null) {
        throw new IllegalArgumentException("bench replicate needs --from DIR and --to NEW_DIR");
      }
      long t0 = System.nanoTime();
      ArchiveReplicator.Result r = ArchiveReplicator.replicate(from, times, to);
      out.printf(
          Locale.ROOT,
          "replicated %s %d times into %s: %d statements (the same ones repeated), %d segments,"
              + " %d originals %s, %.0f MB on disk, in %.1f s%n",
          from,
          times,
          to,
          r.statements(),
          r.segments(),
          r.originals(),
          r.linked() ? "hard-linked" : "copied",
          Folders.size(to) / 1e6,
          (System.nanoTime() - t0) / 1e9);
      return 0;
    }
    if (!"ingest".equals(what)) {
      throw new IllegalArgumentException(
          "unknown benchmark '"
              + what
              + "'; known: ingest, search, analysis, http, overload, replicate, chaos");
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("bench ingest needs at least one PATH");
    }
    Path work =
        workDir != null
            ? Files.createDirectories(workDir)
            : Files.createTempDirectory("verbatim-bench");
    try {
      out.println(machine());
      List<Statement> texts = extract(paths);
      long chars =
          texts.stream()
              .mapToLong(s -> s.body().length() + (s.title() == null ? 0 : s.title().length()))
              .sum();
      long bytes = inputBytes(paths);
      out.printf(
          Locale.ROOT,
          "input: %d statement(s), %.1f MB of files, %.1f M characters of text%n%n",
          texts.size(),
          bytes / 1e6,
          chars / 1e6);
      out.println(
          "| run | pipeline s | pipeline docs/s | pipeline MB/s | bare Lucene s | bare docs/s | ratio (pipeline/bare) |");
      out.println("|---|---|---|---|---|---|---|");
      double[] ratios = new double[runs];
      double[] pipelineRates = new double[runs];
      for (int r = 0; r < runs; r++) {
        Path archiveDir = work.resolve("pipeline-" + r);
        long t0 = System.nanoTime();
        IngestReport report;
        try (Archive a = ArchiveProvider.openLocation(archiveDir.toString(), true)) {
          report =
              new Ingestor(a, Formats.standard(), Ingestor.Options.defaults())
                  .ingestPaths(paths, new Ingestor.Listener() {});
        }
        double pipeline = (System.nanoTime() - t0) / 1e9;
        long stored = report.getIngested() + report.getVersions();
        long t1 = System.nanoTime();
        BareIndexer.index(texts, work.resolve("bare-" + r));
        double bare = (System.nanoTime() - t1) / 1e9;
        ratios[r] = (stored / pipeline) / (texts.size() / bare);
        pipelineRates[r] = stored / pipeline;
        out.printf(
            Locale.ROOT,
            "| %d | %.2f | %.0f | %.2f | %.2f | %.0f | %.2f |%n",
            r + 1,
            pipeline,
            stored / pipeline,
            bytes / 1e6 / pipeline,
            bare,
            texts.size() / bare,
            ratios[r]);
        Folders.deleteTree(archiveDir);
        Folders.deleteTree(work.resolve("bare-" + r));
      }
      Arrays.sort(ratios);
      Arrays.sort(pipelineRates);
      out.printf(
          Locale.ROOT,
          "%nmedian pipeline %.0f docs/s; median ratio pipeline/bare %.2f (target >= 0.6)%n",
          pipelineRates[runs / 2],
          ratios[runs / 2]);
      if (scale > 0) {
        scaleRun(out, texts, scale, work.resolve("scale"));
      }
    } finally {
      if (workDir == null) {
        Folders.deleteTree(work);
      }
    }
    return 0;
  }

  /**
   * Reads every distinct statement the paths hold, as ingest would (the bare indexer's input): the
   * same files, and byte-identical duplicates once.
   */
  static List<Statement> extract(List<Path> paths) throws IOException {
    Ingestor inspector = Ingestor.inspector(Formats.standard(), Ingestor.Options.defaults());
    java.util.Map<String, Statement> distinct = new java.util.LinkedHashMap<>();
    for (Path f : Ingestor.filesToRead(paths, new IngestReport())) {
      for (Statement s :
          inspector.inspect(new Capture(f.toString(), f, Files.readAllBytes(f))).statements()) {
        distinct.putIfAbsent(s.id(), s);
      }
    }
    return new ArrayList<>(distinct.values());
  }

  private static long inputBytes(List<Path> paths) throws IOException {
    long total = 0;
    for (Path f : Ingestor.filesToRead(paths, new IngestReport())) {
      total += Files.size(f);
    }
    return total;
  }

  /** N statements from the texts, each with its own bytes, id and date, into one archive. */
  private static void scaleRun(PrintWriter out, List<Statement> texts, int n, Path dir)
      throws IOException {
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long chars = 0;
    long t0 = System.nanoTime();
    try (Archive a = ArchiveProvider.openLocation(dir.toString(), true)) {
      for (int i = 0; i < n; i++) {
        Statement base = texts.get(i % texts.size());
        int copy = i / texts.size();
        String body = base.body() + "\n\n[replica " + copy + "]";
        byte[] original = body.getBytes(StandardCharsets.UTF_8);
        String sha = a.putOriginal(original);
        LocalDate day =
            base.published() == null ? LocalDate.of(2000, 1, 1) : base.published().start();
        Statement s =
            base.toBuilder()
                .withBody(body)
                .withId(Statement.idFor(sha))
                .withStatementKey("bench:" + i)
                .withPublished(Published.of(day.plusDays(copy)))
                .withSource(
                    new Source("bench", "bench", sha, sha, "replica " + copy, Instant.now()))
                .build();
        a.add(s);
        chars += body.length();
        if ((i + 1) % 1000 == 0) {
          a.commit();
        }
      }
      a.commit();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long maxHeap = Runtime.getRuntime().maxMemory();
    long disk = Folders.size(dir);
    out.printf(
        Locale.ROOT,
        "%n| scale run | statements | seconds | docs/s | text MB | archive on disk MB | peak heap used MB | max heap MB |%n"
            + "|---|---|---|---|---|---|---|---|%n"
            + "| replicated | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
        n,
        seconds,
        n / seconds,
        chars / 1e6,
        disk / 1e6,
        peak / 1e6,
        maxHeap / 1e6);
  }

  static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "machine: %d cores, max heap %d MB, %s %s, Java %s (%s), %s",
        rt.availableProcessors(),
        rt.maxMemory() >> 20,
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        LocalDate.now());
  }
}
