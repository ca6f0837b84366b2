package io.verbatim.server;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The HTML page of an error on a web UI path, in the web UI's look (the JSON API's paths get JSON
 * instead; {@link ErrorResponses} decides). Implementations escape everything they show.
 */
@FunctionalInterface
public interface ErrorPage {
  /**
   * The whole page.
   *
   * @param ctx the request, or null when Jetty refused it before any route could read it (a
   *     malformed request line, an address or headers over the limits)
   * @param status the HTTP status
   * @param message what is wrong, for the reader
   * @param details the error's extra fields, e.g. {@code position} and {@code query} of a query
   *     that cannot be read
   */
  String render(Context ctx, int status, String message, Map<String, Object> details);
}
