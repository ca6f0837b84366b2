package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.archive.SearchRequest;
import io.verbatim.model.Json;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Archive format 1 to 2: the index rebuilt from the stored records on open, in ingest order, safe
 * to resume after a crash at any point. The format 1 archives here are made by hand: a marker
 * saying format 1 and an index holding only each statement's id and stored record, which is all the
 * step reads.
 */
class IndexRebuildTest {
  @TempDir Path temp;

  private static Statement statement(String body, String ingestedAt) {
    String sha = OriginalStore.sha256(body.getBytes(StandardCharsets.UTF_8));
    return Statement.builder()
        .withId(Statement.idFor(sha))
        .withStatementKey("key:" + sha.substring(0, 8))
        .withSource(
            new Source("old/" + sha + ".txt", "capture", sha, sha, null, Instant.parse(ingestedAt)))
        .withLanguage("en")
        .withBody(body)
        .build();
  }

  /** Three statements, stored in an order that is not their ingest order. */
  private static final List<Statement> STORED =
      List.of(
          statement("This is not the end of the talks.", "2025-03-01T10:00:00Z"),
          statement("The sanctions were lifted.", "2025-01-01T10:00:00Z"),
          statement("Talks on the sanction regime resumed.", "2025-02-01T10:00:00Z"));

  /** The ids in ingest order. */
  private static List<String> ingestOrder() {
    return List.of(STORED.get(1).id(), STORED.get(2).id(), STORED.get(0).id());
  }

  /** A format 1 archive at {@code dir} holding {@link #STORED}. */
  private static Path formatOne(Path dir) throws IOException {
    Files.createDirectories(dir.resolve(LuceneArchive.ORIGINALS_FOLDER));
    try (FSDirectory index = FSDirectory.open(dir.resolve(LuceneArchive.INDEX_FOLDER));
        IndexWriter w = new IndexWriter(index, new IndexWriterConfig(new KeywordAnalyzer()))) {
      for (Statement s : STORED) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, s.id(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.RECORD, Json.compact(s)));
        w.addDocument(doc);
      }
      w.commit();
    }
    ArchiveMarker.createdNow().withFormatVersion(1).write(dir);
    return dir;
  }

  /** The ids of the index's documents in index order. */
  private static List<String> indexOrder(Path dir) throws IOException {
    List<String> ids = new ArrayList<>();
    try (FSDirectory index = FSDirectory.open(dir.resolve(LuceneArchive.INDEX_FOLDER));
        DirectoryReader reader = DirectoryReader.open(index)) {
      for (int d = 0; d < reader.maxDoc(); d++) {
        ids.add(reader.storedFields().document(d).get(IndexFields.ID));
      }
    }
    return ids;
  }

  /** Opens {@code dir} as this Verbatim does and checks it answers with format 2's semantics. */
  private static void assertRebuilt(Path dir) throws IOException {
    try (LuceneArchive archive = LuceneArchive.open(dir, false)) {
      assertThat(archive.marker().formatVersion()).isEqualTo(2);
      assertThat(archive.stats().statements()).isEqualTo(3);
      assertThat(total(archive, "\"the\"")).as("stop words are indexed now").isEqualTo(3);
      assertThat(total(archive, "\"is not\"")).isEqualTo(1);
      assertThat(total(archive, "\"sanctions\"")).as("exact forms").isEqualTo(1);
      assertThat(total(archive, "sanctions")).as("stems").isEqualTo(2);
      for (Statement s : STORED) {
        assertThat(archive.get(s.id())).contains(s);
      }
    }
    assertThat(indexOrder(dir)).containsExactlyElementsOf(ingestOrder());
    assertThat(dir.resolve(IndexRebuild.STAGING)).doesNotExist();
    assertThat(dir.resolve(IndexRebuild.OLD)).doesNotExist();
    assertThat(ArchiveMarker.read(dir).formatVersion()).isEqualTo(2);
  }

  private static long total(LuceneArchive archive, String query) throws IOException {
    return archive.search(SearchRequest.builder(query).withLimit(0).build()).total();
  }

  @Test
  void aFormatOneArchiveIsRebuiltOnOpenInIngestOrderSayingSo() throws IOException {
    Path dir = formatOne(temp.resolve("a"));
    List<String> notices = new ArrayList<>();
    LuceneArchive.open(dir, false, Migrations.standard(), notices::add).close();
    assertThat(notices)
        .singleElement()
        .asString()
        .startsWith(
            "migrating the archive " + dir + " from format 1 to format 2: rebuild the index");
    assertRebuilt(dir);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"built", "old index moved aside", "new index in place", "old index deleted"})
  void aRebuildInterruptedAtAnyPointIsFinishedByTheNextOpen(String crashPoint) throws IOException {
    Path dir = formatOne(temp.resolve("a"));
    IndexRebuild crashing =
        new IndexRebuild(
            "test",
            point -> {
              if (point.equals(crashPoint)) {
                throw new IOException("simulated crash at " + point);
              }
            });
    assertThatThrownBy(
            () -> LuceneArchive.open(dir, false, new Migrations(Map.of(1, crashing), 2), n -> {}))
        .hasMessageContaining("simulated crash");
    assertThat(ArchiveMarker.read(dir).formatVersion()).as("marker not yet rewritten").isEqualTo(1);
    assertRebuilt(dir);
  }

  @Test
  void aHalfBuiltNewIndexIsThrownAwayAndBuiltAgain() throws IOException {
    Path dir = formatOne(temp.resolve("a"));
    Path staging = Files.createDirectories(dir.resolve(IndexRebuild.STAGING).resolve("index"));
    Files.writeString(staging.resolve("segments_x"), "half written");
    assertRebuilt(dir);
  }

  @Test
  void runningTheStepAgainAfterItFinishedChangesNothing() throws IOException {
    Path dir = formatOne(temp.resolve("a"));
    new IndexRebuild("test").apply(dir);
    new IndexRebuild("test").apply(dir); // as after a crash before the marker was rewritten
    assertRebuilt(dir);
  }

  @Test
  void anArchiveWhoseIndexWasMovedAsideWithoutARebuiltOneSaysWhatToDo() throws IOException {
    Path dir = formatOne(temp.resolve("a"));
    Files.move(dir.resolve("index"), dir.resolve(IndexRebuild.OLD));
    assertThatThrownBy(() -> new IndexRebuild("test").apply(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("rename " + dir.resolve(IndexRebuild.OLD));
  }
}
