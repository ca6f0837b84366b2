package io.verbatim.server;

import io.verbatim.model.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, before any route runs: a request line it cannot read (400, also
 * for an HTTP version it does not know, which Jetty answers 505), an address over the limit (414),
 * headers over the limit (431). They carry the {@link SecurityHeaders} like every other answer and
 * say what is wrong: JSON on the API's paths, the web UI's {@link ErrorPage} elsewhere. When Jetty
 * could not read the path at all, an {@code Accept} header naming JSON gets JSON and anything else
 * the HTML page.
 */
final class JettyErrors extends ErrorHandler {
  /**
   * The most bytes of the request line and headers together (Jetty's limit): above the {@link
   * RequestBounds}, so that an address over those still reaches a route's error mapping and is
   * answered in its form (JSON or HTML).
   */
  static final int MAX_HEADER_BYTES = 32 * 1024;

  private final ErrorPage page;

  JettyErrors(ErrorPage page) {
    this.page = Objects.requireNonNull(page, "error page");
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    if (request.getAttribute(ERROR_STATUS) instanceof Integer s) {
      status = s;
    }
    if (status < 400) {
      status = 500;
    }
    if (status == 505) {
      status = 400; // an HTTP version Jetty cannot read: a request line that cannot be read
    }
    response.setStatus(status);
    String reason =
        request.getAttribute(ERROR_MESSAGE) instanceof String m && !m.isBlank() ? m : null;
    HttpFields.Mutable headers = response.getHeaders();
    SecurityHeaders.ALL.forEach(headers::put);
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    String message = message(status, reason);
    byte[] body;
    if (wantsJson(request)) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("error", message);
      json.put("status", status);
      if (status == 414 || status == 431) {
        json.put("limit", MAX_HEADER_BYTES);
      }
      headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
      body = Json.compact(json).getBytes(StandardCharsets.UTF_8);
    } else {
      headers.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
      body = page.render(null, status, message, Map.of()).getBytes(StandardCharsets.UTF_8);
    }
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  /** What is wrong, in words that say what to change. */
  static String message(int status, String reason) {
    return switch (status) {
      case 414 ->
          "the address is too long: the request line and headers are over the server's limit of "
              + MAX_HEADER_BYTES
              + " bytes; send fewer or shorter parameters";
      case 431 ->
          "the request headers are over the server's limit of "
              + MAX_HEADER_BYTES
              + " bytes (request line and headers together); send fewer or shorter headers";
      case 400 ->
          "the request cannot be read"
              + (reason == null ? "" : " (" + reason + ")")
              + "; send an HTTP/1.1 request line: METHOD /path?query HTTP/1.1";
      default -> reason == null ? "HTTP " + status : reason + " (HTTP " + status + ")";
    };
  }

  private static boolean wantsJson(Request request) {
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    if (path != null && !path.equals("/badMessage")) {
      return ErrorResponses.isApi(path);
    }
    String accept = request.getHeaders().get(HttpHeader.ACCEPT);
    return accept != null && accept.contains("json");
  }
}
