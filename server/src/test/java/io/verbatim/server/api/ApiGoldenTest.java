package io.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.archive.Archive;
import io.verbatim.server.SampleArchive;
import io.verbatim.server.ServerConfig;
import io.verbatim.server.VerbatimServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The read API's JSON over the project's samples, compared with golden files (see {@link
 * GoldenJson} for the normalisation and how to regenerate them).
 */
class ApiGoldenTest {
  @TempDir static Path temp;
  static Archive archive;
  static VerbatimServer server;
  static ApiClient client;

  @BeforeAll
  static void start() throws Exception {
    archive = SampleArchive.create(temp);
    server = VerbatimServer.start(archive, ServerConfig.builder().port(0).build());
    client = new ApiClient(server.url());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    archive.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "search-security-facets | /api/search?q=security&facets=language,genre,year&size=5",
        "search-all-by-date | /api/search?q=&sort=date&size=4&facets=format",
        "search-filters | /api/search?q=&lang=en&genre=speech&genre=press+release&from=2016-01-01",
        "search-russian | /api/search?q=%D1%82%D0%B5%D1%80%D1%80%D0%BE%D1%80%D0%B8%D0%B7%D0%BC&lang=ru",
        "kwic-measures | /api/kwic?q=measures&width=4&sort=left1&group=year&limit=5",
        "timeline-by-year | /api/timeline?by=year&split=language",
        "comentions | /api/comentions?limit=5",
        "comentions-of-osce | /api/comentions?entity=org%3Aosce",
        "keyness-en | /api/keyness?lang=en&q=security&limit=5",
        "collocations-security | /api/collocations?lang=en&term=security&window=3&min-freq=1&limit=5",
        "collocations-phrase | /api/collocations?lang=en&term=regional%20security&window=2&min-freq=1",
        "entities | /api/entities?limit=10",
        "stats | /api/stats",
        "error-bad-query | /api/search?q=title%3A%28unclosed",
        "error-unknown-facet | /api/search?q=&facets=colour",
      })
  void answersAsTheGoldenFileSays(String name, String request) throws Exception {
    var response = client.get(request);
    JsonNode body = io.verbatim.model.Json.mapper().readTree(response.body());
    if (name.startsWith("error-")) {
      assertThat(response.statusCode()).isEqualTo(400);
    } else {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
    GoldenJson.assertMatches(name, body, SampleArchive.samples().toString());
  }

  @org.junit.jupiter.api.Test
  void statementRecordWithVersionsAsTheGoldenFileSays() throws Exception {
    JsonNode hits =
        client
            .getJson("/api/search?q=" + ApiClient.encode("title:vienna") + "&lang=en")
            .get("hits");
    assertThat(hits).isNotEmpty();
    String id = hits.get(0).get("id").asText();
    JsonNode record = client.getJson("/api/statements/" + id);
    assertThat(record.get("statement").get("id").asText()).isEqualTo(id);
    GoldenJson.assertMatches("statement-vienna-en", record, SampleArchive.samples().toString());
  }
}
