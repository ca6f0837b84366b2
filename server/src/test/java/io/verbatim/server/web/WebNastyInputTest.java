package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request in {@code src/test/resources/nasty/web/} (one path and query per file: malformed
 * queries, impossible dates, forged cursors, hostile ids) gets an HTML page: 200, or an error
 * status with a message; never a stack trace, never a 500, never reflected markup.
 */
class WebNastyInputTest {
  @TempDir static Path temp;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(temp);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  static Stream<Path> requests() throws IOException {
    Path dir = Path.of("src/test/resources/nasty/web");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).as("nasty web requests").hasSizeGreaterThan(10);
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void answersWithAnHtmlPageThatSaysWhatIsWrong(Path file) throws Exception {
    String request = Files.readString(file, StandardCharsets.UTF_8).strip();
    assertHtmlAnswer(request);
  }

  @Test
  void aQueryOverTheLengthLimitIsRefusedWithTheLimit() throws Exception {
    String q = "word ".repeat(1000);
    HttpResponse<String> r = assertHtmlAnswer("/?q=" + PageParams.encode(q));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(Jsoup.parse(r.body()).selectFirst("#error").text()).contains("limit");
  }

  private static HttpResponse<String> assertHtmlAnswer(String request) throws Exception {
    HttpResponse<String> r = web.get(request);
    assertThat(r.statusCode()).as(request).isIn(200, 400, 404, 413);
    assertThat(r.headers().firstValue("Content-Type"))
        .as(request)
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(r.body())
        .as(request)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("<img")
        .doesNotContain("<script>");
    Document d = Jsoup.parse(r.body());
    assertThat(d.select("script")).as(request).hasSize(1);
    if (r.statusCode() != 200) {
      assertThat(d.selectFirst("#error")).as(request).isNotNull();
      assertThat(d.selectFirst("#error p").text()).as(request).isNotBlank();
    }
    return r;
  }
}
