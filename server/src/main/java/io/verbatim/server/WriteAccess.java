package io.verbatim.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * The rule for requests that change the archive: they need {@code Authorization: Bearer TOKEN} with
 * the configured token. Without a configured token the server is read-only (403); a missing token
 * is 401, a wrong one 403. The token is compared in constant time and never logged or echoed.
 */
public final class WriteAccess {
  private WriteAccess() {}

  /**
   * Returns normally when the request may write.
   *
   * @throws ApiException 401 or 403 saying why not
   */
  public static void require(Context ctx, ServerConfig config) {
    if (config.readOnly()) {
      throw new ApiException(
          403,
          "this server is read-only: it was started without a token (serve --token-file or"
              + " VERBATIM_TOKEN)");
    }
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(
          401, "this request changes the archive: send Authorization: Bearer <token>");
    }
    String prefix = "Bearer ";
    if (!header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "the Authorization header must be 'Bearer <token>'");
    }
    requireToken(header.substring(prefix.length()), config);
  }

  /**
   * Returns normally when {@code token} (e.g. from the web upload form's password field) is this
   * server's token.
   *
   * @throws ApiException 403 when the server is read-only or the token is wrong, 401 when none was
   *     given
   */
  public static void requireToken(String token, ServerConfig config) {
    if (config.readOnly()) {
      throw new ApiException(
          403,
          "this server is read-only: it was started without a token (serve --token-file or"
              + " VERBATIM_TOKEN)");
    }
    if (token == null || token.isBlank()) {
      throw new ApiException(401, "this request changes the archive: give the server's token");
    }
    byte[] given = token.strip().getBytes(StandardCharsets.UTF_8);
    byte[] expected = config.token().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expected)) {
      throw new ApiException(403, "the token is not valid for this server", Map.of());
    }
  }
}
