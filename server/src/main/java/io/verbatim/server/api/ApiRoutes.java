package io.verbatim.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.verbatim.archive.SearchResult;
import io.verbatim.model.Json;
import io.verbatim.model.Statement;
import io.verbatim.server.ApiException;
import io.verbatim.server.RequestParameters;
import io.verbatim.server.ServerContext;
import java.util.Map;
import java.util.Set;

/** Registers the JSON API's routes. */
public final class ApiRoutes {
  private ApiRoutes() {}

  public static void register(RoutesConfig routes, ServerContext server) {
    routes.get("/health", ctx -> json(ctx, Map.of("status", "ok")));
    routes.get(
        "/api/stats",
        ctx -> {
          server.parameters(ctx).allowOnly(Set.of());
          json(ctx, server.query(a -> a.stats()));
        });
    routes.get(
        "/api/search",
        ctx -> {
          RequestParameters p = server.parameters(ctx).allowOnly(RequestParameters.SEARCH);
          var request = p.searchRequest();
          SearchResult result = server.query(a -> a.search(request));
          json(ctx, result);
        });
    routes.get(
        "/api/statements/{id}",
        ctx -> {
          server.parameters(ctx).allowOnly(Set.of());
          String id = ctx.pathParam("id");
          Statement s =
              server
                  .query(a -> a.get(id))
                  .orElseThrow(() -> ApiException.notFound("no statement with id '" + id + "'"));
          json(ctx, s);
        });
  }

  /** Writes {@code value} as the JSON body (the model's one JSON form). */
  static void json(Context ctx, Object value) {
    ctx.contentType("application/json; charset=utf-8").result(Json.compact(value));
  }
}
