package io.verbatim.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's contract: the hand-written OpenAPI 3.1 document {@code openapi.json} beside this class,
 * served as it is at {@code /api/openapi.json}.
 */
public final class OpenApiDocument {
  /** The classpath resource of the document. */
  public static final String RESOURCE = "/io/verbatim/server/api/openapi.json";

  private static final byte[] DOCUMENT = load();

  private OpenApiDocument() {}

  private static byte[] load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the OpenAPI document is missing from the jar: " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document's bytes (UTF-8 JSON). */
  public static byte[] bytes() {
    return DOCUMENT.clone();
  }

  static void serve(Context ctx) {
    ctx.contentType(Responses.JSON).result(DOCUMENT);
  }
}
