package io.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.archive.CheckReport;
import io.verbatim.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code verbatim bench chaos}: a {@code kill -9} of the server in the middle of uploads, searches
 * and exports, and what the archive holds afterwards. Not a timed test: a benchmark run that prints
 * a table and exits non-zero when an invariant fails.
 *
 * <p>The run: {@code verbatim serve} starts as a child JVM (this JVM's {@code java} and class path,
 * a random token, a free port read from its output) on a fresh archive. One client uploads {@code
 * --statements} invented statements (JSON Lines, words from a small list, each with its own serial
 * number) in batches through {@code POST /api/statements}; {@code --searchers} clients search and
 * {@code --exporters} clients export in a loop meanwhile. When half the batches are answered (or
 * after {@code --kill-after-seconds}) the server is killed with SIGKILL; the archive is checked as
 * the kill left it; the server is started again on it and the uploads go on, the unanswered batch
 * sent again. The server is then stopped and the archive checked again.
 *
 * <p>Invariants (each failing one is named, exit 1): both checks clean; every statement the server
 * answered as stored (before or after the kill) is in the export of the whole archive; no id is
 * exported twice and the search total equals the number of distinct ids equals {@code
 * --statements}; no 5xx answer (connection errors, which the kill causes, are counted apart); no
 * upload answered with a failed file.
 */
final class ChaosBenchmark {
  private static final String[] WORDS = {
    "river",
    "bridge",
    "harvest",
    "council",
    "treaty",
    "market",
    "winter",
    "harbour",
    "school",
    "railway",
    "forest",
    "budget",
    "ferry",
    "library",
    "village",
    "museum",
    "energy",
    "canal",
    "orchard",
    "festival",
    "archive",
    "lighthouse",
    "mountain",
    "province",
    "vaccine",
    "satellite",
    "coastline",
    "dialogue",
    "exchange",
    "cooperation",
    "delegation",
    "agreement"
  };
  private static final Pattern URL = Pattern.compile("at (http://[^ ]+?)/?$");

  /** Most statements per upload; fewer for small runs, so that there are about 20 uploads. */
  private static final int MAX_BATCH = 100;

  private final int statements;
  private final int batch;
  private final int searchers;
  private final int exporters;
  private final Double killAfterSeconds;
  private final Path work;

  private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
  private final LongAdder connectionErrors = new LongAdder();
  private final LongAdder uploadsSentAgain = new LongAdder();
  private final LongAdder searches = new LongAdder();
  private final LongAdder exports = new LongAdder();
  private final ConcurrentLinkedQueue<Long> searchNanosBeforeKill = new ConcurrentLinkedQueue<>();
  private final AtomicReference<String> base = new AtomicReference<>();
  private final AtomicBoolean killed = new AtomicBoolean();
  private final AtomicBoolean done = new AtomicBoolean();
  private final String token = UUID.randomUUID().toString();

  ChaosBenchmark(int statements, int searchers, int exporters, Double killAfterSeconds, Path work) {
    if (statements < 2 || statements > 10_000_000) {
      throw new IllegalArgumentException("--statements must be between 2 and 10000000");
    }
    if (searchers < 0 || searchers > 256 || exporters < 0 || exporters > 64) {
      throw new IllegalArgumentException(
          "--searchers must be between 0 and 256, --exporters between 0 and 64");
    }
    if (killAfterSeconds != null && killAfterSeconds <= 0) {
      throw new IllegalArgumentException("--kill-after-seconds must be positive");
    }
    this.statements = statements;
    this.batch = Math.max(1, Math.min(MAX_BATCH, statements / 20));
    this.searchers = searchers;
    this.exporters = exporters;
    this.killAfterSeconds = killAfterSeconds;
    this.work = work;
  }

