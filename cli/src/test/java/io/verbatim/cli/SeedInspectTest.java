package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.model.Json;
import io.verbatim.testing.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance check on the seed capture, through {@code verbatim inspect}. */
class SeedInspectTest {

  @Test
  void inspectReadsTheSeedExactly() throws Exception {
    Path seed = SharedCorpus.seed();
    List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);

    CliRun run = CliRun.of("inspect", seed.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode r = Json.mapper().readTree(run.stdout());
    assertThat(r.get("title").asText()).isEqualTo(lines.get(2));
    assertThat(r.get("published").asText()).isEqualTo("2016-04-28T09:49");
    assertThat(r.get("versions")).extracting(JsonNode::asText).containsExactly("en-GB", "ru-RU");
    assertThat(r.get("language").asText()).isEqualTo("en");
    assertThat(r.get("speaker").get("name").asText()).isEqualTo("Sergey Lavrov");
    assertThat(r.get("speaker").get("role").asText()).isEqualTo("Foreign Minister");
    assertThat(r.get("genre").asText()).isEqualTo("speech");
    assertThat(r.get("place").asText()).isEqualTo("Beijing");
    assertThat(r.get("eventDate").asText()).isEqualTo("2016-04-28");
    String body = r.get("body").asText();
    assertThat(body)
        .startsWith("Thank you Mr Chairman,")
        .endsWith("respect for each other’s interests.");
    assertThat(body)
        .doesNotContain("Additional materials")
        .doesNotContain("Advanced settings")
        .doesNotContain("en-GB1");
    assertThat(r.get("source").get("sha256").asText())
        .isEqualTo(io.verbatim.ingest.Ingestor.sha256(Files.readAllBytes(seed)));
  }
}
