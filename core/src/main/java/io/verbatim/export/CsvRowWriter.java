package io.verbatim.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as RFC 4180 (comma, double quotes where needed, CRLF between records, fields with line breaks
 * quoted): one header row, then one row per item. Null values are empty fields. The caller gives a
 * UTF-8 writer; no BOM is written.
 */
public final class CsvRowWriter<T> implements RowWriter<T> {
  private final CSVPrinter printer;
  private final Function<T, List<?>> row;
  private long written;

  /**
   * Writes the header to {@code out} at once; {@link #close()} flushes {@code out} but leaves it
   * open.
   */
  public CsvRowWriter(Writer out, List<String> header, Function<T, List<?>> row)
      throws IOException {
    Objects.requireNonNull(out, "output");
    this.row = Objects.requireNonNull(row, "row of an item");
    this.printer =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
  }

  @Override
  public void write(T item) throws IOException {
    printer.printRecord(row.apply(item));
    written++;
  }

  @Override
  public long written() {
    return written;
  }

  @Override
  public void close() throws IOException {
    printer.flush(); // not close(): that would close the caller's writer
  }
}
