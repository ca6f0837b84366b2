package io.verbatim.archive;

import java.io.IOException;

/**
 * The archive on disk has a format version this Verbatim cannot open; the message says which
 * versions are involved and exactly how to migrate.
 */
public class ArchiveVersionException extends IOException {
  public ArchiveVersionException(String message) {
    super(message);
  }
}