  /** Runs the whole chaos run; returns 0 when every invariant holds, 1 otherwise. */
  int run(PrintWriter out) throws Exception {
    Path archive = work.resolve("archive");
    if (Files.exists(archive)) {
      throw new IllegalArgumentException(
          "bench chaos needs a fresh archive: " + archive + " exists already");
    }
    ArchiveProvider.openLocation(archive.toString(), true).close(); // a new, empty archive
    List<byte[]> batches = batches();
    out.printf(
        Locale.ROOT,
        "chaos: %d statements in %d uploads of up to %d, %d searchers, %d exporters, kill -9 %s%n",
        statements,
        batches.size(),
        batch,
        searchers,
        exporters,
        killAfterSeconds == null
            ? "when half the uploads are answered"
            : "after " + killAfterSeconds + " s");
    out.flush();
    Set<String> reported = ConcurrentHashMap.newKeySet();
    Set<String> reportedBeforeKill = new HashSet<>();
    List<String> failures = new ArrayList<>();
    Process server = start(archive, 1);
    long t0 = System.nanoTime();
    CheckReport afterKill;
    CheckReport atEnd;
    long killedAtBatch;
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(threads)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      List<Future<?>> loops = new ArrayList<>();
      for (int i = 0; i < searchers; i++) {
        int seed = i;
        loops.add(threads.submit(() -> searchLoop(http, seed)));
      }
      for (int i = 0; i < exporters; i++) {
        int seed = 1000 + i;
        loops.add(threads.submit(() -> exportLoop(http, seed)));
      }
      AtomicLong answered = new AtomicLong();
      Future<?> uploads =
          threads.submit(
              () -> {
                uploadAll(http, batches, reported, answered, failures);
                return null;
              });
      // the killer: at half the batches (or after the given time), with an upload in flight
      while (!uploads.isDone()
          && (killAfterSeconds == null
              ? answered.get() < batches.size() / 2
              : System.nanoTime() - t0 < (long) (killAfterSeconds * 1e9))) {
        Thread.sleep(5);
      }
      synchronized (reported) {
        reportedBeforeKill.addAll(reported);
      }
      killedAtBatch = answered.get();
      killed.set(true);
      server.destroyForcibly();
      server.waitFor(60, TimeUnit.SECONDS);
      base.set(null);
      out.printf(
          Locale.ROOT,
          "killed the server (SIGKILL) after %d of %d uploads answered, %.1f s in%n",
          killedAtBatch,
          batches.size(),
          (System.nanoTime() - t0) / 1e9);
      out.flush();
      afterKill = ArchiveProvider.checkLocation(archive.toString(), false, s -> {});
      server = start(archive, 2);
      uploads.get();
      done.set(true);
      for (Future<?> f : loops) {
        f.get();
      }
      // what the archive holds, through the restarted server
      Set<String> exported = new HashSet<>();
      long exportedLines = exportIds(http, exported);
      long total =
          Json.mapper().readTree(get(http, "/api/search?q=*&size=1").body()).get("total").asLong();
      Set<String> missing = new HashSet<>(reported);
      missing.removeAll(exported);
      Set<String> missingBeforeKill = new HashSet<>(reportedBeforeKill);
      missingBeforeKill.removeAll(exported);
      long duplicates = exportedLines - exported.size();
      server.destroy(); // SIGTERM: the server's shutdown hook stops it
      if (!server.waitFor(120, TimeUnit.SECONDS)) {
        server.destroyForcibly();
        server.waitFor(60, TimeUnit.SECONDS);
        failures.add("the restarted server did not stop within 120 s of SIGTERM");
      }
      atEnd = ArchiveProvider.checkLocation(archive.toString(), false, s -> {});

      long fiveXx =
          statuses.entrySet().stream()
              .filter(e -> e.getKey().endsWith(" 5xx"))
              .mapToLong(e -> e.getValue().sum())
              .sum();
      if (afterKill.damaged()) {
        failures.add("check after the kill found damage: " + afterKill.problems());
      }
      if (atEnd.damaged()) {
        failures.add("check at the end found damage: " + atEnd.problems());
      }
      if (!missing.isEmpty()) {
        failures.add(missing.size() + " statement(s) reported stored are missing");
      }
      if (duplicates != 0) {
        failures.add(duplicates + " id(s) exported more than once");
      }
      if (total != exported.size() || exported.size() != statements) {
        failures.add(
            "search total "
                + total
                + ", distinct ids exported "
                + exported.size()
                + ", statements generated "
                + statements
                + ": not all equal");
      }
      if (reported.size() != statements) {
        failures.add(reported.size() + " distinct ids reported stored, not " + statements);
      }
      if (fiveXx > 0) {
        failures.add(fiveXx + " answer(s) with a 5xx status");
      }

      double[] ms = searchNanosBeforeKill.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
      out.println();
      out.println("| measure | value |");
      out.println("|---|---|");
      row(out, "statements generated", statements);
      row(out, "statements reported stored (distinct ids)", reported.size());
      row(out, "  of which before the kill", reportedBeforeKill.size());
      row(out, "uploads answered before the kill", killedAtBatch + " of " + batches.size());
      row(out, "found after restart (export, distinct ids)", exported.size());
      row(out, "search total after restart", total);
      row(out, "missing (reported stored, not found)", missing.size());
      row(out, "  of which reported before the kill", missingBeforeKill.size());
      row(out, "duplicates (ids exported twice)", duplicates);
      row(out, "check after the kill", verdict(afterKill));
      row(out, "check at the end", verdict(atEnd));
      row(out, "searches done", searches.sum());
      row(out, "exports done (read to the end)", exports.sum());
      row(out, "search p50 / p99 ms before the kill", pct(ms, 50) + " / " + pct(ms, 99));
      row(out, "connection errors (kill and restart)", connectionErrors.sum());
      row(out, "  of which uploads (the batch sent again)", uploadsSentAgain.sum());
      for (Map.Entry<String, LongAdder> e : new TreeMap<>(statuses).entrySet()) {
        row(out, "status " + e.getKey().replace(" 5xx", ""), e.getValue().sum());
      }
      row(out, "seconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
    } finally {
      if (server.isAlive()) {
        server.destroyForcibly();
        server.waitFor(60, TimeUnit.SECONDS);
      }
    }
    out.println();
    if (failures.isEmpty()) {
      out.println("every invariant holds");
    } else {
      failures.forEach(f -> out.println("FAILED: " + f));
    }
    out.flush();
    return failures.isEmpty() ? 0 : 1;
  }

