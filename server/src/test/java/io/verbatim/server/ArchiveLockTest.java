package io.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.archive.SearchRequest;
import io.verbatim.model.Json;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While another process writes the archive (it holds the write lock), the server's writes are
 * refused with 409 and the lock's message, on the API and the web UI; reads go on.
 */
class ArchiveLockTest {
  static final String TOKEN = "lock-test-token";

  @TempDir Path temp;

  @Test
  void uploadsAndDeletesAre409WhileAnotherWriterHoldsTheLock() throws Exception {
    Path folder;
    try (Archive samples = SampleArchive.create(temp)) {
      folder = Path.of(samples.location());
    }
    // "another process": a second archive object on the same folder, holding the index writer
    try (Archive other = ArchiveProvider.openLocation(folder.toString(), false);
        Archive served = ArchiveProvider.openLocation(folder.toString(), false);
        VerbatimServer server =
            VerbatimServer.start(served, ServerConfig.builder().port(0).token(TOKEN).build())) {
      other.add(statement("Held open by another writer."));
      String id = served.search(SearchRequest.builder("").withLimit(1).build()).hits().get(0).id();
      RawHttp http = new RawHttp(server.port());
      String lock = "the archive " + folder + " is being written by another Verbatim process";

      RawHttp.Answer delete =
          http.send(
              "DELETE /api/statements/"
                  + id
                  + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
                  + TOKEN,
              null);
      assertThat(delete.status()).as(delete.body()).isEqualTo(409);
      JsonNode error = Json.mapper().readTree(delete.body());
      assertThat(error.get("error").asText()).startsWith(lock).contains("try again");

      byte[] api = multipart(null);
      RawHttp.Answer upload =
          http.send(
              "POST /api/statements HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                  + "Authorization: Bearer "
                  + TOKEN
                  + "\r\nContent-Type: multipart/form-data; boundary=zz\r\nContent-Length: "
                  + api.length,
              api);
      assertThat(upload.status()).as(upload.body()).isEqualTo(409);
      assertThat(Json.mapper().readTree(upload.body()).get("error").asText()).startsWith(lock);

      byte[] web = multipart(TOKEN);
      RawHttp.Answer form =
          http.send(
              "POST /upload HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                  + "Content-Type: multipart/form-data; boundary=zz\r\nContent-Length: "
                  + web.length,
              web);
      assertThat(form.status()).as(form.body()).isEqualTo(409);
      assertThat(form.header("Content-Type")).startsWith("text/html");
      assertThat(Jsoup.parse(form.body()).selectFirst("#error p").text()).startsWith(lock);

      assertThat(http.get("/api/statements/" + id).status()).as("reads go on").isEqualTo(200);
    }
  }

  private static byte[] multipart(String token) {
    String body =
        (token == null
                ? ""
                : "--zz\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + token + "\r\n")
            + "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"new.txt\"\r\n\r\n"
            + "12 May 201914:05\n\nComment on a new lighthouse\n\nen-GB\n\n"
            + "The lighthouse opens on Monday.\n"
            + "\r\n--zz--\r\n";
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static Statement statement(String body) {
    String sha = io.verbatim.ingest.Ingestor.sha256(body.getBytes(StandardCharsets.UTF_8));
    return Statement.builder()
        .withId(Statement.idFor(sha))
        .withSource(new Source("other/" + sha, "test", sha, sha, null, Instant.now()))
        .withLanguage("en")
        .withBody(body)
        .build();
  }
}
