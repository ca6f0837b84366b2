package io.verbatim.cli;

import io.verbatim.archive.ArchiveVersionException;
import io.verbatim.archive.QuerySyntaxException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ./verbatim}.
 *
 * <p>Exit codes: 0 done; 1 done, but some input failed or something was not found; 2 the command
 * line or query is wrong; 3 the archive cannot be opened or written.
 */
@Command(
    name = "verbatim",
    mixinStandardHelpOptions = true,
    versionProvider = VerbatimCli.Version.class,
    description = "Archive and analysis engine for official statements.",
    subcommands = {
      IngestCommand.class,
      InspectCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      FormatsCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      CoMentionsCommand.class,
      KeynessCommand.class,
      CollocationsCommand.class,
      VersionsCommand.class,
      KwicCommand.class,
      TimelineCommand.class,
      ExportCommand.class,
      SolrCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class VerbatimCli implements Runnable {
  static final int EXIT_INPUT_FAILED = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_ARCHIVE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Standard output as bytes, for commands that print original bytes verbatim. */
  private final java.io.OutputStream rawOut;

  private VerbatimCli(java.io.OutputStream rawOut) {
    this.rawOut = rawOut;
  }

  java.io.OutputStream rawOut() {
    return rawOut;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Lucene logs at start-up that the JDK's incubating vector module is not enabled; it only speeds
   * up vector search, which Verbatim does not use, so the notice is kept off the terminal.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args, System.out, System.err));
  }

  /** Runs a command line with the given output streams (UTF-8); returns the exit code. */
  public static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
    CommandLine cli = new CommandLine(new VerbatimCli(out));
    cli.setOut(
        new PrintWriter(
            new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), true));
    cli.setErr(
        new PrintWriter(
            new java.io.OutputStreamWriter(err, java.nio.charset.StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          String command = commandLine.getCommandName();
          return switch (e) {
            case QuerySyntaxException q -> {
              commandLine.getErr().println("verbatim " + command + ": " + q.getMessage());
              yield EXIT_USAGE;
            }
            case ArchiveVersionException v -> {
              commandLine.getErr().println("verbatim " + command + ": " + v.getMessage());
              yield EXIT_ARCHIVE;
            }
            case IllegalArgumentException a -> {
              commandLine.getErr().println("verbatim " + command + ": " + a.getMessage());
              yield EXIT_USAGE;
            }
            case java.io.IOException io -> {
              commandLine.getErr().println("verbatim " + command + ": " + io.getMessage());
              yield EXIT_ARCHIVE;
            }
            default -> {
              commandLine.getErr().println("verbatim " + command + ": unexpected error: " + e);
              e.printStackTrace(commandLine.getErr());
              yield EXIT_ARCHIVE;
            }
          };
        });
    cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    int code = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    return code;
  }

  /** The version from the jar's manifest, or "development". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = VerbatimCli.class.getPackage().getImplementationVersion();
      return new String[] {"Verbatim " + (v == null ? "(development build)" : v)};
    }
  }
}
