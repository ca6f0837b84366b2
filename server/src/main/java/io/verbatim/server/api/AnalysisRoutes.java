package io.verbatim.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.verbatim.analysis.entities.Entity;
import io.verbatim.analysis.entities.Gazetteer;
import io.verbatim.archive.CoMention;
import io.verbatim.archive.Collocate;
import io.verbatim.archive.CollocationRequest;
import io.verbatim.archive.Collocations;
import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.FacetValue;
import io.verbatim.archive.KeyTerm;
import io.verbatim.archive.KeynessRequest;
import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.KwicSummary;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.Selection;
import io.verbatim.archive.Timeline;
import io.verbatim.model.EntityKind;
import io.verbatim.server.ApiException;
import io.verbatim.server.HeavyWork;
import io.verbatim.server.RequestParameters;
import io.verbatim.server.ServerContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The analyses of a selection (query {@code q} and every filter), with the JSON of the CLI's {@code
 * --json}: {@code GET /api/kwic}, {@code /api/timeline}, {@code /api/comentions} (all pairs, or
 * with {@code entity} the co-mentions of one entity, counted over the whole selection), {@code
 * /api/keyness} (with {@code reference…} parameters for the reference, {@code ngram} for two-word
 * terms), {@code /api/collocations} (the node may be a phrase), and {@code /api/entities} (the
 * entities the selection mentions, by number of statements, named from the gazetteer).
 *
 * <p>The analyses run as the server's {@link HeavyWork} ({@link ServerContext#analysis}): a limited
 * number at once (429 beyond it), each within the query timeout (503 beyond it); {@code
 * /api/entities} is a search and only has the query timeout.
 */
final class AnalysisRoutes {
  /** The default number of concordance lines of one request. */
  static final int DEFAULT_KWIC_LINES = 100;

  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  private AnalysisRoutes() {}

  static void register(RoutesConfig routes, ServerContext server) {
    routes.get("/api/kwic", ctx -> kwic(ctx, server));
    routes.get("/api/timeline", ctx -> timeline(ctx, server));
    routes.get("/api/comentions", ctx -> comentions(ctx, server));
    routes.get("/api/keyness", ctx -> keyness(ctx, server));
    routes.get("/api/collocations", ctx -> collocations(ctx, server));
    routes.get("/api/entities", ctx -> entities(ctx, server));
  }

  private static RequestParameters parameters(Context ctx, ServerContext server, String... extra) {
    return server
        .parameters(ctx)
        .allowOnly(RequestParameters.union(RequestParameters.SELECTION, Set.of(extra)));
  }

