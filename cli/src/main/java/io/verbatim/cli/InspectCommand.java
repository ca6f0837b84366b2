package io.verbatim.cli;

import io.verbatim.ingest.Capture;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Json;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim inspect}: how a file is read, as JSON; stores nothing. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the statement(s) read from a file as JSON (an array when the file holds several).",
      "Stores nothing: the quickest way to check how a page is read."
    })
final class InspectCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = Formats.AUTO,
      description = "Input format (default: auto).")
  String format;

  @Parameters(paramLabel = "FILE", description = "The file to read.")
  Path file;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println(
          "verbatim inspect: "
              + file
              + (Files.isDirectory(file)
                  ? " is a folder, not a file (ingest reads folders)"
                  : Files.exists(file)
                      ? " is not a regular file (a device, pipe or socket)"
                      : ": no such file"));
      return VerbatimCli.EXIT_INPUT_FAILED;
    }
    Capture capture = new Capture(file.toString(), file, Files.readAllBytes(file));
    Ingestor.Inspection inspection =
        Ingestor.inspector(Formats.standard(), Ingestor.Options.defaults().withFormat(format))
            .inspect(capture);
    if (inspection.statements().size() == 1) {
      out.println(Json.pretty().writeValueAsString(inspection.statements().get(0)));
    } else if (!inspection.statements().isEmpty()) {
      out.println(Json.pretty().writeValueAsString(inspection.statements()));
    }
    for (IngestReport.Skipped s : inspection.report().getSkipped()) {
      err.println("skipped " + s.file() + ": " + s.reason());
    }
    for (IngestReport.Failure f : inspection.report().getFailed()) {
      err.println("FAILED " + f.message());
    }
    out.flush();
    return inspection.report().hasFailures() ? VerbatimCli.EXIT_INPUT_FAILED : 0;
  }
}
