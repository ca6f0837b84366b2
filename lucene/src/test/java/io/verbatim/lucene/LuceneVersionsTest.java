package io.verbatim.lucene;

import io.verbatim.archive.Archive;
import io.verbatim.archive.VersionsContractTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The versions contract (one statement, one count; statements without text) on Lucene. */
class LuceneVersionsTest extends VersionsContractTest {
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
