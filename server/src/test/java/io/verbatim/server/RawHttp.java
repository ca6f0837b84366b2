package io.verbatim.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests the JDK client refuses to send (malformed request
 * lines, huge headers, lying bodies, any method): sends the bytes as given, reads the whole answer
 * ({@code Connection: close}), and parses the status line, headers and body (chunks joined, the
 * trailer fields kept apart).
 */
public final class RawHttp {
  /** One answer. Header names are lower case. */
  public record Answer(
      int status, Map<String, List<String>> headers, String body, Map<String, String> trailers) {
    public String header(String name) {
      List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
      return v == null ? null : v.get(0);
    }
  }

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** Sends {@code head} (request line and headers, without the blank line) and {@code body}. */
  public Answer send(String head, byte[] body) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    if (body != null) {
      request.writeBytes(body);
    }
    return sendRaw(request.toByteArray());
  }

  /** A GET of {@code target} (path and query, sent as given). */
  public Answer get(String target) throws IOException {
    return send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close", null);
  }

  /** Sends exactly {@code bytes} and reads the answer. */
  public Answer sendRaw(byte[] bytes) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      try {
        s.getOutputStream().write(bytes);
        s.getOutputStream().flush();
      } catch (IOException e) {
        // the server may answer and close before reading everything (e.g. a body over the limit)
      }
      byte[] all = readAll(s.getInputStream());
      return parse(new String(all, StandardCharsets.ISO_8859_1));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
      }
    } catch (java.net.SocketException e) {
      // a reset after the answer: keep what arrived
    }
    return out.toByteArray();
  }

  private static Answer parse(String raw) {
    int end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || end < 0) {
      throw new AssertionError(
          "not an HTTP answer: " + raw.substring(0, Math.min(200, raw.length())));
    }
    String[] lines = raw.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(
              lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    String rest = raw.substring(end + 4);
    Map<String, String> trailers = new LinkedHashMap<>();
    List<String> te = headers.get("transfer-encoding");
    String body;
    if (te != null && te.get(0).contains("chunked")) {
      StringBuilder b = new StringBuilder();
      int at = 0;
      while (true) {
        int eol = rest.indexOf("\r\n", at);
        if (eol < 0) {
          break; // cut short: keep what came
        }
        int size = Integer.parseInt(rest.substring(at, eol).split(";")[0].strip(), 16);
        at = eol + 2;
        if (size == 0) {
          for (String line : rest.substring(at).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
              trailers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
          }
          break;
        }
        b.append(rest, at, Math.min(rest.length(), at + size));
        at += size + 2;
      }
      body = b.toString();
    } else {
      body = rest;
    }
    byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
    return new Answer(status, headers, new String(bytes, StandardCharsets.UTF_8), trailers);
  }
}
