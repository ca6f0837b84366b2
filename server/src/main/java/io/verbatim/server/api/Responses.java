package io.verbatim.server.api;

import io.javalin.http.Context;
import io.verbatim.model.Json;

/** How the API writes bodies: the model's one JSON form ({@link Json}), UTF-8. */
final class Responses {
  static final String JSON = "application/json; charset=utf-8";

  private Responses() {}

  /** Writes {@code value} as the JSON body. */
  static void json(Context ctx, Object value) {
    ctx.contentType(JSON).result(Json.compact(value));
  }
}
