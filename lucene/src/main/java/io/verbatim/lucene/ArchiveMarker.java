package io.verbatim.lucene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;

/**
 * The marker file {@code verbatim-archive.json} that makes a folder a Verbatim archive and records
 * its on-disk format version.
 *
 * <p>Its form is {@code {"format": "verbatim-archive", "formatVersion": 2, "created": "…",
 * "createdBy": "Verbatim 0.1.0"}}. It is written atomically (temporary file, fsync, rename, fsync
 * of the folder), so a crash leaves either the old marker or the new one.
 *
 * @param formatVersion the on-disk format version
 * @param created when the archive was created
 * @param createdBy the Verbatim that created it, e.g. {@code Verbatim 0.1.0}
 */
public record ArchiveMarker(int formatVersion, Instant created, String createdBy) {
  /** The marker's file name inside the archive folder. */
  public static final String FILE_NAME = "verbatim-archive.json";

  /** The value of the marker's {@code format} field. */
  public static final String FORMAT = "verbatim-archive";

  /**
   * The format version this Verbatim writes and reads: 2, every word indexed with its exact form
   * beside its stem (format 1 dropped stop words and kept only stems; {@link Migrations} rebuilds
   * such an index on open).
   */
  public static final int CURRENT_VERSION = 2;

  public ArchiveMarker {
    Objects.requireNonNull(created, "the archive's creation time");
    Objects.requireNonNull(createdBy, "the Verbatim that created the archive");
  }

  /** A marker for an archive created now by this Verbatim, at the current format version. */
  public static ArchiveMarker createdNow() {
    return new ArchiveMarker(CURRENT_VERSION, Instant.now(), "Verbatim " + verbatimVersion());
  }

  /** The same marker at another format version (after a migration step). */
  public ArchiveMarker withFormatVersion(int version) {
    return new ArchiveMarker(version, created, createdBy);
  }

  /**
   * Reads the marker of the archive folder {@code dir}.
   *
   * @throws IOException naming the file when it is not a Verbatim marker
   */
  public static ArchiveMarker read(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    JsonNode node;
    try {
      node = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IOException(
          file + " is not a readable Verbatim archive marker: " + e.getMessage(), e);
    }
    if (node == null || !FORMAT.equals(node.path("format").asText(null))) {
      throw new IOException(
          dir + " is not a Verbatim archive (" + file + " lacks \"format\": \"" + FORMAT + "\")");
    }
    JsonNode version = node.path("formatVersion");
    if (!version.isInt()) {
      throw new IOException(file + " has no integer \"formatVersion\"");
    }
    Instant created;
    try {
      created = Instant.parse(node.path("created").asText(""));
    } catch (RuntimeException e) {
      throw new IOException(file + " has no ISO-8601 \"created\" time", e);
    }
    return new ArchiveMarker(version.intValue(), created, node.path("createdBy").asText("?"));
  }

  /** Writes this marker into {@code dir} atomically and durably. */
  public void write(Path dir) throws IOException {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("format", FORMAT);
    node.put("formatVersion", formatVersion);
    node.put("created", created.toString());
    node.put("createdBy", createdBy);
    byte[] bytes =
        Json.pretty().writeValueAsString(node).concat("\n").getBytes(StandardCharsets.UTF_8);
    DurableFiles.writeAtomically(dir.resolve(FILE_NAME), bytes);
  }

  /** This Verbatim's version, as the build recorded it. */
  static String verbatimVersion() {
    try (InputStream in = ArchiveMarker.class.getResourceAsStream("verbatim-version.properties")) {
      if (in == null) {
        return "(unknown version)";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "(unknown version)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
