package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim demo --no-serve} and {@code verbatim serve}: start, print the URL, stop. */
class ServeCommandTest {
  @TempDir Path temp;

  @Test
  void demoWithoutServingBuildsTheArchiveAndServeListensOnIt() {
    Path archive = temp.resolve("demo");
    CliRun demo =
        CliRun.of(
            "demo",
            "--no-serve",
            "--archive",
            archive.toString(),
            "--samples",
            samples().toString());
    assertThat(demo.exitCode()).as(demo.toString()).isZero();
    assertThat(demo.out()).doesNotContain("serving");

    CliRun serve =
        CliRun.of("serve", "--archive", archive.toString(), "--port", "0", "--stop-after", "0.3");
    assertThat(serve.exitCode()).as(serve.toString()).isZero();
    assertThat(serve.out()).containsPattern("serving .* at http://127\\.0\\.0\\.1:\\d+/");
    assertThat(serve.out()).contains("read-only");
  }

  @Test
  void demoEndsByServingTheDemoArchive() {
    Path archive = temp.resolve("demo");
    CliRun demo =
        CliRun.of(
            "demo",
            "--archive",
            archive.toString(),
            "--samples",
            samples().toString(),
            "--port",
            "0",
            "--stop-after",
            "0.3");
    assertThat(demo.exitCode()).as(demo.toString()).isZero();
    assertThat(demo.out()).containsPattern("serving .* at http://127\\.0\\.0\\.1:\\d+/");
  }

  @Test
  void anEmptyTokenFileIsRefused() throws Exception {
    Path token = temp.resolve("token");
    java.nio.file.Files.writeString(token, "\n");
    CliRun serve =
        CliRun.of(
            "serve",
            "--archive",
            temp.resolve("none").toString(),
            "--token-file",
            token.toString());
    assertThat(serve.exitCode()).isEqualTo(VerbatimCli.EXIT_USAGE);
    assertThat(serve.stderr()).contains("is empty");
  }

  @Test
  void theLimitsOfHeavyWorkAreServeOptions() {
    ServeCommand serve = new ServeCommand();
    new picocli.CommandLine(serve)
        .parseArgs(
            "--max-analyses",
            "3",
            "--max-exports",
            "1",
            "--export-timeout",
            "90",
            "--query-timeout",
            "2.5");
    io.verbatim.server.ServerConfig.Limits limits = serve.config(null).limits();
    assertThat(limits.maxAnalyses()).isEqualTo(3);
    assertThat(limits.maxExports()).isEqualTo(1);
    assertThat(limits.exportTimeout()).isEqualTo(java.time.Duration.ofSeconds(90));
    assertThat(limits.queryTimeout()).isEqualTo(java.time.Duration.ofMillis(2500));

    ServeCommand defaults = new ServeCommand();
    new picocli.CommandLine(defaults).parseArgs();
    assertThat(defaults.config(null).limits())
        .isEqualTo(io.verbatim.server.ServerConfig.Limits.DEFAULTS);

    CliRun zero =
        CliRun.of("serve", "--archive", temp.resolve("none").toString(), "--max-exports", "0");
    assertThat(zero.exitCode()).isEqualTo(VerbatimCli.EXIT_USAGE);
    assertThat(zero.stderr()).contains("max exports");
  }

  private static Path samples() {
    return Path.of(System.getProperty("user.dir")).resolve("../samples").normalize();
  }
}
