package io.verbatim.server.api;

import io.javalin.config.RoutesConfig;
import io.verbatim.archive.SearchRequest;
import io.verbatim.server.RequestParameters;
import io.verbatim.server.ServerContext;
import java.util.Set;

/**
 * {@code GET /api/search} (query, filters, facets, order, page or cursor; the same JSON as {@code
 * verbatim search --json}: {@code total}, {@code hits} with snippets, {@code facets}, {@code
 * nextCursor}) and {@code GET /api/stats}.
 */
final class SearchRoutes {
  private SearchRoutes() {}

  static void register(RoutesConfig routes, ServerContext server) {
    routes.get(
        "/api/search",
        ctx -> {
          SearchRequest request =
              server.parameters(ctx).allowOnly(RequestParameters.SEARCH).searchRequest();
          Responses.json(ctx, server.query(a -> a.search(request)));
        });
    routes.get(
        "/api/stats",
        ctx -> {
          server.parameters(ctx).allowOnly(Set.of());
          Responses.json(ctx, server.query(a -> a.stats()));
        });
  }
}
