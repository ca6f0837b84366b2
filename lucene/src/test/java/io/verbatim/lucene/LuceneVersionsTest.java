package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.AddOutcome;
import io.verbatim.archive.Archive;
import io.verbatim.archive.VersionsContractTest;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
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

  @Test
  void anIndexWrittenBeforeTheFlagCountsEveryVersionUntilTheNextOneComes() throws IOException {
    archive.close();
    archive = null;
    // Two versions as a Verbatim without the flag wrote them: no superseded field at all.
    try (FSDirectory index = FSDirectory.open(Path.of(location).resolve("index"));
        IndexWriter writer =
            new IndexWriter(index, new IndexWriterConfig(IndexFields.newAnalyzer()))) {
      for (Statement s : List.of(V1, V2)) {
        Document doc = IndexFields.toDocument(s, false);
        doc.removeField(IndexFields.SUPERSEDED);
        writer.addDocument(doc);
      }
      writer.commit();
    }
    archive = openArchive(location);
    assertThat(ids(current("delegations"))).containsExactlyInAnyOrder(V1.id(), V2.id());

    Statement march =
        statement(
            "The delegations discussed the harbour treaty in March.",
            FEBRUARY.plusSeconds(86_400 * 28),
            TALKS);
    assertThat(archive.add(march)).isEqualTo(AddOutcome.NEW_VERSION);
    archive.commit();
    assertThat(ids(current("delegations"))).containsExactly(march.id());
    assertThat(total(all("delegations"))).isEqualTo(3);

    assertThat(archive.delete(march.id())).isTrue();
    archive.commit();
    assertThat(ids(current("delegations"))).containsExactly(V2.id());
  }

  @Test
  void deletingInAnIndexWithoutTheFlagLeavesEveryVersionCounted() throws IOException {
    archive.close();
    archive = null;
    try (FSDirectory index = FSDirectory.open(Path.of(location).resolve("index"));
        IndexWriter writer =
            new IndexWriter(index, new IndexWriterConfig(IndexFields.newAnalyzer()))) {
      for (Statement s : List.of(V1, V2, OTHER)) {
        Document doc = IndexFields.toDocument(s, false);
        doc.removeField(IndexFields.SUPERSEDED);
        writer.addDocument(doc);
      }
      writer.commit();
    }
    archive = openArchive(location);
    assertThat(archive.delete(V2.id())).isTrue();
    archive.commit();
    assertThat(ids(current("harbour"))).containsExactlyInAnyOrder(V1.id(), OTHER.id());
  }
}
