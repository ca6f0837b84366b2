package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.archive.AddOutcome;
import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveContractTest;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.archive.ArchiveVersionException;
import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link Archive} contract for the embedded Lucene archive, plus its own behaviour. */
class LuceneArchiveTest extends ArchiveContractTest {
  @TempDir Path temp;

  @Override
  protected String newLocation() throws IOException {
    return Files.createTempDirectory(temp, "archive").resolve("a").toString();
  }

  @Override
  protected Archive openArchive(String location) throws IOException {
    return LuceneArchive.open(Path.of(location), true);
  }

  private Path dir() {
    return Path.of(location);
  }

  private static Statement sample(String body) {
    return statement(body, b -> b.withLanguage("en"));
  }

  // ---- opening and format versions -----------------------------------------------------------

  @Test
  void openingAMissingArchiveWithoutCreateSaysHowToCreateOne() {
    Path missing = temp.resolve("nothing-here");
    assertThatThrownBy(() -> LuceneArchive.open(missing, false))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "no archive at "
                + missing
                + "; create one with: verbatim ingest --archive "
                + missing
                + " FILES");
  }

  @Test
  void aFolderWithOtherFilesIsNotAnArchive() throws IOException {
    Path other = Files.createDirectories(temp.resolve("photos"));
    Files.writeString(other.resolve("cat.jpg"), "not an archive");
    assertThatThrownBy(() -> LuceneArchive.open(other, true))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(other + " is not a Verbatim archive");
  }

  @Test
  void newArchivesRecordTheirFormat() throws IOException {
    String marker = Files.readString(dir().resolve(ArchiveMarker.FILE_NAME));
    assertThat(marker)
        .contains("\"format\" : \"verbatim-archive\"")
        .contains("\"formatVersion\" : 2")
        .contains("\"createdBy\" : \"Verbatim ");
    assertThat(ArchiveMarker.read(dir()).formatVersion()).isEqualTo(2);
    assertThat(archive.stats().formatVersion()).isEqualTo(2);
  }

  @Test
  void aNewerFormatIsRefusedWithWhatToDo() throws IOException {
    archive.close();
    archive = null;
    ArchiveMarker.read(dir()).withFormatVersion(3).write(dir());
    assertThatThrownBy(() -> LuceneArchive.open(dir(), false))
        .isInstanceOf(ArchiveVersionException.class)
        .hasMessageStartingWith(
            "archive format 3 was written by a newer Verbatim; this one reads format 2; upgrade"
                + " Verbatim, or export with the newer version and re-ingest");
  }

  @Test
  void anOlderFormatWithoutAMigrationIsRefusedWithWhatToDo() throws IOException {
    archive.close();
    archive = null;
    ArchiveMarker.read(dir()).withFormatVersion(0).write(dir());
    assertThatThrownBy(() -> LuceneArchive.open(dir(), false))
        .isInstanceOf(ArchiveVersionException.class)
        .hasMessageContaining("archive format 0")
        .hasMessageContaining("no migration from format 0")
        .hasMessageContaining("re-ingest");
  }

  @Test
  void anOlderFormatIsMigratedStepByStepOnOpen() throws IOException {
    archive.add(sample("Statement kept across the migration."));
    archive.commit();
    archive.close();
    archive = null;
    // A fake version-0 archive: the marker says 0, and a legacy file the step must remove.
    ArchiveMarker.read(dir()).withFormatVersion(0).write(dir());
    Files.writeString(dir().resolve("legacy-ids.txt"), "old bookkeeping");
    Migrations.Step zeroToOne =
        new Migrations.Step() {
          @Override
          public String description() {
            return "drop legacy-ids.txt (ids now live in the index)";
          }

          @Override
          public void apply(Path folder) throws IOException {
            Files.deleteIfExists(folder.resolve("legacy-ids.txt"));
          }
        };
    List<String> notices = new ArrayList<>();

    archive =
        LuceneArchive.open(dir(), false, new Migrations(Map.of(0, zeroToOne), 1), notices::add);

    assertThat(notices)
        .containsExactly(
            "migrating the archive "
                + dir()
                + " from format 0 to format 1: drop legacy-ids.txt (ids now live in the index)");
    assertThat(dir().resolve("legacy-ids.txt")).doesNotExist();
    assertThat(ArchiveMarker.read(dir()).formatVersion()).isEqualTo(1);
    assertThat(archive.search(SearchRequest.builder("migration").build()).total()).isEqualTo(1);
  }

  // ---- writers and readers -------------------------------------------------------------------

  @Test
  void aSecondWriterGetsAClearErrorWhileReadersStillRead() throws IOException {
    archive.add(sample("Written by the first process."));
    archive.commit();
    try (LuceneArchive second = LuceneArchive.open(dir(), false)) {
      assertThat(second.search(SearchRequest.builder("first").build()).total()).isEqualTo(1);
      assertThatThrownBy(() -> second.add(sample("Written by the second process.")))
          .isInstanceOf(io.verbatim.archive.ArchiveLockedException.class)
          .hasMessage("the archive " + dir() + " is being written by another Verbatim process");

      archive.add(sample("A later commit of the first process."));
      archive.commit();
      assertThat(second.search(SearchRequest.builder("").build()).total())
          .as("readers see other processes' commits")
          .isEqualTo(2);
    }
  }

  @Test
  void closeDiscardsWhatWasNotCommitted() throws IOException {
    archive.add(sample("Committed statement."));
    archive.commit();
    Statement pending = sample("Never committed statement.");
    archive.add(pending);
    archive.close();
    archive = LuceneArchive.open(dir(), false);
    assertThat(archive.contains(pending.id())).isFalse();
    assertThat(archive.search(SearchRequest.builder("").build()).total()).isEqualTo(1);
  }

  // ---- originals -----------------------------------------------------------------------------

  @Test
  void originalsAreContentAddressedGzipFiles() throws IOException {
    byte[] bytes = "Original capture bytes.".getBytes(StandardCharsets.UTF_8);
    String sha = archive.putOriginal(bytes);
    assertThat(dir().resolve("originals").resolve(sha.substring(0, 2)).resolve(sha + ".gz"))
        .isRegularFile();
    try (var files = Files.walk(dir().resolve("originals"))) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void aDamagedOriginalIsReportedNamingTheFile() throws IOException {
    byte[] bytes = "Bytes that will be damaged on disk.".getBytes(StandardCharsets.UTF_8);
    String sha = archive.putOriginal(bytes);
    Path file = dir().resolve("originals").resolve(sha.substring(0, 2)).resolve(sha + ".gz");

    var otherBytes = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(otherBytes)) {
      gz.write("Other bytes.".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(file, otherBytes.toByteArray());
    assertThatThrownBy(() -> archive.openOriginal(sha))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("damaged");

    Files.write(file, new byte[] {1, 2, 3, 4});
    assertThatThrownBy(() -> archive.openOriginal(sha))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("damaged");
  }

  @Test
  void aMalformedShaIsRefused() {
    assertThatThrownBy(() -> archive.openOriginal("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a sha256");
  }

  // ---- search specifics ----------------------------------------------------------------------

  @Test
  void aWordOnlyNearTheEndOfA120kBodyIsFoundAndHighlighted() throws IOException {
    StringBuilder body = new StringBuilder();
    while (body.length() < 120_000) {
      body.append("The delegation discussed trade, energy and transport in detail.\n\n");
    }
    body.append("Finally the minister mentioned the lighthouse treaty.");
    Statement longOne = sample(body.toString());
    archive.add(longOne);
    archive.commit();

    List<SearchHit> hits = archive.search(SearchRequest.builder("lighthouse").build()).hits();
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).id()).isEqualTo(longOne.id());
    assertThat(hits.get(0).markedSnippet("«", "»")).contains("«lighthouse»");
    assertThat(longOne.body().length()).isGreaterThan(120_000);
  }

  @Test
  void allowsLeadingWildcards() throws IOException {
    addSmallCorpus();
    assertThat(archive.search(SearchRequest.builder("*mmit").build()).total()).isEqualTo(1);
  }

  @Test
  void unknownFieldsAreSyntaxErrorsNamingTheField() throws IOException {
    addSmallCorpus();
    assertThatThrownBy(() -> archive.search(SearchRequest.builder("navigation colour:red").build()))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("unknown field 'colour'")
        .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(11));
  }

  @Test
  void onlyNegationsMeanAllExcept() throws IOException {
    addSmallCorpus();
    assertThat(archive.search(SearchRequest.builder("-navigation").build()).total()).isEqualTo(4);
  }

  @Test
  void searchesDocumentNumbersExactly() throws IOException {
    Statement numbered =
        statement("Numbered note.", b -> b.withLanguage("en").withDocumentNumber("1234-05-2021"));
    archive.add(numbered);
    archive.commit();
    assertThat(archive.search(SearchRequest.builder("number:1234-05-2021").build()).total())
        .isEqualTo(1);
    assertThat(archive.search(SearchRequest.builder("number:1234*").build()).total()).isEqualTo(1);
  }

  // ---- provider ------------------------------------------------------------------------------

  @Test
  void theProviderServesFoldersAndFileUris() throws IOException {
    LuceneArchiveProvider provider = new LuceneArchiveProvider();
    assertThat(provider.accepts("archives/main")).isTrue();
    assertThat(provider.accepts("/var/verbatim")).isTrue();
    assertThat(provider.accepts("file:///var/verbatim")).isTrue();
    assertThat(provider.accepts("solr://zk:2181/verbatim")).isFalse();

    archive.add(sample("Reached through the service loader."));
    archive.commit();
    archive.close();
    archive = null;
    try (Archive viaLoader = ArchiveProvider.openLocation(dir().toUri().toString(), false)) {
      assertThat(viaLoader).isInstanceOf(LuceneArchive.class);
      assertThat(viaLoader.add(sample("Reached through the service loader.")))
          .isEqualTo(AddOutcome.DUPLICATE);
    }
    try (InputStream unused = InputStream.nullInputStream()) {
      assertThat(unused).isNotNull();
    }
  }
}
