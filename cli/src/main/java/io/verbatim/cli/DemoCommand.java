package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim demo}: ingests the project's own sample statements into a fresh archive and runs
 * a few searches, so a new user sees the whole path work.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the sample statements into a fresh archive and runs a few searches.",
      "The archive is left in place for you to try 'search', 'show' and 'stats' on."
    })
final class DemoCommand implements Callable<Integer> {
  /** Searches the demo runs: a phrase, a wildcard, a Russian inflection, a field query. */
  static final List<String[]> SEARCHES =
      List.of(
          new String[] {"\"confidence-building measures\"", null},
          new String[] {"terror*", "en"},
          new String[] {"терроризм", "ru"},
          new String[] {"genre:briefing", null});

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--archive",
      defaultValue = "verbatim-demo-archive",
      description =
          "Where to build the demo archive (default: ./${DEFAULT-VALUE}); it is replaced.")
  Path archiveDir;

  @Option(names = "--samples", description = "Sample folder (default: the project's samples/).")
  Path samples;

  @Option(
      names = "--no-serve",
      negatable = false,
      description = "Stop after the searches instead of serving the demo archive over HTTP.")
  boolean noServe;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to serve the demo on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--stop-after",
      hidden = true,
      paramLabel = "SECONDS",
      description = "Stop serving after this long (for tests).")
  Double stopAfterSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path sampleDir = samples != null ? samples : defaultSamples();
    if (!Files.isDirectory(sampleDir)) {
      throw new IllegalArgumentException(
          "no sample folder at " + sampleDir.toAbsolutePath() + "; pass --samples DIR");
    }
    deleteIfArchive(archiveDir);
    out.println("Verbatim demo: ingesting " + sampleDir + " into " + archiveDir);
    try (Archive a =
        io.verbatim.archive.ArchiveProvider.openLocation(archiveDir.toString(), true)) {
      IngestReport report =
          new Ingestor(a, Formats.standard(), Ingestor.Options.defaults())
              .ingestPaths(List.of(sampleDir), new Ingestor.Listener() {});
      out.print(report.summary());
      for (String[] search : SEARCHES) {
        SearchResult result =
            a.search(SearchRequest.builder(search[0]).withLanguage(search[1]).withLimit(3).build());
        out.printf(
            "%nsearch %s%s: %d statement(s)%n",
            search[0], search[1] == null ? "" : " --lang " + search[1], result.total());
        for (SearchHit h : result.hits()) {
          out.printf("  %s  %s  %s%n", h.id(), h.published(), h.title());
          if (h.snippet() != null) {
            out.println("      " + h.snippet().replace('\n', ' '));
          }
        }
      }
      out.printf(
          "%nTry: ./verbatim search --archive %s 'Petrova' ; ./verbatim stats --archive %s%n",
          archiveDir, archiveDir);
      if (!noServe) {
        out.println();
        Serving.serve(
            a,
            io.verbatim.server.ServerConfig.builder().port(port).build(),
            out,
            stopAfterSeconds == null
                ? null
                : java.time.Duration.ofMillis((long) (stopAfterSeconds * 1000)));
      }
      return report.hasFailures() ? VerbatimCli.EXIT_INPUT_FAILED : 0;
    }
  }

  private static Path defaultSamples() {
    String home = System.getProperty("verbatim.home");
    return home != null ? Path.of(home, "samples") : Path.of("samples");
  }

  /** Removes a previous demo archive, refusing to touch a folder that is not one. */
  private static void deleteIfArchive(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.exists(dir.resolve("verbatim-archive.json"))) {
      throw new IllegalArgumentException(
          dir + " exists and is not a Verbatim archive; choose another --archive for the demo");
    }
    Folders.deleteTree(dir);
  }
}
