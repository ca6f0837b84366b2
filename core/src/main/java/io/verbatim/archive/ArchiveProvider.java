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
   * Checks the integrity of the archive at {@code location} without opening it for writing (see
   * {@link CheckReport} for what is checked), and with {@code repair} repairs what can be repaired
   * from what is stored, saying what it did in {@link CheckReport#repair()}.
   *
   * @param progress receives one line per step, for the user
   * @throws ArchiveLockedException when another process is writing the archive
   * @throws IOException when there is no archive at {@code location}
   * @throws UnsupportedOperationException when this backend cannot check, or cannot repair, with a
   *     message saying so
   */
  default CheckReport check(
      String location, boolean repair, java.util.function.Consumer<String> progress)
      throws IOException {
    throw new UnsupportedOperationException(
        "this archive backend has no integrity check: " + location);
  }

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
    throw noBackend(location);
  }

  /** {@link #check} with the first provider on the class path that accepts {@code location}. */
  static CheckReport checkLocation(
      String location, boolean repair, java.util.function.Consumer<String> progress)
      throws IOException {
    for (ArchiveProvider p : ServiceLoader.load(ArchiveProvider.class)) {
      if (p.accepts(location)) {
        return p.check(location, repair, progress);
      }
    }
    throw noBackend(location);
  }

  private static IllegalArgumentException noBackend(String location) {
    return new IllegalArgumentException(
        "no archive backend on the class path accepts '"
            + location
            + "' (a folder needs verbatim-lucene; solr://… needs verbatim-solr)");
  }
}
