package io.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.Archive;
import io.verbatim.archive.SearchRequest;
import java.net.URI;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links in feeds and citations never come from the request's {@code Host} header, which the client
 * chooses: they use the configured base URL, or are relative to the server.
 */
class HostHeaderTest {
  static final String EVIL = "evil.example";

  @TempDir static Path temp;
  static Archive archive;
  static String id;

  @BeforeAll
  static void start() throws Exception {
    archive = SampleArchive.create(temp);
    id = archive.search(SearchRequest.builder("").withLimit(1).build()).hits().get(0).id();
  }

  @AfterAll
  static void stop() throws Exception {
    archive.close();
  }

  private static RawHttp.Answer get(VerbatimServer server, String target) throws Exception {
    return new RawHttp(server.port())
        .send(
            "GET "
                + target
                + " HTTP/1.1\r\nHost: "
                + EVIL
                + "\r\nX-Forwarded-Host: "
                + EVIL
                + "\r\nConnection: close",
            null);
  }

  @Test
  void withoutABaseUrlFeedAndCitationLinksAreRelative() throws Exception {
    try (VerbatimServer server =
        VerbatimServer.start(archive, ServerConfig.builder().port(0).build())) {
      RawHttp.Answer feed = get(server, "/feed?q=security");
      assertThat(feed.status()).isEqualTo(200);
      assertThat(feed.body()).doesNotContain(EVIL);
      Document atom = Jsoup.parse(feed.body(), "", org.jsoup.parser.Parser.xmlParser());
      assertThat(atom.selectFirst("feed > id").text()).startsWith("urn:verbatim:feed:");
      assertThat(atom.selectFirst("feed > link[rel=self]").attr("href"))
          .isEqualTo("/feed?q=security");
      assertThat(atom.select("entry link[rel=alternate]").eachAttr("href"))
          .isNotEmpty()
          .allSatisfy(href -> assertThat(href).startsWith("/api/statements/"));

      RawHttp.Answer page = get(server, "/statements/" + id);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).doesNotContain(EVIL);
      Document d = Jsoup.parse(page.body());
      assertThat(d.selectFirst("#citation a.stable-link").attr("href"))
          .isEqualTo("/statements/" + id);
      assertThat(d.selectFirst("#citation").text()).endsWith("/statements/" + id);
    }
  }

  @Test
  void withABaseUrlFeedAndCitationLinksUseIt() throws Exception {
    URI base = URI.create("https://archive.example.org/verbatim/");
    try (VerbatimServer server =
        VerbatimServer.start(archive, ServerConfig.builder().port(0).baseUrl(base).build())) {
      RawHttp.Answer feed = get(server, "/feed?q=security");
      assertThat(feed.body()).doesNotContain(EVIL);
      Document atom = Jsoup.parse(feed.body(), "", org.jsoup.parser.Parser.xmlParser());
      assertThat(atom.selectFirst("feed > id").text())
          .isEqualTo("https://archive.example.org/verbatim/feed?q=security");
      assertThat(atom.select("entry link[rel=alternate]").eachAttr("href"))
          .allSatisfy(
              href -> assertThat(href).startsWith("https://archive.example.org/verbatim/api/"));

      Document d = Jsoup.parse(get(server, "/statements/" + id).body());
      assertThat(d.selectFirst("#citation").text())
          .endsWith("https://archive.example.org/verbatim/statements/" + id);
    }
  }
}
