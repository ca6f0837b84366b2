package io.verbatim.solr;

import io.verbatim.archive.AddOutcome;
import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveStats;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.Selection;
import io.verbatim.archive.Timeline;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SolrCloud benchmark (issue 5): ingests the same corpus into the embedded archive and into a
 * 2-node mini cluster (2 shards × 2 replicas) in the same run, and reports both throughputs and
 * query latencies in one Markdown table.
 *
 * <p>Solr side, in this JVM: {@link Ingestor} into {@link SolrArchive}, then searches with facets
 * and snippets, a KWIC and a timeline. The same ingest through the application jar ({@code
 * ./verbatim ingest --archive solr://…}, no Jetty on its class path) is timed too. Embedded side,
 * in separate processes (the app's Lucene 10 cannot share this JVM with Solr's Lucene 9): {@code
 * ./verbatim bench ingest} and {@code ./verbatim bench search}, whose printed numbers are read.
 *
 * <p>Run (see BENCHMARKS.md): {@code ./mvnw -B -q -pl solr -am -Psolr-bench verify -DskipTests
 * -Dbench.args="[--repeat N] PATH…"} ({@code --repeat}: timed repetitions of each query, default
 * 20). Paths are relative to the project folder.
 */
public final class SolrBenchmark {
  /** The queries of {@code verbatim bench search}: English terms and phrases. */
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

  private SolrBenchmark() {}

  public static void main(String[] args) throws Exception {
    int repeat = 20;
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--repeat")) {
        repeat = Integer.parseInt(args[++i]);
      } else {
        paths.add(projectHome().resolve(args[i]).normalize());
      }
    }
    if (paths.isEmpty()) {
      System.err.println("usage: SolrBenchmark [--repeat N] PATH...");
      System.exit(2);
    }
    Path home = projectHome();
    Path work = Files.createTempDirectory("verbatim-solr-bench");
    Map<String, String[]> rows = new LinkedHashMap<>();

    // ---- embedded, in separate processes ----
    String ingestOut = verbatim(home, args(List.of("bench", "ingest", "--runs", "1"), paths));
    double embeddedIngest = number(ingestOut, "median pipeline ([\\d.]+) docs/s");
    Path embedded = work.resolve("embedded");
    verbatim(home, args(List.of("ingest", "--archive", embedded.toString()), paths));
    String searchOut =
        verbatim(
            home,
            List.of("bench", "search", "--archive", embedded.toString(), "--repeat", "" + repeat));
    double[] embeddedSearch = {
      number(searchOut, "all queries .*?: p50 ([\\d.]+) ms"),
      number(searchOut, "all queries .*?p99 ([\\d.]+) ms"),
      number(searchOut, "KWIC lines of .*?median ([\\d.]+) ms"),
      number(searchOut, "monthly timeline .*?median ([\\d.]+) ms")
    };

    // ---- SolrCloud: 2 nodes, 2 shards x 2 replicas ----
    try (SolrTestCluster solr = SolrTestCluster.start(2)) {
      // Batched (addAll: one duplicate/version query per group) against the anchor, one query
      // per statement as before; alternated twice, each into a fresh archive, best of two.
      double solrIngest = 0;
      double singleRate = 0;
      long stored = 0;
      SolrLocation location = null;
      for (int round = 1; round <= 2; round++) {
        SolrLocation single = solr.createArchive("bench_single" + round);
        try (SolrArchive archive = SolrArchive.open(single, false)) {
          singleRate = Math.max(singleRate, ingestRate(new OneQueryPerAdd(archive), paths)[0]);
        }
        location = solr.createArchive("bench" + round);
        try (SolrArchive archive = SolrArchive.open(location, false)) {
          double[] rate = ingestRate(archive, paths);
          solrIngest = Math.max(solrIngest, rate[0]);
          stored = (long) rate[1];
        }
      }

      // The same ingest through the app jar (no Jetty), into a second archive.
      SolrLocation viaApp = solr.createArchive("bench_app");
      long t1 = System.nanoTime();
      verbatim(home, args(List.of("ingest", "--archive", viaApp.toString()), paths));
      double appSeconds = (System.nanoTime() - t1) / 1e9;

      double[] solrSearch;
      long statements;
      try (SolrArchive archive = SolrArchive.open(location, false)) {
        statements = archive.stats().statements();
        solrSearch = searches(archive, repeat);
      }
      System.out.printf(
          Locale.ROOT,
          "%s%ninput: %s%nstatements stored: %d (embedded and Solr)%n%n",
          machine(),
          paths,
          statements);
      rows.put(
          "ingest, docs/s, best of 2 (higher is better)",
          new String[] {fmt(embeddedIngest), fmt(solrIngest), ratio(solrIngest, embeddedIngest)});
      rows.put(
          "ingest, one duplicate query per statement (before batching), docs/s, best of 2",
          new String[] {fmt(embeddedIngest), fmt(singleRate), ratio(singleRate, embeddedIngest)});
      rows.put(
          "ingest via ./verbatim (app jar, separate JVM), docs/s",
          new String[] {
            fmt(embeddedIngest),
            fmt(stored / appSeconds),
            ratio(stored / appSeconds, embeddedIngest)
          });
      String[] names = {
        "search + 3 facets + snippets, p50 ms",
        "search + 3 facets + snippets, p99 ms",
        "KWIC first 100 lines of 'nations', median ms",
        "monthly timeline of 'security', median ms"
      };
      for (int i = 0; i < names.length; i++) {
        rows.put(
            names[i],
            new String[] {
              fmt(embeddedSearch[i]), fmt(solrSearch[i]), ratio(solrSearch[i], embeddedSearch[i])
            });
      }
      System.out.println(
          "| measure | embedded (Lucene 10) | SolrCloud 2 nodes | Solr / embedded |");
      System.out.println("|---|---|---|---|");
      rows.forEach(
          (name, v) -> System.out.printf("| %s | %s | %s | %s |%n", name, v[0], v[1], v[2]));
    }
  }

  /** Ingests {@code paths} into {@code archive}: statements per second, and how many. */
  private static double[] ingestRate(Archive archive, List<Path> paths) throws IOException {
    long t0 = System.nanoTime();
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestPaths(paths, new Ingestor.Listener() {});
    long stored = report.getIngested() + report.getVersions();
    return new double[] {stored / ((System.nanoTime() - t0) / 1e9), stored};
  }

  /**
   * {@link SolrArchive} without its {@link SolrArchive#addAll}: the default one-by-one {@code add},
   * one duplicate/version query per statement.
   */
  private record OneQueryPerAdd(SolrArchive archive) implements Archive {
    @Override
    public String location() {
      return archive.location();
    }

    @Override
    public String putOriginal(byte[] bytes) throws IOException {
      return archive.putOriginal(bytes);
    }

    @Override
    public Optional<InputStream> openOriginal(String sha256) throws IOException {
      return archive.openOriginal(sha256);
    }

    @Override
    public AddOutcome add(Statement statement) throws IOException {
      return archive.add(statement);
    }

    @Override
    public boolean contains(String id) throws IOException {
      return archive.contains(id);
    }

    @Override
    public boolean delete(String id) throws IOException {
      return archive.delete(id);
    }

    @Override
    public void commit() throws IOException {
      archive.commit();
    }

    @Override
    public Optional<Statement> get(String id) throws IOException {
      return archive.get(id);
    }

    @Override
    public List<Statement> versions(String statementKey) throws IOException {
      return archive.versions(statementKey);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
      return archive.search(request);
    }

    @Override
    public ArchiveStats stats() throws IOException {
      return archive.stats();
    }

    @Override
    public void close() throws IOException {
      archive.close();
    }
  }

  /** p50 and p99 of the searches, median KWIC and median timeline, in ms. */
  private static double[] searches(SolrArchive archive, int repeat) throws IOException {
    for (String q : QUERIES) {
      archive.search(full(q));
    }
    List<Double> times = new ArrayList<>();
    for (String q : QUERIES) {
      for (int r = 0; r < repeat; r++) {
        long t0 = System.nanoTime();
        SearchResult ignored = archive.search(full(q));
        times.add((System.nanoTime() - t0) / 1e6);
      }
    }
    double[] all = times.stream().mapToDouble(Double::doubleValue).toArray();
    double[] kwic = new double[Math.min(repeat, 10)];
    for (int r = 0; r < kwic.length; r++) {
      long t0 = System.nanoTime();
      archive.kwic(
          KwicRequest.of(Selection.builder("nations").withLanguage("en").build()).withLimit(100),
          line -> {});
      kwic[r] = (System.nanoTime() - t0) / 1e6;
    }
    double[] timeline = new double[Math.min(repeat, 10)];
    for (int r = 0; r < timeline.length; r++) {
      long t0 = System.nanoTime();
      archive.timeline(
          Selection.builder("security").withLanguage("en").build(),
          Timeline.Interval.MONTH,
          Timeline.Split.NONE);
      timeline[r] = (System.nanoTime() - t0) / 1e6;
    }
    return new double[] {pct(all, 50), pct(all, 99), pct(kwic, 50), pct(timeline, 50)};
  }

  private static SearchRequest full(String query) {
    return SearchRequest.builder(query)
        .withFacets(List.of("year", "speaker", "language"))
        .withLimit(10)
        .build();
  }

  private static double pct(double[] values, int percentile) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** Runs {@code ./verbatim} with these arguments and returns what it printed. */
  private static String verbatim(Path home, List<String> args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(home.resolve("verbatim").toString());
    cmd.addAll(args);
    System.err.println("running: " + String.join(" ", cmd));
    Process p = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("'" + String.join(" ", cmd) + "' failed:\n" + out);
    }
    System.err.print(out);
    return out;
  }

  private static List<String> args(List<String> first, List<Path> paths) {
    List<String> all = new ArrayList<>(first);
    paths.forEach(p -> all.add(p.toString()));
    return all;
  }

  private static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no match for /" + regex + "/ in:\n" + text);
    }
    return Double.parseDouble(m.group(1));
  }

  private static Path projectHome() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isExecutable(dir.resolve("verbatim"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("run from inside the project: no ./verbatim launcher found");
    }
    return dir;
  }

  private static String fmt(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String ratio(double solr, double embedded) {
    return String.format(Locale.ROOT, "%.2f", solr / embedded);
  }

  private static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "machine: %d cores, %s %s, Java %s, max heap %d MB",
        rt.availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        rt.maxMemory() >> 20);
  }
}
