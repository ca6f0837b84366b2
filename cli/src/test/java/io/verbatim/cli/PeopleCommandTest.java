package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.model.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verbatim people list|show} over three invented statements: two made by Sergey Lavrov,
 * printed two ways in two scripts, and one by someone else that names him in its text. The counts
 * below are read off the fixture by hand.
 */
class PeopleCommandTest {
  private static final String RECORDS =
      """
      {"title": "Remarks on the harbour", "date": "2021-02-01", "speaker": "Sergei Lavrov", \
      "text": "The minister spoke about the harbour and the ferries that use it every day."}
      {"title": "Ответы на вопросы", "date": "2021-02-02", "speaker": "С.В.Лавров", \
      "text": "Министр ответил на вопросы журналистов о гавани и о паромах, которые ходят туда."}
      {"title": "A note on the visit", "date": "2021-02-03", "speaker": "Ivo Quill", \
      "text": "Sergey Lavrov met the delegation at the harbour and spoke about the ferries."}
      """;

  @TempDir Path dir;
  private String archive;

  @BeforeEach
  void ingest() throws Exception {
    Path file = dir.resolve("people.jsonl");
    Files.writeString(file, RECORDS, StandardCharsets.UTF_8);
    archive = dir.resolve("archive").toString();
    CliRun ingest = CliRun.of("ingest", "--archive", archive, file.toString());
    assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
  }

  @Test
  void showFindsAPersonByAnyNameOrIdWithTheirCounts() throws Exception {
    for (String who : new String[] {"Lavrov", "Лавров", "Sergei Lavrov", "person:sergey-lavrov"}) {
      CliRun show = CliRun.of("people", "show", who, "--archive", archive, "--json");
      assertThat(show.exitCode()).as(show.toString()).isZero();
      JsonNode people = Json.mapper().readTree(show.out());
      assertThat(people).as(who).hasSize(1);
      JsonNode lavrov = people.get(0);
      assertThat(lavrov.get("id").asText()).isEqualTo("person:sergey-lavrov");
      assertThat(lavrov.get("russian").asText()).isEqualTo("Сергей Лавров");
      assertThat(lavrov.get("statementsBy").asLong()).isEqualTo(2);
      assertThat(lavrov.get("statementsMentioning").asLong()).isEqualTo(1);
    }
    CliRun text = CliRun.of("people", "show", "Lavrov", "--archive", archive);
    assertThat(text.out())
        .contains("Sergey Lavrov", "2 statements (as speaker)", "Minister of Foreign Affairs");
  }

  @Test
  void showSaysWhenNoKnownPersonHasTheName() {
    CliRun show = CliRun.of("people", "show", "Nobody Atall", "--archive", archive);
    assertThat(show.exitCode()).isEqualTo(1);
    assertThat(show.stderr()).contains("no known person is named 'Nobody Atall'");
  }

  @Test
  void listHasThePeopleOfTheArchiveWithTheirCounts() {
    CliRun list = CliRun.of("people", "list", "--archive", archive);
    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.out().lines())
        .anySatisfy(l -> assertThat(l).matches("person:sergey-lavrov\\s+Sergey Lavrov\\s+2\\s+1"))
        .last()
        .isEqualTo("1 people");
  }
}
