package io.verbatim.server.api;

import io.javalin.config.RoutesConfig;
import io.verbatim.server.ServerContext;
import java.util.Map;

/**
 * Registers the JSON API's routes (and {@code /health} and the Atom {@code /feed}). The routes and
 * their parameters are documented in {@code openapi.json}, served at {@code /api/openapi.json}.
 */
public final class ApiRoutes {
  private ApiRoutes() {}

  public static void register(RoutesConfig routes, ServerContext server) {
    routes.get("/health", ctx -> Responses.json(ctx, Map.of("status", "ok")));
    routes.get("/api/openapi.json", OpenApiDocument::serve);
    SearchRoutes.register(routes, server);
    StatementRoutes.register(routes, server);
    AnalysisRoutes.register(routes, server);
    ExportRoute.register(routes, server);
    FeedRoute.register(routes, server);
  }
}
