package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.SearchRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL leaves an archive that opens with exactly what it committed. */
class LuceneArchiveCrashTest {
  @TempDir Path temp;

  @Test
  void killMinusNineKeepsExactlyTheCommittedStatements() throws Exception {
    Path dir = temp.resolve("archive");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    CrashingWriter.class.getName(),
                    dir.toString(),
                    "40",
                    "25"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("UNCOMMITTED");
    } finally {
      child.destroyForcibly(); // SIGKILL on Linux and macOS
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    try (LuceneArchive archive = LuceneArchive.open(dir, false)) {
      assertThat(archive.search(SearchRequest.builder("").withLimit(0).build()).total())
          .isEqualTo(40);
      assertThat(archive.stats().statements()).isEqualTo(40);
      // Originals are written before their statements, so even the uncommitted ones are there.
      assertThat(archive.stats().originals()).isEqualTo(65);
      // The dead writer's lock is gone: this process can write.
      archive.putOriginal(new byte[] {1, 2, 3});
      archive.commit();
    }
  }
}
