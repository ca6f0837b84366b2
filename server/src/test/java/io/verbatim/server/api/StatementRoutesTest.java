package io.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import io.verbatim.server.ServerConfig;
import io.verbatim.server.VerbatimServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/statements/{id}} for records the archive may hold without a statement key. */
class StatementRoutesTest {
  @TempDir Path temp;

  @Test
  void aRecordWithoutAStatementKeyIsItsOwnOnlyVersion() throws Exception {
    String body = "An invented note on the harbour, stored by hand without a key.";
    String sha = Ingestor.sha256(body.getBytes(StandardCharsets.UTF_8));
    Statement keyless =
        Statement.builder()
            .withId(Statement.idFor(sha))
            .withSource(new Source("note.txt", "capture", sha, sha, null, Instant.now()))
            .withLanguage("en")
            .withBody(body)
            .build();
    try (Archive archive = ArchiveProvider.openLocation(temp.resolve("a").toString(), true)) {
      archive.add(keyless);
      archive.commit();
      try (VerbatimServer server =
          VerbatimServer.start(archive, ServerConfig.builder().port(0).build())) {
        ApiClient client = new ApiClient(server.url());
        assertThat(client.get("/api/statements/" + keyless.id()).statusCode()).isEqualTo(200);
        JsonNode answer = client.getJson("/api/statements/" + keyless.id());
        assertThat(answer.get("statement").get("id").asText()).isEqualTo(keyless.id());
        assertThat(answer.get("versions")).hasSize(1);
        assertThat(answer.get("versions").get(0).get("id").asText()).isEqualTo(keyless.id());
      }
    }
  }
}
