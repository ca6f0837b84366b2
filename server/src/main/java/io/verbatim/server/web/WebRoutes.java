package io.verbatim.server.web;

import io.javalin.config.JavalinConfig;
import io.verbatim.server.ServerContext;

/**
 * Registers the web UI's pages. For now a single placeholder page at {@code /} that points to the
 * API; the web UI replaces it.
 */
public final class WebRoutes {
  private WebRoutes() {}

  /**
   * Adds the web UI's routes to {@code config} (its {@code routes}, and anything else pages need).
   *
   * @param ctx the archive, configuration and shared helpers (e.g. request parameters)
   */
  public static void register(JavalinConfig config, ServerContext ctx) {
    config.routes.get(
        "/",
        c ->
            c.html(
                """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Verbatim</title>
                <link rel="stylesheet" href="/static/verbatim.css">
                </head>
                <body>
                <h1>Verbatim</h1>
                <p>The web UI is coming. The JSON API is at <a href="/api/openapi.json">/api/openapi.json</a>;
                try <a href="/api/search?q=">/api/search?q=</a> or <a href="/api/stats">/api/stats</a>.</p>
                </body>
                </html>
                """));
  }
}
