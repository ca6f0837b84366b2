package io.verbatim.server;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The headers every response carries: a Content-Security-Policy that allows scripts, styles and
 * images only from this server (no inline scripts, no framing), {@code X-Content-Type-Options:
 * nosniff}, {@code X-Frame-Options: DENY} and a strict {@code Referrer-Policy}. Routes set them
 * before anything else runs; errors Jetty answers itself get them from {@link JettyErrors}.
 */
public final class SecurityHeaders {
  /** The Content-Security-Policy: nothing from elsewhere, nothing inline. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Every security header, name to value. */
  public static final Map<String, String> ALL =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer");

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ALL.forEach(ctx::header);
  }
}
