package io.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.archive.Archive;
import io.verbatim.model.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search slower than the query timeout is cut off with a JSON 503 naming the limit. */
class QueryTimeoutTest {
  @TempDir Path temp;

  /** The archive, with every search taking {@code delay} longer. */
  static Archive slowSearches(Archive real, Duration delay) {
    return (Archive)
        Proxy.newProxyInstance(
            Archive.class.getClassLoader(),
            new Class<?>[] {Archive.class},
            (proxy, method, args) -> {
              if (method.getName().equals("search")) {
                Thread.sleep(delay.toMillis());
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void aSlowSearchIsA503AndTheServerStaysResponsive() throws Exception {
    try (Archive real = SampleArchive.create(temp);
        VerbatimServer server =
            VerbatimServer.start(
                slowSearches(real, Duration.ofSeconds(3)),
                ServerConfig.builder().port(0).queryTimeout(Duration.ofMillis(200)).build())) {
      HttpClient http = HttpClient.newHttpClient();
      long t0 = System.nanoTime();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(server.url() + "/api/search?q=security")).build(),
              HttpResponse.BodyHandlers.ofString());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(r.statusCode()).isEqualTo(503);
      JsonNode body = Json.mapper().readTree(r.body());
      assertThat(body.get("limit").asLong()).isEqualTo(200);
      assertThat(body.get("error").asText()).contains("200 ms");
      assertThat(ms).as("answered at the timeout, not after the slow search").isLessThan(2500);
      HttpResponse<String> stats =
          http.send(
              HttpRequest.newBuilder(URI.create(server.url() + "/api/stats")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(stats.statusCode()).isEqualTo(200);
    }
  }
}
