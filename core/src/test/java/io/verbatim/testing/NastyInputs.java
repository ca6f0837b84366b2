package io.verbatim.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a nasty-inputs folder, plus the empty input every such folder needs. The empty file
 * is made at run time in a temporary folder, so no empty file is committed (zero-byte files look
 * alike everywhere and trip the house check for copied texts).
 */
public final class NastyInputs {
  private NastyInputs() {}

  /** The files in {@code folder}, sorted by name, and an empty file named {@code emptyName}. */
  public static List<Path> withEmpty(Path folder, String emptyName) {
    try (Stream<Path> listing = Files.list(folder)) {
      List<Path> files = new ArrayList<>(listing.filter(Files::isRegularFile).sorted().toList());
      files.add(emptyFile(emptyName));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the nasty inputs in " + folder, e);
    }
  }

  /** A new empty file named {@code name} in a temporary folder. */
  public static Path emptyFile(String name) {
    try {
      Path dir = Files.createTempDirectory("verbatim-nasty");
      dir.toFile().deleteOnExit();
      Path empty = Files.createFile(dir.resolve(name));
      empty.toFile().deleteOnExit();
      return empty;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make an empty input file", e);
    }
  }
}
