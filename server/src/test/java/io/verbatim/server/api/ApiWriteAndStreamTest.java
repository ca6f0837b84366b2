package io.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.archive.Archive;
import io.verbatim.model.Json;
import io.verbatim.server.SampleArchive;
import io.verbatim.server.ServerConfig;
import io.verbatim.server.VerbatimServer;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Uploads, deletes and their access rules; original bytes; streamed export; the Atom feed; the
 * OpenAPI document against the registered routes. Each test gets a fresh archive and server.
 */
class ApiWriteAndStreamTest {
  static final String TOKEN = "test-token-0123456789";

  @TempDir Path temp;
  Archive archive;
  VerbatimServer server;
  ApiClient client;

  @BeforeEach
  void start() throws Exception {
    archive = SampleArchive.create(temp);
    server =
        VerbatimServer.start(
            archive,
            // Exports one after the other: the permit of one is released just after its last
            // byte, so with the default of one export at once the next could meet a 429.
            ServerConfig.builder()
                .port(0)
                .token(TOKEN)
                .maxUploadBytes(64 * 1024)
                .maxExports(4)
                .build());
    client = new ApiClient(server.url());
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    archive.close();
  }

  static final String GOOD_CAPTURE =
      """
      12 May 201914:05

      Comment by the Information Department on the opening of a new consular office in Example City

      en-GB

      The new consular office in Example City opens its doors to visitors on Monday. It will issue \
      visas and help travellers from the region.

      We thank our partners for their cooperation in preparing the opening.
      """;

