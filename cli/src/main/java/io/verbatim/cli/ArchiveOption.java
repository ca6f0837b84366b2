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

  /** Opens the archive, creating it when {@code create}. */
  Archive open(boolean create) throws IOException {
    return ArchiveProvider.openLocation(location, create);
  }
}
