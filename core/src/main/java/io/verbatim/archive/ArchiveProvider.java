package io.verbatim.archive;

import java.io.IOException;
import java.util.ServiceLoader;

/**
 * Opens archives of one backend. Backends register an implementation with {@link ServiceLoader}
 * ({@code META-INF/services/io.verbatim.archive.ArchiveProvider}).
 */
public interface ArchiveProvider {

  /** True when this backend serves {@code location} (e.g. a folder, or {@code solr://…}). */
  boolean accepts(String location);

  /**
   * Opens (and with {@code create}, creates when absent) the archive at {@code location}.
   *
   * @throws ArchiveVersionException when the archive's format version cannot be opened
   */
  Archive open(String location, boolean create) throws IOException;

  /**
   * Opens {@code location} with the first provider on the class path that accepts it.
   *
   * @throws IllegalArgumentException when no backend accepts the location
   */
  static Archive openLocation(String location, boolean create) throws IOException {
    for (ArchiveProvider p : ServiceLoader.load(ArchiveProvider.class)) {
      if (p.accepts(location)) {
        return p.open(location, create);
      }
    }
    throw new IllegalArgumentException(
        "no archive backend on the class path accepts '"
            + location
            + "' (a folder needs verbatim-lucene; solr://… needs verbatim-solr)");
  }
}
