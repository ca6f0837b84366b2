package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import java.io.IOException;
import picocli.CommandLine.Option;

/** The {@code --archive} option shared by every command that uses an archive. */
final class ArchiveOption {
  static final String DEFAULT = "verbatim-archive";

  @Option(
      names = "--archive",
      paramLabel = "LOCATION",
      defaultValue = DEFAULT,
      description = "Archive folder (default: ./${DEFAULT-VALUE}).")
  String location;

  /**
   * Opens the archive, creating it when {@code create}.
   *
   * @throws IOException when it cannot be opened, also when a backend says so with a runtime
   *     exception (SolrJ does, for a ZooKeeper it cannot reach)
   * @throws IllegalArgumentException when the location is not one (e.g. a path with a NUL)
   */
  Archive open(boolean create) throws IOException {
    try {
      return ArchiveProvider.openLocation(location, create);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IOException("cannot open the archive at " + location + ": " + e.getMessage(), e);
    }
  }
}
