package io.verbatim.server;

import io.javalin.http.Context;
import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveTimeoutException;
import io.verbatim.archive.WorkBudget;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What every route needs: the archive, the configuration, and the shared helpers (parameters,
 * archive calls bounded by the query timeout, analyses and exports bounded in number and time,
 * uploads, links). One per server; safe for concurrent requests.
 */
public final class ServerContext implements AutoCloseable {
  private final Archive archive;
  private final ServerConfig config;
  private final RequestBounds bounds;
  private final ExecutorService archiveCalls = Executors.newVirtualThreadPerTaskExecutor();
  private final HeavyWork analyses;
  private final HeavyWork exports;
  private final ReentrantLock writer = new ReentrantLock();

  ServerContext(Archive archive, ServerConfig config) {
    this.archive = Objects.requireNonNull(archive, "archive");
    this.config = Objects.requireNonNull(config, "config");
    this.bounds = new RequestBounds(config.limits());
    ServerConfig.Limits limits = config.limits();
    this.analyses =
        new HeavyWork("analyses", "--max-analyses", limits.maxAnalyses(), limits.queryTimeout());
    this.exports =
        new HeavyWork("exports", "--max-exports", limits.maxExports(), limits.exportTimeout());
  }

  public Archive archive() {
    return archive;
  }

  public ServerConfig config() {
    return config;
  }

  public ServerConfig.Limits limits() {
    return config.limits();
  }

  /** The bounds of every request's address and parameters. */
  public RequestBounds bounds() {
    return bounds;
  }

  /** The request's query parameters, to be read with the server's limits. */
  public RequestParameters parameters(Context ctx) {
    return new RequestParameters(ctx.queryParamMap(), config.limits());
  }

  /** An archive call that may throw. */
  @FunctionalInterface
  public interface ArchiveCall<T> {
    T call(Archive archive) throws IOException;
  }

  /**
   * Runs {@code call} on the archive and waits at most the query timeout for it. The call runs
   * within a {@link WorkBudget} of the query timeout, so the backend stops its work there too.
   *
   * @throws ApiException 503 when the call takes longer (it is interrupted)
   */
  public <T> T query(ArchiveCall<T> call) throws IOException {
    Duration timeout = config.limits().queryTimeout();
    WorkBudget budget = WorkBudget.of(timeout).withoutAlarm(); // cancel(true) interrupts it
    Future<T> future = archiveCalls.submit(() -> budget.run(() -> call.call(archive)));
    long millis = timeout.toMillis();
    try {
      return future.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw tookTooLong(millis);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the request was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ArchiveTimeoutException) {
        throw tookTooLong(millis);
      }
      throw unwrap(e);
    }
  }

  /**
   * Runs an analysis (concordance, timeline, co-mentions, keyness, collocations) as {@link
   * HeavyWork}: at most {@link ServerConfig.Limits#maxAnalyses()} at once, within the query
   * timeout. The backend stops its work at the budget ({@link WorkBudget}); sinks the call feeds
   * should call {@link HeavyWork#checkpoint()} for every item.
   *
   * @throws ApiException 429 when that many analyses are running; 503 when this one takes longer
   *     than the query timeout (its thread is interrupted, and its place is given back when it has
   *     stopped)
   */
  public <T> T analysis(ArchiveCall<T> call) throws IOException {
    HeavyWork.Job job = analyses.admit();
    Future<T> future = job.start(() -> call.call(archive));
    try {
      return future.get(Math.max(0, job.remainingNanos()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      job.stop();
      throw tookTooLong(config.limits().queryTimeout().toMillis());
    } catch (InterruptedException e) {
      job.stop();
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the request was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CancellationException
          || e.getCause() instanceof ArchiveTimeoutException) {
        throw tookTooLong(config.limits().queryTimeout().toMillis());
      }
      throw unwrap(e);
    }
  }

  /** Exports: at most {@link ServerConfig.Limits#maxExports()} at once, each within its budget. */
  public HeavyWork exports() {
    return exports;
  }

  private static ApiException tookTooLong(long millis) {
    return new ApiException(
        503,
        "the query took longer than the server's limit of "
            + millis
            + " ms (serve --query-timeout); narrow it down",
        Map.of("limit", millis));
  }

  private static IOException unwrap(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException re) {
      throw re;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    throw new UncheckedIOException(new IOException(cause));
  }

  /**
   * Runs {@code call} as the archive's one writer (uploads and deletes take turns), without the
   * query timeout: a write is not cut off half-way.
   */
  public <T> T write(ArchiveCall<T> call) throws IOException {
    writer.lock();
    try {
      return call.call(archive);
    } finally {
      writer.unlock();
    }
  }

  /**
   * Ingests {@code captures} like {@code verbatim ingest} (same readers, same report), as the
   * archive's one writer; the caller has checked write access.
   *
   * @param format the reader to use, or null for {@code auto}
   */
  public IngestReport ingest(List<Capture> captures, String format) throws IOException {
    if (captures.isEmpty()) {
      throw ApiException.badRequest("no file in the upload; send one or more file parts");
    }
    Ingestor.Options options =
        Ingestor.Options.defaults().withMaxFileBytes(config.limits().maxUploadBytes());
    if (format != null && !format.equals(Formats.AUTO)) {
      options = options.withFormat(format);
    }
    Ingestor.Options chosen = options;
    return write(
        a ->
            new Ingestor(a, Formats.standard(), chosen)
                .ingestCaptures(captures, new Ingestor.Listener() {}));
  }

  /**
   * The server's public base address for links in feeds and citations (no trailing slash): the
   * configured base URL, or the empty string when none is configured, so that links are relative to
   * the server. Never the request's {@code Host} header, which the client chooses.
   */
  public String baseUrl() {
    URI base = config.baseUrl();
    if (base == null) {
      return "";
    }
    String s = base.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  @Override
  public void close() {
    archiveCalls.shutdownNow();
    analyses.close();
    exports.close();
  }
}
