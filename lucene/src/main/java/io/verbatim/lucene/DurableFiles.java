package io.verbatim.lucene;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that a crash leaves either no file or the whole file: write to a temporary file
 * beside the target, fsync it, move it into place atomically, fsync the folder.
 */
final class DurableFiles {
  private DurableFiles() {}

  /**
   * Writes {@code bytes} to {@code target}, replacing it atomically.
   *
   * @throws IOException naming the folder when it is not writable (not the temporary file's name)
   */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    createDirectories(dir);
    Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    FileChannel channel;
    try {
      channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileSystemException e) {
      throw notWritable(dir, e);
    }
    try {
      try (FileChannel ch = channel) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(
            "cannot move " + temp + " into place atomically; the file system must support it", e);
      }
      syncFolder(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** {@link Files#createDirectories}, failing with {@link #notWritable} when it cannot. */
  static void createDirectories(Path dir) throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (FileSystemException e) {
      if (Files.isDirectory(dir)) {
        throw e;
      }
      Path existing = dir.toAbsolutePath();
      while (existing.getParent() != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (!Files.isDirectory(existing)) {
        throw e; // a file stands in the path: the reason says so
      }
      throw notWritable(existing, e);
    }
  }

  /**
   * The failure to write into {@code folder}: names the folder and says it is not writable, with
   * the system's reason (permission denied, read-only file system).
   */
  static IOException notWritable(Path folder, FileSystemException e) {
    String reason = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    if (e instanceof java.nio.file.AccessDeniedException && e.getReason() == null) {
      reason = "permission denied";
    }
    return new IOException(
        "the folder " + folder + " is not writable (" + reason + "); Verbatim cannot store there",
        e);
  }

  /** Makes a folder's entries (new or renamed files) durable. */
  static void syncFolder(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some platforms (Windows) cannot open folders; the rename is durable there by other means.
      if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
        throw e;
      }
    }
  }
}
