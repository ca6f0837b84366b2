package io.verbatim.analysis.people;

import io.verbatim.analysis.tables.TsvRows;
import io.verbatim.ingest.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The built-in resources of this package, read as UTF-8 text and parsed ({@link TsvRows} reads
 * their lines); a broken built-in file is a bug, reported with its place.
 */
final class Tsv {
  private Tsv() {}

  /** A resource of this package, as text; a missing resource is a bug, not bad input. */
  static String resource(String name) {
    try (InputStream in = Tsv.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The built-in people file " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the built-in people file " + name, e);
    }
  }

  /** Parses a built-in resource; a bad line in it is a bug, reported with its place. */
  static <T> T builtIn(String name, Parser<T> parser) {
    try {
      return parser.parse(resource(name));
    } catch (BadInputException e) {
      throw new IllegalStateException(
          "The built-in people file is broken: " + e.locator() + ": " + e.getMessage(), e);
    }
  }

  /** Parses the text of one file. */
  interface Parser<T> {
    T parse(String text) throws BadInputException;
  }
}
