package io.verbatim.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.verbatim.ingest.Capture;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A multipart upload read whole: its files, as captures, and its other fields, within the upload
 * limit. Used by the API's {@code POST /api/statements} and the web UI's {@code POST /upload}.
 *
 * <p>Contract: a request that is not {@code multipart/form-data}, or whose body cannot be read (no
 * boundary, cut short, malformed), is a 400 saying why; a body over the limit (by its {@code
 * Content-Length}, or while it is read) a 413 naming the limit; never a 500.
 */
public final class Upload {
  private final List<Capture> files;
  private final Map<String, List<String>> fields;

  private Upload(List<Capture> files, Map<String, List<String>> fields) {
    this.files = List.copyOf(files);
    this.fields = Map.copyOf(fields);
  }

  /**
   * Reads the upload of {@code ctx}.
   *
   * @param maxBytes the most bytes of the whole request (all files together)
   * @throws ApiException 400 or 413 as above
   */
  public static Upload read(Context ctx, long maxBytes) throws IOException {
    String length = ctx.header("Content-Length");
    if (length != null) {
      long given;
      try {
        given = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("Content-Length is not a number: " + length);
      }
      if (given > maxBytes) {
        throw overLimit(maxBytes, given);
      }
    }
    if (!ctx.isMultipartFormData()) {
      throw ApiException.badRequest(
          "upload files as multipart/form-data (e.g. curl -F file=@page.html)");
    }
    List<UploadedFile> uploaded;
    Map<String, List<String>> fields;
    try {
      uploaded = ctx.uploadedFiles();
      fields = ctx.formParamMap();
    } catch (Exception e) { // Jetty's ServletException is thrown undeclared through Kotlin
      throw unreadable(e, maxBytes);
    }
    List<Capture> captures = new ArrayList<>();
    long total = 0;
    for (UploadedFile f : uploaded) {
      byte[] bytes;
      try (InputStream in = f.content()) {
        bytes = in.readAllBytes();
      }
      total += bytes.length;
      if (total > maxBytes) {
        throw overLimit(maxBytes, total);
      }
      String name = f.filename() == null || f.filename().isBlank() ? "upload" : f.filename();
      captures.add(new Capture(name, null, bytes));
    }
    return new Upload(captures, fields);
  }

  /** The uploaded files, in the order sent. */
  public List<Capture> files() {
    return files;
  }

  /** The single value of form field {@code name} (not a file), or null when absent or blank. */
  public String field(String name) {
    List<String> values = fields.getOrDefault(Objects.requireNonNull(name, "name"), List.of());
    if (values.size() > 1) {
      throw ApiException.badRequest(
          "form field '" + name + "' is given " + values.size() + " times; give it once");
    }
    return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
  }

  private static ApiException overLimit(long max, long given) {
    return ApiException.overLimit("upload size (bytes)", max, given, "--max-upload");
  }

  /** A body Jetty could not read: over the size limit (413), or malformed (400). */
  private static ApiException unreadable(Exception e, long max) {
    String reason = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("max length exceeded")
          || m.contains("exceeds")
          || m.contains("too large")
          || m.contains("too big")) {
        return new ApiException(
            413,
            "upload size (bytes) is over the server's limit of " + max + " (serve --max-upload)",
            Map.of("limit", max, "option", "--max-upload"));
      }
      if (t.getMessage() != null && t.getCause() == null) {
        reason = t.getMessage();
      }
    }
    return ApiException.badRequest(
        "cannot read the multipart upload"
            + (reason == null ? "" : ": " + reason)
            + "; send files as multipart/form-data (e.g. curl -F file=@page.html)");
  }
}
