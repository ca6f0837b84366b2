package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command with hostile arguments (bad dates, sizes, ids, paths, a folder given as a file,
 * enormous values, queries nested 10,000 deep): each ends with a short message naming the problem
 * and the documented exit code, never a stack trace.
 */
class HostileArgumentsTest {
  @TempDir static Path dir;

  private static String archive;

  /** Nested 10,000 levels: once a StackOverflowError with a 1,024-line trace. */
  private static final String DEEP = "(".repeat(10_000) + "a" + ")".repeat(10_000);

  @BeforeAll
  static void archiveOfTheSamples() {
    archive = dir.resolve("archive").toString();
    CliRun run =
        CliRun.of("ingest", "--archive", archive, CliTest.SAMPLES.resolve("captures").toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  private static Arguments usage(String fragment, String... args) {
    return Arguments.of(VerbatimCli.EXIT_USAGE, fragment, List.of(args));
  }

  private static Arguments code(int exit, String fragment, String... args) {
    return Arguments.of(exit, fragment, List.of(args));
  }

  static Stream<Arguments> cases() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("a-folder"));
    Path file = Files.writeString(dir.resolve("a-file.txt"), "not an archive\n");
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(5000));
    String missing = dir.resolve("missing").toString();
    String underFile = file.resolve("child").toString();
    String a = "--archive=ARCHIVE";
    List<Arguments> cases = new ArrayList<>();
    for (String command : List.of("search", "kwic", "timeline", "export")) {
      cases.add(usage("nests deeper than 100 levels", command, a, DEEP));
    }
    cases.add(usage("nests deeper than 100 levels", "comentions", a, DEEP));
    cases.add(usage("nests deeper than 100 levels", "keyness", a, "--lang", "en", DEEP));
    cases.add(
        usage(
            "nests deeper than 100 levels",
            "collocations",
            a,
            "a",
            "--lang",
            "en",
            "--query",
            DEEP));
    cases.add(
        usage(
            "nests deeper than 100 levels",
            "keyness",
            a,
            "a",
            "--lang",
            "en",
            "--reference",
            DEEP));
    cases.add(usage("the query ends after 'AND'", "search", a, "a AND"));
    cases.add(usage("too many words or clauses (at most 1024", "search", a, "w ".repeat(5000)));
    cases.add(usage("'2020-13-45'", "search", a, "x", "--from", "2020-13-45"));
    cases.add(usage("'99999999-01-01'", "kwic", a, "x", "--to", "99999999-01-01"));
    cases.add(
        usage(
            "'from' 2021-01-01 is after 'to' 2020-01-01",
            "search",
            a,
            "x",
            "--from",
            "2021-01-01",
            "--to",
            "2020-01-01"));
    cases.add(usage("'abc' is not an int", "search", a, "x", "--limit", "abc"));
    cases.add(usage("'99999999999' is not an int", "search", a, "x", "--limit", "99999999999"));
    cases.add(usage("limit must be >= 0: -1", "search", a, "x", "--limit", "-1"));
    cases.add(usage("offset must be >= 0: -5", "search", a, "x", "--offset", "-5"));
    cases.add(usage("--page must be 1 or more", "search", a, "x", "--page", "0"));
    cases.add(usage("lies beyond any archive", "search", a, "x", "--page", "2147483647"));
    cases.add(usage("cursor", "search", a, "x", "--sort", "date", "--cursor", "garbage!!"));
    cases.add(usage("unknown sort 'sideways'", "search", a, "x", "--sort", "sideways"));
    cases.add(usage("facet", "search", a, "x", "--facets", "nonsense"));
    cases.add(
        usage(
            "facet limit must be >= 1",
            "search",
            a,
            "x",
            "--facets",
            "year",
            "--facet-limit",
            "-3"));
    cases.add(
        usage("mention match must be 'all' or 'any'", "search", a, "x", "--mention-match", "some"));
    cases.add(usage("Unknown option: '--frobnicate'", "search", a, "--frobnicate"));
    cases.add(usage("context width must be at least 1 word", "kwic", a, "x", "--width", "-1"));
    cases.add(code(0, "line(s) in", "kwic", a, "Vienna", "--width", "2000000000"));
    cases.add(usage("limit must be >= 0", "kwic", a, "x", "--limit", "-7"));
    cases.add(usage("sort", "kwic", a, "x", "--sort", "upwards"));
    cases.add(usage("group", "kwic", a, "x", "--group", "colour"));
    cases.add(usage("unknown period 'fortnight'", "timeline", a, "x", "--by", "fortnight"));
    cases.add(usage("unknown split 'mood'", "timeline", a, "x", "--split", "mood"));
    cases.add(usage("--as", "export", a, "x", "--as", "pdf"));
    cases.add(usage("is a folder", "export", a, "x", "-o", folder.toString()));
    cases.add(usage("no such folder", "export", a, "x", "-o", missing + "/out.csv"));
    cases.add(usage("--limit", "comentions", a, "--limit", "-2"));
    cases.add(usage("--limit", "keyness", a, "x", "--lang", "en", "--limit", "-2"));
    cases.add(usage("window", "collocations", a, "x", "--lang", "en", "--window", "0"));
    cases.add(
        usage(
            "between 1 and 20",
            "collocations",
            a,
            "vienna",
            "--lang",
            "en",
            "--window",
            "2000000000"));
    cases.add(usage("freq", "collocations", a, "x", "--lang", "en", "--min-freq", "-1"));
    cases.add(
        usage("a size must be positive", "ingest", a, "--max-file-size", "0", file.toString()));
    cases.add(usage("not a size", "ingest", a, "--max-file-size", "99999999999g", file.toString()));
    cases.add(usage("not a size", "ingest", a, "--max-file-size", "lots", file.toString()));
    cases.add(
        usage(
            "--commit-every must be 1 or more",
            "ingest",
            a,
            "--commit-every",
            "0",
            file.toString()));
    cases.add(usage("unknown format 'word'", "ingest", a, "--format", "word", file.toString()));
    cases.add(usage("Missing required parameter", "ingest", a));
    cases.add(
        code(
            VerbatimCli.EXIT_INPUT_FAILED,
            "over the limit of",
            "ingest",
            a,
            "--max-file-size",
            "1k",
            big.toString()));
    cases.add(code(VerbatimCli.EXIT_INPUT_FAILED, "no such file or folder", "ingest", a, missing));
    cases.add(
        code(VerbatimCli.EXIT_INPUT_FAILED, "no such file or folder", "ingest", a, underFile));
    cases.add(
        code(
            VerbatimCli.EXIT_INPUT_FAILED,
            "is a folder, not a file",
            "inspect",
            folder.toString()));
    cases.add(code(VerbatimCli.EXIT_INPUT_FAILED, "no such file", "inspect", missing));
    cases.add(code(VerbatimCli.EXIT_INPUT_FAILED, "no such file", "inspect", underFile));
    cases.add(usage("unknown format 'word'", "inspect", "--format", "word", file.toString()));
    cases.add(
        code(VerbatimCli.EXIT_INPUT_FAILED, "no statement with id", "show", a, "../../etc/passwd"));
    cases.add(
        code(
            VerbatimCli.EXIT_INPUT_FAILED, "no statement with id", "show", a, "f".repeat(100_000)));
    cases.add(code(VerbatimCli.EXIT_INPUT_FAILED, "no statement with id", "show", a, ""));
    cases.add(
        code(VerbatimCli.EXIT_INPUT_FAILED, "no statement with id", "versions", a, "\u0000nul"));
    cases.add(
        code(
            VerbatimCli.EXIT_ARCHIVE,
            "is a file, not a Verbatim archive folder",
            "stats",
            "--archive",
            file.toString()));
    cases.add(code(VerbatimCli.EXIT_ARCHIVE, "no archive at", "stats", "--archive", missing));
    cases.add(
        code(
            VerbatimCli.EXIT_ARCHIVE,
            "is not a Verbatim archive",
            "search",
            "--archive",
            folderWithAFile().toString(),
            "x"));
    cases.add(
        code(
            VerbatimCli.EXIT_ARCHIVE,
            "Not a directory",
            "ingest",
            "--archive",
            underFile,
            file.toString()));
    cases.add(usage("nul", "stats", "--archive", "bad\u0000path"));
    // --stop-after: a case that wrongly starts the server ends (and fails) instead of hanging.
    String stop = "--stop-after=1";
    cases.add(usage("port must be between 0 and 65535", "serve", a, stop, "--port", "70000"));
    cases.add(usage("port must be between 0 and 65535", "serve", a, stop, "--port", "-1"));
    cases.add(usage("'many' is not an int", "serve", a, stop, "--port", "many"));
    cases.add(usage("--token-file", "serve", a, stop, "--port", "0", "--token-file", missing));
    cases.add(usage("--max-upload", "serve", a, stop, "--port", "0", "--max-upload", "0"));
    cases.add(
        usage(
            "query timeout must be positive",
            "serve",
            a,
            stop,
            "--port",
            "0",
            "--query-timeout",
            "-1"));
    cases.add(
        usage(
            "--shards and --replicas must be 1 or more",
            "solr",
            "init",
            "--archive",
            "solr://localhost:1/c",
            "--shards",
            "0"));
    cases.add(usage("Unknown option", "formats", "--everything"));
    cases.add(usage("Unmatched argument", "frobnicate"));
    cases.add(usage("unknown benchmark 'frobnicate'", "bench", "frobnicate"));
    Path fifo = dir.resolve("a-pipe");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      // Reading a pipe nobody writes to would wait forever.
      cases.add(
          code(VerbatimCli.EXIT_INPUT_FAILED, "not a regular file", "ingest", a, fifo.toString()));
      cases.add(
          code(VerbatimCli.EXIT_INPUT_FAILED, "not a regular file", "inspect", fifo.toString()));
    }
    return cases.stream();
  }

  private static Path folderWithAFile() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("not-an-archive"));
    Files.writeString(folder.resolve("notes.txt"), "mine");
    return folder;
  }

  @ParameterizedTest(name = "[{index}] exit {0}, ''{1}''")
  @MethodSource("cases")
  void endsWithAMessageAndTheExitCodeNeverATrace(int exit, String fragment, List<String> args) {
    String[] argv = args.stream().map(s -> s.replace("ARCHIVE", archive)).toArray(String[]::new);
    CliRun run = CliRun.of(argv);
    String shown = run.toString();
    if (shown.length() > 3000) {
      shown = shown.substring(0, 1500) + " … " + shown.substring(shown.length() - 1500);
    }
    assertThat(run.exitCode()).as(shown).isEqualTo(exit);
    assertThat(run.stderr() + run.out()).as(shown).containsIgnoringCase(fragment);
    assertNoTrace(run.stderr(), shown);
    assertNoTrace(run.out(), shown);
  }

  /** No stack frame, no "Exception in thread"; a message of one paragraph (no blank line). */
  static void assertNoTrace(String text, String shown) {
    assertThat(text)
        .as(shown)
        .doesNotContain("\tat ", "Exception in thread", "Caused by:")
        .doesNotContainPattern("\\n\\s*\\n\\S");
    assertThat(text.length()).as("a message, not a dump: %s", shown).isLessThan(2000);
  }
}
