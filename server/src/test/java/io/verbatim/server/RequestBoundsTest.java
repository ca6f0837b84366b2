package io.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.archive.Archive;
import io.verbatim.model.Json;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests over the bounds of addresses and parameters are refused early, naming the bound. */
class RequestBoundsTest {
  @TempDir static Path temp;
  static Archive archive;
  static VerbatimServer server;
  static RawHttp http;

  @BeforeAll
  static void start() throws Exception {
    archive = SampleArchive.create(temp);
    server = VerbatimServer.start(archive, ServerConfig.builder().port(0).build());
    http = new RawHttp(server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    archive.close();
  }

  @Test
  void sevenHundredRepeatedFiltersAreRefusedWithoutBuildingAPage() throws Exception {
    String query = "?q=security" + "&speaker=a".repeat(700);
    RawHttp.Answer page = http.get("/" + query);
    assertThat(page.status()).isEqualTo(413);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body().length()).as("a short page, not one chip per value").isLessThan(4_000);
    Document d = Jsoup.parse(page.body());
    assertThat(d.selectFirst("#error p").text())
        .contains("number of parameter values")
        .contains("limit of " + RequestBounds.MAX_VALUES)
        .contains("got 701");
    assertThat(d.select("form")).as("the form is not drawn again with 700 values").isEmpty();

    RawHttp.Answer api = http.get("/api/search" + query);
    assertThat(api.status()).isEqualTo(413);
    JsonNode error = Json.mapper().readTree(api.body());
    assertThat(error.get("limit").asInt()).isEqualTo(RequestBounds.MAX_VALUES);
    assertThat(error.get("given").asInt()).isEqualTo(701);
  }

  @Test
  void aLongValueOrNameIsRefusedByName() throws Exception {
    RawHttp.Answer value = http.get("/api/search?speaker=" + "a".repeat(3000));
    assertThat(value.status()).isEqualTo(413);
    assertThat(Json.mapper().readTree(value.body()).get("error").asText())
        .contains("'speaker'")
        .contains("2000");
    RawHttp.Answer name = http.get("/api/search?" + "n".repeat(100) + "=1");
    assertThat(name.status()).isEqualTo(413);
    assertThat(Json.mapper().readTree(name.body()).get("limit").asInt())
        .isEqualTo(RequestBounds.MAX_NAME);
  }

  @Test
  void anAddressOverTheBoundIs414NamingIt() throws Exception {
    RawHttp.Answer api = http.get("/api/search?q=" + "a".repeat(9000));
    assertThat(api.status()).isEqualTo(414);
    assertThat(Json.mapper().readTree(api.body()).get("limit").asInt())
        .isEqualTo(RequestBounds.MAX_ADDRESS);
    RawHttp.Answer web = http.get("/?q=" + "a".repeat(9000));
    assertThat(web.status()).isEqualTo(414);
    assertThat(Jsoup.parse(web.body()).selectFirst("#error p").text()).contains("8192");
  }

  @Test
  void requestsWithinTheBoundsAreAnswered() throws Exception {
    RawHttp.Answer r = http.get("/api/search?q=security" + "&speaker=a".repeat(98));
    assertThat(r.status()).isEqualTo(200);
  }
}
