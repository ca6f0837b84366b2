package io.verbatim.cli;

import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.Formats;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code verbatim formats}: the input formats. */
@Command(
    name = "formats",
    mixinStandardHelpOptions = true,
    description = "Lists the input formats for --format.")
final class FormatsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-14s %s%n", Formats.AUTO, "detect by content (the default)");
    for (FormatReader r : Formats.standard().readers()) {
      out.printf("%-14s %s%n", r.name(), r.description());
    }
    return 0;
  }
}
