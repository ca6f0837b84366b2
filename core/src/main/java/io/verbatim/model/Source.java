package io.verbatim.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a statement's original bytes came from.
 *
 * @param path the file path or URL as given to ingest
 * @param format the name of the reader that read it (e.g. {@code capture}, {@code kremlin-html})
 * @param sha256 hex sha256 of the statement's own original bytes (the whole file, or the row of a
 *     corpus file); the statement id is derived from it
 * @param fileSha256 hex sha256 of the whole file the statement was read from (equal to {@code
 *     sha256} for one-statement files)
 * @param locator where in the file the statement stands (e.g. {@code row 17}), or null for a whole
 *     file
 * @param ingestedAt when it was first stored
 */
public record Source(
    String path,
    String format,
    String sha256,
    String fileSha256,
    String locator,
    Instant ingestedAt) {
  public Source {
    Objects.requireNonNull(path, "a source needs the path or URL it was read from");
    Objects.requireNonNull(format, "a source needs the format it was read as");
    requireSha(sha256, "sha256");
    requireSha(fileSha256, "fileSha256");
    Objects.requireNonNull(ingestedAt, "a source needs its ingest time");
  }

  private static void requireSha(String sha, String field) {
    Objects.requireNonNull(sha, () -> "a source needs " + field);
    if (!sha.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(field + " must be 64 lowercase hex digits: " + sha);
    }
  }
}
