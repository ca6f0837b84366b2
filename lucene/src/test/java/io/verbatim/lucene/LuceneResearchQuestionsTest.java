package io.verbatim.lucene;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ResearchQuestionsContractTest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The research questions on the embedded Lucene archive. */
class LuceneResearchQuestionsTest extends ResearchQuestionsContractTest {
  @TempDir static Path temp;

  @Override
  protected Archive newArchive(String name) throws IOException {
    return LuceneArchive.open(temp.resolve(name), true);
  }
}
