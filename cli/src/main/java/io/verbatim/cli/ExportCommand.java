package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.KwicSummary;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import io.verbatim.export.CsvRowWriter;
import io.verbatim.export.ExportColumns;
import io.verbatim.export.JsonLinesWriter;
import io.verbatim.export.RowWriter;
import io.verbatim.export.TruncationLine;
import io.verbatim.model.Json;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim export}: every statement matching QUERY (or every concordance line, with {@code
 * --kwic}) as JSON Lines or CSV, streamed to standard output or a file. Nothing is left out. The
 * summary (count, where) goes to standard error when the data goes to standard output. An export
 * that fails part-way ends with a {@link TruncationLine} and a non-zero exit, never silently.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports every statement matching QUERY ('' for all), complete, as JSON Lines (one record",
      "per line) or CSV (RFC 4180, UTF-8, header row), readable by pandas and R without options.",
      "With --kwic, one row per concordance line instead."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Mixin SelectionOptions selection;

  @Option(
      names = {"--as", "--output-format"},
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description =
          "jsonl or csv (default: ${DEFAULT-VALUE}). (--format selects statements by source"
              + " format.)")
  String format;

  @Option(names = "--kwic", description = "One row per concordance line, not per statement.")
  boolean kwic;

  @Option(
      names = "--width",
      paramLabel = "WORDS",
      defaultValue = "" + KwicRequest.DEFAULT_CONTEXT_WORDS,
      description = "With --kwic: words of context on each side (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "index",
      description = "index, date (newest first) or date-asc (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(
      names = {"--output", "-o"},
      paramLabel = "FILE",
      description = "Write to FILE (UTF-8) instead of standard output.")
  Path output;

  @Option(
      names = "--json",
      description = "Print the summary ({\"rows\": N, ...}) as JSON instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    boolean csv =
        switch (format.toLowerCase(Locale.ROOT)) {
          case "csv" -> true;
          case "jsonl", "json-lines", "ndjson" -> false;
          default ->
              throw new IllegalArgumentException(
                  "unknown export format '" + format + "'; use --as jsonl or --as csv");
        };
    SearchSort order = parseSort(sort);
    checkOutput();
    long rows;
    long partial;
    KwicSummary summary = null;
    try (Archive a = archive.open(false)) {
      partial =
          selection.selection().hasDateRange()
              ? a.search(SearchRequest.of(selection.selection(), 0)).partial()
              : 0;
      Writer out =
          output == null
              ? spec.commandLine().getOut()
              : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
      try {
        if (kwic) {
          KwicRequest request =
              new KwicRequest(
                  selection.selection(),
                  width,
                  order == SearchSort.DATE_DESC
                      ? KwicRequest.Sort.DATE_DESC
                      : order == SearchSort.DATE_ASC
                          ? KwicRequest.Sort.DATE_ASC
                          : KwicRequest.Sort.NONE,
                  0,
                  KwicRequest.Group.NONE);
          try (RowWriter<KwicLine> rowWriter =
              csv
                  ? new CsvRowWriter<>(out, ExportColumns.KWIC, ExportColumns::kwicRow)
                  : new JsonLinesWriter<>(out)) {
            KwicSummary[] result = new KwicSummary[1];
            stream(
                rowWriter,
                out,
                csv,
                () -> result[0] = a.kwic(request, line -> write(rowWriter, line)));
            summary = result[0];
            rows = rowWriter.written();
          }
        } else {
          try (RowWriter<Statement> rowWriter =
              csv
                  ? new CsvRowWriter<>(out, ExportColumns.STATEMENT, ExportColumns::statementRow)
                  : new JsonLinesWriter<>(out)) {
            stream(
                rowWriter,
                out,
                csv,
                () -> a.export(selection.selection(), order, s -> write(rowWriter, s)));
            rows = rowWriter.written();
          }
        }
      } finally {
        if (output != null) {
          out.close();
        }
      }
    }
    report(rows, csv, summary, partial);
    return 0;
  }

  /** Refuses an {@code -o} that cannot be a new file before the archive is read. */
  private void checkOutput() {
    if (output == null) {
      return;
    }
    if (Files.isDirectory(output)) {
      throw new IllegalArgumentException(
          "-o " + output + " is a folder; give the name of the file to write");
    }
    Path folder = output.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          "-o " + output + ": no such folder " + folder + " to write the file into");
    }
  }

  /** The reading and writing of one export. */
  @FunctionalInterface
  private interface ExportWork {
    void run() throws IOException;
  }

  /**
   * Runs {@code work}, which writes rows to {@code rowWriter}. When it fails after the export began
   * (the archive cannot read a record, the output cannot be written), the output ends with a {@link
   * TruncationLine}, as an HTTP export's does, and the command fails saying how many rows were
   * written: a truncated export never looks complete. A bad query or option, found before the first
   * row, fails as it is.
   */
  private static void stream(RowWriter<?> rowWriter, Writer out, boolean csv, ExportWork work)
      throws IOException {
    try {
      work.run();
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException && rowWriter.written() == 0) {
        throw e; // a bad query or option (QuerySyntaxException is one), before any row
      }
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      String reason = e.getMessage() == null ? cause.toString() : e.getMessage();
      long written = rowWriter.written();
      try {
        rowWriter.close();
        TruncationLine.write(out, csv, written, reason, null);
      } catch (IOException | RuntimeException unwritable) {
        e.addSuppressed(unwritable); // the output itself failed: nothing more can be said there
      }
      String what =
          "the export stopped after "
              + written
              + " row(s), and its last line says it is truncated: "
              + reason;
      if (cause instanceof IOException) {
        throw new IOException(what, cause);
      }
      throw new IllegalStateException(what, cause);
    }
  }

  private static <T> void write(RowWriter<T> writer, T item) {
    try {
      writer.write(item);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void report(long rows, boolean csv, KwicSummary summary, long partial)
      throws IOException {
    // With the data on standard output, the summary must not mix with it.
    PrintWriter to = output == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
    if (json) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("rows", rows);
      r.put("per", kwic ? "kwic line" : "statement");
      r.put("statements", summary == null ? rows : summary.statements());
      r.put("partial", partial);
      r.put("format", csv ? "csv" : "jsonl");
      r.put("output", output == null ? null : output.toAbsolutePath().toString());
      to.println(Json.pretty().writeValueAsString(r));
    } else {
      to.printf(
          Locale.ROOT,
          "exported %d %s%s as %s to %s%n",
          rows,
          kwic ? "concordance line(s)" : "statement(s)",
          summary == null ? "" : " from " + summary.statements() + " statement(s)",
          csv ? "CSV" : "JSON Lines",
          output == null ? "standard output" : output.toAbsolutePath());
      if (partial > 0) {
        to.printf(
            Locale.ROOT,
            "%d statement(s) left out as partial: the date range cuts the period of their date%n",
            partial);
      }
    }
    to.flush();
  }

  static SearchSort parseSort(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "index", "none" -> SearchSort.RELEVANCE;
      case "date", "date-desc", "newest" -> SearchSort.DATE_DESC;
      case "date-asc", "oldest" -> SearchSort.DATE_ASC;
      default ->
          throw new IllegalArgumentException(
              "unknown sort '" + s + "'; use index, date or date-asc");
    };
  }
}
