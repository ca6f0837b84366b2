package io.verbatim.lucene;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.archive.CheckReport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Opens {@link LuceneArchive}s: serves every location that is a plain path (no {@code scheme://})
 * or a {@code file:} URI.
 */
public final class LuceneArchiveProvider implements ArchiveProvider {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

  @Override
  public boolean accepts(String location) {
    Objects.requireNonNull(location, "archive location");
    return location.startsWith("file:") || !SCHEME.matcher(location).find();
  }

  @Override
  public Archive open(String location, boolean create) throws IOException {
    if (!accepts(location)) {
      throw new IllegalArgumentException("not a folder or file: location: " + location);
    }
    return LuceneArchive.open(folderOf(location), create);
  }

  /**
   * Checks the archive with {@link LuceneCheck} (holding its write lock), and with {@code repair}
   * repairs it with {@link LuceneRepair} when the check found damage.
   */
  @Override
  public CheckReport check(String location, boolean repair, Consumer<String> progress)
      throws IOException {
    if (!accepts(location)) {
      throw new IllegalArgumentException("not a folder or file: location: " + location);
    }
    try (LuceneCheck check = LuceneCheck.open(folderOf(location))) {
      CheckReport found = check.run(progress);
      if (!repair) {
        return found;
      }
      return found.withRepair(
          found.damaged()
              ? LuceneRepair.run(check, found, progress)
              : new CheckReport.Repair(false, 0, List.of(), List.of(), List.of()));
    }
  }

  /** The folder a location names. */
  static Path folderOf(String location) {
    if (location.startsWith("file://")) {
      return Path.of(URI.create(location));
    }
    if (location.startsWith("file:")) {
      return Path.of(location.substring("file:".length()));
    }
    return Path.of(location);
  }
}
