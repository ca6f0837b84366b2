package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.archive.ArchiveLockedException;
import io.verbatim.archive.CheckReport;
import io.verbatim.archive.CheckReport.Kind;
import io.verbatim.archive.SearchRequest;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Json;
import io.verbatim.model.Statement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verbatim check [--repair]} on the embedded archive (issue 10, item 7): damage to the
 * index, the records and the originals is found and named, and a repair rebuilds the index losing
 * no statement whose original is intact. The archive is ingested from fixtures written here: one
 * JSON Lines file of {@value #ROWS} generated statements (a file original and one original per row)
 * and {@value #FILES} one-statement files.
 */
class LuceneCheckTest {
  private static final int ROWS = 600;
  private static final int FILES = 12;
  private static final String[] WORDS = {
    "talks",
    "treaty",
    "ministers",
    "delegation",
    "agreement",
    "water",
    "quotas",
    "border",
    "sanctions",
    "security",
    "cooperation",
    "partners",
    "council",
    "resolution",
    "dialogue",
    "humanitarian",
    "relief",
    "convoy",
    "ceasefire",
    "monitoring",
    "experts",
    "session",
    "draft",
    "consensus",
    "region",
    "summit",
    "trade",
    "energy",
    "pipeline",
    "visa",
    "consular",
    "embassy",
    "statement",
    "briefing",
    "progress",
    "exchange",
    "data",
    "meeting",
    "proposal",
    "framework"
  };

  @TempDir static Path fixtures;
  @TempDir Path temp;

  /** The archive as ingested, copied for each test. */
  private static Path template;

  /** Statement id → body, as ingested: what every repair must give back. */
  private static final Map<String, String> ingested = new LinkedHashMap<>();

  private Path dir;

  @BeforeAll
  static void ingestFixtures() throws IOException {
    Path input = fixtures.resolve("input");
    Files.createDirectories(input);
    Random random = new Random(10);
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < ROWS; i++) {
      rows.append(line(i, random)).append('\n');
    }
    Files.writeString(input.resolve("statements.jsonl"), rows, StandardCharsets.UTF_8);
    for (int i = ROWS; i < ROWS + FILES; i++) {
      Files.writeString(
          input.resolve("single-" + i + ".jsonl"), line(i, random) + "\n", StandardCharsets.UTF_8);
    }
    template = fixtures.resolve("archive");
    try (LuceneArchive archive = LuceneArchive.open(template, true)) {
      IngestReport report =
          new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
              .ingestPaths(List.of(input), new Ingestor.Listener() {});
      assertThat(report.getFailed()).isEmpty();
      assertThat(report.getIngested()).isEqualTo(ROWS + FILES);
      for (IngestReport.Stored s : report.getStatements()) {
        ingested.put(s.id(), archive.get(s.id()).orElseThrow().body());
      }
    }
  }

  @BeforeEach
  void copyTheArchive() throws IOException {
    dir = temp.resolve("archive");
    try (Stream<Path> walk = Files.walk(template)) {
      for (Path p : walk.toList()) {
        Path to = dir.resolve(template.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static String line(int n, Random random) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 140; w++) {
      text.append(w == 0 ? "" : w % 35 == 0 ? ".\n\n" : " ").append(WORDS[random.nextInt(40)]);
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("title", "Statement " + n + " on the " + WORDS[n % 40] + " talks");
    row.put("date", java.time.LocalDate.of(2020, 1, 1).plusDays(n).toString());
    row.put("text", text + ".");
    row.put("url", "https://example.org/statements/" + n);
    row.put("speaker", "Speaker " + (n % 7));
    return Json.compact(row);
  }

  private CheckReport check(boolean repair) throws IOException {
    return new LuceneArchiveProvider().check(dir.toString(), repair, line -> {});
  }

  @Test
  void aHealthyArchiveChecksClean() throws IOException {
    CheckReport report = check(false);

    assertThat(report.problems()).isEmpty();
    assertThat(report.damaged()).isFalse();
    assertThat(report.records()).isEqualTo(ROWS + FILES);
    // one original per row, the JSON Lines file, and each one-statement file
    assertThat(report.originals()).isEqualTo(ROWS + 1 + FILES);
    assertThat(report.indexParts()).isPositive();
    assertThat(report.repair()).isNull();
  }

  @Test
  void sixtyFourKilobytesOverwrittenInASegmentAreFoundAndRepaired() throws IOException {
    Path largest = largestIndexFile();
    long size = Files.size(largest);
    assertThat(size).as("the fixture's largest index file").isGreaterThan(128 * 1024);
    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);
    try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
      f.seek(size / 2 - noise.length / 2);
      f.write(noise);
    }

    CheckReport found = check(false);
    assertThat(found.damaged()).isTrue();
    assertThat(found.problems(Kind.INDEX))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("is damaged"));

    CheckReport repaired = check(true);
    assertThat(repaired.repair().rebuilt()).isTrue();
    assertThat(repaired.repair().lost()).isEmpty();
    assertThat(repaired.repair().fromRecords() + repaired.repair().reread().size())
        .isEqualTo(ROWS + FILES);

    assertThat(check(false).problems()).isEmpty();
    assertEveryStatementIsBack();
  }

  @Test
  void aTruncatedSegmentFileIsFoundAndEveryStatementReadAgainFromItsOriginal() throws IOException {
    Path largest = largestIndexFile();
    try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }

    CheckReport found = check(false);
    assertThat(found.damaged()).isTrue();
    assertThat(found.problems(Kind.INDEX)).isNotEmpty();
    assertThat(found.problems(Kind.RECORD)).isNotEmpty(); // the index does not even open

    CheckReport repaired = check(true);
    assertThat(repaired.repair().rebuilt()).isTrue();
    assertThat(repaired.repair().reread()).containsExactlyInAnyOrderElementsOf(ingested.keySet());
    assertThat(repaired.repair().lost()).isEmpty();

    assertThat(check(false).problems()).isEmpty();
    assertEveryStatementIsBack();
    try (LuceneArchive archive = LuceneArchive.open(dir, false)) {
      Statement row = archive.get(ingested.keySet().iterator().next()).orElseThrow();
      assertThat(row.source().path()).startsWith("originals/");
      assertThat(row.source().locator()).isEqualTo("line 1");
    }
  }

  @Test
  void anOriginalWhoseBytesChangedIsNamedWithItsStatement() throws IOException {
    String id = singleFileStatement();
    String sha;
    try (LuceneArchive archive = LuceneArchive.open(dir, false)) {
      sha = archive.get(id).orElseThrow().source().sha256();
    }
    Path file = new OriginalStore(dir.resolve("originals")).fileFor(sha);
    Files.write(file, gzip("{\"title\": \"another text\"}\n".getBytes(StandardCharsets.UTF_8)));

    CheckReport found = check(false);
    assertThat(found.damaged()).isTrue();
    assertThat(found.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.ORIGINAL_DAMAGED);
              assertThat(p.subject()).isEqualTo(sha);
              assertThat(p.message()).contains(sha).contains("statement " + id);
            });

    // A repair moves it aside (the bytes are kept) and says to ingest the file again.
    CheckReport repaired = check(true);
    assertThat(repaired.repair().rebuilt()).isFalse();
    assertThat(repaired.repair().notes()).anySatisfy(n -> assertThat(n).contains("moved"));
    assertThat(dir.resolve(LuceneRepair.DAMAGED).resolve(file.getFileName())).exists();
    assertThat(check(false).problems(Kind.ORIGINAL_MISSING))
        .singleElement()
        .satisfies(p -> assertThat(p.subject()).isEqualTo(id));
  }

  @Test
  void aRecordWhoseOriginalWasDeletedIsNamed() throws IOException {
    String id = singleFileStatement();
    String sha;
    String path;
    try (LuceneArchive archive = LuceneArchive.open(dir, false)) {
      Statement s = archive.get(id).orElseThrow();
      sha = s.source().sha256();
      path = s.source().path();
    }
    Files.delete(new OriginalStore(dir.resolve("originals")).fileFor(sha));

    CheckReport found = check(false);
    assertThat(found.damaged()).isTrue();
    assertThat(found.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.ORIGINAL_MISSING);
              assertThat(p.subject()).isEqualTo(id);
              assertThat(p.message()).contains(sha).contains("re-ingest " + path);
            });
  }

  @Test
  void anOriginalNoRecordNamesIsListedButIsNotDamage() throws IOException {
    String id = singleFileStatement();
    try (LuceneArchive archive = LuceneArchive.open(dir, false)) {
      archive.delete(id);
      archive.commit();
    }
    CheckReport found = check(false);
    assertThat(found.damaged()).isFalse();
    assertThat(found.problems(Kind.ORIGINAL_UNREFERENCED)).hasSize(1);

    // Nothing to repair: the deleted statement does not come back.
    CheckReport repaired = check(true);
    assertThat(repaired.repair().rebuilt()).isFalse();
    try (LuceneArchive archive = LuceneArchive.open(dir, false)) {
      assertThat(archive.contains(id)).isFalse();
    }
  }

  @Test
  void anArchiveBeingWrittenIsNotCheckedAndTheMessageSaysWhy() throws IOException {
    try (LuceneArchive writer = LuceneArchive.open(dir, false)) {
      writer.delete(ingested.keySet().iterator().next()); // opens the index writer
      assertThatThrownBy(() -> check(false))
          .isInstanceOf(ArchiveLockedException.class)
          .hasMessageContaining("being written by another Verbatim process");
    }
  }

  private void assertEveryStatementIsBack() throws IOException {
    try (LuceneArchive archive = LuceneArchive.open(dir, false)) {
      assertThat(archive.stats().statements()).isEqualTo(ROWS + FILES);
      for (Map.Entry<String, String> e : ingested.entrySet()) {
        assertThat(archive.get(e.getKey()).orElseThrow().body()).isEqualTo(e.getValue());
        assertThat(
                archive
                    .search(SearchRequest.builder("id:" + e.getKey()).withLimit(1).build())
                    .total())
            .as("search finds %s", e.getKey())
            .isEqualTo(1);
      }
      // every word of the fixtures is searchable in every statement that has it
      long withTreaty = ingested.values().stream().filter(b -> b.contains("treaty")).count();
      assertThat(archive.search(SearchRequest.builder("\"treaty\"").build()).total())
          .isEqualTo(withTreaty);
    }
  }

  private String singleFileStatement() throws IOException {
    try (LuceneArchive archive = LuceneArchive.open(dir, false)) {
      for (String id : ingested.keySet()) {
        Statement s = archive.get(id).orElseThrow();
        if (s.source().sha256().equals(s.source().fileSha256())) {
          return id;
        }
      }
    }
    throw new AssertionError("the fixtures have one-statement files");
  }

  private Path largestIndexFile() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("index"))) {
      List<Path> all = new ArrayList<>(files.filter(Files::isRegularFile).toList());
      all.sort(Comparator.comparingLong(LuceneCheckTest::size).reversed());
      return all.get(0);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
