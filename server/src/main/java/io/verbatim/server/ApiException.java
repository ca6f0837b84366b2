package io.verbatim.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request that cannot be answered as asked: becomes the JSON error {@code {"error": message,
 * "status": status, ...details}}. Messages are for the caller: they say what is wrong and, for a
 * limit, which limit and its value.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final Map<String, Object> details;

  public ApiException(int status, String message) {
    this(status, message, Map.of());
  }

  public ApiException(int status, String message, Map<String, ?> details) {
    super(Objects.requireNonNull(message, "message"));
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status is 4xx or 5xx: " + status);
    }
    this.status = status;
    this.details = new LinkedHashMap<>(Objects.requireNonNull(details, "details"));
  }

  public int status() {
    return status;
  }

  /** Extra fields of the JSON error (e.g. {@code limit}, {@code position}). */
  public Map<String, Object> details() {
    return Map.copyOf(details);
  }

  /** 400: a parameter is missing or malformed. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  /** 404: nothing with this id. */
  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  /** 413: a request is over an explicit limit that the {@code serve} option {@code option} sets. */
  public static ApiException overLimit(String what, long limit, long given, String option) {
    return new ApiException(
        413,
        what
            + " is over the server's limit of "
            + limit
            + " (got "
            + given
            + "; serve "
            + option
            + ")",
        Map.of("limit", limit, "given", given, "option", option));
  }

  /** 413: a request is over an explicit limit. */
  public static ApiException overLimit(String what, long limit, long given) {
    return new ApiException(
        413,
        what + " is over the server's limit of " + limit + " (got " + given + ")",
        Map.of("limit", limit, "given", given));
  }
}
