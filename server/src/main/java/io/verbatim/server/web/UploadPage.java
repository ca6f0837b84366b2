package io.verbatim.server.web;

import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import java.util.Objects;

/**
 * The upload page, {@code /upload}: a form that sends files to be ingested exactly as {@code
 * verbatim ingest} does (same readers, same report), and after a send the report: what was stored
 * (linked), duplicates and new versions, what was skipped, and every failure with its file, line or
 * row and reason. Writing needs the server's token, typed into the form (a password field, sent in
 * the POST body, never in a link); a server started without a token is read-only and says so.
 */
final class UploadPage {
  private final boolean readOnly;
  private final IngestReport report;

  UploadPage(boolean readOnly, IngestReport report) {
    this.readOnly = readOnly;
    this.report = report;
  }

  Html render() {
    Html h = new Html();
    h.element("h1", "Add statements");
    if (report != null) {
      report(h);
    }
    if (readOnly) {
      h.element(
          "p",
          "This server is read-only: it was started without a token (serve --token-file or"
              + " VERBATIM_TOKEN).",
          "class",
          "notice",
          "id",
          "read-only");
      return h;
    }
    h.element(
        "p",
        "Saved pages, HTML, text captures or corpus files (CSV, JSON Lines, UNGDC): each file is"
            + " stored byte for byte and read as the command line's ingest reads it.");
    h.open(
        "form",
        "method",
        "post",
        "action",
        "/upload",
        "enctype",
        "multipart/form-data",
        "class",
        "upload",
        "id",
        "upload-form");
    h.open("label");
    h.element("span", "Files");
    h.empty(
        "input", "type", "file", "name", "file", "multiple", "multiple", "required", "required");
    h.close();
    h.open("label");
    h.element("span", "Format");
    h.open("select", "name", "format");
    h.element("option", "auto (by content)", "value", Formats.AUTO);
    for (String name : Formats.standard().names()) {
      h.element("option", name, "value", name);
    }
    h.close();
    h.close();
    h.open("label");
    h.element("span", "Token");
    h.empty(
        "input",
        "type",
        "password",
        "name",
        "token",
        "autocomplete",
        "current-password",
        "required",
        "required");
    h.close();
    h.element("button", "Upload and ingest", "type", "submit");
    h.close();
    return h;
  }

  private void report(Html h) {
    Objects.requireNonNull(report, "report");
    h.open("section", "class", "report", "id", "report", "aria-label", "ingest report");
    h.element(
        "p",
        report.getIngested()
            + " stored, "
            + report.getDuplicates()
            + " duplicates, "
            + report.getVersions()
            + " new versions, "
            + report.getStoredWithoutText().size()
            + " stored without text, "
            + report.getSkipped().size()
            + " skipped, "
            + report.getFailed().size()
            + " failed ("
            + report.getFiles()
            + " files).",
        "class",
        "summary");
    if (!report.getFailed().isEmpty()) {
      h.element("h2", "Failed");
      h.open("ul", "class", "failed");
      for (IngestReport.Failure f : report.getFailed()) {
        h.element("li", f.message());
      }
      h.close();
    }
    if (!report.getStoredWithoutText().isEmpty()) {
      h.element("h2", "Stored without text");
      h.open("ul", "class", "without-text");
      for (IngestReport.Stored s : report.getStoredWithoutText()) {
        h.open("li");
        h.element("a", s.id(), "href", Display.statementPath(s.id()));
        h.text(" " + s.where() + ": the page has a title but no text");
        h.close();
      }
      h.close();
    }
    if (!report.getStatements().isEmpty()) {
      h.element("h2", "Stored");
      h.open("ul", "class", "stored");
      for (IngestReport.Stored s : report.getStatements()) {
        h.open("li");
        h.element("a", s.id(), "href", Display.statementPath(s.id()));
        h.text(
            " "
                + s.file()
                + (s.locator() == null ? "" : " (" + s.locator() + ")")
                + " · "
                + s.format()
                + " · "
                + s.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (s.withoutText() ? " · without text" : ""));
        h.close();
      }
      h.close();
    }
    if (!report.getSkipped().isEmpty()) {
      h.element("h2", "Skipped");
      h.open("ul", "class", "skipped");
      for (IngestReport.Skipped s : report.getSkipped()) {
        h.element("li", s.file() + ": " + s.reason());
      }
      h.close();
    }
    h.close();
  }
}
