package io.verbatim.archive;

import io.verbatim.ingest.Ingestor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

  /** The hex sha256 of {@code bytes}. */
  protected static String sha256(byte[] bytes) {
    return Ingestor.sha256(bytes);
  }

  /** The hex sha256 of {@code text} in UTF-8. */
  protected static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
