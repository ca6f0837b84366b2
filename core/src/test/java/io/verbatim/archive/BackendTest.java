package io.verbatim.archive;

import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every backend-neutral contract test: each test gets a fresh, empty archive from the
 * backend's {@link #newLocation()} and {@link #openArchive(String)}, closed afterwards. A backend's
 * test class extends a contract test and implements these two methods.
 */
public abstract class BackendTest {

  /** A location for a new, empty archive (a fresh folder, a fresh collection, …). */
  protected abstract String newLocation() throws IOException;

  /** Opens the archive at {@code location} (from {@link #newLocation()}), creating it if absent. */
  protected abstract Archive openArchive(String location) throws IOException;

  /** Where this test's archive is. */
  protected String location;

  /** This test's archive, open. */
  protected Archive archive;

  @BeforeEach
  void openFreshArchive() throws IOException {
    location = newLocation();
    archive = openArchive(location);
  }

  @AfterEach
  void closeArchive() throws IOException {
    if (archive != null) {
      archive.close();
    }
  }

  /**
   * A builder for a test statement whose id, key and source are derived from {@code sha}, ingested
   * at {@code ingestedAt}, with {@code body}.
   */
  protected static Statement.Builder statementFrom(String sha, String body, Instant ingestedAt) {
    return Statement.builder()
        .withId(Statement.idFor(sha))
        .withStatementKey("key:" + Statement.idFor(sha))
        .withSource(new Source("test/" + sha + ".txt", "capture", sha, sha, null, ingestedAt))
        .withBody(body);
  }

  /** The hex sha256 of {@code bytes}. */
  protected static String sha256(byte[] bytes) {
    return Ingestor.sha256(bytes);
  }

  /** The hex sha256 of {@code text} in UTF-8. */
  protected static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
