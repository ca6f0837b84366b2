package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.QuerySyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** Each kind of failure gets its exit code and one short line. */
class CliFailureTest {
  @Test
  void badQueriesAndArgumentsAreUsageErrors() {
    assertThat(CliFailure.of("search", new QuerySyntaxException("a AND", 5, "ends")))
        .isEqualTo(
            new CliFailure(
                VerbatimCli.EXIT_USAGE,
                "verbatim search: cannot parse query 'a AND' at position 5: ends"));
    assertThat(CliFailure.of("kwic", new IllegalArgumentException("bad width")).exitCode())
        .isEqualTo(VerbatimCli.EXIT_USAGE);
  }

  @Test
  void archiveProblemsNameTheFileAndTheReason() {
    assertThat(CliFailure.of("ingest", new AccessDeniedException("/a/b.tmp")))
        .isEqualTo(
            new CliFailure(
                VerbatimCli.EXIT_ARCHIVE, "verbatim ingest: /a/b.tmp: permission denied"));
    assertThat(
            CliFailure.of("stats", new UncheckedIOException(new IOException("disk gone")))
                .message())
        .isEqualTo("verbatim stats: disk gone");
  }

  @Test
  void anythingElseIsAnInternalErrorOfOneLinePointingToDebug() {
    CliFailure npe = CliFailure.of("show", new NullPointerException("oops"));
    assertThat(npe.exitCode()).isEqualTo(VerbatimCli.EXIT_INTERNAL);
    assertThat(npe.message())
        .isEqualTo(
            "verbatim show: internal error: java.lang.NullPointerException: oops (run again with"
                + " --debug for the stack trace, and please report it)")
        .doesNotContain("\n");
    assertThat(CliFailure.of(null, new StackOverflowError()).message())
        .startsWith("verbatim: internal error: the input is nested too deeply");
    assertThat(CliFailure.of("export", new OutOfMemoryError("Java heap space")).message())
        .contains("out of memory (Java heap space); give Java more with VERBATIM_JAVA_OPTS");
  }

  @Test
  void longMessagesAreCutInTheMiddle() {
    String query = "(".repeat(5000);
    String shown = CliFailure.shorten("verbatim search: cannot parse query '" + query + "': end");
    assertThat(shown)
        .hasSizeLessThan(CliFailure.MAX_MESSAGE + 60)
        .startsWith("verbatim search: cannot parse query '(((")
        .contains(" characters left out) … ")
        .endsWith("(((': end");
    assertThat(CliFailure.shorten(" short \n")).isEqualTo("short");
  }

  @Test
  void debugAddsTheStackTrace() {
    CliRun plain = CliRun.of("search", "--archive", "no-such-archive", "x", "--page", "0");
    assertThat(plain.exitCode()).isEqualTo(VerbatimCli.EXIT_USAGE);
    assertThat(plain.stderr()).doesNotContain("\tat ");
    CliRun debug = CliRun.of("search", "--debug", "--archive", "x", "x", "--page", "0");
    assertThat(debug.exitCode()).isEqualTo(VerbatimCli.EXIT_USAGE);
    assertThat(debug.stderr()).contains("--page must be 1 or more").contains("\tat ");
  }
}
