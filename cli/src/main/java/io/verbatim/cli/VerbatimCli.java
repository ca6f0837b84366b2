package io.verbatim.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ./verbatim}.
 *
 * <p>Exit codes: 0 done; 1 done, but some input failed or something was not found; 2 the command
 * line or query is wrong; 3 the archive cannot be opened or written; 4 an internal error (a bug).
 * Every failure is one short message on standard error ({@link CliFailure}); {@code --debug}, or
 * {@code VERBATIM_DEBUG=1}, adds the stack trace.
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
      CheckCommand.class,
      FormatsCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      CoMentionsCommand.class,
      KeynessCommand.class,
      CollocationsCommand.class,
      VersionsCommand.class,
      PeopleCommand.class,
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
  static final int EXIT_INTERNAL = 4;

  /**
   * Read from the arguments directly (see {@link #run}); declared so that every command takes it.
   */
  @CommandLine.Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "On failure, print the stack trace too.")
  boolean debug;

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
    boolean debug =
        Arrays.asList(args).contains("--debug") || "1".equals(System.getenv("VERBATIM_DEBUG"));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) ->
            fail(commandLine.getCommandName(), e, commandLine.getErr(), debug));
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          CommandLine command = e.getCommandLine();
          String name = command.getCommandSpec().qualifiedName();
          PrintWriter errors = command.getErr();
          errors.println(
              new CliFailure(EXIT_USAGE, name + ": " + e.getMessage()).shortened()
                  + " (see '"
                  + name
                  + " --help')");
          errors.flush();
          return EXIT_USAGE;
        });
    cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    int code;
    try {
      code = cli.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands Exceptions to the handler above; Errors (a stack overflow) come here.
      code = fail(commandName(cli, args), e, cli.getErr(), debug);
    }
    cli.getOut().flush();
    cli.getErr().flush();
    return code;
  }

  /** Prints the failure's message (and with {@code debug} its trace); its exit code. */
  private static int fail(String command, Throwable e, PrintWriter err, boolean debug) {
    CliFailure failure = CliFailure.of(command, e);
    err.println(failure.shortened());
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return failure.exitCode();
  }

  /** The subcommand named in {@code args}, for messages of failures outside picocli's handler. */
  private static String commandName(CommandLine cli, String[] args) {
    for (String a : args) {
      if (cli.getSubcommands().containsKey(a)) {
        return a;
      }
    }
    return null;
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
