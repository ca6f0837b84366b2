package io.verbatim.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.verbatim.archive.ArchiveTimeoutException;
import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.export.CsvRowWriter;
import io.verbatim.export.ExportColumns;
import io.verbatim.export.JsonLinesWriter;
import io.verbatim.export.RowWriter;
import io.verbatim.model.Statement;
import io.verbatim.server.ApiException;
import io.verbatim.server.HeavyWork;
import io.verbatim.server.RequestParameters;
import io.verbatim.server.ServerContext;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/export}: every statement of the selection (or, with {@code kwic=true}, every
 * concordance line), streamed, as JSON Lines ({@code as=jsonl}, the default) or CSV ({@code
 * as=csv}): the same writers and columns as {@code verbatim export}. The output format is {@code
 * as}, as in the CLI, because {@code format} filters by source format.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Everything that can be checked is checked before the first byte: the parameters (400), a
 *       place among the exports running (429 with {@code Retry-After} when {@code serve
 *       --max-exports} are running; checked before any archive work, so a refused export costs
 *       nothing), and the query, which the archive reads before it delivers anything (a bad one is
 *       a JSON 400 with its position).
 *   <li>The export runs as the server's {@link HeavyWork}, within {@code serve --export-timeout}. A
 *       failure before the first byte has reached the client is still answered with its error
 *       status. After that the status is sent, so the export ends with a stated truncation ({@link
 *       ExportBody}): at the time budget (the work is stopped, not only the answer), or when the
 *       archive fails. It never ends silently short, and never with an error inside a
 *       complete-looking 200.
 * </ul>
 */
final class ExportRoute {
  private static final Logger LOG = LoggerFactory.getLogger(ExportRoute.class);

  private ExportRoute() {}

  static void register(RoutesConfig routes, ServerContext server) {
    routes.get("/api/export", ctx -> export(ctx, server));
  }

  private static void export(Context ctx, ServerContext server) throws Exception {
    RequestParameters p =
        server
            .parameters(ctx)
            .allowOnly(
                RequestParameters.union(
                    RequestParameters.SELECTION, Set.of("as", "sort", "kwic", "width")));
    String as = p.string("as") == null ? "jsonl" : p.string("as").toLowerCase(Locale.ROOT);
    boolean csv =
        switch (as) {
          case "csv" -> true;
          case "jsonl", "ndjson", "json-lines" -> false;
          default ->
              throw ApiException.badRequest(
                  "unknown export format 'as=" + as + "'; use jsonl or csv");
        };
    SearchSort order = sort(p.string("sort"));
    boolean kwic = bool(p.string("kwic"), "kwic");
    int width = p.integer("width", KwicRequest.DEFAULT_CONTEXT_WORDS, 1, 50);
    Selection selection = p.selection();
    KwicRequest kwicRequest = kwic ? kwicRequest(selection, width, order) : null;

    HeavyWork exports = server.exports();
    HeavyWork.Job job = exports.admit();
    try {
      ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
      ctx.header(
          "Content-Disposition",
          "attachment; filename=\"verbatim-export"
              + (kwic ? "-kwic" : "")
              + (csv ? ".csv\"" : ".jsonl\""));
      Writer out =
          new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
      if (kwic) {
        RowWriter<KwicLine> rows =
            csv
                ? new CsvRowWriter<>(out, ExportColumns.KWIC, ExportColumns::kwicRow)
                : new JsonLinesWriter<>(out);
        ExportBody<KwicLine> body = new ExportBody<>(out, rows, csv);
        body.announceTrailer(ctx);
        stream(ctx, server, job, body, a -> a.kwic(kwicRequest, body::write));
      } else {
        RowWriter<Statement> rows =
            csv
                ? new CsvRowWriter<>(out, ExportColumns.STATEMENT, ExportColumns::statementRow)
                : new JsonLinesWriter<>(out);
        ExportBody<Statement> body = new ExportBody<>(out, rows, csv);
        body.announceTrailer(ctx);
        stream(
            ctx,
            server,
            job,
            body,
            a -> {
              a.export(selection, order, body::write);
              return null;
            });
      }
    } finally {
      job.abandon(); // when the work never started; else its thread gives the place back
    }
  }

  /** Runs the export on its job's thread and ends the body as the work ends, or at the budget. */
  private static void stream(
      Context ctx,
      ServerContext server,
      HeavyWork.Job job,
      ExportBody<?> body,
      ServerContext.ArchiveCall<?> work)
      throws Exception {
    Future<?> done = job.start(() -> work.call(server.archive()));
    try {
      try {
        done.get(Math.max(0, job.remainingNanos()), TimeUnit.NANOSECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof ArchiveTimeoutException)) {
          throw e;
        }
        throw new TimeoutException("the archive stopped the export at its budget");
      }
      body.complete();
    } catch (TimeoutException e) {
      long seconds = server.exports().budget().toSeconds();
      body.truncate(
          "the export took longer than the server's limit of "
              + seconds
              + " s (serve --export-timeout); it stopped after "
              + body.written()
              + " rows. Narrow the selection (e.g. by date) and export the rest separately",
          503,
          job::stop);
      job.stop();
      LOG.info("export {} stopped at its time budget of {} s", ctx.queryString(), seconds);
    } catch (InterruptedException e) {
      body.truncate("the server is stopping", 503, job::stop);
      job.stop();
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      for (Throwable t = cause; t != null; t = t.getCause()) {
        if (t instanceof ExportBody.ClientGone) {
          return; // no one is listening
        }
      }
      boolean stopped = cause instanceof CancellationException; // the server is stopping
      if (!ctx.res().isCommitted()) {
        body.discard(ctx);
        if (stopped) {
          throw new ApiException(503, "the export was stopped: the server is stopping");
        }
        if (cause instanceof Exception failure) {
          throw failure; // answered with its status by the server's error mapping
        }
        throw (Error) cause;
      }
      if (stopped) {
        body.truncate(
            "the export was stopped after " + body.written() + " rows: the server is stopping",
            503,
            job::stop);
        return;
      }
      body.truncate(
          "the archive failed after "
              + body.written()
              + " rows: "
              + cause.getMessage()
              + "; the export is incomplete",
          500,
          job::stop);
      LOG.warn(
          "export {} failed after {} rows: {}",
          ctx.queryString(),
          body.written(),
          cause.toString());
    }
  }

  private static KwicRequest kwicRequest(Selection selection, int width, SearchSort order) {
    try {
      return new KwicRequest(
          selection,
          width,
          order == SearchSort.DATE_DESC
              ? KwicRequest.Sort.DATE_DESC
              : order == SearchSort.DATE_ASC ? KwicRequest.Sort.DATE_ASC : KwicRequest.Sort.NONE,
          0,
          KwicRequest.Group.NONE);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private static SearchSort sort(String s) {
    if (s == null) {
      return SearchSort.RELEVANCE;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "index", "none" -> SearchSort.RELEVANCE;
      case "date", "date-desc", "newest" -> SearchSort.DATE_DESC;
      case "date-asc", "oldest" -> SearchSort.DATE_ASC;
      default ->
          throw ApiException.badRequest("unknown sort '" + s + "'; use index, date or date-asc");
    };
  }

  static boolean bool(String value, String name) {
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw ApiException.badRequest(
              "parameter '" + name + "' must be true or false: '" + value + "'");
    };
  }
}
