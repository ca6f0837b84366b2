package io.verbatim.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.model.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a JSON error {@code {"error": "...", "status": N, ...}}, never a stack
 * trace: {@link ApiException} as it says; {@link QuerySyntaxException} 400 with the {@code
 * position} and {@code query}; other {@link IllegalArgumentException} 400; Javalin's own (unknown
 * route 404, body too large 413, ...) with their status; anything else 500 with a generic message
 * (the cause is logged, not sent).
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {}

  static void install(RoutesConfig routes) {
    routes.exception(
        ApiException.class, (e, ctx) -> write(ctx, e.status(), e.getMessage(), e.details()));
    routes.exception(
        QuerySyntaxException.class,
        (e, ctx) -> {
          Map<String, Object> details = new LinkedHashMap<>();
          details.put("position", e.position());
          details.put("query", e.query());
          write(ctx, 400, e.getMessage(), details);
        });
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          Map<String, Object> details = new LinkedHashMap<>(e.getDetails());
          write(ctx, e.getStatus(), message(e), details);
        });
    routes.exception(
        IllegalArgumentException.class, (e, ctx) -> write(ctx, 400, e.getMessage(), Map.of()));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
          write(ctx, 500, "internal error; the server log has the details", Map.of());
        });
    // Errors raised outside handlers (no route matched, a static file missing) get the same form.
    routes.error(
        404,
        ctx -> {
          // a web page's own HTML 404 page is kept
          if (ctx.result() == null || !(isJson(ctx) || isHtml(ctx))) {
            write(ctx, 404, "nothing at " + ctx.method() + " " + ctx.path(), Map.of());
          }
        });
  }

  private static String message(HttpResponseException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? "HTTP " + e.getStatus() : m;
  }

  private static boolean isJson(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/json");
  }

  private static boolean isHtml(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("text/html");
  }

  /** Writes the JSON error with {@code status}. */
  static void write(Context ctx, int status, String message, Map<String, ?> details) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message == null ? "HTTP " + status : message);
    body.put("status", status);
    details.forEach(
        (k, v) -> {
          if (!k.equals("error") && !k.equals("status")) {
            body.put(k, v);
          }
        });
    ctx.status(status).contentType("application/json; charset=utf-8").result(Json.compact(body));
  }
}
