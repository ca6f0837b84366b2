package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.server.ServerConfig;
import io.verbatim.server.VerbatimServer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs the HTTP server over an open archive until the process is stopped (Ctrl-C), or for a given
 * time (for scripts and tests). Prints the URL; never prints the token.
 */
final class Serving {
  private Serving() {}

  /**
   * Serves {@code archive} with {@code config} and returns when stopped.
   *
   * @param stopAfter how long to serve, or null for until the process is stopped
   */
  static void serve(Archive archive, ServerConfig config, PrintWriter out, Duration stopAfter)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    try (VerbatimServer server = VerbatimServer.start(archive, config)) {
      Thread hook =
          new Thread(
              () -> {
                server.close();
                stopped.countDown();
              },
              "verbatim-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      out.println("Verbatim is serving " + archive.location() + " at " + server.url() + "/");
      out.println(
          config.readOnly()
              ? "read-only: no token given (--token-file or VERBATIM_TOKEN enable uploads and deletes)"
              : "writes (upload, delete) need the bearer token");
      out.println("API: " + server.url() + "/api/openapi.json ; stop with Ctrl-C");
      out.flush();
      try {
        if (stopAfter == null) {
          stopped.await();
        } else {
          stopped.await(stopAfter.toMillis(), TimeUnit.MILLISECONDS);
        }
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running: it stops the server
        }
      }
    }
  }
}
