package io.verbatim.solr;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.archive.CheckReport;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Opens {@code solr://zk1:2181,zk2:2181[/chroot]/collection} locations as {@link SolrArchive}s.
 * Registered in {@code META-INF/services/io.verbatim.archive.ArchiveProvider}.
 */
public final class SolrArchiveProvider implements ArchiveProvider {
  @Override
  public boolean accepts(String location) {
    return SolrLocation.isSolr(location);
  }

  @Override
  public Archive open(String location, boolean create) throws IOException {
    return SolrArchive.open(SolrLocation.parse(location), create);
  }

  /**
   * Checks the archive with {@link SolrCheck}. There is no repair on SolrCloud: Solr recovers a
   * replica from its shard's leader by itself, and a shard without a healthy replica is restored
   * from a backup (Collections API {@code RESTORE}); {@code repair} is refused before anything is
   * read.
   */
  @Override
  public CheckReport check(String location, boolean repair, Consumer<String> progress)
      throws IOException {
    if (repair) {
      throw new UnsupportedOperationException(
          "check --repair is not available for SolrCloud archives ("
              + location
              + "): Solr recovers a replica from its shard's leader by itself; a shard with no"
              + " healthy replica is restored from a backup (Collections API RESTORE), or the"
              + " archive is exported and ingested again. Run 'verbatim check' without --repair to"
              + " see what is damaged");
    }
    SolrLocation where = SolrLocation.parse(location);
    try (SolrArchive archive = SolrArchive.open(where, false)) {
      return new SolrCheck(archive, archive.cloudClient(), where).run(progress);
    }
  }
}
