package io.verbatim.analysis.tables;

import io.verbatim.ingest.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the tab-separated word lists and tables Verbatim ships (the gazetteer's, the person
 * authority's), the way Lucene's {@code WordlistLoader} reads stop words: a byte-order mark
 * ignored, blank lines and lines starting with {@code #} skipped, one header line (checked by its
 * first column), then data lines with a checked number of columns. A bad line is a {@link
 * BadInputException} naming the file and line.
 */
public final class TsvRows {
  private TsvRows() {}

  /** One data line, with its number for messages. */
  public record Row(String file, int line, String[] cells) {
    /** The stripped cell, which must not be empty. */
    public String cell(int i) throws BadInputException {
      String value = optional(i);
      if (value == null) {
        throw bad("column " + (i + 1) + " is empty");
      }
      return value;
    }

    /** The stripped cell, or null when it is empty or missing. */
    public String optional(int i) {
      String value = i < cells.length ? cells[i].strip() : "";
      return value.isEmpty() ? null : value;
    }

    /** A problem with this line, naming the file and the line. */
    public BadInputException bad(String message) {
      return new BadInputException(file + " line " + line, message);
    }
  }

  /**
   * The data rows of {@code text}.
   *
   * @param file the file's name, for messages
   * @param firstHeader what the header line's first column must be
   * @param min the fewest columns a data line may have
   * @param max the most
   */
  public static List<Row> rows(String file, String text, String firstHeader, int min, int max)
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
}
