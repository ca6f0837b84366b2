package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 2: one over-long value stays with its statement. Three CSV files, invented here:
 * {@code a.csv} and {@code c.csv} of two ordinary rows each; {@code b.csv} whose row 1 has a
 * 40,000-character speaker and address (over the 32,766 bytes a Lucene term may have: before the
 * fix the whole ingest failed with exit 3 and nothing stored, leaving orphan originals), row 2 a
 * 2,000,000-character {@code notes} value (over the 1 Mi characters a record's values other than
 * the text may hold: refused alone), row 3 an ordinary row.
 */
class OverLongValuesIngestTest {
  @TempDir Path dir;

  private static final String SPEAKER = "Ivanovsky " + "a".repeat(40_000 - 10);
  private static final String URL = "https://example.org/" + "p".repeat(40_000);

  private Path csv(String name, String header, String... rows) throws IOException {
    Path file = dir.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theLongValuedStatementIsStoredWholeTheOverLimitRowAloneIsRefusedAndNoOriginalIsOrphaned()
      throws IOException {
    Path a =
        csv(
            "a.csv",
            "title,date,text,url,speaker",
            "Remarks on grain,2020-01-02,The minister spoke on grain exports.,https://example.org/a1,Anna Example",
            "Briefing on ports,2020-01-03,The spokesperson spoke on sea ports.,https://example.org/a2,Anna Example");
    Path b =
        csv(
            "b.csv",
            "title,date,text,url,speaker,notes",
            "Remarks on rivers,2020-02-01,The minister spoke on river transport.,"
                + URL
                + ","
                + SPEAKER
                + ",short",
            "Remarks on lakes,2020-02-02,The minister spoke on lakes.,https://example.org/b2,Anna"
                + " Example,"
                + "n".repeat(2_000_000),
            "Remarks on canals,2020-02-03,The minister spoke on canals.,https://example.org/b3,Anna"
                + " Example,short");
    Path c =
        csv(
            "c.csv",
            "title,date,text,url,speaker",
            "Remarks on roads,2020-03-01,The minister spoke on roads.,https://example.org/c1,Anna Example",
            "Remarks on rails,2020-03-02,The minister spoke on railways.,https://example.org/c2,Anna Example");
    Path archive = dir.resolve("archive");

    CliRun run =
        CliRun.of(
            "ingest",
            "--archive",
            archive.toString(),
            "--json",
            a.toString(),
            b.toString(),
            c.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(VerbatimCli.EXIT_INPUT_FAILED);
    JsonNode report = Json.mapper().readTree(run.stdout());
    assertThat(report.get("ingested").asLong()).as(run.toString()).isEqualTo(6);
    JsonNode failed = report.get("failed");
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).get("file").asText()).isEqualTo(b.toString());
    assertThat(failed.get(0).get("locator").asText()).isEqualTo("row 2");
    assertThat(failed.get(0).get("reason").asText())
        .contains("2,000,")
        .contains("over the limit of 1,048,576");

    String longId = null;
    for (JsonNode s : report.get("statements")) {
      if (s.get("file").asText().equals(b.toString())
          && s.get("locator").asText().equals("row 1")) {
        longId = s.get("id").asText();
      }
    }
    assertThat(longId).as("b.csv row 1 stored").isNotNull();

    JsonNode shown =
        Json.mapper()
            .readTree(
                CliRun.of("show", longId, "--archive", archive.toString(), "--json").stdout());
    assertThat(shown.get("speaker").get("name").asText()).isEqualTo(SPEAKER);
    assertThat(shown.get("statementKey").asText()) // the address without its scheme
        .contains("example.org/" + "p".repeat(40_000));

    JsonNode found =
        Json.mapper()
            .readTree(
                CliRun.of("search", "speaker:Ivanovsky", "--archive", archive.toString(), "--json")
                    .stdout());
    assertThat(found.get("total").asLong()).isEqualTo(1);
    assertThat(found.get("hits").get(0).get("id").asText()).isEqualTo(longId);
    JsonNode filtered =
        Json.mapper()
            .readTree(
                CliRun.of(
                        "search",
                        "spoke",
                        "--speaker",
                        "Anna Example",
                        "--archive",
                        archive.toString(),
                        "--json")
                    .stdout());
    assertThat(filtered.get("total").asLong()).as("the stored rows but b.csv's row 1").isEqualTo(5);

    // Every original in the store is one that a stored statement came from: the three files and
    // the six stored rows; the refused row left none.
    Set<String> expected = new HashSet<>();
    for (Path f : List.of(a, b, c)) {
      byte[] bytes = Files.readAllBytes(f);
      expected.add(Ingestor.sha256(bytes));
      String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        if (!(f.equals(b) && i == 2)) {
          expected.add(Ingestor.sha256((lines[i] + "\n").getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
    assertThat(originals(archive)).containsExactlyInAnyOrderElementsOf(expected).hasSize(9);
  }

  /** The sha256s of the originals stored in {@code archive}: {@code originals/ab/abcd….gz}. */
  private static List<String> originals(Path archive) throws IOException {
    Path root = archive.resolve("originals");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".gz"))
          .map(n -> n.substring(0, n.length() - 3))
          .toList();
    }
  }
}
