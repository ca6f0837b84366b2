package io.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import io.verbatim.server.ServerConfig;
import io.verbatim.server.VerbatimServer;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Dates with their precision over HTTP: the {@code undated} parameter, the partial count, year-only
 * timeline buckets, the record's date fields, the export columns, the Atom feed and the web page,
 * over four invented statements: dated 2019 (year only), 2019-09 (month only), 5 April 2013 19:00
 * Moscow time, and undated.
 */
class DatesApiTest {
  private static final Instant INGESTED = Instant.parse("2026-02-01T12:00:00Z");

  @TempDir static Path temp;
  private static Archive archive;
  private static VerbatimServer server;
  private static ApiClient client;

  static final Statement YEAR =
      statement("A speech on water dated by its year.", Published.ofYear(2019));
  static final Statement MONTH =
      statement("A note on water of September.", Published.ofMonth(YearMonth.of(2019, 9)));
  static final Statement MOSCOW =
      statement(
          "Remarks on water in Moscow.",
          new Published(LocalDate.of(2013, 4, 5), LocalTime.of(19, 0), ZoneId.of("Europe/Moscow")));
  static final Statement UNDATED = statement("An interview on water, undated.", null);

  private static Statement statement(String body, Published published) {
    String sha = Ingestor.sha256(body.getBytes(StandardCharsets.UTF_8));
    return Statement.builder()
        .withId(Statement.idFor(sha))
        .withStatementKey("key:" + Statement.idFor(sha))
        .withSource(new Source("test/" + sha + ".txt", "capture", sha, sha, null, INGESTED))
        .withTitle(body)
        .withLanguage("en")
        .withPublished(published)
        .withBody(body)
        .build();
  }

  @BeforeAll
  static void start() throws Exception {
    archive = ArchiveProvider.openLocation(temp.resolve("archive").toString(), true);
    for (Statement s : List.of(YEAR, MONTH, MOSCOW, UNDATED)) {
      archive.add(s);
    }
    archive.commit();
    server = VerbatimServer.start(archive, ServerConfig.builder().port(0).build());
    client = new ApiClient(server.url());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    archive.close();
  }

