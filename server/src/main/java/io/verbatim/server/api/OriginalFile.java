package io.verbatim.server.api;

import io.verbatim.model.Statement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * How a statement's original bytes are sent: the content type of its source format and a file name.
 * A whole file keeps its own name ({@code en-speech-vienna.txt}); a row of a multi-record file
 * (CSV, JSON Lines) is named after the file and the statement ({@code statements-1a2b….csv}).
 *
 * @param fileName the name offered for saving
 * @param contentType the media type, with the charset for text formats read as UTF-8
 */
record OriginalFile(String fileName, String contentType) {

  OriginalFile {
    Objects.requireNonNull(fileName, "file name");
    Objects.requireNonNull(contentType, "content type");
  }

  static OriginalFile of(Statement s) {
    String format = s.source().format();
    String path = s.source().path();
    String base = path.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    if (base.isBlank()) {
      base = s.id();
    }
    String name = base;
    if (s.source().locator() != null) {
      int dot = base.lastIndexOf('.');
      String stem = dot > 0 ? base.substring(0, dot) : base;
      String ext = dot > 0 ? base.substring(dot) : extension(format);
      name = stem + "-" + s.id() + ext;
    }
    return new OriginalFile(name, contentType(format, base));
  }

  private static String extension(String format) {
    return switch (format) {
      case "html", "kremlin-html" -> ".html";
      case "csv" -> ".csv";
      case "jsonl" -> ".jsonl";
      default -> ".txt";
    };
  }

  /** The media type of a source format; HTML declares its own charset, the others are UTF-8. */
  static String contentType(String format, String fileName) {
    return switch (format) {
      case "html", "kremlin-html" -> "text/html";
      case "csv" -> "text/csv; charset=utf-8";
      case "jsonl" -> "application/x-ndjson; charset=utf-8";
      case "capture", "ungdc" -> "text/plain; charset=utf-8";
      default ->
          fileName.toLowerCase(Locale.ROOT).endsWith(".html")
              ? "text/html"
              : "application/octet-stream";
    };
  }

  /** {@code attachment; filename="…"; filename*=UTF-8''…}, safe for any name. */
  String contentDisposition(String kind) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
