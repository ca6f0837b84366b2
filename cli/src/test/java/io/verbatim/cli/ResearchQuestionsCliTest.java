package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.model.Json;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The research questions of {@code ../shared/questions/} (answers computed without Verbatim, by
 * regular expressions over the source texts) asked the way a researcher asks them: through the
 * command line's JSON output, over the two archives the questions' README describes, each built
 * with {@code verbatim ingest}. Every answer must match exactly.
 *
 * <p>{@code total} questions read {@code search QUERY ARGS --json}'s {@code total}; {@code
 * timeline-year} questions read {@code timeline QUERY --by year ARGS --json}'s buckets (years with
 * no statement are absent on both sides).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResearchQuestionsCliTest {
  @TempDir static Path dir;

  private final Map<String, String> archives = new TreeMap<>();

  /** One question of {@code questions.json}. */
  record Question(
      String id, String archive, String query, List<String> args, String kind, JsonNode answer) {
    @Override
    public String toString() {
      return id + " " + query + " " + String.join(" ", args);
    }
  }

  static Stream<Question> questions() throws IOException {
    JsonNode all = Json.mapper().readTree(SharedCorpus.path("questions/questions.json").toFile());
    List<Question> questions = new ArrayList<>();
    for (JsonNode q : all) {
      List<String> args = new ArrayList<>();
      q.get("args").forEach(a -> args.add(a.asText()));
      questions.add(
          new Question(
              q.get("id").asText(),
              q.get("archive").asText(),
              q.get("query").asText(),
              args,
              q.get("kind").asText(),
              q.get("answer")));
    }
    assertThat(questions).as("questions in questions.json").hasSizeGreaterThanOrEqualTo(23);
    return questions.stream();
  }

  @BeforeAll
  void buildTheTwoArchives() {
    archives.put("ungdc", ingest("ungdc", SharedCorpus.path("corpus/ungdc")));
    archives.put(
        "kremlin-ru",
        ingest("kremlin-ru", SharedCorpus.path("questions/kremlin-ru-2025-clean.jsonl")));
  }

  private static String ingest(String name, Path source) {
    String archive = dir.resolve(name).toString();
    CliRun run = CliRun.of("ingest", "--archive", archive, source.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return archive;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void everyQuestionIsAnsweredExactly(Question q) throws IOException {
    String archive = archives.get(q.archive());
    assertThat(archive).as("archive named by " + q.id()).isNotNull();
    switch (q.kind()) {
      case "total" -> {
        JsonNode result = run("search", q, "--limit", "0");
        assertThat(result.get("total").asLong()).as(q.toString()).isEqualTo(q.answer().asLong());
      }
      case "timeline-year" -> {
        JsonNode result = run("timeline", q, "--by", "year");
        Map<String, Long> buckets = new TreeMap<>();
        for (JsonNode b : result.get("buckets")) {
          buckets.merge(b.get("period").asText(), b.get("count").asLong(), Long::sum);
        }
        Map<String, Long> expected = new TreeMap<>();
        q.answer().fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asLong()));
        assertThat(buckets).as(q.toString()).isEqualTo(expected);
      }
      default -> throw new AssertionError("unknown question kind '" + q.kind() + "' in " + q.id());
    }
  }

  private JsonNode run(String command, Question q, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of(command, q.query()));
    args.addAll(q.args());
    args.addAll(List.of(more));
    args.addAll(List.of("--archive", archives.get(q.archive()), "--json"));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return Json.mapper().readTree(run.stdout());
  }
}
