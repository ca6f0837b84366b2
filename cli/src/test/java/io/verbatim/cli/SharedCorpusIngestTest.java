package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.model.Json;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file under {@code ../shared/corpus/} (and the seed) through {@code verbatim ingest}: the
 * counts per source agree with the sources' own indexes, nothing fails, documentation is skipped by
 * name, and re-ingesting everything changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedCorpusIngestTest {
  @TempDir static Path dir;

  private Path corpus;
  private String archive;
  private JsonNode first;

  @BeforeAll
  void ingestEverything() throws IOException {
    corpus = SharedCorpus.path("corpus");
    archive = dir.resolve("archive").toString();
    CliRun run =
        CliRun.of(
            "ingest",
            "--archive",
            archive,
            "--json",
            corpus.toString(),
            SharedCorpus.seed().toString());
    assertThat(run.exitCode()).as(run.stderr()).isIn(0, VerbatimCli.EXIT_INPUT_FAILED);
    first = Json.mapper().readTree(run.stdout());
  }

  /** Statements stored (any outcome) per file name, below {@code folder} of the corpus. */
  private Map<String, Integer> storedPerFile(String folder) {
    Map<String, Integer> counts = new HashMap<>();
    String prefix = corpus.resolve(folder).toString();
    first
        .get("statements")
        .forEach(
            s -> {
              String file = s.get("file").asText();
              if (file.startsWith(prefix)) {
                counts.merge(Path.of(file).getFileName().toString(), 1, Integer::sum);
              }
            });
    return counts;
  }

  private static long dataLines(Path tsv) throws IOException {
    return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
        .skip(1)
        .filter(l -> !l.isBlank())
        .count();
  }

  @Test
  void nothingFails() {
    assertThat(first.get("failed")).as(first.get("failed").toPrettyString()).isEmpty();
  }

  @Test
  void everyUnGeneralDebateSpeechIsOneStatement() throws IOException {
    long speeches;
    try (Stream<Path> files = Files.walk(corpus.resolve("ungdc/TXT"))) {
      speeches =
          files
              .filter(f -> f.getFileName().toString().matches("[A-Z]{2,3}_\\d{1,2}_\\d{4}\\.txt"))
              .count();
    }
    Map<String, Integer> stored = storedPerFile("ungdc");
    assertThat(stored.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(speeches)
        .isEqualTo(1517);
    assertThat(stored.values()).containsOnly(1);
  }

  @Test
  void everyKremlinPageIsOneStatement() throws IOException {
    long pages;
    try (Stream<Path> files = Files.list(corpus.resolve("kremlin-en-html/news"))) {
      pages = files.filter(f -> f.toString().endsWith(".html")).count();
    }
    assertThat(pages)
        .isEqualTo(dataLines(corpus.resolve("kremlin-en-html/index.tsv")) + 1); // + the print view
    Map<String, Integer> stored = storedPerFile("kremlin-en-html");
    assertThat(stored).hasSize((int) pages);
    assertThat(stored.values()).containsOnly(1);
    assertThat(storedPerFile("ru-statements-narrative/en_pairs")).hasSize(6);
  }

  @Test
  void everyCsvRowIsAStatementAndDuplicatesAreRecognised() throws IOException {
    assertThat(storedPerFile("kremlin-ru-2025").get("kremlin_articles_ru_enhanced.csv"))
        .isEqualTo((int) dataLines(corpus.resolve("kremlin-ru-2025/index.tsv")))
        .isEqualTo(200);
    Map<String, Integer> narrative = storedPerFile("ru-statements-narrative");
    List<String> index =
        Files.readAllLines(
            corpus.resolve("ru-statements-narrative/index.tsv"), StandardCharsets.UTF_8);
    long chechnya = index.stream().filter(l -> l.startsWith("russia_chechnya.csv\t")).count();
    long ukraine = index.stream().filter(l -> l.startsWith("russia_ukraine.csv\t")).count();
    assertThat(narrative.get("russia_chechnya.csv")).isEqualTo((int) chechnya);
    assertThat(narrative.get("russia_ukraine.csv")).isEqualTo((int) ukraine);
    // transcripts/21770 appears twice with different snapshot bytes: one statement, two versions
    assertThat(first.get("versions").asLong()).isGreaterThanOrEqualTo(1);
  }

  /** The outcome the report gives the statement read from {@code file} (a path's end). */
  private String outcomeOf(String fileEnd) {
    List<String> outcomes = new java.util.ArrayList<>();
    first
        .get("statements")
        .forEach(
            s -> {
              if (s.get("file").asText().endsWith(fileEnd)) {
                outcomes.add(s.get("outcome").asText());
              }
            });
    assertThat(outcomes).as(fileEnd).hasSize(1);
    return outcomes.get(0);
  }

  @Test
  void thePrintViewOfAKremlinPageIsAVersionOfItAndCountsOnce() throws IOException {
    // 55882.html comes first in the folder's order; its print view has the same kremlin id.
    assertThat(outcomeOf("news/55882.html")).isEqualTo("ADDED");
    assertThat(outcomeOf("news/55882_print.html")).isEqualTo("NEW_VERSION");

    // "creative destruction": 5 times in the transcript's paragraphs (in both files), once in
    // MCO_74_2019.txt, nowhere else in the shared corpus (counted with grep over the sources).
    JsonNode current =
        Json.mapper()
            .readTree(
                CliRun.of("kwic", "\"creative destruction\"", "--archive", archive, "--json")
                    .stdout());
    assertThat(current.get("summary").get("lines").asLong()).isEqualTo(6);
    assertThat(current.get("summary").get("statements").asLong()).isEqualTo(2);
    JsonNode all =
        Json.mapper()
            .readTree(
                CliRun.of(
                        "kwic",
                        "\"creative destruction\"",
                        "--all-versions",
                        "--archive",
                        archive,
                        "--json")
                    .stdout());
    assertThat(all.get("summary").get("lines").asLong()).isEqualTo(11);
    assertThat(all.get("summary").get("statements").asLong()).isEqualTo(3);

    JsonNode search =
        Json.mapper()
            .readTree(
                CliRun.of(
                        "search",
                        "\"creative destruction\"",
                        "--facets",
                        "format",
                        "--archive",
                        archive,
                        "--json")
                    .stdout());
    assertThat(search.get("total").asLong()).isEqualTo(2);
    JsonNode timeline =
        Json.mapper()
            .readTree(
                CliRun.of(
                        "timeline",
                        "\"creative destruction\"",
                        "--by",
                        "year",
                        "--archive",
                        archive,
                        "--json")
                    .stdout());
    assertThat(timeline.get("total").asLong()).isEqualTo(2);
  }

  @Test
  void eachStatementCountsOnceAndEveryVersionIsKept() throws IOException {
    JsonNode stats =
        Json.mapper().readTree(CliRun.of("stats", "--archive", archive, "--json").stdout());
    JsonNode search =
        Json.mapper()
            .readTree(
                CliRun.of("search", "", "--limit", "0", "--archive", archive, "--json").stdout());
    JsonNode all =
        Json.mapper()
            .readTree(
                CliRun.of(
                        "search",
                        "",
                        "--all-versions",
                        "--limit",
                        "0",
                        "--archive",
                        archive,
                        "--json")
                    .stdout());
    assertThat(all.get("total").asLong()).isEqualTo(stats.get("statements").asLong());
    assertThat(search.get("total").asLong())
        .as("one per statement key: ingest gives every statement one")
        .isEqualTo(stats.get("statementKeys").asLong())
        .isEqualTo(all.get("total").asLong() - first.get("versions").asLong());
  }

  @Test
  void documentationAndIndexFilesAreSkippedByName() {
    List<String> skipped =
        first.get("skipped").findValuesAsText("file").stream()
            .map(f -> Path.of(f).getFileName().toString())
            .toList();
    assertThat(skipped)
        .contains(
            "README.md",
            "README.txt",
            "index.tsv",
            "pairs.tsv",
            "mid-ru-notes.txt",
            "UNGDC_README_original.txt",
            "Speakers_by_session.xlsx");
  }

  @Test
  void reIngestingEverythingChangesNothing() throws IOException {
    JsonNode stats =
        Json.mapper().readTree(CliRun.of("stats", "--archive", archive, "--json").stdout());
    long before = stats.get("statements").asLong();
    assertThat(before).isEqualTo(first.get("ingested").asLong() + first.get("versions").asLong());

    CliRun again =
        CliRun.of(
            "ingest",
            "--archive",
            archive,
            "--json",
            corpus.toString(),
            SharedCorpus.seed().toString());
    JsonNode second = Json.mapper().readTree(again.stdout());
    assertThat(second.get("ingested").asLong()).isZero();
    assertThat(second.get("versions").asLong()).isZero();
    assertThat(second.get("duplicates").asLong()).isEqualTo(first.get("statements").size());
    assertThat(
            Json.mapper()
                .readTree(CliRun.of("stats", "--archive", archive, "--json").stdout())
                .get("statements")
                .asLong())
        .isEqualTo(before);
  }

  @Test
  void everyUnGeneralDebateSpeechIsDatedByTheYearOfItsFileName() throws IOException {
    Map<String, Long> perYear = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.walk(corpus.resolve("ungdc/TXT"))) {
      files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.matches("[A-Z]{2,3}_\\d{1,2}_\\d{4}\\.txt"))
          .forEach(f -> perYear.merge(f.substring(f.length() - 8, f.length() - 4), 1L, Long::sum));
    }
    JsonNode timeline =
        Json.mapper()
            .readTree(
                CliRun.of(
                        "timeline",
                        "--archive",
                        archive,
                        "--format",
                        "ungdc",
                        "--by",
                        "year",
                        "--json",
                        "")
                    .stdout());
    Map<String, Long> counted = new java.util.TreeMap<>();
    timeline
        .get("buckets")
        .forEach(
            b -> {
              assertThat(b.get("precision").asText()).isEqualTo("year");
              counted.put(b.get("period").asText(), b.get("count").asLong());
            });
    assertThat(counted).isEqualTo(perYear);
    assertThat(timeline.get("undated").asLong()).isZero();
    assertThat(timeline.get("total").asLong()).isEqualTo(1517);
  }

  @Test
  void aYearRangeHoldsTheSpeechesOfThoseYears() throws IOException {
    // The research question en-years-1990s, answered without Verbatim (questions/README.md).
    JsonNode question = null;
    for (JsonNode q :
        Json.mapper().readTree(SharedCorpus.path("questions/questions.json").toFile())) {
      if (q.get("id").asText().equals("en-years-1990s")) {
        question = q;
      }
    }
    assertThat(question).isNotNull();
    List<String> args =
        new java.util.ArrayList<>(
            List.of("search", "--archive", archive, "--format", "ungdc", "--json", "--limit", "0"));
    question.get("args").forEach(a -> args.add(a.asText()));
    args.add(question.get("query").asText());
    JsonNode result = Json.mapper().readTree(CliRun.of(args.toArray(String[]::new)).stdout());
    assertThat(result.get("total").asLong()).isEqualTo(question.get("answer").asLong());
    assertThat(result.get("partial").asLong()).isZero();
  }
}
