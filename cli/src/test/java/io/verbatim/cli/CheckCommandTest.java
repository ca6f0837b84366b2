package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.model.Json;
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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verbatim check [--repair] [--json]} and an export that meets a record it cannot read
 * (issue 10, item 7), over an archive ingested from a JSON Lines file written here.
 */
class CheckCommandTest {
  private static final int ROWS = 300;
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
    "relief",
    "convoy",
    "ceasefire",
    "monitoring",
    "experts"
  };

  @TempDir Path temp;
  private String archive;

  @BeforeEach
  void ingest() throws IOException {
    Random random = new Random(3);
    StringBuilder rows = new StringBuilder();
    for (int n = 0; n < ROWS; n++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 160; w++) {
        text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("title", "Statement " + n);
      row.put("date", java.time.LocalDate.of(2021, 1, 1).plusDays(n).toString());
      row.put("text", text + ".");
      row.put("url", "https://example.org/s/" + n);
      rows.append(Json.compact(row)).append('\n');
    }
    Path file = temp.resolve("statements.jsonl");
    Files.writeString(file, rows, StandardCharsets.UTF_8);
    archive = temp.resolve("archive").toString();
    CliRun run = CliRun.of("ingest", "--archive", archive, file.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void aHealthyArchiveIsCleanWithExitZero() throws IOException {
    CliRun run = CliRun.of("check", "--archive", archive);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("clean: nothing is damaged").contains(ROWS + " record(s)");

    JsonNode json =
        Json.mapper().readTree(CliRun.of("check", "--archive", archive, "--json").out());
    assertThat(json.get("damaged").asBoolean()).isFalse();
    assertThat(json.get("found").get("records").asLong()).isEqualTo(ROWS);
    assertThat(json.get("found").get("originals").asLong()).isEqualTo(ROWS + 1);
  }

  @Test
  void aDamagedSegmentExitsOneAndRepairBringsEveryStatementBack() throws IOException {
    long before = searchTotal("treaty");
    Path largest = largestIndexFile();
    long size = Files.size(largest);
    byte[] noise = new byte[(int) Math.min(64 * 1024, size / 2)];
    new Random(5).nextBytes(noise);
    try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
      f.seek(size / 2 - noise.length / 2);
      f.write(noise);
    }

    CliRun found = CliRun.of("check", "--archive", archive);
    assertThat(found.exitCode()).as(found.toString()).isEqualTo(1);
    assertThat(found.out()).contains("DAMAGED").contains("index segment");

    CliRun repaired = CliRun.of("check", "--archive", archive, "--repair");
    assertThat(repaired.exitCode()).as(repaired.toString()).isZero();
    assertThat(repaired.out()).contains("repaired: rebuilt the index").contains("after the repair");
    assertThat(repaired.out().substring(repaired.out().indexOf("after the repair")))
        .contains("clean: nothing is damaged");

    CliRun again = CliRun.of("check", "--archive", archive);
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(searchTotal("")).isEqualTo(ROWS);
    assertThat(searchTotal("treaty")).isEqualTo(before);
  }

  @Test
  void anArchiveThatIsNotThereExitsThree() {
    CliRun run = CliRun.of("check", "--archive", temp.resolve("nothing").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.stderr()).contains("no Verbatim archive at");
  }

  @Test
  void anExportThatMeetsAnUnreadableRecordEndsWithATruncationLineAndExitsNonZero()
      throws IOException {
    addUnreadableRecord();

    CliRun jsonl = CliRun.of("export", "--archive", archive, "");
    assertThat(jsonl.exitCode()).as(jsonl.toString()).isEqualTo(3);
    List<String> lines = jsonl.out().lines().toList();
    assertThat(lines).hasSize(ROWS + 1);
    JsonNode last = Json.mapper().readTree(lines.get(ROWS));
    assertThat(last.get("truncated").asBoolean()).isTrue();
    assertThat(last.get("written").asLong()).isEqualTo(ROWS);
    assertThat(last.get("error").asText()).contains("not a stored statement record");
    assertThat(jsonl.stderr())
        .contains("the export stopped after " + ROWS + " row(s)")
        .contains("truncated");

    CliRun csv = CliRun.of("export", "--archive", archive, "", "--as", "csv");
    assertThat(csv.exitCode()).as(csv.toString()).isEqualTo(3);
    List<org.apache.commons.csv.CSVRecord> rows =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new java.io.StringReader(csv.out()))
            .getRecords();
    assertThat(rows).hasSize(ROWS + 1);
    org.apache.commons.csv.CSVRecord lastRow = rows.get(ROWS);
    assertThat(lastRow.get(0)).isEqualTo("#truncated");
    assertThat(lastRow.get(1)).isEqualTo(Integer.toString(ROWS));
    assertThat(lastRow.get(2)).contains("not a stored statement record");

    Path file = temp.resolve("out.jsonl");
    CliRun toFile = CliRun.of("export", "--archive", archive, "", "-o", file.toString());
    assertThat(toFile.exitCode()).isEqualTo(3);
    List<String> written = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(written.get(written.size() - 1)).startsWith("{\"truncated\":true");
  }

  /** Appends to the index a document whose stored record is not JSON: last in index order. */
  private void addUnreadableRecord() throws IOException {
    try (FSDirectory index = FSDirectory.open(Path.of(archive, "index"));
        IndexWriter w =
            new IndexWriter(
                index,
                new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                    .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
      Document doc = new Document();
      doc.add(new StringField("id", "00000000deadbeef", Field.Store.NO));
      doc.add(
          new org.apache.lucene.document.SortedDocValuesField(
              "id", new org.apache.lucene.util.BytesRef("00000000deadbeef")));
      doc.add(new StoredField("record", "{\"id\": \"00000000deadbeef\", \"body\": [broken"));
      w.addDocument(doc);
      w.commit();
    }
  }

  private long searchTotal(String query) throws IOException {
    CliRun run = CliRun.of("search", "--archive", archive, query, "--json", "--limit", "0");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return Json.mapper().readTree(run.out()).get("total").asLong();
  }

  private Path largestIndexFile() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(archive, "index"))) {
      List<Path> all = new ArrayList<>(files.filter(Files::isRegularFile).toList());
      all.sort(Comparator.comparingLong(CheckCommandTest::size).reversed());
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
}
