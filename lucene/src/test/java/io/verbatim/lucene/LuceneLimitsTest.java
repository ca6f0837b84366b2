package io.verbatim.lucene;

import io.verbatim.archive.Archive;
import io.verbatim.archive.LimitsContractTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The limits contract for the embedded Lucene archive, with the real body limit (64 Mi chars). */
class LuceneLimitsTest extends LimitsContractTest {
  @TempDir Path temp;

  @Override
  protected String newLocation() throws IOException {
    return Files.createTempDirectory(temp, "archive").resolve("a").toString();
  }

  @Override
  protected Archive openArchive(String location) throws IOException {
    return LuceneArchive.open(Path.of(location), true);
  }
}
