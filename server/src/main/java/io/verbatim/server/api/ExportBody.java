package io.verbatim.server.api;

import io.javalin.http.Context;
import io.verbatim.export.RowWriter;
import io.verbatim.export.TruncationLine;
import io.verbatim.server.HeavyWork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The body of one export as it is streamed: rows as they come, then a stated end. Rows are written
 * by the export's worker thread; the end by the request's thread. After the end nothing more is
 * written, whichever thread is where.
 *
 * <p>Contract of the end, as a client sees it (documented in {@code docs/api.md}):
 *
 * <ul>
 *   <li>{@link #complete()}: the last row is the last line; the HTTP trailer {@value #TRAILER} is
 *       {@code complete; written=N}.
 *   <li>{@link #truncate}: one more line states it ({@link TruncationLine}: JSON Lines {@code
 *       {"truncated": true, "written": N, "error": "...", "status": S}}, CSV a row {@code
 *       #truncated,N,"..."}). The HTTP trailer is {@code truncated; written=N; status=S}.
 *   <li>A client that went away gets nothing more.
 * </ul>
 */
final class ExportBody<T> {
  /** The HTTP trailer field that states how the export ended. */
  static final String TRAILER = "Verbatim-Export";

  /** How long the request's thread waits for a row being written before it interrupts it. */
  private static final long GRACE_MILLIS = 2_000;

  private final Writer out;
  private final RowWriter<T> rows;
  private final boolean csv;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean ended;
  private volatile String trailer;

  /** A failed write to the client: it has gone away. */
  static final class ClientGone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClientGone(IOException cause) {
      super("the client went away: " + cause.getMessage(), cause);
    }
  }

  ExportBody(Writer out, RowWriter<T> rows, boolean csv) {
    this.out = Objects.requireNonNull(out, "output");
    this.rows = Objects.requireNonNull(rows, "rows");
    this.csv = csv;
  }

  /** Announces the HTTP trailer; a response that cannot carry trailers (HTTP/1.0) goes without. */
  void announceTrailer(Context ctx) {
    try {
      ctx.res().setTrailerFields(this::trailerFields);
      ctx.header("Trailer", TRAILER);
    } catch (IllegalStateException e) {
      // no trailers on this connection: the trailer line in the body still states a truncation
    }
  }

  private Map<String, String> trailerFields() {
    String t = trailer;
    return t == null ? Map.of() : Map.of(TRAILER, t);
  }

  /**
   * Writes one row; the export's sink.
   *
   * @throws CancellationException when the export has ended or its thread was interrupted
   * @throws ClientGone when the client cannot be written to
   */
  void write(T item) {
    lock.lock();
    try {
      if (ended) {
        throw new CancellationException("the export has ended");
      }
      HeavyWork.checkpoint();
      rows.write(item);
    } catch (IOException e) {
      throw new ClientGone(e);
    } finally {
      lock.unlock();
    }
  }

  /** Rows written so far. */
  long written() {
    return rows.written();
  }

  /** Ends the export normally: flushes what is left. */
  void complete() {
    lock.lock();
    try {
      if (ended) {
        return;
      }
      ended = true;
      trailer = "complete; written=" + rows.written();
      rows.close();
      out.flush();
    } catch (IOException e) {
      throw new ClientGone(e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Ends the export with a stated truncation. When a row is being written for longer than a grace
   * period (a client that does not read), {@code interruptWriter} is run first.
   *
   * @param reason what stopped it, for the reader
   * @param status the HTTP status the export would have had, had it failed before the first byte
   */
  void truncate(String reason, int status, Runnable interruptWriter) {
    boolean locked;
    try {
      locked = lock.tryLock(GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      locked = false;
    }
    if (!locked) {
      interruptWriter.run();
      lock.lock();
    }
    try {
      if (ended) {
        return;
      }
      ended = true;
      long written = rows.written();
      trailer = "truncated; written=" + written + "; status=" + status;
      rows.close();
      TruncationLine.write(out, csv, written, reason, status);
    } catch (IOException | UncheckedIOException e) {
      // the client went away: there is no one to tell
    } finally {
      lock.unlock();
    }
  }

  /**
   * Drops the export before its first byte reached the client, so the request can still be answered
   * with an error status: nothing buffered is sent, no trailer.
   */
  void discard(Context ctx) {
    lock.lock();
    try {
      ended = true;
      trailer = null;
      ctx.res().resetBuffer();
      ctx.res().setHeader("Content-Disposition", null);
      ctx.res().setHeader("Trailer", null);
    } finally {
      lock.unlock();
    }
  }
}
