package io.verbatim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, byte[] stdout, String stderr) {

  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = VerbatimCli.run(args, o, e);
    }
    return new CliRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  String out() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\nstdout:\n" + out() + "\nstderr:\n" + stderr;
  }
}
