package io.verbatim.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.verbatim.archive.ArchiveLockedException;
import io.verbatim.archive.ArchiveTimeoutException;
import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.model.Json;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure of a request into its answer, in one place: JSON {@code {"error": "...",
 * "status": N, ...}} on the API's paths ({@code /api/…}, {@code /health}, {@code /feed}), the web
 * UI's HTML {@link ErrorPage} everywhere else. Never a stack trace in an answer.
 *
 * <p>The mapping: {@link ApiException} as it says (with a {@code Retry-After} header when it
 * carries {@code retryAfter}); {@link QuerySyntaxException} 400 with the {@code position} and
 * {@code query}; {@link ArchiveTimeoutException} (the archive stopped the work at its budget) 503
 * naming {@code serve --query-timeout}; {@link ArchiveLockedException} (also inside an {@link
 * UncheckedIOException}) 409 with its message; Javalin's own (no such route 404, wrong method 405
 * with {@code Allow}, ...) with their status; other {@link IllegalArgumentException} 400; anything
 * else 500 with a generic message, its cause logged at ERROR with the stack trace (an unexpected
 * failure is a bug to fix). Expected failures are not logged.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private final ErrorPage page;

  private ErrorResponses(ErrorPage page) {
    this.page = Objects.requireNonNull(page, "error page");
  }

  /**
   * Installs the mapping; {@code page} renders the errors of web UI paths, {@code allowed} gives
   * the methods a path takes (for the {@code Allow} header of a 405).
   */
  static void install(RoutesConfig routes, ErrorPage page, Function<String, List<String>> allowed) {
    ErrorResponses errors = new ErrorResponses(page);
    routes.exception(Exception.class, (e, ctx) -> errors.answer(ctx, e));
    // Errors Javalin answers without an exception (no route matched, a static file missing) get
    // the same form, unless a handler has answered already.
    routes.error(
        404,
        ctx -> {
          if (!answered(ctx)) {
            errors.write(ctx, 404, "nothing at " + ctx.method() + " " + ctx.path(), Map.of());
          }
        });
    routes.error(
        405,
        ctx -> {
          if (!answered(ctx)) {
            List<String> methods = allowed.apply(ctx.path());
            ctx.header("Allow", String.join(", ", methods));
            errors.write(
                ctx,
                405,
                ctx.method()
                    + " is not allowed on "
                    + ctx.path()
                    + "; use "
                    + String.join(" or ", methods),
                Map.of("allowed", methods));
          }
        });
  }

  private static boolean answered(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && (type.startsWith("application/json") || type.startsWith("text/html"));
  }

  /** True for the paths that answer JSON (errors included); the others are web UI pages. */
  static boolean isApi(String path) {
    return path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/health")
        || path.equals("/feed");
  }

  private void answer(Context ctx, Exception e) {
    ArchiveLockedException locked = lockedCause(e);
    if (locked != null) {
      write(ctx, 409, locked.getMessage() + "; try again when it has finished", Map.of());
      return;
    }
    switch (e) {
      case ApiException a -> write(ctx, a.status(), a.getMessage(), a.details());
      case QuerySyntaxException q -> {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("position", q.position());
        details.put("query", q.query());
        write(ctx, 400, q.getMessage(), details);
      }
      case HttpResponseException h -> {
        String m = h.getMessage();
        write(
            ctx,
            h.getStatus(),
            m == null || m.isBlank() ? "HTTP " + h.getStatus() : m,
            h.getDetails());
      }
      case ArchiveTimeoutException t ->
          write(
              ctx,
              503,
              "the query took longer than the server's limit"
                  + (t.budgetMillis() > 0 ? " of " + t.budgetMillis() + " ms" : "")
                  + " (serve --query-timeout); narrow it down",
              t.budgetMillis() > 0 ? Map.of("limit", t.budgetMillis()) : Map.of());
      case IllegalArgumentException i -> write(ctx, 400, i.getMessage(), Map.of());
      default -> {
        LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
        write(ctx, 500, "internal error; the server log has the details", Map.of());
      }
    }
  }

  private static ArchiveLockedException lockedCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ArchiveLockedException locked) {
        return locked;
      }
    }
    return null;
  }

  /** Writes the error with {@code status}: JSON on API paths, the HTML error page elsewhere. */
  void write(Context ctx, int status, String message, Map<String, ?> details) {
    String text = message == null ? "HTTP " + status : message;
    Map<String, Object> extra = new LinkedHashMap<>();
    details.forEach(
        (k, v) -> {
          if (!k.equals("error") && !k.equals("status")) {
            extra.put(k, v);
          }
        });
    Object retryAfter = extra.get("retryAfter");
    if (retryAfter != null) {
      ctx.header("Retry-After", String.valueOf(retryAfter));
    }
    ctx.status(status);
    if (isApi(ctx.path())) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", text);
      body.put("status", status);
      body.putAll(extra);
      ctx.contentType("application/json; charset=utf-8").result(Json.compact(body));
    } else {
      ctx.contentType("text/html; charset=utf-8").result(page.render(ctx, status, text, extra));
    }
  }
}