  private static void row(PrintWriter out, String name, Object value) {
    out.println("| " + name + " | " + value + " |");
  }

  private static String verdict(CheckReport r) {
    return r.damaged() ? "DAMAGED (" + r.problems().size() + " problem(s))" : "clean";
  }

  private static String pct(double[] sorted, double p) {
    if (sorted.length == 0) {
      return "-";
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, Math.min(sorted.length - 1, i))]);
  }

  /**
   * The statements as JSON Lines files of up to {@link #MAX_BATCH} records, our own invented text.
   */
  private List<byte[]> batches() {
    Random random = new Random(10);
    List<byte[]> batches = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    for (int n = 0; n < statements; n++) {
      StringBuilder text = new StringBuilder("Chaos statement ").append(n).append(':');
      for (int w = 0; w < 40; w++) {
        text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("title", "Chaos statement " + n);
      row.put("date", LocalDate.of(2000, 1, 1).plusDays(n % 9000).toString());
      row.put("text", text + ".");
      row.put("url", "https://example.org/chaos/" + n);
      lines.append(Json.compact(row)).append('\n');
      if ((n + 1) % batch == 0 || n == statements - 1) {
        batches.add(lines.toString().getBytes(StandardCharsets.UTF_8));
        lines.setLength(0);
      }
    }
    return batches;
  }

  /** Starts {@code verbatim serve} as a child JVM and waits for the address it prints. */
  private Process start(Path archive, int generation) throws IOException, InterruptedException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path log = work.resolve("server-" + generation + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                VerbatimCli.class.getName(),
                "serve",
                "--archive",
                archive.toString(),
                "--port",
                "0",
                "--query-timeout",
                "120")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put(ServeCommand.TOKEN_VARIABLE, token);
    Process p = pb.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log)) {
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
          Matcher m = URL.matcher(line);
          if (line.startsWith("Verbatim is serving") && m.find()) {
            base.set(m.group(1));
            return p;
          }
        }
      }
      if (!p.isAlive()) {
        throw new IOException(
            "verbatim serve exited with " + p.exitValue() + ": " + Files.readString(log));
      }
      Thread.sleep(100);
    }
    p.destroyForcibly();
    throw new IOException("verbatim serve printed no address within 180 s; see " + log);
  }

  private void count(String what, int status) {
    String key = what + " " + status + (status >= 500 ? " 5xx" : "");
    statuses.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  /** The current server's address, waiting through a restart. */
  private String base() throws InterruptedException {
    String b;
    while ((b = base.get()) == null) {
      Thread.sleep(20);
    }
    return b;
  }

  private void uploadAll(
      HttpClient http,
      List<byte[]> batches,
      Set<String> reported,
      AtomicLong answered,
      List<String> failures)
      throws Exception {
    for (int i = 0; i < batches.size(); i++) {
      while (true) {
        String boundary = "chaos-" + UUID.randomUUID();
        byte[] head =
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"chaos-"
                    + i
                    + ".jsonl\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r;
        try {
          r =
              http.send(
                  HttpRequest.newBuilder(URI.create(base() + "/api/statements"))
                      .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                      .header("Authorization", "Bearer " + token)
                      .timeout(Duration.ofSeconds(300))
                      .POST(
                          HttpRequest.BodyPublishers.ofByteArrays(
                              List.of(head, batches.get(i), tail)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
          connectionErrors.increment();
          uploadsSentAgain.increment();
          Thread.sleep(50);
          continue; // the server was killed: send the batch again to the restarted one
        }
        count("upload", r.statusCode());
        if (r.statusCode() != 200) {
          synchronized (failures) {
            failures.add("upload " + i + " answered " + r.statusCode() + ": " + r.body());
          }
          break;
        }
        JsonNode report = Json.mapper().readTree(r.body());
        if (!report.path("failed").isEmpty()) {
          synchronized (failures) {
            failures.add("upload " + i + " failed parts: " + report.get("failed"));
          }
        }
        synchronized (reported) {
          for (JsonNode s : report.path("statements")) {
            reported.add(s.get("id").asText());
          }
        }
        answered.incrementAndGet();
        break;
      }
    }
  }

  private HttpResponse<String> get(HttpClient http, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(300))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r;
  }

  private Void searchLoop(HttpClient http, int seed) throws InterruptedException {
    Random random = new Random(seed);
    while (!done.get()) {
      String q = WORDS[random.nextInt(WORDS.length)];
      if (random.nextBoolean()) {
        q += " " + WORDS[random.nextInt(WORDS.length)];
      }
      boolean before = !killed.get();
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> r =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            base()
                                + "/api/search?size=10&q="
                                + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(300))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long t = System.nanoTime() - t0;
        count("search", r.statusCode());
        searches.increment();
        if (before && !killed.get() && r.statusCode() == 200) {
          searchNanosBeforeKill.add(t);
        }
      } catch (IOException e) {
        connectionErrors.increment();
        Thread.sleep(50);
      }
    }
    return null;
  }

  private Void exportLoop(HttpClient http, int seed) throws InterruptedException {
    Random random = new Random(seed);
    byte[] buffer = new byte[64 * 1024];
    while (!done.get()) {
      String q = WORDS[random.nextInt(WORDS.length)];
      try {
        HttpResponse<InputStream> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/export?q=" + q)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        count("export", r.statusCode());
        try (InputStream in = r.body()) {
          while (in.read(buffer) > 0) {
            // read to the end
          }
        }
        if (r.statusCode() == 200) {
          exports.increment();
        } else if (r.statusCode() == 429) {
          Thread.sleep(100);
        }
      } catch (IOException e) {
        connectionErrors.increment();
        Thread.sleep(50);
      }
    }
    return null;
  }

  /** Reads the export of the whole archive; adds each id, returns the number of lines. */
  private long exportIds(HttpClient http, Set<String> ids) throws Exception {
    for (int attempt = 0; ; attempt++) {
      HttpResponse<InputStream> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base() + "/api/export?q=*")).build(),
              HttpResponse.BodyHandlers.ofInputStream());
      if (r.statusCode() == 429 && attempt < 100) {
        r.body().close();
        Thread.sleep(200);
        continue;
      }
      count("export", r.statusCode());
      if (r.statusCode() != 200) {
        throw new IOException("the final export answered " + r.statusCode());
      }
      long lines = 0;
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          JsonNode row = Json.mapper().readTree(line);
          if (row.has("truncated")) {
            throw new IOException("the final export was truncated: " + line);
          }
          ids.add(row.get("id").asText());
          lines++;
        }
      }
      return lines;
    }
  }
}
