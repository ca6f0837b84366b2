package io.verbatim.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Creates what an archive needs on a SolrCloud cluster: the configset (from this jar's {@code
 * configset/} folder), the two collections, and the format version, recorded as the collection
 * property {@value #FORMAT_PROPERTY} of the statements collection (ZooKeeper's {@code
 * collectionprops.json}, set with the Collections API's {@code COLLECTIONPROP}). Idempotent:
 * whatever exists is left as it is.
 */
final class SolrAdmin {
  private SolrAdmin() {}

  /** The collection property that records the archive's format version. */
  static final String FORMAT_PROPERTY = "verbatimFormatVersion";

  /** The configset files, under {@code /configset/} on the class path. */
  static final List<String> CONFIGSET_FILES = List.of("schema.xml", "solrconfig.xml");

  /**
   * Uploads the configset when absent and creates the statements and originals collections when
   * absent, each with {@code shards} shards of {@code replicationFactor} replicas.
   *
   * @return true when anything was created
   */
  static boolean init(
      CloudSolrClient client, SolrLocation location, int shards, int replicationFactor)
      throws IOException {
    if (shards < 1 || replicationFactor < 1) {
      throw new IllegalArgumentException(
          "shards and replicas must be at least 1: " + shards + " × " + replicationFactor);
    }
    boolean created = false;
    try {
      List<String> configSets = new ConfigSetAdminRequest.List().process(client).getConfigSets();
      if (!configSets.contains(location.configSet())) {
        ContentStreamBase.ByteArrayStream zip =
            new ContentStreamBase.ByteArrayStream(
                configSetZip(), "configset.zip", "application/zip");
        new ConfigSetAdminRequest.Upload()
            .setConfigSetName(location.configSet())
            .setUploadStream(zip)
            .process(client);
        created = true;
      }
      List<String> collections = CollectionAdminRequest.listCollections(client);
      for (String name : List.of(location.collection(), location.originals())) {
        if (!collections.contains(name)) {
          CollectionAdminRequest.createCollection(
                  name, location.configSet(), shards, replicationFactor)
              .process(client);
          created = true;
        }
      }
      if (formatVersion(client, location) == null) {
        setFormatVersion(client, location, SolrArchive.FORMAT_VERSION);
        created = true;
      }
    } catch (SolrServerException e) {
      throw new IOException("cannot set up " + location + ": " + e.getMessage(), e);
    }
    return created;
  }

  /**
   * The format version recorded in the statements collection, or null when none is.
   *
   * @throws IOException when the recorded value is not a number
   */
  static Integer formatVersion(CloudSolrClient client, SolrLocation location) throws IOException {
    ZkClientClusterStateProvider zk =
        (ZkClientClusterStateProvider) client.getClusterStateProvider();
    String value =
        zk.getZkStateReader().getCollectionProperties(location.collection()).get(FORMAT_PROPERTY);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new IOException(
          "the collection "
              + location.collection()
              + " at "
              + location
              + " records the format version '"
              + value
              + "' (property "
              + FORMAT_PROPERTY
              + "), which is not a number",
          e);
    }
  }

  /** Records {@code version} as the archive's format version. */
  static void setFormatVersion(SolrClient client, SolrLocation location, int version)
      throws IOException {
    try {
      CollectionAdminRequest.setCollectionProperty(
              location.collection(), FORMAT_PROPERTY, Integer.toString(version))
          .process(client);
    } catch (SolrServerException | RuntimeException e) {
      throw new IOException(
          "cannot record the format version of " + location + ": " + e.getMessage(), e);
    }
  }

  /** True when both collections of {@code location} exist. */
  static boolean exists(SolrClient client, SolrLocation location) throws IOException {
    try {
      List<String> collections = CollectionAdminRequest.listCollections(client);
      return collections.contains(location.collection())
          && collections.contains(location.originals());
    } catch (SolrServerException e) {
      throw new IOException(
          "cannot list the collections of " + location + ": " + e.getMessage(), e);
    }
  }

  /** The configset as a zip, as Solr's configset upload wants it. */
  static byte[] configSetZip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String file : CONFIGSET_FILES) {
        try (InputStream in = SolrAdmin.class.getResourceAsStream("/configset/" + file)) {
          if (in == null) {
            throw new IllegalStateException("configset file missing from the jar: " + file);
          }
          zip.putNextEntry(new ZipEntry(file));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    }
    return out.toByteArray();
  }
}
