package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during ingest: the archive still opens, holds every statement whose ingest was
 * reported done, and a re-run completes without duplicates. The ingest runs in a child JVM that is
 * killed (SIGKILL, no shutdown hooks) at several points.
 */
class CrashSafetyTest {
  private static final int FILES = 240;

  @TempDir Path dir;

  @Test
  void killedIngestLeavesAConsistentArchiveAndAReRunCompletesIt() throws Exception {
    Path input = writeCaptures(dir.resolve("input"));
    Path archive = dir.resolve("archive");
    Set<String> reportedDone = new HashSet<>();

    for (int killAfter : new int[] {5, 40, 90}) {
      List<String> stored = runAndKill(input, archive, killAfter);
      stored.forEach(line -> reportedDone.add(line.split(" ")[1]));

      JsonNode stats = json(CliRun.of("stats", "--archive", archive.toString(), "--json"));
      long count = stats.get("statements").asLong();
      assertThat(count)
          .as("everything reported done is there")
          .isGreaterThanOrEqualTo(reportedDone.size());
      for (String id : reportedDone) {
        CliRun show = CliRun.of("show", "--archive", archive.toString(), "--json", id);
        assertThat(show.exitCode()).as("statement %s reported done before the kill", id).isZero();
      }
    }

    JsonNode rerun =
        json(CliRun.of("ingest", "--archive", archive.toString(), "--json", input.toString()));
    assertThat(rerun.get("failed")).isEmpty();
    assertThat(rerun.get("ingested").asLong() + rerun.get("duplicates").asLong()).isEqualTo(FILES);
    assertThat(rerun.get("versions").asLong()).isZero();
    JsonNode stats = json(CliRun.of("stats", "--archive", archive.toString(), "--json"));
    assertThat(stats.get("statements").asLong())
        .as("no duplicates after the re-run")
        .isEqualTo(FILES);
  }

  /** Starts an ingest in a child JVM, kills it once {@code killAfter} statements are reported. */
  private List<String> runAndKill(Path input, Path archive, int killAfter) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                VerbatimCli.class.getName(),
                "ingest",
                "--archive",
                archive.toString(),
                "--commit-every",
                "1",
                "--verbose",
                input.toString())
            .redirectError(dir.resolve("child-" + killAfter + ".err").toFile());
    Process child = pb.start();
    List<String> stored = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("stored ")) {
          stored.add(line);
          if (stored.size() >= killAfter) {
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly(); // SIGKILL on Unix
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(stored)
        .as(
            "the child reported progress before the kill; its stderr: %s",
            Files.readString(dir.resolve("child-" + killAfter + ".err")))
        .isNotEmpty();
    return stored;
  }

  /** Text captures in the ministry layout, each a different statement. */
  private static Path writeCaptures(Path folder) throws IOException {
    Files.createDirectories(folder);
    LocalDate day = LocalDate.of(2015, 1, 1);

    for (int i = 0; i < FILES; i++) {
      LocalDate d = day.plusDays(i * 3L);
      String date =
          d.getDayOfMonth()
              + " "
              + d.getMonth()
                  .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
              + " "
              + d.getYear();
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 6; p++) {
        body.append("Paragraph ")
            .append(p)
            .append(" of test statement number ")
            .append(i)
            .append(". The ministry repeats its call for dialogue, restraint and respect for")
            .append(" international law in every region of the world.\n\n");
      }
      String text =
          date
              + "10:"
              + String.format("%02d", i % 60)
              + "\n\nComment by the Information and Press Department on test matter "
              + i
              + "\n\n\n  • en-GB1 ru-RU1\n\n"
              + body
              + "Additional materials\n\n\nAdvanced settings\n";
      Files.writeString(folder.resolve(String.format("capture-%04d.txt", i)), text);
    }
    return folder;
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return Json.mapper().readTree(run.stdout());
  }
}
