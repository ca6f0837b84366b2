package io.verbatim.lucene;

import io.verbatim.archive.ArchiveVersionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Brings archives written in an older on-disk format up to {@link ArchiveMarker#CURRENT_VERSION},
 * one version at a time.
 *
 * <p>A registry maps version {@code n} to the {@link Step} that turns an archive of format {@code
 * n} into one of format {@code n + 1}. On open, {@link #migrate} runs every step from the archive's
 * version up to the current one; after each step the marker is rewritten with the new version, so a
 * crash between steps resumes at the step that did not finish. Steps must therefore be safe to run
 * again on a half-migrated archive.
 *
 * <p>{@link #standard()} knows: format 1 to 2, the index rebuilt from the stored records ({@link
 * IndexRebuild}) because format 2 indexes every word, exact forms beside stems.
 */
public final class Migrations {

  /** Turns an archive of one format version into the next. */
  public interface Step {
    /** One line for the message shown while it runs. */
    String description();

    /** Changes the archive folder {@code dir} in place; must be safe to run again. */
    void apply(Path dir) throws IOException;
  }

  private final Map<Integer, Step> steps;
  private final int currentVersion;

  /** A registry of {@code steps} (from-version to step) leading up to {@code currentVersion}. */
  public Migrations(Map<Integer, Step> steps, int currentVersion) {
    this.steps = new TreeMap<>(Objects.requireNonNull(steps, "migration steps"));
    this.currentVersion = currentVersion;
  }

  /** The steps this Verbatim knows. */
  public static Migrations standard() {
    return new Migrations(
        Map.of(
            1,
            new IndexRebuild(
                "format 2 indexes every word, stop words included, and exact word forms beside"
                    + " stems")),
        ArchiveMarker.CURRENT_VERSION);
  }

  /** The version archives are migrated to. */
  public int currentVersion() {
    return currentVersion;
  }

  /**
   * Migrates the archive at {@code dir}, whose marker is {@code marker}, to the current version.
   *
   * @param notices receives one message per step, for the user
   * @return the marker after migration
   * @throws ArchiveVersionException when a step is missing, saying what to do
   */
  public ArchiveMarker migrate(Path dir, ArchiveMarker marker, Consumer<String> notices)
      throws IOException {
    ArchiveMarker current = marker;
    while (current.formatVersion() < currentVersion) {
      int from = current.formatVersion();
      Step step = steps.get(from);
      if (step == null) {
        throw new ArchiveVersionException(
            "archive format "
                + from
                + " at "
                + dir
                + " cannot be migrated: this Verbatim reads format "
                + currentVersion
                + " and has no migration from format "
                + from
                + "; open it with the Verbatim that wrote it ("
                + marker.createdBy()
                + "), export it, and re-ingest with this one");
      }
      notices.accept(
          "migrating the archive "
              + dir
              + " from format "
              + from
              + " to format "
              + (from + 1)
              + ": "
              + step.description());
      step.apply(dir);
      current = current.withFormatVersion(from + 1);
      current.write(dir);
    }
    return current;
  }
}
