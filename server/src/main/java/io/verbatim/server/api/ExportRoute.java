package io.verbatim.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.export.CsvRowWriter;
import io.verbatim.export.ExportColumns;
import io.verbatim.export.JsonLinesWriter;
import io.verbatim.export.RowWriter;
import io.verbatim.model.Statement;
import io.verbatim.server.ApiException;
import io.verbatim.server.RequestParameters;
import io.verbatim.server.ServerContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /api/export}: every statement of the selection (or, with {@code kwic=true}, every
 * concordance line), complete and streamed, as JSON Lines ({@code as=jsonl}, the default) or CSV
 * ({@code as=csv}): the same writers and columns as {@code verbatim export}. The output format is
 * {@code as}, as in the CLI, because {@code format} filters by source format.
 *
 * <p>The query is checked before the first byte is sent, so a bad query is still a JSON 400. The
 * export is not cut off by the query timeout: it is as long as the selection.
 */
final class ExportRoute {
  private ExportRoute() {}

  static void register(RoutesConfig routes, ServerContext server) {
    routes.get("/api/export", ctx -> export(ctx, server));
  }

  private static void export(Context ctx, ServerContext server) throws IOException {
    RequestParameters p =
        server
            .parameters(ctx)
            .allowOnly(
                RequestParameters.union(
                    RequestParameters.SELECTION, Set.of("as", "sort", "kwic", "width")));
    String as = p.string("as") == null ? "jsonl" : p.string("as").toLowerCase(Locale.ROOT);
    boolean csv =
        switch (as) {
          case "csv" -> true;
          case "jsonl", "ndjson", "json-lines" -> false;
          default ->
              throw ApiException.badRequest(
                  "unknown export format 'as=" + as + "'; use jsonl or csv");
        };
    SearchSort order = sort(p.string("sort"));
    boolean kwic = bool(p.string("kwic"), "kwic");
    int width = p.integer("width", KwicRequest.DEFAULT_CONTEXT_WORDS, 1, 50);
    Selection selection = p.selection();
    // Fail on a bad query now, while the answer can still be a JSON error.
    server.query(a -> a.search(SearchRequest.of(selection, 0)));

    ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"verbatim-export"
            + (kwic ? "-kwic" : "")
            + (csv ? ".csv\"" : ".jsonl\""));
    Writer out =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    try {
      if (kwic) {
        KwicRequest request =
            new KwicRequest(
                selection,
                width,
                order == SearchSort.DATE_DESC
                    ? KwicRequest.Sort.DATE_DESC
                    : order == SearchSort.DATE_ASC
                        ? KwicRequest.Sort.DATE_ASC
                        : KwicRequest.Sort.NONE,
                0,
                KwicRequest.Group.NONE);
        try (RowWriter<KwicLine> rows =
            csv
                ? new CsvRowWriter<>(out, ExportColumns.KWIC, ExportColumns::kwicRow)
                : new JsonLinesWriter<>(out)) {
          server.archive().kwic(request, line -> write(rows, line));
        }
      } else {
        try (RowWriter<Statement> rows =
            csv
                ? new CsvRowWriter<>(out, ExportColumns.STATEMENT, ExportColumns::statementRow)
                : new JsonLinesWriter<>(out)) {
          server.archive().export(selection, order, s -> write(rows, s));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  private static <T> void write(RowWriter<T> rows, T item) {
    try {
      rows.write(item);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SearchSort sort(String s) {
    if (s == null) {
      return SearchSort.RELEVANCE;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "index", "none" -> SearchSort.RELEVANCE;
      case "date", "date-desc", "newest" -> SearchSort.DATE_DESC;
      case "date-asc", "oldest" -> SearchSort.DATE_ASC;
      default ->
          throw ApiException.badRequest("unknown sort '" + s + "'; use index, date or date-asc");
    };
  }

  static boolean bool(String value, String name) {
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw ApiException.badRequest(
              "parameter '" + name + "' must be true or false: '" + value + "'");
    };
  }
}
