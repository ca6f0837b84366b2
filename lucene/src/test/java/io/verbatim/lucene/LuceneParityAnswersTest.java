package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.model.Json;
import io.verbatim.testing.BackendParity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded archive's side of backend parity ({@link BackendParity}): answers every parity
 * question over the shared corpus slice and leaves the answers in {@code
 * lucene/target/parity/lucene-answers.json}, which the Solr module's {@code SolrParityTest} (built
 * after this module) compares with SolrCloud's answers. This run checks only that the questions are
 * worth asking (each finds something); it never compares with a stored file.
 */
class LuceneParityAnswersTest {
  @Test
  void answersEveryParityQuestionAndLeavesTheAnswersForSolr(@TempDir Path temp) throws IOException {
    ObjectNode answers;
    try (LuceneArchive archive = LuceneArchive.open(temp.resolve("parity"), true)) {
      BackendParity.ingest(archive);
      answers = BackendParity.answers(archive);
    }
    for (Map.Entry<String, JsonNode> e : answers.properties()) {
      JsonNode a = e.getValue();
      if (a.has("total")) {
        assertThat(a.get("total").asLong()).as("%s finds statements", e.getKey()).isPositive();
      }
      if (a.has("lines")) {
        assertThat(a.get("lines").asLong()).as("%s finds lines", e.getKey()).isPositive();
      }
      if (a.isArray()) {
        assertThat(a).as("%s finds terms", e.getKey()).isNotEmpty();
      }
      if (a.has("collocates")) {
        assertThat(a.get("collocates")).as("%s finds collocates", e.getKey()).isNotEmpty();
      }
    }
    JsonNode all = answers.get("groups of everything, all versions");
    assertThat(all.get("groups").asLong())
        .as("language versions group")
        .isLessThan(all.get("total").asLong());
    Path file = BackendParity.ANSWERS_IN_MODULE;
    Files.createDirectories(file.getParent());
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), answers);
    System.out.printf(
        "lucene: %d parity answers written to %s%n", answers.size(), file.toAbsolutePath());
  }
}
