package io.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.archive.Archive;
import io.verbatim.model.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's cross-cutting behaviour: listening, headers, JSON errors, static files. */
class VerbatimServerTest {
  @TempDir static Path temp;
  static Archive archive;
  static VerbatimServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    archive = SampleArchive.create(temp);
    server = VerbatimServer.start(archive, ServerConfig.builder().port(0).build());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    archive.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnTheChosenPortAndAnswersHealth() throws Exception {
    assertThat(server.port()).isPositive();
    HttpResponse<String> r = get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Json.mapper().readTree(r.body()).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"/health", "/", "/static/verbatim.css", "/no/such/page"}) {
      HttpResponse<String> r = get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              v -> assertThat(v).contains("script-src 'self'").doesNotContain("unsafe-inline"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
    }
  }

  @Test
  void servesStaticFilesFromTheClasspath() throws Exception {
    HttpResponse<String> r = get("/static/verbatim.css");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    assertThat(r.body()).contains("font-family");
  }

  @Test
  void unknownRouteIsAJson404() throws Exception {
    HttpResponse<String> r = get("/api/no-such-thing");
    assertThat(r.statusCode()).isEqualTo(404);
    JsonNode body = Json.mapper().readTree(r.body());
    assertThat(body.get("status").asInt()).isEqualTo(404);
    assertThat(body.get("error").asText()).isNotBlank();
  }

  @Test
  void badQueryIsA400WithThePosition() throws Exception {
    HttpResponse<String> r = get("/api/search?q=%22unclosed+phrase");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode body = Json.mapper().readTree(r.body());
    assertThat(body.get("status").asInt()).isEqualTo(400);
    assertThat(body.get("error").asText()).contains("cannot parse query");
    assertThat(body.has("position")).isTrue();
    assertThat(r.body()).doesNotContain("at io.verbatim").doesNotContain("Exception:");
  }

  @Test
  void unknownParameterIsRefusedByName() throws Exception {
    HttpResponse<String> r = get("/api/search?q=x&speeker=Lavrov");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Json.mapper().readTree(r.body()).get("error").asText()).contains("'speeker'");
  }

  @Test
  void pageSizeOverTheLimitIsA413NamingTheLimit() throws Exception {
    HttpResponse<String> r = get("/api/search?q=&size=100000");
    assertThat(r.statusCode()).isEqualTo(413);
    JsonNode body = Json.mapper().readTree(r.body());
    assertThat(body.get("limit").asInt()).isEqualTo(ServerConfig.Limits.DEFAULTS.maxPageSize());
    assertThat(body.get("error").asText()).contains("page size");
  }

  @Test
  void unknownIdIsA404() throws Exception {
    HttpResponse<String> r = get("/api/statements/0000000000000000");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(Json.mapper().readTree(r.body()).get("error").asText()).contains("0000000000000000");
  }

  @Test
  void anUnknownTimelinePeriodNamesTheValueAndTheChoices() throws Exception {
    HttpResponse<String> r = get("/api/timeline?by=second");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Json.mapper().readTree(r.body()).get("error").asText())
        .contains("'by=second'")
        .contains("day, month or year");
  }

  @Test
  void aWrongMethodIs405NamingTheAllowedOnes() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/api/search"))
                .method("PUT", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("GET");
    assertThat(Json.mapper().readTree(r.body()).get("error").asText())
        .contains("PUT is not allowed on /api/search");
  }
}
