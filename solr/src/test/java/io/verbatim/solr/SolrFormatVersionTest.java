package io.verbatim.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.archive.AddOutcome;
import io.verbatim.archive.ArchiveVersionException;
import io.verbatim.archive.SearchRequest;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.ContentStreamBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The archive's format version, recorded as a collection property and checked on open; older
 * formats are upgraded in place.
 */
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
  void anOlderFormatIsRefusedSayingHowToUpgrade() throws Exception {
    SolrLocation location = SolrLocation.parse(solr.location("unmarked"));
    SolrArchive.init(location, 1, 1);
    setProperty(location, null); // removes it: made before the version was recorded, format 1
    assertThat(property(location)).isNull();
    assertThatThrownBy(() -> SolrArchive.open(location, false))
        .isInstanceOf(ArchiveVersionException.class)
        .hasMessageContaining("archive format 1")
        .hasMessageContaining("older Verbatim")
        .hasMessageContaining("verbatim solr upgrade --archive " + location);
    setProperty(location, "2");
    assertThatThrownBy(() -> SolrArchive.open(location, false))
        .isInstanceOf(ArchiveVersionException.class)
        .hasMessageContaining("archive format 2")
        .hasMessageContaining("verbatim solr upgrade --archive " + location);
  }

  /** A statement as format 2 stored it (the record is the same in every format). */
  private static Statement statement(String body, String title) {
    String sha = Ingestor.sha256(body.getBytes(StandardCharsets.UTF_8));
    return Statement.builder()
        .withId(Statement.idFor(sha))
        .withStatementKey("key:" + sha.substring(0, 8))
        .withSource(new Source("old/" + sha, "capture", sha, sha, null, Instant.now()))
        .withLanguage("en")
        .withTitle(title)
        .withBody(body)
        .build();
  }

  @Test
  void upgradeReindexesAFormatTwoArchiveInPlaceKeepingItsOriginals() throws Exception {
    SolrLocation location = SolrLocation.parse(solr.location("oldformat"));
    // A format 2 archive: the configset of that time, its documents, the property saying 2.
    new ConfigSetAdminRequest.Upload()
        .setConfigSetName(location.configSet())
        .setUploadStream(
            new ContentStreamBase.ByteArrayStream(
                zip("/configset-format2/"), "configset.zip", "application/zip"))
        .process(solr.cluster().getSolrClient());
    SolrArchive.init(location, 1, 1);
    setProperty(location, "2");
    SolrClient client = solr.cluster().getSolrClient();
    List<Statement> stored =
        List.of(
            statement("This is not the end of the talks.", "Remarks"),
            statement("The sanctions were lifted.", "Sanctions"),
            statement("Talks on the sanction regime resumed.", null));
    for (Statement s : stored) {
      client.add(location.collection(), SolrFields.toDocument(s));
    }
    byte[] original = "the original bytes".getBytes(StandardCharsets.UTF_8);
    SolrInputDocument bytes = new SolrInputDocument();
    bytes.addField(SolrFields.ID, Ingestor.sha256(original));
    bytes.addField(SolrFields.BYTES, original);
    bytes.addField(SolrFields.LENGTH, (long) original.length);
    client.add(location.originals(), bytes);
    client.commit(location.collection());
    client.commit(location.originals());
    // Format 2 dropped stop words: "the" is not in its index.
    assertThat(client.query(location.collection(), new SolrQuery("body_en:the")).getResults())
        .isEmpty();

    List<String> progress = new ArrayList<>();
    assertThat(SolrArchive.upgrade(location, progress::add)).isEqualTo(3);
    assertThat(progress).last().asString().contains("is now format " + SolrArchive.FORMAT_VERSION);
    assertThat(property(location)).isEqualTo(Integer.toString(SolrArchive.FORMAT_VERSION));

    try (SolrArchive archive = SolrArchive.open(location, false)) {
      assertThat(archive.stats().statements()).isEqualTo(3);
      assertThat(total(archive, "\"the\"")).isEqualTo(3);
      assertThat(total(archive, "\"is not\"")).isEqualTo(1);
      assertThat(total(archive, "\"sanctions\"")).isEqualTo(1);
      assertThat(total(archive, "sanctions")).isEqualTo(2);
      for (Statement s : stored) {
        assertThat(archive.get(s.id())).contains(s);
      }
      assertThat(archive.openOriginal(Ingestor.sha256(original)).orElseThrow().readAllBytes())
          .isEqualTo(original);
    }
    assertThat(SolrArchive.upgrade(location, progress::add)).as("already current").isZero();
  }

  private static long total(SolrArchive archive, String query) throws Exception {
    return archive.search(SearchRequest.builder(query).withLimit(0).build()).total();
  }

  /** The files under class path folder {@code folder} as a zip. */
  private static byte[] zip(String folder) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String file : List.of("schema.xml", "solrconfig.xml")) {
        try (InputStream in = SolrFormatVersionTest.class.getResourceAsStream(folder + file)) {
          zip.putNextEntry(new ZipEntry(file));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    }
    return out.toByteArray();
  }
}
