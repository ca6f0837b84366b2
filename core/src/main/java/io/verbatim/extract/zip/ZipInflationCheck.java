package io.verbatim.extract.zip;

import io.verbatim.ingest.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Objects;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks a zip archive (an xlsx workbook, say) against {@link InflationLimits} before any reader
 * parses it, so that a zip bomb is refused after a bounded amount of work instead of exhausting
 * memory.
 *
 * <p>Contract: {@link #check} first reads the entry count that the archive's end record declares
 * (refusing too many before any entry is listed), then lists the entries as commons-compress's
 * {@link ZipFile} does (the reader fastexcel-reader uses, so both see the same entries, duplicates
 * included) and inflates each one into nothing, counting: it stops at the first limit passed.
 * Memory use is a fixed buffer plus the entry list; time is bounded by the limits. Entries that
 * cannot be inflated (encrypted, unknown method) are not counted: no reader can inflate them
 * either. Nothing in the archive is trusted: sizes are counted, not taken from headers. Thread-safe
 * (stateless).
 */
public final class ZipInflationCheck {
  private static final int END_RECORD = 0x06054b50;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int ZIP64_END_RECORD = 0x06064b50;
  private static final int END_RECORD_SIZE = 22;

  private ZipInflationCheck() {}

  /**
   * Refuses {@code zip} when it passes a limit.
   *
   * @param name the file's name, for messages
   * @throws BadInputException naming the file, the entry and the limit passed
   * @throws IOException when the bytes are not a readable zip archive (truncated or corrupt); the
   *     message is the zip reader's innermost one, for the caller to word
   */
  public static void check(byte[] zip, String name, InflationLimits limits)
      throws BadInputException, IOException {
    Objects.requireNonNull(zip, "zip bytes");
    Objects.requireNonNull(limits, "inflation limits");
    long declared = declaredEntries(zip);
    if (declared > limits.maxEntries()) {
      throw tooManyEntries(name, declared, limits);
    }
    try (ZipFile archive =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      Counter total = new Counter();
      long entries = 0;
      Enumeration<ZipArchiveEntry> all = archive.getEntries();
      while (all.hasMoreElements()) {
        ZipArchiveEntry entry = all.nextElement();
        if (++entries > limits.maxEntries()) {
          throw tooManyEntries(name, entries, limits);
        }
        if (!entry.isDirectory() && archive.canReadEntryData(entry)) {
          inflate(archive, entry, total, name, limits);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new IOException(message(e), e);
    }
  }

  /** Inflated and compressed bytes counted so far. */
  private static final class Counter {
    long inflated;
    long compressed;
  }

  private static void inflate(
      ZipFile archive, ZipArchiveEntry entry, Counter total, String name, InflationLimits limits)
      throws IOException, BadInputException {
    byte[] buffer = new byte[64 << 10];
    long inflated = 0;
    long compressed = 0;
    try (InputStream in = archive.getInputStream(entry)) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        inflated += n;
        compressed =
            in instanceof InputStreamStatistics s
                ? s.getCompressedCount()
                : Math.max(0, entry.getCompressedSize());
        long allInflated = total.inflated + inflated;
        long allCompressed = total.compressed + compressed;
        if (inflated > limits.maxEntryBytes()) {
          throw refused(
              name,
              "its entry "
                  + entry.getName()
                  + " inflates to more than "
                  + InflationLimits.bytes(limits.maxEntryBytes())
                  + ", the limit per entry");
        }
        if (allInflated > limits.maxTotalBytes()) {
          throw refused(
              name,
              "its entries inflate to more than "
                  + InflationLimits.bytes(limits.maxTotalBytes())
                  + " in all, the limit");
        }
        if (inflated > limits.ratioGraceBytes() && overRatio(inflated, compressed, limits)) {
          throw refused(
              name,
              "its entry "
                  + entry.getName()
                  + " inflates to more than "
                  + limits.maxRatio()
                  + " times its compressed size, the limit ("
                  + limits.maxRatio()
                  + ":1)");
        }
        if (allInflated > limits.ratioGraceBytes()
            && overRatio(allInflated, allCompressed, limits)) {
          throw refused(
              name,
              "its entries inflate to more than "
                  + limits.maxRatio()
                  + " times their compressed size in all, the limit ("
                  + limits.maxRatio()
                  + ":1)");
        }
      }
    }
    total.inflated += inflated;
    total.compressed += compressed;
  }

  private static boolean overRatio(long inflated, long compressed, InflationLimits limits) {
    return inflated / (double) Math.max(1, compressed) > limits.maxRatio();
  }

  private static BadInputException refused(String name, String why) {
    return new BadInputException(
        name + " is refused before reading: " + why + " (a zip bomb, or not a normal file)");
  }

  private static BadInputException tooManyEntries(
      String name, long entries, InflationLimits limits) {
    return refused(
        name, "it lists " + entries + " entries, over the limit of " + limits.maxEntries());
  }

  /**
   * The entry count the archive's end record declares (the zip64 one when present), or -1 when the
   * archive has no readable end record (the zip reader then says why).
   */
  static long declaredEntries(byte[] zip) {
    int end = -1;
    for (int i = zip.length - END_RECORD_SIZE;
        i >= 0 && i >= zip.length - END_RECORD_SIZE - 0xFFFF;
        i--) {
      if (int32(zip, i) == END_RECORD) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return -1;
    }
    long entries = int16(zip, end + 10);
    if (entries != 0xFFFF) {
      return entries;
    }
    int locator = end - 20;
    if (locator < 0 || int32(zip, locator) != ZIP64_LOCATOR) {
      return entries;
    }
    long zip64End = int64(zip, locator + 8);
    if (zip64End < 0
        || zip64End > zip.length - 56
        || int32(zip, (int) zip64End) != ZIP64_END_RECORD) {
      return entries;
    }
    long zip64Entries = int64(zip, (int) zip64End + 32);
    return zip64Entries < 0 ? Long.MAX_VALUE : zip64Entries;
  }

  private static int int16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int int32(byte[] b, int at) {
    return int16(b, at) | int16(b, at + 2) << 16;
  }

  private static long int64(byte[] b, int at) {
    return (int32(b, at) & 0xFFFFFFFFL) | (long) int32(b, at + 4) << 32;
  }

  /** The innermost message ("Archive is not a ZIP archive"), or the innermost exception's type. */
  private static String message(Exception e) {
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return message != null ? message : e.getClass().getSimpleName();
  }
}
