package io.verbatim.cli;

import java.io.PrintWriter;

/** A one-line progress bar on a terminal; does nothing when output is not a terminal. */
final class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean enabled;
  private long lastDraw;
  private boolean drawn;

  private ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A bar when standard error is a terminal, else a silent one. */
  static ProgressBar forTerminal(PrintWriter err) {
    return new ProgressBar(err, isTerminal());
  }

  /** Console.isTerminal() exists from Java 22; before it, a console means a terminal. */
  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  void update(int done, int total, String current) {
    if (!enabled || total <= 0) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 100_000_000L) {
      return;
    }
    lastDraw = now;
    int filled = (int) ((long) WIDTH * done / total);
    String name = current == null ? "" : current;
    if (name.length() > 40) {
      name = "…" + name.substring(name.length() - 39);
    }
    err.print(
        "\r["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + " files "
            + name
            + "\u001b[K");
    err.flush();
    drawn = true;
  }

  @Override
  public void close() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }
}
