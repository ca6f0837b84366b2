package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.Archive;
import io.verbatim.server.SampleArchive;
import io.verbatim.server.ServerConfig;
import io.verbatim.server.VerbatimServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the CLI's {@code ingest} and {@code export} do, from the browser: the upload form (token in
 * the form, the same report, a bad file named while the good one is stored) and the download links
 * of a search (every matching statement).
 */
class WebUploadAndExportTest {
  private static final String TOKEN = "web-upload-secret";

  /** An invented text capture in the seed's shape. */
  private static final String GOOD =
      "12 February 2025 10:15\n"
          + "Remarks by an invented spokesperson on lighthouse maintenance\n"
          + "• en-GB1 ru-RU1\n"
          + "The lighthouses along the northern coast will be repaired this spring.\n\n"
          + "Crews from both countries will share the work.\n";

  @TempDir Path temp;
  private Archive archive;
  private VerbatimServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    archive = SampleArchive.create(temp);
    server = VerbatimServer.start(archive, ServerConfig.builder().port(0).token(TOKEN).build());
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    archive.close();
  }

  private HttpResponse<String> post(String token, Map<String, byte[]> files) throws Exception {
    String boundary = "b" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n"
                + token
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nauto\r\n")
            .getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + f.getKey()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(f.getValue());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url() + "/upload"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theUploadFormIngestsGoodFilesAndNamesTheBadOne() throws Exception {
    Document form = Jsoup.parse(get("/upload").body());
    assertThat(form.select("form#upload-form input[type=password][name=token]")).hasSize(1);
    assertThat(form.select("form#upload-form input[type=file][name=file]")).hasSize(1);
    long before = archive.stats().statements();

    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("lighthouses.txt", GOOD.getBytes(StandardCharsets.UTF_8));
    files.put("broken.txt", new byte[] {(byte) 0xC3, 0x28, 'a', 'b'});
    HttpResponse<String> r = post(TOKEN, files);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Document report = Jsoup.parse(r.body());
    assertThat(report.selectFirst("#report .summary").text())
        .startsWith("1 stored, 0 duplicates, 0 new versions");
    assertThat(report.select("#report ul.failed li").text()).contains("broken.txt");
    String id = report.selectFirst("#report ul.stored a").text();
    assertThat(archive.get(id)).isPresent();
    assertThat(archive.stats().statements()).isEqualTo(before + 1);
    assertThat(get("/statements/" + id).body()).contains("lighthouse maintenance");
  }

  /** An invented capture of a page published without text: date, title, materials only. */
  private static final String WITHOUT_TEXT =
      "3 March 2025 12:30\n"
          + "An invented photo report from the lighthouse ceremony\n"
          + "\n"
          + "Additional materials\n"
          + "Lighthouses\n";

  @Test
  void aPageWithoutTextIsStoredListedAsSuchAndShown() throws Exception {
    HttpResponse<String> r =
        post(TOKEN, Map.of("photos.txt", WITHOUT_TEXT.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Document report = Jsoup.parse(r.body());
    assertThat(report.selectFirst("#report .summary").text()).contains("1 stored without text");
    assertThat(report.select("#report ul.without-text li")).hasSize(1);
    String id = report.selectFirst("#report ul.without-text a").text();
    assertThat(archive.get(id)).hasValueSatisfying(s -> assertThat(s.hasText()).isFalse());

    Document page = Jsoup.parse(get("/statements/" + id).body());
    assertThat(page.selectFirst("h1").text())
        .isEqualTo("An invented photo report from the lighthouse ceremony");
    assertThat(page.select("#body p.no-text")).hasSize(1);
    Document search = Jsoup.parse(get("/?q=ceremony").body());
    assertThat(search.select("li.hit")).hasSize(1);
  }

  @Test
  void aWrongTokenStoresNothing() throws Exception {
    long before = archive.stats().statements();
    HttpResponse<String> r =
        post("not-the-token", Map.of("lighthouses.txt", GOOD.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(r.body()).selectFirst("#error").text()).contains("token is not valid");
    assertThat(archive.stats().statements()).isEqualTo(before);
  }

  @Test
  void aSearchOffersEveryMatchingStatementForDownload() throws Exception {
    Document d = Jsoup.parse(get("/?q=security&lang=en&tab=results").body(), server.url() + "/");
    long total = Long.parseLong(d.selectFirst("#total").attr("data-total"));
    String jsonl = d.selectFirst("p.exports a:contains(JSON Lines)").absUrl("href");
    assertThat(jsonl).contains("/api/export").contains("as=jsonl").doesNotContain("tab=");
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(jsonl)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body().lines().filter(l -> !l.isBlank()).count()).isEqualTo(total);
    assertThat(d.selectFirst("p.exports a:contains(concordance CSV)").attr("href"))
        .contains("kwic=true");
  }
}
