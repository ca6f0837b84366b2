package io.verbatim.export;

import io.verbatim.model.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The last line of an export that stopped before its end, so that a truncated export never looks
 * complete. The same for the HTTP API and the command line:
 *
 * <ul>
 *   <li>JSON Lines: {@code {"truncated": true, "written": N, "error": "...", "status": S}} ({@code
 *       status} only over HTTP: the status the export would have had, had it failed before the
 *       first byte); records never have a {@code truncated} field.
 *   <li>CSV: a row {@code #truncated,N,"..."} (the first column of a record is an id, never {@code
 *       #}).
 * </ul>
 */
public final class TruncationLine {
  private TruncationLine() {}

  /**
   * Writes the line to {@code out} and flushes it.
   *
   * @param written rows written before the export stopped
   * @param reason what stopped it, for the reader
   * @param status the HTTP status, or null on the command line
   */
  public static void write(Writer out, boolean csv, long written, String reason, Integer status)
      throws IOException {
    if (csv) {
      new CSVPrinter(out, CSVFormat.RFC4180).printRecord("#truncated", written, reason);
    } else {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("truncated", true);
      line.put("written", written);
      line.put("error", reason);
      if (status != null) {
        line.put("status", status);
      }
      out.write(Json.compact(line));
      out.write('\n');
    }
    out.flush();
  }
}
