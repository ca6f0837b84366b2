package io.verbatim.cli;

import io.verbatim.archive.ArchiveVersionException;
import io.verbatim.archive.QuerySyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

/**
 * What the command line says when a command fails: one short paragraph on standard error and the
 * exit code, never a stack trace unless asked for with {@code --debug}.
 *
 * <p>Bad command lines and queries exit {@value VerbatimCli#EXIT_USAGE}; an archive that cannot be
 * opened or written {@value VerbatimCli#EXIT_ARCHIVE}; anything else is an internal error (a bug):
 * one line naming it and {@code --debug}, exit {@value VerbatimCli#EXIT_INTERNAL}. Messages longer
 * than {@value #MAX_MESSAGE} characters (a pasted megabyte query) are shortened in the middle.
 */
record CliFailure(int exitCode, String message) {
  /** The longest message printed whole. */
  static final int MAX_MESSAGE = 600;

  /** The failure of {@code command} (null when unknown) for {@code e}. */
  static CliFailure of(String command, Throwable e) {
    String prefix = command == null ? "verbatim: " : "verbatim " + command + ": ";
    return switch (e) {
      case QuerySyntaxException q ->
          new CliFailure(VerbatimCli.EXIT_USAGE, prefix + q.getMessage());
      case ArchiveVersionException v ->
          new CliFailure(VerbatimCli.EXIT_ARCHIVE, prefix + v.getMessage());
      case IllegalArgumentException a ->
          new CliFailure(VerbatimCli.EXIT_USAGE, prefix + a.getMessage());
      case FileSystemException f -> new CliFailure(VerbatimCli.EXIT_ARCHIVE, prefix + describe(f));
      case IOException io -> new CliFailure(VerbatimCli.EXIT_ARCHIVE, prefix + io.getMessage());
      case UncheckedIOException io -> of(command, io.getCause());
      case StackOverflowError s ->
          internal(prefix, "the input is nested too deeply to process (stack overflow)");
      case OutOfMemoryError m ->
          internal(
              prefix,
              "out of memory ("
                  + m.getMessage()
                  + "); give Java more with VERBATIM_JAVA_OPTS=-Xmx4g, or narrow the request");
      default -> internal(prefix, e.getClass().getName() + ": " + e.getMessage());
    };
  }

  private static CliFailure internal(String prefix, String what) {
    return new CliFailure(
        VerbatimCli.EXIT_INTERNAL,
        prefix
            + "internal error: "
            + what
            + " (run again with --debug for the stack trace, and please report it)");
  }

  /** {@code /path: Not a directory} says little; name the file and the reason in words. */
  private static String describe(FileSystemException f) {
    String reason = f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
    String file = f.getFile();
    if (f instanceof java.nio.file.AccessDeniedException) {
      reason = "permission denied";
    } else if (f instanceof java.nio.file.NoSuchFileException) {
      reason = "no such file or folder";
    }
    return file == null ? reason : file + ": " + reason;
  }

  /** The message, cut in the middle when longer than {@value #MAX_MESSAGE} characters. */
  String shortened() {
    return shorten(message);
  }

  /** {@code text} stripped, cut in the middle when longer than {@value #MAX_MESSAGE} characters. */
  static String shorten(String text) {
    String oneLine = text.strip();
    if (oneLine.length() <= MAX_MESSAGE) {
      return oneLine;
    }
    int head = MAX_MESSAGE / 2;
    int tail = MAX_MESSAGE / 3;
    return oneLine.substring(0, head)
        + " … ("
        + (oneLine.length() - head - tail)
        + " characters left out) … "
        + oneLine.substring(oneLine.length() - tail);
  }
}
