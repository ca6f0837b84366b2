package io.verbatim.server;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link VerbatimServer} listens and what it allows.
 *
 * @param host the address to listen on (default {@code 127.0.0.1}: this machine only)
 * @param port the TCP port (default 8080; 0 picks a free one, see {@link VerbatimServer#port()})
 * @param token the bearer token that write requests must present, or null: then the server is
 *     read-only and every write answers 403
 * @param limits the explicit request limits, reported in the errors that enforce them
 * @param baseUrl the public address citations and feeds link to, or null: then their links are
 *     relative to the server (never built from a request's {@code Host} header, which the client
 *     chooses)
 */
public record ServerConfig(String host, int port, String token, Limits limits, URI baseUrl) {

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be empty");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank (give none for read-only)");
    }
    Objects.requireNonNull(limits, "limits");
    if (baseUrl != null && (!baseUrl.isAbsolute() || baseUrl.getHost() == null)) {
      throw new IllegalArgumentException(
          "base URL must be absolute, e.g. https://host/: " + baseUrl);
    }
  }

  /** True when no token is configured: every write is refused. */
  public boolean readOnly() {
    return token == null;
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "ServerConfig[host="
        + host
        + ", port="
        + port
        + ", token="
        + (token == null ? "none (read-only)" : "set")
        + ", limits="
        + limits
        + ", baseUrl="
        + baseUrl
        + "]";
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The request limits. Each is explicit: a request over one gets an error naming the limit and its
   * value (and the {@code serve} option that sets it).
   *
   * @param maxPageSize most hits one search page returns ({@code size})
   * @param maxKwicLines most concordance lines one request returns
   * @param maxQueryLength most characters of a query ({@code q}), and of any parameter value
   * @param maxUploadBytes most bytes of one upload request (all files together)
   * @param queryTimeout how long one archive call may take before the request is answered 503; also
   *     the time budget of one analysis
   * @param maxAnalyses most analyses (concordance, timeline, co-mentions, keyness, collocations)
   *     running at once; more are answered 429
   * @param maxExports most exports running at once; more are answered 429
   * @param exportTimeout the time budget of one export: then it stops and ends with a stated
   *     truncation
   */
  public record Limits(
      int maxPageSize,
      int maxKwicLines,
      int maxQueryLength,
      long maxUploadBytes,
      Duration queryTimeout,
      int maxAnalyses,
      int maxExports,
      Duration exportTimeout) {
    /**
     * The defaults: 100 hits, 10,000 lines, 2,000 characters, 64 MiB, 10 s; analyses: the number of
     * cores, at least 2; exports: half the cores, at least 1; 5 minutes per export.
     */
    public static final Limits DEFAULTS =
        new Limits(
            100,
            10_000,
            2_000,
            io.verbatim.model.RecordLimits.DEFAULT_MAX_FILE_BYTES, // the ingest's file limit
            Duration.ofSeconds(10),
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
            Duration.ofMinutes(5));

    public Limits {
      positive(maxPageSize, "max page size");
      positive(maxKwicLines, "max KWIC lines");
      positive(maxQueryLength, "max query length");
      if (maxUploadBytes < 1) {
        throw new IllegalArgumentException("max upload bytes must be >= 1: " + maxUploadBytes);
      }
      positive(queryTimeout, "query timeout");
      positive(maxAnalyses, "max analyses");
      positive(maxExports, "max exports");
      positive(exportTimeout, "export timeout");
    }

    private static void positive(int value, String what) {
      if (value < 1) {
        throw new IllegalArgumentException(what + " must be >= 1: " + value);
      }
    }

    private static void positive(Duration value, String what) {
      Objects.requireNonNull(value, what);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(what + " must be positive: " + value);
      }
    }
  }

  /** Builds a {@link ServerConfig}; every setter validates its value. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8080;
    private String token;
    private int maxPageSize = Limits.DEFAULTS.maxPageSize();
    private int maxKwicLines = Limits.DEFAULTS.maxKwicLines();
    private int maxQueryLength = Limits.DEFAULTS.maxQueryLength();
    private long maxUploadBytes = Limits.DEFAULTS.maxUploadBytes();
    private Duration queryTimeout = Limits.DEFAULTS.queryTimeout();
    private int maxAnalyses = Limits.DEFAULTS.maxAnalyses();
    private int maxExports = Limits.DEFAULTS.maxExports();
    private Duration exportTimeout = Limits.DEFAULTS.exportTimeout();
    private URI baseUrl;

    private Builder() {}

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The bearer token for writes; null makes the server read-only. */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    public Builder maxPageSize(int n) {
      this.maxPageSize = n;
      return this;
    }

    public Builder maxKwicLines(int n) {
      this.maxKwicLines = n;
      return this;
    }

    public Builder maxQueryLength(int n) {
      this.maxQueryLength = n;
      return this;
    }

    public Builder maxUploadBytes(long n) {
      this.maxUploadBytes = n;
      return this;
    }

    public Builder queryTimeout(Duration timeout) {
      this.queryTimeout = Objects.requireNonNull(timeout, "query timeout");
      return this;
    }

    /**
     * Most analyses running at once (concordance, timeline, co-mentions, keyness, collocations).
     */
    public Builder maxAnalyses(int n) {
      this.maxAnalyses = n;
      return this;
    }

    /** Most exports running at once. */
    public Builder maxExports(int n) {
      this.maxExports = n;
      return this;
    }

    /** The time budget of one export. */
    public Builder exportTimeout(Duration timeout) {
      this.exportTimeout = Objects.requireNonNull(timeout, "export timeout");
      return this;
    }

    /** The public address for links in citations and feeds, or null for links relative to it. */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public ServerConfig build() {
      return new ServerConfig(
          host,
          port,
          token,
          new Limits(
              maxPageSize,
              maxKwicLines,
              maxQueryLength,
              maxUploadBytes,
              queryTimeout,
              maxAnalyses,
              maxExports,
              exportTimeout),
          baseUrl);
    }
  }
}
