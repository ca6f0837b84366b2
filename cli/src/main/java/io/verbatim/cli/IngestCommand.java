package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim ingest}: files and folders into the archive, with a report. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads captured statements from files and folders (recursively) into the archive.",
      "Bad files are reported with the reason and the rest goes on; exit code 1 if any failed."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Option(
      names = "--format",
      defaultValue = Formats.AUTO,
      description =
          "Input format (default: ${DEFAULT-VALUE}, detect by content). See 'verbatim formats'.")
  String format;

  @Option(
      names = "--max-file-size",
      converter = Sizes.class,
      paramLabel = "SIZE",
      description =
          "Refuse files larger than this (default: 64m), with a message. Whatever it is, one"
              + " statement's text holds at most 64 Mi characters (a longer one is refused alone).")
  Long maxFileSize;

  @Option(
      names = "--commit-every",
      defaultValue = "1000",
      paramLabel = "N",
      description = "Statements per commit (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Print each statement once it is durably stored: 'stored ID FILE [LOCATOR] OUTCOME'.")
  boolean verbose;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (commitEvery < 1) {
      throw new IllegalArgumentException("--commit-every must be 1 or more: " + commitEvery);
    }
    Ingestor.Options options =
        Ingestor.Options.defaults().withFormat(format).withCommitEvery(commitEvery);
    if (maxFileSize != null) {
      options = options.withMaxFileBytes(maxFileSize);
    }
    IngestReport report;
    try (Archive a = archive.open(true);
        ProgressBar progress = ProgressBar.forTerminal(err)) {
      Ingestor ingestor = new Ingestor(a, Formats.standard(), options);
      report =
          ingestor.ingestPaths(
              paths,
              new Ingestor.Listener() {
                @Override
                public void fileStarted(String file, int index, int total) {
                  progress.update(index, total, file);
                }

                @Override
                public void committed(List<IngestReport.Stored> statements) {
                  if (verbose) {
                    for (IngestReport.Stored s : statements) {
                      out.println(
                          "stored "
                              + s.id()
                              + " "
                              + s.file()
                              + (s.locator() == null ? "" : " [" + s.locator() + "]")
                              + " "
                              + s.outcome());
                    }
                    out.flush();
                  }
                }
              });
      progress.update(report.getFiles(), report.getFiles(), null);
    }
    if (json) {
      out.println(Json.pretty().writeValueAsString(report));
    } else {
      out.print(report.summary());
    }
    out.flush();
    return report.hasFailures() ? VerbatimCli.EXIT_INPUT_FAILED : 0;
  }
}