  private static void kwic(Context ctx, ServerContext server) throws IOException {
    RequestParameters p = parameters(ctx, server, "width", "sort", "group", "limit");
    int max = server.limits().maxKwicLines();
    int limit = p.integer("limit", Math.min(DEFAULT_KWIC_LINES, max), 1, Integer.MAX_VALUE);
    if (limit > max) {
      throw ApiException.overLimit("concordance lines ('limit')", max, limit, "--max-kwic-lines");
    }
    KwicRequest request;
    try {
      request =
          new KwicRequest(
              p.selection(),
              p.integer("width", KwicRequest.DEFAULT_CONTEXT_WORDS, 1, 50),
              kwicSort(p.string("sort")),
              limit,
              kwicGroup(p.string("group")));
    } catch (ApiException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    List<KwicLine> lines = new ArrayList<>();
    KwicSummary summary =
        server.analysis(
            a ->
                a.kwic(
                    request,
                    line -> {
                      HeavyWork.checkpoint();
                      lines.add(line);
                    }));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("lines", lines);
    body.put("summary", summary);
    Responses.json(ctx, body);
  }

  static KwicRequest.Sort kwicSort(String s) {
    if (s == null) {
      return KwicRequest.Sort.NONE;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "none", "index" -> KwicRequest.Sort.NONE;
      case "left1", "left" -> KwicRequest.Sort.LEFT_1;
      case "left2" -> KwicRequest.Sort.LEFT_2;
      case "left3" -> KwicRequest.Sort.LEFT_3;
      case "right1", "right" -> KwicRequest.Sort.RIGHT_1;
      case "right2" -> KwicRequest.Sort.RIGHT_2;
      case "right3" -> KwicRequest.Sort.RIGHT_3;
      case "date", "date-desc", "newest" -> KwicRequest.Sort.DATE_DESC;
      case "date-asc", "oldest" -> KwicRequest.Sort.DATE_ASC;
      default ->
          throw ApiException.badRequest(
              "unknown sort '"
                  + s
                  + "'; use none, left1, left2, left3, right1, right2, right3, date or date-asc");
    };
  }

  static KwicRequest.Group kwicGroup(String s) {
    if (s == null) {
      return KwicRequest.Group.NONE;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "none" -> KwicRequest.Group.NONE;
      case "speaker" -> KwicRequest.Group.SPEAKER;
      case "year" -> KwicRequest.Group.YEAR;
      default ->
          throw ApiException.badRequest("unknown group '" + s + "'; use none, speaker or year");
    };
  }

  private static void timeline(Context ctx, ServerContext server) throws IOException {
    RequestParameters p = parameters(ctx, server, "by", "split");
    String by = Optional.ofNullable(p.string("by")).orElse("year");
    Timeline.Interval interval =
        switch (by.toLowerCase(Locale.ROOT)) {
          case "day" -> Timeline.Interval.DAY;
          case "month" -> Timeline.Interval.MONTH;
          case "year" -> Timeline.Interval.YEAR;
          default ->
              throw ApiException.badRequest(
                  "unknown period 'by=" + by + "'; use day, month or year");
        };
    String splitBy = Optional.ofNullable(p.string("split")).orElse("none");
    Timeline.Split split =
        switch (splitBy.toLowerCase(Locale.ROOT)) {
          case "none" -> Timeline.Split.NONE;
          case "language", "lang" -> Timeline.Split.LANGUAGE;
          case "speaker" -> Timeline.Split.SPEAKER;
          default ->
              throw ApiException.badRequest(
                  "unknown split 'split=" + splitBy + "'; use none, language or speaker");
        };
    Selection selection = p.selection();
    Responses.json(ctx, server.analysis(a -> a.timeline(selection, interval, split)));
  }

  private static void comentions(Context ctx, ServerContext server) throws IOException {
    RequestParameters p = parameters(ctx, server, "entity", "limit");
    int limit = limit(p, 20, server);
    Selection selection = p.selection();
    String entity = p.string("entity");
    List<CoMention> pairs =
        server.analysis(
            a ->
                entity == null
                    ? a.comentions(selection, limit + 1)
                    : a.comentionsOf(selection, entity, limit + 1));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entity", entity);
    body.put("limit", limit);
    body.put("limitReached", pairs.size() > limit);
    body.put("pairs", pairs.subList(0, Math.min(limit, pairs.size())));
    Responses.json(ctx, body);
  }

  /** The parameters of keyness besides the selection. */
  static final Set<String> KEYNESS =
      RequestParameters.union(RequestParameters.REFERENCE, Set.of("ngram", "limit"));

  private static void keyness(Context ctx, ServerContext server) throws IOException {
    RequestParameters p = parameters(ctx, server, KEYNESS.toArray(String[]::new));
    String language = requireLanguage(p);
    KeynessRequest request = p.keynessRequest(language, limit(p, 30, server) + 1);
    List<KeyTerm> terms = server.analysis(a -> a.keyness(request));
    int limit = request.limit() - 1;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("language", language);
    body.put("ngram", request.ngram());
    body.put("limit", limit);
    body.put("limitReached", terms.size() > limit);
    body.put("reference", request.referenceDescription());
    body.put("referenceSelection", request.reference());
    body.put("terms", terms.subList(0, Math.min(limit, terms.size())));
    Responses.json(ctx, body);
  }

  private static void collocations(Context ctx, ServerContext server) throws IOException {
    RequestParameters p = parameters(ctx, server, "term", "window", "min-freq", "limit");
    String language = requireLanguage(p);
    String term = p.string("term");
    if (term == null) {
      throw ApiException.badRequest(
          "parameter 'term' (the node: a word or a phrase such as climate change) is required");
    }
    int window = p.integer("window", 5, 1, CollocationRequest.MAX_WINDOW);
    int minFrequency = p.integer("min-freq", 2, 1, Integer.MAX_VALUE);
    int limit = limit(p, 30, server);
    CollocationRequest request;
    try {
      request =
          new CollocationRequest(p.selection(), term, language, window, minFrequency, limit + 1);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    Collocations found = server.analysis(a -> a.collocations(request));
    List<Collocate> collocates = found.collocates();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("term", term);
    body.put("nodeForm", found.nodeForm());
    body.put("window", found.window());
    body.put("minFrequency", minFrequency);
    body.put("nodeFrequency", found.nodeFrequency());
    body.put("tokens", found.tokens());
    body.put("limit", limit);
    body.put("limitReached", collocates.size() > limit);
    body.put("collocates", collocates.subList(0, Math.min(limit, collocates.size())));
    Responses.json(ctx, body);
  }

  /** One mentioned entity: its id, kind and names (from the gazetteer, null when unknown). */
  record MentionedEntity(
      String id, EntityKind kind, String englishName, String russianName, long statements) {}

  private static void entities(Context ctx, ServerContext server) throws IOException {
    RequestParameters p = parameters(ctx, server, "limit");
    int limit = limit(p, 100, server);
    SearchRequest request =
        SearchRequest.builder(p.selection())
            .withLimit(0)
            .withFacets(List.of("mention"))
            .withFacetLimit(limit)
            .build();
    SearchResult result = server.query(a -> a.search(request));
    FacetCounts mentions = result.facets().get("mention");
    List<MentionedEntity> entities = new ArrayList<>();
    long other = 0;
    if (mentions != null) {
      for (FacetValue v : mentions.values()) {
        Optional<Entity> known = GAZETTEER.entity(v.value());
        entities.add(
            new MentionedEntity(
                v.value(),
                known
                    .map(Entity::kind)
                    .orElse(v.value().startsWith("person:") ? EntityKind.PERSON : null),
                known.map(Entity::englishName).orElse(null),
                known.map(Entity::russianName).orElse(null),
                v.count()));
      }
      other = mentions.other();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statements", result.total());
    body.put("limit", limit);
    body.put("limitReached", other > 0);
    body.put("entities", entities);
    Responses.json(ctx, body);
  }

  private static String requireLanguage(RequestParameters p) {
    String language = p.string("lang");
    if (language == null) {
      throw ApiException.badRequest("parameter 'lang' (e.g. en, ru) is required for this analysis");
    }
    return language;
  }

  /** {@code limit} between 1 and the page size limit's tenfold, default {@code otherwise}. */
  private static int limit(RequestParameters p, int otherwise, ServerContext server) {
    int max = Math.max(otherwise, server.limits().maxPageSize() * 10);
    int limit = p.integer("limit", otherwise, 1, Integer.MAX_VALUE);
    if (limit > max) {
      throw ApiException.overLimit("'limit'", max, limit);
    }
    return limit;
  }
}
