package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.server.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim serve}: the JSON API and web UI over an archive. Read-only unless a token is
 * given (in a file, or in the environment variable {@code VERBATIM_TOKEN}); the token is never
 * printed.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the archive over HTTP: the JSON API (/api/...), the web UI (/) and an Atom feed.",
      "Read-only unless a token is given with --token-file or the environment variable",
      "VERBATIM_TOKEN; uploads and deletes then need 'Authorization: Bearer TOKEN'."
    })
final class ServeCommand implements Callable<Integer> {
  static final String TOKEN_VARIABLE = "VERBATIM_TOKEN";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "File holding the bearer token for writes (first line); else $" + TOKEN_VARIABLE + ".")
  Path tokenFile;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Public address for links in feeds and citations.")
  URI baseUrl;

  @Option(
      names = "--max-page-size",
      paramLabel = "N",
      description = "Most hits per search page (default: 100).")
  Integer maxPageSize;

  @Option(
      names = "--max-kwic-lines",
      paramLabel = "N",
      description = "Most concordance lines per request (default: 10000).")
  Integer maxKwicLines;

  @Option(
      names = "--max-upload",
      paramLabel = "SIZE",
      converter = Sizes.class,
      description = "Most bytes of one upload, e.g. 64m (default: 64m).")
  Long maxUpload;

  @Option(
      names = "--query-timeout",
      paramLabel = "SECONDS",
      description =
          "Cut off archive calls, and analyses, after this long; answered 503 (default: 10).")
  Double queryTimeoutSeconds;

  @Option(
      names = "--max-analyses",
      paramLabel = "N",
      description =
          "Most analyses (concordance, timeline, co-mentions, keyness, collocations) running at"
              + " once; more are answered 429 (default: the number of cores, at least 2).")
  Integer maxAnalyses;

  @Option(
      names = "--max-exports",
      paramLabel = "N",
      description =
          "Most exports running at once; more are answered 429 (default: half the cores, at"
              + " least 1).")
  Integer maxExports;

  @Option(
      names = "--export-timeout",
      paramLabel = "SECONDS",
      description =
          "Stop an export after this long; it ends with a stated truncation (default: 300).")
  Double exportTimeoutSeconds;

  @Option(
      names = "--stop-after",
      hidden = true,
      paramLabel = "SECONDS",
      description = "Stop after this long (for tests).")
  Double stopAfterSeconds;

  @Override
  public Integer call() throws Exception {
    ServerConfig config = config(readToken());
    try (Archive a = archive.open(false)) {
      Serving.serve(
          a,
          config,
          spec.commandLine().getOut(),
          stopAfterSeconds == null ? null : Duration.ofMillis((long) (stopAfterSeconds * 1000)));
    }
    return 0;
  }

  ServerConfig config(String token) {
    ServerConfig.Builder b =
        ServerConfig.builder().host(host).port(port).token(token).baseUrl(baseUrl);
    if (maxPageSize != null) {
      b.maxPageSize(maxPageSize);
    }
    if (maxKwicLines != null) {
      b.maxKwicLines(maxKwicLines);
    }
    if (maxUpload != null) {
      b.maxUploadBytes(maxUpload);
    }
    if (queryTimeoutSeconds != null) {
      b.queryTimeout(Duration.ofMillis((long) (queryTimeoutSeconds * 1000)));
    }
    if (maxAnalyses != null) {
      b.maxAnalyses(maxAnalyses);
    }
    if (maxExports != null) {
      b.maxExports(maxExports);
    }
    if (exportTimeoutSeconds != null) {
      b.exportTimeout(Duration.ofMillis((long) (exportTimeoutSeconds * 1000)));
    }
    return b.build();
  }

  private String readToken() throws IOException {
    if (tokenFile != null) {
      if (!Files.isRegularFile(tokenFile)) {
        throw new IllegalArgumentException("--token-file " + tokenFile + " is not a readable file");
      }
      String first =
          Files.readString(tokenFile, StandardCharsets.UTF_8)
              .strip()
              .lines()
              .findFirst()
              .orElse("");
      if (first.isBlank()) {
        throw new IllegalArgumentException("--token-file " + tokenFile + " is empty");
      }
      return first.strip();
    }
    String env = System.getenv(TOKEN_VARIABLE);
    return env == null || env.isBlank() ? null : env.strip();
  }
}
