package io.verbatim.archive;

import java.io.IOException;

/**
 * The archive cannot be written now because another process is writing it (it holds the archive's
 * write lock). Reading still works; the write can be tried again once the other process has
 * finished. The message names the archive.
 */
public class ArchiveLockedException extends IOException {
  public ArchiveLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
