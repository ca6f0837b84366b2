package io.verbatim.server;

import io.javalin.http.Context;

/**
 * The headers every response carries: a Content-Security-Policy that allows scripts, styles and
 * images only from this server (no inline scripts, no framing), {@code X-Content-Type-Options:
 * nosniff}, {@code X-Frame-Options: DENY} and a strict {@code Referrer-Policy}.
 */
public final class SecurityHeaders {
  /** The Content-Security-Policy: nothing from elsewhere, nothing inline. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
  }
}
