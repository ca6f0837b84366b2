package io.verbatim.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.verbatim.archive.VersionLink;
import io.verbatim.model.Published;
import io.verbatim.model.Statement;
import io.verbatim.server.ApiException;
import io.verbatim.server.ServerContext;
import io.verbatim.server.Upload;
import io.verbatim.server.WriteAccess;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One statement: {@code GET /api/statements/{id}} (the record with its mentions and materials, its
 * other language versions and its stored versions), {@code GET /api/statements/{id}/original} (the
 * exact bytes), {@code POST /api/statements} (multipart upload, ingested like {@code verbatim
 * ingest}; the same JSON report) and {@code DELETE /api/statements/{id}}. Writes need the bearer
 * token ({@link WriteAccess}).
 */
final class StatementRoutes {
  private StatementRoutes() {}

  static void register(RoutesConfig routes, ServerContext server) {
    routes.get("/api/statements/{id}", ctx -> show(ctx, server));
    routes.get("/api/statements/{id}/original", ctx -> original(ctx, server));
    routes.post("/api/statements", ctx -> upload(ctx, server));
    routes.delete("/api/statements/{id}", ctx -> delete(ctx, server));
  }

  /**
   * The summary of one stored version of a statement; {@code current} for the one searches count
   * (the latest ingested).
   */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({
    "id",
    "title",
    "published",
    "publishedPrecision"
  })
  record VersionSummary(
      String id,
      String title,
      Published published,
      String language,
      Instant ingestedAt,
      boolean current) {
    /** The precision of {@code published}, or null when undated. */
    @com.fasterxml.jackson.annotation.JsonProperty("publishedPrecision")
    Published.Precision publishedPrecision() {
      return published == null ? null : published.precision();
    }
  }

  private static Statement find(ServerContext server, String id) throws IOException {
    return server
        .query(a -> a.get(id))
        .orElseThrow(() -> ApiException.notFound("no statement with id '" + id + "'"));
  }

  private static void show(Context ctx, ServerContext server) throws IOException {
    server.parameters(ctx).allowOnly(Set.of());
    Statement s = find(server, ctx.pathParam("id"));
    // A record without a key (built by hand, not ingested) is its own only version.
    List<Statement> versions =
        s.statementKey() == null ? List.of(s) : server.query(a -> a.versions(s.statementKey()));
    List<VersionLink> languages = server.query(a -> languageVersions(a, s.id()));
    List<VersionSummary> summaries = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      Statement v = versions.get(i);
      summaries.add(
          new VersionSummary(
              v.id(),
              v.title(),
              v.published(),
              v.language(),
              v.source().ingestedAt(),
              i == versions.size() - 1));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statement", s);
    body.put("languageVersions", languages);
    body.put("versions", summaries);
    body.put("original", "/api/statements/" + s.id() + "/original");
    Responses.json(ctx, body);
  }

  private static List<VersionLink> languageVersions(io.verbatim.archive.Archive a, String id)
      throws IOException {
    try {
      return a.languageVersions(id);
    } catch (UnsupportedOperationException e) {
      return List.of();
    }
  }

  private static void original(Context ctx, ServerContext server) throws IOException {
    String disposition =
        server.parameters(ctx).allowOnly(Set.of("disposition")).string("disposition");
    if (disposition != null && !disposition.equals("inline") && !disposition.equals("attachment")) {
      throw ApiException.badRequest("parameter 'disposition' must be inline or attachment");
    }
    Statement s = find(server, ctx.pathParam("id"));
    Optional<InputStream> bytes = server.query(a -> a.openOriginal(s.source().sha256()));
    if (bytes.isEmpty()) {
      throw new ApiException(
          500, "the original bytes of '" + s.id() + "' are missing from the archive");
    }
    OriginalFile file = OriginalFile.of(s);
    ctx.header(
        "Content-Disposition",
        file.contentDisposition(disposition == null ? "attachment" : disposition));
    // The bytes are someone else's page: never let them run scripts or load anything here.
    ctx.header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'");
    ctx.contentType(file.contentType());
    ctx.result(bytes.get());
  }

  /** A refused upload's body is read and dropped up to this size, so the client hears why. */
  private static final long DRAINED_WHEN_REFUSED = 1 << 20;

  private static void upload(Context ctx, ServerContext server) throws IOException {
    try {
      WriteAccess.require(ctx, server.config());
    } catch (ApiException refused) {
      drainSmallBody(ctx);
      throw refused;
    }
    String format = server.parameters(ctx).allowOnly(Set.of("format")).string("format");
    Upload upload = Upload.read(ctx, server.limits().maxUploadBytes());
    Responses.json(ctx, server.ingest(upload.files(), format));
  }

  /**
   * Reads and drops the body of a request refused before its body was read, when it is small (known
   * length up to {@link #DRAINED_WHEN_REFUSED}): answering early and closing would otherwise break
   * the pipe of a client still sending it, which then never reads the 401 or 403. A larger body is
   * not read for a client without the token.
   */
  private static void drainSmallBody(Context ctx) {
    long length = ctx.req().getContentLengthLong(); // -1: chunked, read up to the bound
    if (length == 0 || length > DRAINED_WHEN_REFUSED) {
      return;
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] buffer = new byte[8192];
      long left = DRAINED_WHEN_REFUSED;
      for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
        left -= n;
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }

  private static void delete(Context ctx, ServerContext server) throws IOException {
    WriteAccess.require(ctx, server.config());
    server.parameters(ctx).allowOnly(Set.of());
    String id = ctx.pathParam("id");
    boolean deleted =
        server.write(
            a -> {
              boolean found = a.delete(id);
              if (found) {
                a.commit();
              }
              return found;
            });
    if (!deleted) {
      throw ApiException.notFound("no statement with id '" + id + "'");
    }
    Responses.json(ctx, Map.of("deleted", id));
  }
}
