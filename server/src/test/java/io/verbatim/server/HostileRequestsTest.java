package io.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.Archive;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route the server registers (API and web, reads and writes), walked with hostile input: bad,
 * oversize and repeated parameters, hostile ids and path traversal, malformed and oversize
 * multipart bodies, huge headers and addresses, wrong methods. Every answer must be below 500,
 * carry the security headers, be JSON on the API's paths and HTML on the web UI's, and show no
 * stack trace; nothing may be logged at ERROR.
 */
class HostileRequestsTest {
  static final String TOKEN = "hostile-test-token";
  static final int MAX_UPLOAD = 32 * 1024;

  @TempDir static Path temp;
  static Archive archive;
  static VerbatimServer server;
  static RawHttp http;
  static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  static PrintStream realErr;

  /** The routes exercised, as {@code METHOD path} with the path's pattern. */
  static final Set<String> exercised = new TreeSet<>();

  static final List<String> failures = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    archive = SampleArchive.create(temp);
    server =
        VerbatimServer.start(
            archive,
            ServerConfig.builder().port(0).token(TOKEN).maxUploadBytes(MAX_UPLOAD).build());
    http = new RawHttp(server.port());
    realErr = System.err;
    System.setErr(new PrintStream(new TeeStream(realErr, LOG), true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() throws Exception {
    System.setErr(realErr);
    server.close();
    archive.close();
  }

  /** Copies what is logged to standard error, to be checked. */
  static final class TeeStream extends java.io.OutputStream {
    private final java.io.OutputStream a;
    private final java.io.OutputStream b;

    TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public synchronized void write(int c) throws java.io.IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public synchronized void write(byte[] bytes, int off, int len) throws java.io.IOException {
      a.write(bytes, off, len);
      b.write(bytes, off, len);
    }
  }

  /** Values for a path parameter (an id): unknown, traversal, markup, control, very long. */
  static final List<String> HOSTILE_IDS =
      List.of(
          "0000000000000000",
          "..%2F..%2F..%2Fetc%2Fpasswd",
          "%2e%2e",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "%00",
          "a%0D%0ASet-Cookie:%20x=1",
          "x".repeat(3000),
          "%C3%28",
          "org%3Aun");

  /** Query strings: bad, oversize, repeated and unknown parameters; broken encodings. */
  static final List<String> HOSTILE_QUERIES = hostileQueries();

  static List<String> hostileQueries() {
    List<String> q = new ArrayList<>();
    q.add("");
    q.add("?unknown=1");
    q.add("?" + "n".repeat(100) + "=1");
    q.add("?q=a&q=b");
    q.add("?size=1&size=2");
    q.add("?size=-1");
    q.add("?size=abc");
    q.add("?size=100000");
    q.add("?page=0");
    q.add("?page=2147483647&size=100");
    q.add("?q=" + "word+".repeat(1000));
    q.add("?speaker=a" + "&speaker=a".repeat(699));
    q.add("?q=%22unclosed");
    q.add("?q=*");
    q.add("?q=%zz");
    q.add("?q=%00%01%1B");
    q.add("?q=%C3%28%FF");
    q.add("?q=(((((((((((((((((((((((((((((((((((((((((a");
    q.add("?from=2020-13-45");
    q.add("?to=yesterday");
    q.add("?from=2020-01-02&to=2020-01-01");
    q.add("?sort=nope");
    q.add("?facets=nope,%3Cb%3E");
    q.add("?facet-limit=0");
    q.add("?cursor=forged%3D%3D");
    q.add("?lang=" + "x".repeat(300));
    q.add("?mention=%3Cscript%3E");
    q.add("?by=second");
    q.add("?split=weird");
    q.add("?interval=second");
    q.add("?tab=nope");
    q.add("?tab=kwic&q=security&ksort=nope");
    q.add("?tab=timeline&interval=decade");
    q.add("?as=xml");
    q.add("?kwic=maybe");
    q.add("?width=0");
    q.add("?limit=0");
    q.add("?limit=99999999");
    q.add("?lang=en&term=two+words");
    q.add("?lang=en&term=security&window=99");
    q.add("?with=0000000000000000");
    q.add("?disposition=evil");
    q.add("?klimit=-5");
    q.add("?group=nope");
    q.add("?lang=en&reference=" + "x".repeat(3000));
    q.add("?mention-match=some");
    q.add("?group-versions=perhaps");
    return q;
  }

  @Test
  void everyRouteAnswersHostileInputWithoutA5xxAndWithTheSecurityHeaders() throws Exception {
    List<String> routes =
        server.routes().stream()
            .filter(r -> !r.startsWith("BEFORE") && !r.startsWith("AFTER"))
            .toList();
    assertThat(routes).contains("GET /api/search", "POST /api/statements", "POST /upload");
    Set<String> paths = new LinkedHashSet<>();
    for (String route : routes) {
      String method = route.substring(0, route.indexOf(' '));
      String pattern = route.substring(route.indexOf(' ') + 1);
      paths.add(pattern);
      for (String target : targets(pattern)) {
        switch (method) {
          case "GET" -> {
            for (String query : HOSTILE_QUERIES) {
              check(route, "GET", target + query, null, null);
            }
          }
          case "POST" -> posts(route, target);
          case "DELETE" -> {
            check(route, "DELETE", target, "Authorization: Bearer " + TOKEN, null);
            check(route, "DELETE", target, null, null);
            check(route, "DELETE", target + "?x=1", "Authorization: Bearer " + TOKEN, null);
          }
          default -> throw new AssertionError("a method this test does not know: " + route);
        }
      }
    }
    for (String pattern : paths) {
      String target = targets(pattern).get(0);
      for (String method :
          List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "HEAD", "FOO")) {
        check(pattern + " (wrong methods)", method, target, "Content-Length: 0", null);
      }
      check(pattern + " (huge header)", "GET", target, "X-Big: " + "a".repeat(40_000), null);
      check(pattern + " (many headers)", "GET", target, "X-Many: a\r\n".repeat(5000).strip(), null);
      check(
          pattern + " (address over the bounds)",
          "GET",
          target + "?q=" + "a".repeat(20_000),
          null,
          null);
      // over Jetty's own limit the path cannot be read, nor the headers: the answer is HTML
      RawHttp.Answer tooLong = http.get(target + "?q=" + "a".repeat(40_000));
      verify(pattern + " (address over Jetty's limit)", null, tooLong);
      if (tooLong.status() != 414) {
        failures.add("an address over Jetty's limit is not a 414: " + tooLong.status());
      }
    }
    for (String target :
        List.of(
            "/static/..%2f..%2fpom.xml",
            "/static/%2e%2e/%2e%2e/etc/passwd",
            "/../../etc/passwd",
            "/%zz",
            "/api/%2e%2e/statements",
            "//api//search",
            "/api/search;jsessionid=x",
            "/no/such/page",
            "/api/no-such-thing")) {
      check("traversal " + target, "GET", target, null, null);
    }
    String[] badLines = {"GARBAGE", "GET / HTTP/9.9", "GET  HTTP/1.1", "GET /\u0001 HTTP/1.1"};
    for (String line : badLines) {
      RawHttp.Answer a = http.send(line + "\r\nHost: localhost\r\nConnection: close", null);
      verify("bad request line " + line, null, a);
    }

    Set<String> all = new TreeSet<>(routes);
    assertThat(exercised).as("every registered route was walked").containsAll(all);
    assertThat(failures).as("answers that broke the rules").isEmpty();
    String log = LOG.toString(StandardCharsets.UTF_8);
    assertThat(log).as("the server log").doesNotContain(" ERROR ").doesNotContain("\tat ");
  }

  /** Hostile bodies for a write route: broken and oversize multipart, wrong types. */
  private void posts(String route, String target) throws Exception {
    String auth = "Authorization: Bearer " + TOKEN;
    List<String[]> bodies = new ArrayList<>();
    bodies.add(
        new String[] {"Content-Type: multipart/form-data; boundary=zz", "this is not multipart"});
    bodies.add(new String[] {"Content-Type: multipart/form-data", "--zz\r\n\r\nno boundary given"});
    bodies.add(
        new String[] {
          "Content-Type: multipart/form-data; boundary=zz",
          "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\ncut short"
        });
    bodies.add(new String[] {"Content-Type: multipart/form-data; boundary=zz", "--zz--\r\n"});
    bodies.add(
        new String[] {
          "Content-Type: multipart/form-data; boundary=zz",
          "--zz\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n"
              + TOKEN
              + "\r\n--zz\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\nsecond\r\n--zz--\r\n"
        });
    bodies.add(
        new String[] {"Content-Type: multipart/form-data; boundary=zz", oversizeMultipart()});
    bodies.add(new String[] {"Content-Type: multipart/form-data; boundary=zz", manyParts(2000)});
    bodies.add(
        new String[] {
          "Content-Type: application/x-www-form-urlencoded", "token=" + TOKEN + "&format=auto"
        });
    bodies.add(
        new String[] {
          "Content-Type: application/x-www-form-urlencoded", "a=" + "b".repeat(300_000)
        });
    bodies.add(new String[] {"Content-Type: application/json", "{\"file\": \"x\"}"});
    bodies.add(
        new String[] {"Content-Type: multipart/form-data; boundary=" + "b".repeat(5000), "--x--"});
    for (String[] b : bodies) {
      byte[] bytes = b[1].getBytes(StandardCharsets.UTF_8);
      check(route, "POST", target, b[0] + "\r\nContent-Length: " + bytes.length, bytes);
      check(
          route,
          "POST",
          target,
          auth + "\r\n" + b[0] + "\r\nContent-Length: " + bytes.length,
          bytes);
    }
    // a Content-Length over the limit, body not sent; and a chunked body over the limit
    check(
        route,
        "POST",
        target,
        auth + "\r\nContent-Type: multipart/form-data; boundary=zz\r\nContent-Length: 999999999",
        new byte[0]);
    byte[] big = oversizeMultipart().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    chunked.writeBytes((Integer.toHexString(big.length) + "\r\n").getBytes(StandardCharsets.UTF_8));
    chunked.writeBytes(big);
    chunked.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    check(
        route,
        "POST",
        target,
        auth + "\r\nContent-Type: multipart/form-data; boundary=zz\r\nTransfer-Encoding: chunked",
        chunked.toByteArray());
    check(route, "POST", target + "?format=nope", auth + "\r\nContent-Length: 0", new byte[0]);
    check(
        route,
        "POST",
        target + "?unknown=1&format=a&format=b",
        auth + "\r\nContent-Length: 0",
        new byte[0]);
  }

  private static String oversizeMultipart() {
    return "--zz\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n"
        + TOKEN
        + "\r\n--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n"
        + "a".repeat(MAX_UPLOAD * 2)
        + "\r\n--zz--\r\n";
  }

  private static String manyParts(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("--zz\r\nContent-Disposition: form-data; name=\"f")
          .append(i)
          .append("\"\r\n\r\nx\r\n");
    }
    return b.append("--zz--\r\n").toString();
  }

