package io.verbatim.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.archive.AddOutcome;
import io.verbatim.archive.ArchiveVersionException;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.Selection;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The archive's format version, recorded as a collection property and checked on open. */
class SolrFormatVersionTest {
  private static SolrTestCluster solr;

  @BeforeAll
  static void startCluster() throws Exception {
    solr = SolrTestCluster.start(1);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (solr != null) {
      solr.close();
    }
  }

  private static String property(SolrLocation location) throws Exception {
    return solr.cluster()
        .getZkStateReader()
        .getCollectionProperties(location.collection())
        .get(SolrAdmin.FORMAT_PROPERTY);
  }

  private static void setProperty(SolrLocation location, String value) throws Exception {
    CollectionAdminRequest.setCollectionProperty(
            location.collection(), SolrAdmin.FORMAT_PROPERTY, value)
        .process(solr.cluster().getSolrClient());
  }

  @Test
  void initRecordsTheFormatVersionAndStatsReportIt() throws Exception {
    SolrLocation location = SolrLocation.parse(solr.location("fresh"));
    assertThat(SolrArchive.init(location, 1, 1)).isTrue();
    assertThat(property(location)).isEqualTo(Integer.toString(SolrArchive.FORMAT_VERSION));
    try (SolrArchive archive = SolrArchive.open(location, false)) {
      assertThat(archive.stats().formatVersion()).isEqualTo(SolrArchive.FORMAT_VERSION);
    }
    assertThat(SolrArchive.init(location, 1, 1)).as("init is idempotent").isFalse();
  }

  @Test
  void aNewerFormatIsRefusedSayingWhatToDo() throws Exception {
    SolrLocation location = SolrLocation.parse(solr.location("newer"));
    SolrArchive.init(location, 1, 1);
    setProperty(location, "7");
    assertThatThrownBy(() -> SolrArchive.open(location, false))
        .isInstanceOf(ArchiveVersionException.class)
        .hasMessageContaining("archive format 7")
        .hasMessageContaining(SolrAdmin.FORMAT_PROPERTY)
        .hasMessageContaining("upgrade Verbatim");
  }

  @Test
  void aValueThatIsNotANumberIsAClearError() throws Exception {
    SolrLocation location = SolrLocation.parse(solr.location("garbled"));
    SolrArchive.init(location, 1, 1);
    setProperty(location, "one");
    assertThatThrownBy(() -> SolrArchive.open(location, false))
        .hasMessageContaining("'one'")
        .hasMessageContaining("not a number");
  }

  @Test
  void aFormatTwoCollectionHasNoVersionFlagsAndCountsEveryVersion() throws Exception {
    SolrLocation location = SolrLocation.parse(solr.location("two"));
    SolrArchive.init(location, 1, 1);
    setProperty(location, "2");
    Statement first = version("First text of the note.", "2026-01-01T00:00:00Z");
    Statement second = version("Second text of the note.", "2026-02-01T00:00:00Z");
    try (SolrArchive archive = SolrArchive.open(location, false)) {
      assertThat(archive.tracksVersions()).isFalse();
      archive.add(first);
      assertThat(archive.add(second)).isEqualTo(AddOutcome.NEW_VERSION);
      archive.commit();
      assertThat(archive.search(SearchRequest.builder("note").build()).total()).isEqualTo(2);
      assertThat(archive.delete(second.id())).isTrue();
      archive.commit();
      assertThat(archive.search(SearchRequest.builder("note").build()).total()).isEqualTo(1);
    }
  }

  private static Statement version(String body, String ingestedAt) {
    String sha = Ingestor.sha256(body.getBytes(StandardCharsets.UTF_8));
    return Statement.builder()
        .withId(Statement.idFor(sha))
        .withStatementKey("note-1")
        .withSource(new Source("t.txt", "capture", sha, sha, null, Instant.parse(ingestedAt)))
        .withLanguage("en")
        .withBody(body)
        .build();
  }

  @Test
  void collectionsFromBeforeTheVersionWasRecordedAreFormatOneAndGetItRecorded() throws Exception {
    SolrLocation location = SolrLocation.parse(solr.location("unmarked"));
    SolrArchive.init(location, 1, 1);
    setProperty(location, null); // removes it
    assertThat(property(location)).isNull();
    try (SolrArchive archive = SolrArchive.open(location, false)) {
      assertThat(archive.stats().formatVersion()).isEqualTo(1);
      // Format 1 bodies have no term vectors: the analyses that read them say so.
      assertThatThrownBy(() -> archive.keyness(Selection.ALL, null, "en", 10))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("format 2")
          .hasMessageContaining("re-ingest");
    }
    assertThat(property(location)).isEqualTo("1");
  }
}
