package io.verbatim.extract.corpus;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (comma, semicolon or tab separated, RFC 4180 quoting, optional byte-order mark,
 * LF or CRLF) with a header row: each row is one statement, its columns found by a {@link
 * ColumnMapping}.
 *
 * <p>Each statement's original bytes are exactly its row's bytes in the file (from the row's start
 * to the next row's start; a byte-order mark belongs to no row), so byte-identical rows get the
 * same id. A row that cannot be read (no text, unreadable date, more cells than the header, bad
 * quoting) is a {@link ReadItem.Problem} naming the row, and the other rows go on; a file that ends
 * inside a quoted cell keeps its complete rows and reports the row where it broke. A header without
 * a text column, or a mapping naming a missing column, fails the whole file.
 */
public final class CsvReader implements FormatReader {
  private final ColumnMapping mapping;

  /** A reader with the default mapping (synonyms). */
  public CsvReader() {
    this(ColumnMapping.defaults());
  }

  public CsvReader(ColumnMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "column mapping");
  }

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public String description() {
    return "CSV table with a header, one statement a row (columns by name or --columns mapping)";
  }

  @Override
  public int recognise(Capture capture) {
    if (capture.looksBinary()) {
      return NO;
    }
    String name = capture.fileName().toLowerCase(Locale.ROOT);
    String text;
    try {
      text = capture.text();
    } catch (BadInputException e) {
      return NO;
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      return 70;
    }
    return headerHasText(text) ? 70 : NO;
  }

  private boolean headerHasText(String text) {
    String head = text.length() > 8192 ? text.substring(0, 8192) : text;
    char delimiter = CsvRecords.delimiterOf(head);
    CsvRecords.Split split = CsvRecords.split(head, delimiter);
    if (split.spans().isEmpty()) {
      return false;
    }
    CsvRecords.Span first = split.spans().get(0);
    try {
      List<String> header = cells(head.substring(first.start(), first.end()), delimiter);
      return header.size() >= 2 && mapping.resolve(header).hasText();
    } catch (IOException | BadInputException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public List<ReadItem> read(Capture capture) throws BadInputException {
    String text = capture.text();
    char delimiter = CsvRecords.delimiterOf(text);
    CsvRecords.Split split = CsvRecords.split(text, delimiter);
    if (split.spans().isEmpty()) {
      if (split.brokenAt() != null) {
        throw new BadInputException(
            "line 1", "the header row has a quote that is never closed; no row can be read");
      }
      throw new BadInputException("the file is empty: a CSV needs a header row and rows");
    }
    CsvRecords.Span headerSpan = split.spans().get(0);
    List<String> header;
    try {
      header = cells(text.substring(headerSpan.start(), headerSpan.end()), delimiter);
    } catch (IOException e) {
      throw new BadInputException("line 1", "the header row cannot be read: " + e.getMessage());
    }
    ColumnMapping.Resolved columns = mapping.resolve(header);
    if (!columns.hasText()) {
      throw new BadInputException(
          "header",
          "no column holds the statement text (looked for "
              + String.join(", ", ColumnMapping.Field.TEXT.synonyms())
              + "); the columns are: "
              + String.join(", ", header)
              + ". Name it with a mapping such as text=<column>");
    }
    RowStatements rows = new RowStatements(mapping, columns);
    List<ReadItem> items = new ArrayList<>();
    for (int r = 1; r < split.spans().size(); r++) {
      CsvRecords.Span span = split.spans().get(r);
      String locator = "row " + r;
      String rowText = text.substring(span.start(), span.end());
      List<String> cells;
      try {
        cells = cells(rowText, delimiter);
      } catch (IOException | RuntimeException e) {
        items.add(
            new ReadItem.Problem(
                locator, "row (line " + span.line() + ") is not valid CSV: " + e.getMessage()));
        continue;
      }
      if (cells.size() > header.size()) {
        items.add(
            new ReadItem.Problem(
                locator,
                "row (line "
                    + span.line()
                    + ") has "
                    + cells.size()
                    + " cells but the header has "
                    + header.size()
                    + " columns"));
        continue;
      }
      items.add(rows.read(cells, rowText.getBytes(StandardCharsets.UTF_8), locator));
    }
    if (split.brokenAt() != null) {
      items.add(
          new ReadItem.Problem(
              "row " + split.spans().size(),
              "the file ends inside a quoted cell: row "
                  + split.spans().size()
                  + " (from line "
                  + split.brokenAt().line()
                  + ") has a quote that is never closed, so the file looks truncated; the rows"
                  + " before it were read"));
    }
    return RowStatements.dropAmbiguousKeys(items);
  }

  /** The cells of one record's text. */
  private static List<String> cells(String recordText, char delimiter) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(recordText, format)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.isEmpty()) {
        return List.of();
      }
      if (records.size() > 1) {
        throw new IOException("one row was read as " + records.size() + " records");
      }
      return records.get(0).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