  @Test
  void uploadOfAGoodAndABadFileStoresTheGoodOneAndNamesTheBadOne() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("consular-office.txt", GOOD_CAPTURE.getBytes(StandardCharsets.UTF_8));
    files.put("broken.bin", new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7, 8});
    HttpResponse<String> r = client.upload("/api/statements", files, TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode report = Json.mapper().readTree(r.body());
    assertThat(report.get("ingested").asLong()).isEqualTo(1);
    assertThat(report.get("failed")).hasSize(1);
    assertThat(report.get("failed").get(0).get("file").asText()).isEqualTo("broken.bin");
    assertThat(report.get("failed").get(0).get("reason").asText()).isNotBlank();

    String id = report.get("statements").get(0).get("id").asText();
    JsonNode stored = client.getJson("/api/statements/" + id).get("statement");
    assertThat(stored.get("title").asText()).contains("consular office");
    HttpResponse<byte[]> original = client.getBytes("/api/statements/" + id + "/original");
    assertThat(original.body()).isEqualTo(GOOD_CAPTURE.getBytes(StandardCharsets.UTF_8));
    assertThat(original.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("consular-office.txt"));
  }

  @Test
  void anUploadWithAFortyThousandCharacterSpeakerStoresItWhole() throws Exception {
    // Before issue 10 this answered 400 with Lucene's "immense term" message and stored nothing.
    String speaker = "Ivanovsky " + "a".repeat(40_000 - 10);
    String csv =
        "title,date,text,speaker\n"
            + "Remarks on rivers,2020-02-01,The minister spoke on river transport.,"
            + speaker
            + "\nRemarks on canals,2020-02-03,The minister spoke on canals.,Anna Example\n";
    HttpResponse<String> r =
        client.upload(
            "/api/statements", Map.of("long.csv", csv.getBytes(StandardCharsets.UTF_8)), TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode report = Json.mapper().readTree(r.body());
    assertThat(report.get("ingested").asLong()).isEqualTo(2);
    assertThat(report.get("failed")).isEmpty();
    String id = null;
    for (JsonNode st : report.get("statements")) {
      if (st.get("locator").asText().equals("row 1")) {
        id = st.get("id").asText();
      }
    }
    JsonNode stored = client.getJson("/api/statements/" + id).get("statement");
    assertThat(stored.get("speaker").get("name").asText()).isEqualTo(speaker);
  }

  @Test
  void writesNeedTheToken() throws Exception {
    Map<String, byte[]> files = Map.of("a.txt", GOOD_CAPTURE.getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> missing = client.upload("/api/statements", files, null);
    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(Json.mapper().readTree(missing.body()).get("error").asText()).contains("Bearer");
    HttpResponse<String> wrong = client.upload("/api/statements", files, "not-the-token");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(wrong.body()).doesNotContain(TOKEN);
    String anyId = client.getJson("/api/search?q=&size=1").get("hits").get(0).get("id").asText();
    assertThat(client.delete("/api/statements/" + anyId, null).statusCode()).isEqualTo(401);
    assertThat(client.delete("/api/statements/" + anyId, "nope").statusCode()).isEqualTo(403);
    assertThat(client.getJson("/api/statements/" + anyId).get("statement").get("id").asText())
        .isEqualTo(anyId);
  }

  @Test
  void aServerWithoutATokenIsReadOnly() throws Exception {
    try (VerbatimServer readOnly =
        VerbatimServer.start(archive, ServerConfig.builder().port(0).build())) {
      ApiClient c = new ApiClient(readOnly.url());
      HttpResponse<String> r =
          c.upload("/api/statements", Map.of("a.txt", new byte[] {'x'}), TOKEN);
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(Json.mapper().readTree(r.body()).get("error").asText()).contains("read-only");
      String anyId = c.getJson("/api/search?q=&size=1").get("hits").get(0).get("id").asText();
      assertThat(c.delete("/api/statements/" + anyId, TOKEN).statusCode()).isEqualTo(403);
    }
  }

  @Test
  void anOversizeUploadIsA413NamingTheLimit() throws Exception {
    byte[] big = new byte[100 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> r = client.upload("/api/statements", Map.of("big.txt", big), TOKEN);
    assertThat(r.statusCode()).isEqualTo(413);
    JsonNode body = Json.mapper().readTree(r.body());
    assertThat(body.get("limit").asLong()).isEqualTo(64 * 1024);
    assertThat(body.get("error").asText()).contains("upload");
  }

  @Test
  void statsNeverFailWhileUploadsAreWritten() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean uploading =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread writer =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    for (int i = 0; i < 25; i++) {
                      String capture = GOOD_CAPTURE.replace("Monday", "Monday number " + i);
                      client.upload(
                          "/api/statements",
                          Map.of("c" + i + ".txt", capture.getBytes(StandardCharsets.UTF_8)),
                          TOKEN);
                    }
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  } finally {
                    uploading.set(false);
                  }
                });
    List<Integer> statuses = new ArrayList<>();
    while (uploading.get()) {
      statuses.add(client.get("/api/stats").statusCode());
    }
    writer.join();
    assertThat(statuses).isNotEmpty().containsOnly(200);
    assertThat(client.getJson("/api/stats").get("originals").asLong()).isGreaterThanOrEqualTo(25);
  }

  @Test
  void deleteRemovesTheStatementAndAnUnknownIdIsA404() throws Exception {
    long before = client.getJson("/api/search?q=&size=0").get("total").asLong();
    String id = client.getJson("/api/search?q=&size=1").get("hits").get(0).get("id").asText();
    HttpResponse<String> r = client.delete("/api/statements/" + id, TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(client.get("/api/statements/" + id).statusCode()).isEqualTo(404);
    assertThat(client.getJson("/api/search?q=&size=0").get("total").asLong()).isEqualTo(before - 1);
    assertThat(client.delete("/api/statements/" + id, TOKEN).statusCode()).isEqualTo(404);
  }

  @Test
  void originalBytesAreExactWithTheFormatsContentType() throws Exception {
    Path file = SampleArchive.samples().resolve("html/kremlin-style-talks.html");
    String id = idOfSource("kremlin-html");
    HttpResponse<byte[]> r = client.getBytes("/api/statements/" + id + "/original");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(Files.readAllBytes(file));
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d -> assertThat(d).startsWith("attachment").contains("kremlin-style-talks.html"));
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).startsWith("sandbox"));
    assertThat(client.get("/api/statements/0123456789abcdef/original").statusCode()).isEqualTo(404);
  }

  @Test
  void csvRowOriginalIsTheRowWithAFileNameOfItsOwn() throws Exception {
    String id = idOfSource("csv");
    HttpResponse<byte[]> r = client.getBytes("/api/statements/" + id + "/original");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("statements-" + id + ".csv"));
  }

  private String idOfSource(String format) throws Exception {
    JsonNode hits = client.getJson("/api/search?q=&format=" + format + "&size=1").get("hits");
    assertThat(hits).as("a statement read as " + format).isNotEmpty();
    return hits.get(0).get("id").asText();
  }

  @Test
  void exportStreamsEveryStatementAsJsonLinesAndCsv() throws Exception {
    long total = client.getJson("/api/search?q=&size=0").get("total").asLong();
    HttpResponse<String> jsonl = client.get("/api/export");
    assertThat(jsonl.statusCode()).isEqualTo(200);
    assertThat(jsonl.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
    List<String> lines = jsonl.body().lines().toList();
    assertThat(lines).hasSize((int) total);
    Set<String> ids = new TreeSet<>();
    for (String line : lines) {
      JsonNode record = Json.mapper().readTree(line);
      assertThat(record.get("body").asText()).isNotBlank();
      ids.add(record.get("id").asText());
    }
    assertThat(ids).hasSize((int) total);

    HttpResponse<String> csv = client.get("/api/export?as=csv&lang=en&sort=date");
    assertThat(csv.statusCode()).isEqualTo(200);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    long english = client.getJson("/api/search?q=&lang=en&size=0").get("total").asLong();
    assertThat(rows).hasSize((int) english);
    assertThat(rows.get(0).toMap().keySet())
        .containsExactlyElementsOf(io.verbatim.export.ExportColumns.STATEMENT);
    List<String> dates = new ArrayList<>();
    rows.forEach(row -> dates.add(row.get("published")));
    List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
    assertThat(dated).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    HttpResponse<String> kwic = client.get("/api/export?q=measures&kwic=true&as=csv");
    assertThat(kwic.body().lines().findFirst())
        .hasValue(String.join(",", io.verbatim.export.ExportColumns.KWIC));

    HttpResponse<String> bad = client.get("/api/export?q=%22open");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Json.mapper().readTree(bad.body()).has("position")).isTrue();
  }

  @Test
  void feedIsWellFormedAtomNewestFirstWithStableIds() throws Exception {
    HttpResponse<String> r = client.get("/feed?q=&size=50");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    long total = client.getJson("/api/search?q=&size=0").get("total").asLong();
    assertThat(entries.getLength()).isEqualTo((int) total);
    List<String> published = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      var e = (org.w3c.dom.Element) entries.item(i);
      String id =
          e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent();
      assertThat(id).matches("urn:verbatim:statement:[0-9a-f]{16}");
      NodeList p = e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "published");
      if (p.getLength() > 0) {
        published.add(p.item(0).getTextContent());
      }
    }
    assertThat(published).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    HttpResponse<String> again = client.get("/feed?q=&size=50");
    assertThat(again.body()).isEqualTo(r.body());
  }

  @Test
  void feedEscapesMarkupInTitlesAndBodies() throws Exception {
    String capture =
        """
        12 May 201914:05

        Comment on <script>alert("x")</script> & other "markup" in titles

        en-GB

        The body mentions <b>tags</b> & ampersands ]]> and a control char \u0001 here.
        """;
    HttpResponse<String> up =
        client.upload(
            "/api/statements",
            Map.of("markup.txt", capture.getBytes(StandardCharsets.UTF_8)),
            TOKEN);
    assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
    HttpResponse<String> r = client.get("/feed?q=ampersands");
    assertThat(r.body()).doesNotContain("<script").doesNotContain("<b>").contains("&lt;script");
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("entry").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("title").item(1).getTextContent()).contains("<script>");
  }

  @Test
  void theOpenApiDocumentListsEveryApiRouteAndNoOther() throws Exception {
    JsonNode doc = client.getJson("/api/openapi.json");
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    Set<String> documented = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      p.getValue()
          .fieldNames()
          .forEachRemaining(
              m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey()));
    }
    Set<String> registered = new TreeSet<>();
    for (String route : server.routes()) {
      String path = route.substring(route.indexOf(' ') + 1);
      boolean api = path.startsWith("/api/") || path.equals("/health") || path.equals("/feed");
      if (api && !route.startsWith("BEFORE") && !route.startsWith("AFTER")) {
        registered.add(route);
      }
    }
    assertThat(registered).isNotEmpty();
    assertThat(documented).isEqualTo(registered);
  }
}
