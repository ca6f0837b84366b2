package io.verbatim.analysis.people;

import io.verbatim.ingest.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the tab-separated word lists and tables of this package, the way Lucene's {@code
 * WordlistLoader} reads stop words: UTF-8, a byte-order mark ignored, blank lines and lines
 * starting with {@code #} skipped, one header line (checked by its first column), then data lines.
 * A bad line is a {@link BadInputException} naming the file and line.
 */
final class Tsv {
  /** One data line, with its number for messages. */
  record Row(String file, int line, String[] cells) {
    /** The stripped cell, which must not be empty. */
    String cell(int i) throws BadInputException {
      String value = optional(i);
      if (value == null) {
        throw bad("column " + (i + 1) + " is empty");
      }
      return value;
    }

    /** The stripped cell, or null when it is empty or missing. */
    String optional(int i) {
      String value = i < cells.length ? cells[i].strip() : "";
      return value.isEmpty() ? null : value;
    }

    BadInputException bad(String message) {
      return new BadInputException(file + " line " + line, message);
    }
  }

  private Tsv() {}

  /**
   * The data rows of {@code text}.
   *
   * @param file the file's name, for messages
   * @param firstHeader what the header line's first column must be
   * @param min the fewest columns a data line may have
   * @param max the most
   */
  static List<Row> rows(String file, String text, String firstHeader, int min, int max)
      throws BadInputException {
    Objects.requireNonNull(text, file + " contents");
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    boolean headerSeen = false;
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (!headerSeen) {
        if (!cells[0].strip().equals(firstHeader)) {
          throw new BadInputException(
              file + " line " + (i + 1),
              "expected the header line (starting with '" + firstHeader + "'), found: " + line);
        }
        headerSeen = true;
        continue;
      }
      if (cells.length < min || cells.length > max) {
        throw new BadInputException(
            file + " line " + (i + 1),
            "expected "
                + (min == max ? String.valueOf(min) : min + " to " + max)
                + " tab-separated columns, found "
                + cells.length);
      }
      rows.add(new Row(file, i + 1, cells));
    }
    return rows;
  }

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
