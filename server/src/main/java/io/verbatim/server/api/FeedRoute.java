package io.verbatim.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.SearchSort;
import io.verbatim.model.Statement;
import io.verbatim.server.ApiException;
import io.verbatim.server.RequestParameters;
import io.verbatim.server.ServerContext;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * {@code GET /feed}: an Atom feed of the selection (query {@code q} and every filter), newest
 * first, {@code size} entries (default 20, at most the page size limit). Each entry's summary is
 * the hit's snippet, or the start of the body when the query marks no words.
 *
 * <p>Links use the configured base URL ({@code serve --base-url}); without one they are relative to
 * the server (a feed reader resolves them against the feed's own address) and the feed's id is
 * {@code urn:verbatim:feed:} and a hash of its path and query. They are never built from the
 * request's {@code Host} header, which the client chooses.
 */
final class FeedRoute {
  static final int DEFAULT_ENTRIES = 20;
  static final int SUMMARY_CHARS = 400;

  private FeedRoute() {}

  static void register(RoutesConfig routes, ServerContext server) {
    routes.get("/feed", ctx -> feed(ctx, server));
  }

  private static void feed(Context ctx, ServerContext server) throws IOException {
    RequestParameters p =
        server
            .parameters(ctx)
            .allowOnly(RequestParameters.union(RequestParameters.SELECTION, Set.of("size")));
    int size = p.integer("size", DEFAULT_ENTRIES, 1, Integer.MAX_VALUE);
    if (size > server.limits().maxPageSize()) {
      throw ApiException.overLimit("feed entries ('size')", server.limits().maxPageSize(), size);
    }
    SearchRequest request =
        SearchRequest.builder(p.selection()).withSort(SearchSort.DATE_DESC).withLimit(size).build();
    SearchResult result = server.query(a -> a.search(request));
    List<AtomFeed.Entry> entries = new ArrayList<>();
    for (SearchHit h : result.hits()) {
      Optional<Statement> s = server.query(a -> a.get(h.id()));
      Instant ingested = s.map(st -> st.source().ingestedAt()).orElse(Instant.EPOCH);
      String summary = h.snippet() != null ? h.snippet() : s.map(FeedRoute::start).orElse(null);
      entries.add(new AtomFeed.Entry(h, summary, ingested));
    }
    String base = server.baseUrl();
    String address = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    String self = base + address;
    String id = base.isEmpty() ? "urn:verbatim:feed:" + Statement.idFor(sha256(address)) : self;
    String q = request.query().isEmpty() ? "all statements" : request.query();
    StringWriter out = new StringWriter();
    try {
      AtomFeed.write(out, "Verbatim: " + q, id, self, base, entries);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the feed: " + e.getMessage(), e);
    }
    ctx.contentType("application/atom+xml; charset=utf-8").result(out.toString());
  }

  private static String sha256(String s) {
    return io.verbatim.ingest.Ingestor.sha256(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String start(Statement s) {
    String body = s.body();
    if (body == null || body.isBlank()) {
      return null;
    }
    if (body.length() <= SUMMARY_CHARS) {
      return body;
    }
    int cut = body.lastIndexOf(' ', SUMMARY_CHARS);
    return body.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS) + " …";
  }
}