  @Test
  void searchSaysHowManyTheRangeCutAndGivesEachDatesPrecision() throws Exception {
    JsonNode r = client.getJson("/api/search?q=water&from=2019-06-01&to=2019-12-31");
    assertThat(r.get("total").asLong()).isEqualTo(1);
    assertThat(r.get("partial").asLong()).isEqualTo(1);
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("published").asText()).isEqualTo("2019-09");
    assertThat(hit.get("publishedPrecision").asText()).isEqualTo("month");
    assertThat(client.getJson("/api/search?q=water").get("partial").asLong()).isZero();
  }

  @Test
  void theUndatedParameterIncludesExcludesOrSelectsOnlyThem() throws Exception {
    assertThat(client.getJson("/api/search?q=water").get("total").asLong()).isEqualTo(4);
    assertThat(client.getJson("/api/search?q=water&undated=exclude").get("total").asLong())
        .isEqualTo(3);
    JsonNode only = client.getJson("/api/search?q=water&undated=only");
    assertThat(only.get("total").asLong()).isEqualTo(1);
    assertThat(only.get("hits").get(0).get("id").asText()).isEqualTo(UNDATED.id());
    HttpResponse<String> bad = client.get("/api/search?q=water&undated=sometimes");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("undated").contains("sometimes");
    HttpResponse<String> contradiction =
        client.get("/api/search?q=water&undated=only&from=2019-01-01");
    assertThat(contradiction.statusCode()).isEqualTo(400);
    assertThat(contradiction.body()).contains("cannot hold undated statements");
  }

  @Test
  void theMonthlyTimelineHasAYearOnlyBucket() throws Exception {
    JsonNode t = client.getJson("/api/timeline?q=water&by=month");
    assertThat(t.get("buckets").toString())
        .isEqualTo(
            "[{\"period\":\"2013-04\",\"precision\":\"month\",\"value\":null,\"count\":1},"
                + "{\"period\":\"2019\",\"precision\":\"year\",\"value\":null,\"count\":1},"
                + "{\"period\":\"2019-09\",\"precision\":\"month\",\"value\":null,\"count\":1}]");
    assertThat(t.get("undated").asLong()).isEqualTo(1);
    assertThat(t.get("total").asLong()).isEqualTo(4);
    assertThat(client.getJson("/api/timeline?q=water&from=2019-09-01").get("partial").asLong())
        .isEqualTo(1);
  }

  @Test
  void theRecordGivesTheDateWithItsOffsetPrecisionAndZoneName() throws Exception {
    JsonNode s = client.getJson("/api/statements/" + MOSCOW.id()).get("statement");
    assertThat(s.toString())
        .contains(
            "\"published\":\"2013-04-05T19:00+04:00\",\"publishedPrecision\":\"minute\","
                + "\"publishedZone\":\"Europe/Moscow\"");
  }

  @Test
  void theCsvExportHasTheDateAndItsPrecision() throws Exception {
    String csv = client.get("/api/export?q=water&as=csv&sort=date-asc").body();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("id,statementKey,published,publishedPrecision,");
    assertThat(lines.get(1))
        .startsWith(MOSCOW.id() + ",key:" + MOSCOW.id() + ",2013-04-05T19:00+04:00,minute,");
    assertThat(lines.get(2)).startsWith(YEAR.id() + ",key:" + YEAR.id() + ",2019,year,");
    assertThat(lines.get(3)).startsWith(MONTH.id() + ",key:" + MONTH.id() + ",2019-09,month,");
    assertThat(lines.get(4)).startsWith(UNDATED.id() + ",key:" + UNDATED.id() + ",,,");
  }

  private static Element entry(org.w3c.dom.Document feed, String id) {
    NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      if (text(e, "http://www.w3.org/2005/Atom", "id").endsWith(id)) {
        return e;
      }
    }
    throw new AssertionError("no entry for " + id);
  }

  private static String text(Element e, String ns, String name) {
    NodeList n = e.getElementsByTagNameNS(ns, name);
    return n.getLength() == 0 ? null : n.item(0).getTextContent();
  }

  @Test
  void theFeedGivesAnInstantOnlyForDatesPreciseToTheDayAndNeverTheIngestTimeAsPublication()
      throws Exception {
    String body = client.get("/feed?q=water&size=10").body();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    org.w3c.dom.Document feed =
        f.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    String atom = "http://www.w3.org/2005/Atom";
    String dc = "http://purl.org/dc/elements/1.1/";

    Element moscow = entry(feed, MOSCOW.id());
    assertThat(text(moscow, atom, "published")).isEqualTo("2013-04-05T15:00:00Z");
    assertThat(text(moscow, atom, "updated")).isEqualTo("2013-04-05T15:00:00Z");
    assertThat(text(moscow, dc, "date")).isEqualTo("2013-04-05T19:00+04:00");

    Element year = entry(feed, YEAR.id());
    assertThat(text(year, atom, "published")).isNull();
    assertThat(text(year, dc, "date")).isEqualTo("2019");
    assertThat(text(year, atom, "updated")).isEqualTo("2026-02-01T12:00:00Z");

    Element undated = entry(feed, UNDATED.id());
    assertThat(text(undated, atom, "published")).isNull();
    assertThat(text(undated, dc, "date")).isNull();
  }

  @Test
  void theWebPageOffersTheUndatedChoiceAndShowsThePartialCountAndYearOnlyBars() throws Exception {
    Document results = Jsoup.parse(client.get("/?q=water&from=2019-06-01&to=2019-12-31").body());
    assertThat(results.select("select[name=undated] option").eachAttr("value"))
        .containsExactly("", "exclude", "only");
    assertThat(results.select("#total").attr("data-total")).isEqualTo("1");
    assertThat(results.select("#partial").attr("data-partial")).isEqualTo("1");

    Document timeline = Jsoup.parse(client.get("/?q=water&tab=timeline&interval=month").body());
    assertThat(timeline.select("rect.bar.set-apart").eachAttr("data-label"))
        .containsExactly("2019 (year only)");
  }
}