  /** The addresses to request for a route pattern: its path params filled with hostile ids. */
  private static List<String> targets(String pattern) {
    if (!pattern.contains("{")) {
      return List.of(pattern);
    }
    List<String> out = new ArrayList<>();
    for (String id : HOSTILE_IDS) {
      out.add(pattern.replaceAll("\\{[^}]+}", id));
    }
    return out;
  }

  private void check(String route, String method, String target, String headers, byte[] body)
      throws Exception {
    exercised.add(route);
    String head =
        method
            + " "
            + target
            + " HTTP/1.1\r\nHost: localhost\r\nConnection: close"
            + (headers == null ? "" : "\r\n" + headers);
    RawHttp.Answer a = http.send(head, body);
    verify(method + " " + abbreviate(target), target, a);
  }

  private static void verify(String what, String target, RawHttp.Answer a) {
    String where = what + " -> " + a.status() + " " + abbreviate(a.body());
    if (a.status() >= 500) {
      failures.add("5xx: " + where);
    }
    for (var h : SecurityHeaders.ALL.entrySet()) {
      if (!h.getValue().equals(a.header(h.getKey()))) {
        failures.add("no " + h.getKey() + ": " + where);
      }
    }
    if (a.status() >= 400 && target != null && !target.startsWith("/static/")) {
      String type = a.header("Content-Type");
      String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
      boolean api = path.startsWith("/api/") || path.equals("/health") || path.equals("/feed");
      boolean knownPath = !path.contains("%") && !path.contains("..") && !path.contains(";");
      if (knownPath && type != null && a.status() != 405 || knownPath && a.body().length() > 0) {
        String expected = api ? "application/json" : "text/html";
        if (type == null || !type.startsWith(expected)) {
          failures.add("not " + expected + " (" + type + "): " + where);
        }
      }
    }
    if (a.body().contains("\tat ") || a.body().contains("Exception")) {
      failures.add("stack trace: " + where);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }
}
