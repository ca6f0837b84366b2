package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on the project's own samples, in process. */
class CliTest {
  static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

  @TempDir Path dir;

  private String archive() {
    return dir.resolve("archive").toString();
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return Json.mapper().readTree(run.stdout());
  }

  private static long sampleFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      return files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md")).count();
    }
  }

  @Test
  void ingestsTheSamplesThenReingestingChangesNothing() throws IOException {
    JsonNode first =
        json(CliRun.of("ingest", "--archive", archive(), "--json", SAMPLES.toString()));
    assertThat(first.get("failed")).as(first.toPrettyString()).isEmpty();
    long statements = first.get("ingested").asLong();
    // one statement per capture and HTML file, several per CSV / JSON Lines file
    assertThat(statements).isGreaterThanOrEqualTo(sampleFiles());
    assertThat(first.get("duplicates").asLong())
        .as("the CSV repeats one row byte for byte")
        .isEqualTo(1);

    JsonNode stats = json(CliRun.of("stats", "--archive", archive(), "--json"));
    assertThat(stats.get("statements").asLong()).isEqualTo(statements);

    JsonNode second =
        json(CliRun.of("ingest", "--archive", archive(), "--json", SAMPLES.toString()));
    assertThat(second.get("ingested").asLong()).isZero();
    assertThat(second.get("duplicates").asLong()).isEqualTo(statements + 1);
    assertThat(
            json(CliRun.of("stats", "--archive", archive(), "--json")).get("statements").asLong())
        .isEqualTo(statements);
  }

  @Test
  void showOriginalReturnsTheBytesExactly() throws IOException {
    Path capture = SAMPLES.resolve("captures/en-speech-vienna.txt");
    JsonNode report =
        json(CliRun.of("ingest", "--archive", archive(), "--json", capture.toString()));
    String id = report.get("statements").get(0).get("id").asText();

    CliRun original = CliRun.of("show", "--archive", archive(), "--original", id);

    assertThat(original.exitCode()).as(original.toString()).isZero();
    assertThat(original.stdout()).isEqualTo(Files.readAllBytes(capture));
    JsonNode record = json(CliRun.of("show", "--archive", archive(), "--json", id));
    assertThat(record.get("id").asText()).isEqualTo(id);
    assertThat(record.get("source").get("sha256").asText()).startsWith(id);
  }

  @Test
  void searchFindsSamplesAndReportsTotals() throws IOException {
    json(CliRun.of("ingest", "--archive", archive(), "--json", SAMPLES.toString()));

    JsonNode phrase =
        json(
            CliRun.of(
                "search", "--archive", archive(), "--json", "\"confidence-building measures\""));
    List<String> matching = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      for (Path f :
          files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).toList()) {
        String text =
            Files.readString(f, StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
        int count = 0;
        for (String line : text.split("\n")) {
          if (line.contains("confidence-building measures")) {
            count++;
          }
        }
        if (count > 0) {
          matching.add(f.getFileName() + ":" + count);
        }
      }
    }
    // captures and HTML hold one statement; the CSV holds the phrase in one distinct statement
    assertThat(phrase.get("total").asLong())
        .as("files with the phrase: %s", matching)
        .isEqualTo(matching.size());
    assertThat(phrase.get("hits")).allSatisfy(h -> assertThat(h.get("id").asText()).hasSize(16));

    JsonNode russian =
        json(CliRun.of("search", "--archive", archive(), "--json", "--lang", "ru", "терроризм"));
    assertThat(russian.get("total").asLong())
        .as("терроризмом, терроризма, терроризмом in three Russian samples")
        .isGreaterThanOrEqualTo(3);
    assertThat(russian.get("hits"))
        .allSatisfy(h -> assertThat(h.get("language").asText()).isEqualTo("ru"));

    JsonNode dated =
        json(
            CliRun.of(
                "search",
                "--archive",
                archive(),
                "--json",
                "--from",
                "2021-01-01",
                "--to",
                "2021-12-31",
                "--limit",
                "100",
                ""));
    assertThat(dated.get("hits"))
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.get("published").asText()).startsWith("2021-"));
  }

  @Test
  void aBadQueryIsAClearErrorWithItsPosition() throws IOException {
    json(
        CliRun.of(
            "ingest", "--archive", archive(), "--json", SAMPLES.resolve("captures").toString()));
    CliRun run = CliRun.of("search", "--archive", archive(), "\"unclosed phrase");
    assertThat(run.exitCode()).isEqualTo(VerbatimCli.EXIT_USAGE);
    assertThat(run.stderr())
        .startsWith("verbatim search: cannot parse query '\"unclosed phrase'")
        .doesNotContain("at org.");
  }

  @Test
  void badInputIsNamedTheRestIsIngestedAndExitCodeSaysSo() throws IOException {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.copy(SAMPLES.resolve("captures/en-press-release.txt"), batch.resolve("good.txt"));
    Files.write(batch.resolve("empty.txt"), new byte[0]);
    Files.write(batch.resolve("binary.dat"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
    Files.write(
        batch.resolve("latin1.txt"),
        "Caf\u00e9 statement\n\nBody".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(
        batch.resolve("truncated.html"),
        "<!DOCTYPE html><html><head><title>Cut</title></head><body><nav>Home</nav><p cla");
    Files.writeString(
        batch.resolve("truncated.csv"),
        "title,date,text\n\"A\",2020-01-01,\"Complete row.\"\n\"B\",2020-01-02,\"never closed");

    CliRun run = CliRun.of("ingest", "--archive", archive(), "--json", batch.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(VerbatimCli.EXIT_INPUT_FAILED);
    JsonNode report = Json.mapper().readTree(run.stdout());
    List<String> failedFiles = new ArrayList<>();
    report
        .get("failed")
        .forEach(f -> failedFiles.add(Path.of(f.get("file").asText()).getFileName().toString()));
    assertThat(failedFiles)
        .contains("empty.txt", "binary.dat", "latin1.txt", "truncated.html", "truncated.csv");
    report
        .get("failed")
        .forEach(
            f -> assertThat(f.get("reason").asText()).isNotBlank().doesNotContain("Exception"));
    List<String> storedFiles = new ArrayList<>();
    report
        .get("statements")
        .forEach(s -> storedFiles.add(Path.of(s.get("file").asText()).getFileName().toString()));
    assertThat(storedFiles).contains("good.txt", "truncated.csv");
  }

  @Test
  void readCommandsOnAMissingArchiveSayHowToCreateOne() {
    CliRun run = CliRun.of("search", "--archive", dir.resolve("nothing-here").toString(), "x");
    assertThat(run.exitCode()).isEqualTo(VerbatimCli.EXIT_ARCHIVE);
    assertThat(run.stderr()).contains("no archive at").contains("verbatim ingest");
  }

  @Test
  void inspectPrintsOneObjectForOneStatementAndAnArrayForSeveral() throws IOException {
    JsonNode one =
        json(CliRun.of("inspect", SAMPLES.resolve("captures/en-speech-vienna.txt").toString()));
    assertThat(one.isObject()).isTrue();
    assertThat(one.get("title").asText()).startsWith("Foreign Minister Anna Petrova");
    JsonNode several =
        json(CliRun.of("inspect", SAMPLES.resolve("corpus/statements.csv").toString()));
    assertThat(several.isArray()).isTrue();
    assertThat(several.size()).isEqualTo(5);
  }
}
