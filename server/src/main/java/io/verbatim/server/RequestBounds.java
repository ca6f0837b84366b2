package io.verbatim.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bounds every request's address is held to before any route reads it, so that no request makes
 * a page or a selection out of thousands of parameters: at most {@link #MAX_ADDRESS} characters of
 * path and query (414 over it), at most {@link #MAX_VALUES} parameter values in all, names of at
 * most {@link #MAX_NAME} characters, and values no longer than the query length limit (413 over any
 * of these, naming the limit). Jetty's own limit on the request line and headers is above these
 * ({@link JettyErrors#MAX_HEADER_BYTES}).
 */
public final class RequestBounds {
  /** The most characters of path plus query string. */
  static final int MAX_ADDRESS = 8 * 1024;

  /** The most parameter values of one request, all names together. */
  static final int MAX_VALUES = 100;

  /** The most characters of one parameter name. */
  static final int MAX_NAME = 64;

  private final ServerConfig.Limits limits;

  public RequestBounds(ServerConfig.Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns normally when the request is within the bounds.
   *
   * @throws ApiException 414 for an address over {@link #MAX_ADDRESS}, 413 for too many values, a
   *     name or a value too long
   */
  public void check(Context ctx) {
    String query = ctx.queryString();
    long address = ctx.path().length() + (query == null ? 0 : query.length() + 1);
    if (address > MAX_ADDRESS) {
      throw new ApiException(
          414,
          "the address is "
              + address
              + " characters long, over the server's limit of "
              + MAX_ADDRESS
              + "; send fewer or shorter parameters",
          Map.of("limit", MAX_ADDRESS, "given", address));
    }
    if (query == null) {
      return;
    }
    int values = 0;
    for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
      String name = p.getKey();
      if (name.length() > MAX_NAME) {
        throw ApiException.overLimit(
            "the length of a parameter name (characters)", MAX_NAME, name.length());
      }
      for (String v : p.getValue()) {
        values++;
        if (v.length() > limits.maxQueryLength()) {
          throw ApiException.overLimit(
              "the length of a value of '" + name + "' (characters)",
              limits.maxQueryLength(),
              v.length());
        }
      }
    }
    if (values > MAX_VALUES) {
      throw ApiException.overLimit("the number of parameter values", MAX_VALUES, values);
    }
  }

  /** True when {@link #check} would pass: then a page may show the request's parameters again. */
  public boolean within(Context ctx) {
    try {
      check(ctx);
      return true;
    } catch (ApiException e) {
      return false;
    }
  }
}
