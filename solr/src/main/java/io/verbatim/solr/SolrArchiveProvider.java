package io.verbatim.solr;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import java.io.IOException;

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
}
