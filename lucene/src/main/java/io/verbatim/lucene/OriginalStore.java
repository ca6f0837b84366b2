package io.verbatim.lucene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Content-addressed original bytes under {@code originals/}: the bytes with sha256 {@code abcd…}
 * are kept gzipped in {@code originals/ab/abcd….gz}.
 *
 * <p>Writes are durable and atomic (see {@link DurableFiles}) and idempotent: storing bytes that
 * are already there changes nothing. Reads check the sha256 of what they return, so a damaged file
 * is reported, never returned. Safe for concurrent use: two writers of the same bytes both succeed
 * and leave one file.
 *
 * <p>Reading back inflates without an inflation limit, on purpose: the store reads only gzip files
 * it wrote itself, of inputs that passed ingest's size limit, named by their sha256 and checked
 * against it. A zip bomb here would need write access to the archive folder, which can replace the
 * index and the records as well; the limits of {@code io.verbatim.extract.zip} guard what users
 * give to ingest.
 */
public final class OriginalStore {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final String SUFFIX = ".gz";

  private final Path root;

  /** A store in folder {@code root}, which is created on the first write. */
  public OriginalStore(Path root) {
    this.root = Objects.requireNonNull(root, "the originals folder");
  }

  /** The hex sha256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    return io.verbatim.ingest.Ingestor.sha256(bytes);
  }

  /**
   * Keeps {@code bytes}; returns once they are durable.
   *
   * @return their hex sha256
   */
  public String put(byte[] bytes) throws IOException {
    Objects.requireNonNull(bytes, "original bytes to store");
    String sha = sha256(bytes);
    Path file = fileFor(sha);
    if (Files.exists(file)) {
      return sha;
    }
    DurableFiles.createDirectories(file.getParent());
    DurableFiles.syncFolder(root);
    DurableFiles.writeAtomically(file, gzip(bytes));
    return sha;
  }

  /** True when the bytes with this sha256 are stored. */
  public boolean has(String sha256) {
    return Files.exists(fileFor(checkSha(sha256)));
  }

  /**
   * The bytes with this sha256, checked against it.
   *
   * @throws IOException naming the file when it is damaged (unreadable or with other bytes)
   */
  public Optional<InputStream> open(String sha256) throws IOException {
    Path file = fileFor(checkSha(sha256));
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new IOException(
          "the stored original " + file + " is damaged (" + e.getMessage() + ")", e);
    }
    String actual = sha256(bytes);
    if (!actual.equals(sha256)) {
      throw new IOException(
          "the stored original "
              + file
              + " is damaged: its bytes have sha256 "
              + actual
              + ", not "
              + sha256);
    }
    return Optional.of(new ByteArrayInputStream(bytes));
  }

  /**
   * How many originals are stored. Counts names only ({@code ab/abcd….gz}), without looking at the
   * files, so writes going on meanwhile (a temporary file renamed into place) never make it fail.
   */
  public long count() throws IOException {
    long n = 0;
    for (Path shard : entries(root)) {
      String name = shard.getFileName().toString();
      if (name.length() == 2) {
        for (Path file : entries(shard)) {
          String f = file.getFileName().toString();
          if (f.endsWith(SUFFIX) && SHA256.matcher(nameWithoutSuffix(file)).matches()) {
            n++;
          }
        }
      }
    }
    return n;
  }

  /**
   * The sha256s of the stored originals, by their file names ({@code ab/abcd….gz}), without looking
   * at the files.
   */
  public List<String> shas() throws IOException {
    List<String> shas = new ArrayList<>();
    for (Path shard : entries(root)) {
      if (shard.getFileName().toString().length() == 2) {
        for (Path file : entries(shard)) {
          String sha =
              file.getFileName().toString().endsWith(SUFFIX) ? nameWithoutSuffix(file) : "";
          if (SHA256.matcher(sha).matches()) {
            shas.add(sha);
          }
        }
      }
    }
    return shas;
  }

  /** The entries of {@code folder}; none when it is missing or not a folder. */
  private static List<Path> entries(Path folder) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(entries::add);
    } catch (NoSuchFileException | NotDirectoryException e) {
      return List.of();
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    return entries;
  }

  /** The file that holds (or would hold) the bytes with this sha256. */
  Path fileFor(String sha256) {
    return root.resolve(sha256.substring(0, 2)).resolve(sha256 + SUFFIX);
  }

  private static String nameWithoutSuffix(Path p) {
    String name = p.getFileName().toString();
    return name.substring(0, name.length() - SUFFIX.length());
  }

  private static String checkSha(String sha256) {
    Objects.requireNonNull(sha256, "sha256 of the original");
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a sha256 (64 lowercase hex digits): " + sha256);
    }
    return sha256;
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
