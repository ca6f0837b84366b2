package io.verbatim.server.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.verbatim.archive.CoMention;
import io.verbatim.archive.CollocationRequest;
import io.verbatim.archive.Collocations;
import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.KeyTerm;
import io.verbatim.archive.KeynessRequest;
import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.KwicSummary;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.Selection;
import io.verbatim.archive.Timeline;
import io.verbatim.archive.VersionLink;
import io.verbatim.ingest.IngestReport;
import io.verbatim.model.Statement;
import io.verbatim.server.ApiException;
import io.verbatim.server.ErrorPage;
import io.verbatim.server.HeavyWork;
import io.verbatim.server.RequestParameters;
import io.verbatim.server.ServerContext;
import io.verbatim.server.Upload;
import io.verbatim.server.WriteAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Registers the web UI's pages: {@code /} (search with results, concordance and timeline tabs),
 * {@code /statements/{id}}, {@code /statements/{id}/side-by-side?with=}, {@code /entities}, {@code
 * /entities/{id}}, {@code /keyness} and {@code /collocations}.
 *
 * <p>Every page reads its parameters with the API's {@link RequestParameters} (same names, same
 * limits, unknown names refused) and answers HTML; its failures go to the server's one error
 * mapping, which answers with the {@link WebErrorPage}: a bad parameter or query is a 400 page that
 * says what is wrong (the query's position included) and keeps the form, an unknown id a 404 page,
 * an archive failure a 500 page with a generic message (the cause is logged). Archive calls are
 * bounded by the server's query timeout; analyses (concordance, timeline, co-mentions, keyness,
 * collocations) also by the number running at once.
 */
public final class WebRoutes {
  /** The search page's own parameters, besides the API's search parameters. */
  static final Set<String> SEARCH_PAGE =
      RequestParameters.union(
          RequestParameters.SEARCH, Set.of("tab", "ksort", "width", "klimit", "interval"));

  private WebRoutes() {}

  /**
   * Adds the web UI's routes to {@code config}.
   *
   * @param ctx the archive, configuration and shared helpers
   */
  public static void register(JavalinConfig config, ServerContext ctx) {
    Objects.requireNonNull(ctx, "server context");
    Pages pages = new Pages(ctx);
    config.routes.get("/", page(pages::search));
    config.routes.get("/statements/{id}", page(pages::statement));
    config.routes.get("/statements/{id}/side-by-side", page(pages::sideBySide));
    config.routes.get("/entities", page(pages::entities));
    config.routes.get("/entities/{id}", page(pages::entity));
    config.routes.get("/keyness", page(pages::keyness));
    config.routes.get("/collocations", page(pages::collocations));
    config.routes.get("/upload", page(pages::uploadForm));
    config.routes.get(
        "/help", page(c -> new Page("How searching works", "/help", HelpPage.render())));
    config.routes.post("/upload", page(pages::upload));
  }

  /** A rendered page: its title, its navigation entry and its content. */
  record Page(String title, String navigation, Html content) {}

  @FunctionalInterface
  interface PageRenderer {
    Page render(Context c) throws Exception;
  }

  /**
   * Renders a page. A failure is not handled here: it reaches the server's one error mapping, which
   * answers web paths with the {@link WebErrorPage}.
   */
  static Handler page(PageRenderer renderer) {
    return c -> {
      Page page = renderer.render(c);
      c.status(200)
          .contentType("text/html; charset=utf-8")
          .result(Layout.page(page.title(), page.navigation(), page.content()));
    };
  }

  /** The error page of the web UI's paths, for the server's error mapping. */
  public static ErrorPage errorPage(ServerContext ctx) {
    return new WebErrorPage(ctx.bounds());
  }

  /**
   * The form of the page at {@code path} ({@code /}, {@code /keyness} or {@code /collocations})
   * filled with {@code params}, for an error page that lets the reader fix the request.
   */
  static Html formAgain(String path, PageParams params) {
    return switch (path) {
      case "/keyness" ->
          new SearchForm(path, params, List.of())
              .withoutSort()
              .withFields(KeynessForm.fields(params, params.first("lang", "en")))
              .render();
      case "/collocations" ->
          new SearchForm(path, params, List.of())
              .withoutSort()
              .withQueryLabel("Only statements matching (optional)", false)
              .withFields(collocationFields(params))
              .render();
      default -> new SearchForm(path, params, List.of()).render();
    };
  }

  /** The collocation page's own fields: the node, the window and the minimum count. */
  static Html collocationFields(PageParams params) {
    Html fields = new Html();
    fields.open("div", "class", "query-row extra");
    fields.open("label");
    fields.element("span", "Word or phrase");
    fields.empty(
        "input",
        "type",
        "text",
        "name",
        "term",
        "id",
        "term",
        "value",
        params.first("term"),
        "placeholder",
        "e.g. security, or climate change",
        "required",
        "required");
    fields.close();
    fields.open("label");
    fields.element("span", "Window (positions each side)");
    fields.empty(
        "input",
        "type",
        "number",
        "name",
        "window",
        "min",
        "1",
        "max",
        Integer.toString(CollocationRequest.MAX_WINDOW),
        "value",
        params.first("window", "5"));
    fields.close();
    fields.open("label");
    fields.element("span", "At least");
    fields.empty(
        "input", "type", "number", "name", "min", "min", "1", "value", params.first("min", "2"));
    fields.close();
    fields.close();
    return fields;
  }

  /** The page handlers, over one server context. */
  static final class Pages {
    private final ServerContext ctx;
    private final Languages languages;

    Pages(ServerContext ctx) {
      this.ctx = ctx;
      this.languages = new Languages(ctx);
    }

    Page search(Context c) throws Exception {
      PageParams params = PageParams.of(c.queryParamMap());
      RequestParameters rp = ctx.parameters(c).allowOnly(SEARCH_PAGE);
      String tab = params.first("tab", "results");
      Html h = new Html();
      h.element(
          "h1",
          params.has("q") ? "Search: " + params.first("q") : "Search the archive",
          "class",
          "page-title");
      h.append(
          new SearchForm("/", params, languages.list())
              .carrying("tab", "ksort", "width", "interval")
              .render());
      tabs(h, params, tab);
      h.open("section", "class", "tab-panel", "id", "panel-" + tab);
      switch (tab) {
        case "results" -> results(h, params, rp);
        case "kwic" -> concordance(h, params, rp);
        case "timeline" -> timeline(h, params, rp);
        default ->
            throw ApiException.badRequest(
                "unknown tab '" + tab + "'; use results, kwic or timeline");
      }
      h.close();
      return new Page(params.has("q") ? params.first("q") : "Search", "/", h);
    }

    private static void tabs(Html h, PageParams params, String tab) {
      h.open("nav", "class", "tabs", "aria-label", "views");
      String[][] tabs = {{"results", "Results"}, {"kwic", "Concordance"}, {"timeline", "Timeline"}};
      PageParams base = params.remove("tab", "cursor", "page");
      for (String[] t : tabs) {
        PageParams target = t[0].equals("results") ? base : base.set("tab", t[0]);
        h.element(
            "a",
            t[1],
            "href",
            target.link("/"),
            "id",
            "tab-" + t[0],
            "aria-current",
            t[0].equals(tab) ? "page" : null);
      }
      h.close();
    }

    private void results(Html h, PageParams params, RequestParameters rp) throws Exception {
      SearchRequest request = rp.searchRequest().toBuilder().withFacets(ResultList.FACETS).build();
      SearchResult result = ctx.query(a -> a.search(request));
      h.append(new ResultList(params, result).render());
    }

    private void concordance(Html h, PageParams params, RequestParameters rp) throws Exception {
      Selection selection = rp.selection();
      if (selection.query().isBlank()) {
        h.element(
            "p",
            "The concordance shows a query in context: type words, a \"phrase\" or a pattern* above.",
            "class",
            "empty");
        return;
      }
      ConcordanceTable.Order order = ConcordanceTable.Order.of(params.first("ksort"));
      int width = rp.integer("width", 6, 1, 30);
      int limit =
          rp.integer(
              "klimit", Math.min(500, ctx.limits().maxKwicLines()), 1, ctx.limits().maxKwicLines());
      KwicRequest request =
          new KwicRequest(selection, width, order.archiveSort(), limit, KwicRequest.Group.NONE);
      List<KwicLine> lines = new ArrayList<>();
      KwicSummary summary =
          ctx.analysis(
              a ->
                  a.kwic(
                      request,
                      line -> {
                        HeavyWork.checkpoint();
                        lines.add(line);
                      }));
      h.append(new ConcordanceTable(params, order, lines, summary).render());
    }

    private void timeline(Html h, PageParams params, RequestParameters rp) throws Exception {
      Timeline.Interval interval = interval(params.first("interval"));
      Selection selection = rp.selection();
      Timeline timeline = ctx.analysis(a -> a.timeline(selection, interval, Timeline.Split.NONE));
      h.open("nav", "class", "intervals", "aria-label", "period");
      h.element("span", "Per ");
      for (Timeline.Interval i : Timeline.Interval.values()) {
        String name = i.name().toLowerCase(java.util.Locale.ROOT);
        h.element(
            "a",
            name,
            "href",
            params.set("interval", name).link("/"),
            "aria-current",
            i == interval ? "true" : null);
      }
      h.close();
      h.append(
          TimelineChart.render(
              timeline, params.remove("interval", "ksort", "width"), "/", "statements"));
    }

    private static Timeline.Interval interval(String s) {
      if (s == null) {
        return Timeline.Interval.YEAR;
      }
      try {
        return Timeline.Interval.valueOf(s.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("unknown interval '" + s + "'; use year, month or day");
      }
    }

    Page statement(Context c) throws Exception {
      ctx.parameters(c).allowOnly(Set.of());
      String id = c.pathParam("id");
      Statement s = find(id);
      List<VersionLink> versions = ctx.query(a -> a.languageVersions(id));
      List<Statement> record =
          s.statementKey() == null ? List.of(s) : ctx.query(a -> a.versions(s.statementKey()));
      StatementPage page = new StatementPage(s, versions, record, ctx.baseUrl());
      return new Page(page.title(), null, page.render());
    }

    Page sideBySide(Context c) throws Exception {
      RequestParameters rp = ctx.parameters(c).allowOnly(Set.of("with"));
      String id = c.pathParam("id");
      Statement left = find(id);
      String with = rp.string("with");
      if (with == null) {
        List<VersionLink> versions = ctx.query(a -> a.languageVersions(id));
        if (versions.isEmpty()) {
          throw ApiException.notFound(
              "statement " + id + " has no other language version in the archive");
        }
        with = versions.get(0).id();
      }
      Statement right = find(with);
      SideBySidePage page = new SideBySidePage(left, right);
      return new Page(page.title(), null, page.render());
    }

    private Statement find(String id) throws Exception {
      Optional<Statement> s = ctx.query(a -> a.get(id));
      return s.orElseThrow(() -> ApiException.notFound("no statement with id '" + id + "'"));
    }

    Page entities(Context c) throws Exception {
      PageParams params = PageParams.of(c.queryParamMap());
      RequestParameters rp = ctx.parameters(c).allowOnly(RequestParameters.SELECTION);
      SearchRequest request =
          SearchRequest.builder(rp.selection())
              .withLimit(0)
              .withFacets(List.of("mention"))
              .withFacetLimit(500)
              .build();
      SearchResult result = ctx.query(a -> a.search(request));
      FacetCounts mentions = result.facets().get("mention");
      Html h = new Html();
      h.append(new SearchForm("/entities", params, languages.list()).withoutSort().render());
      h.append(new EntitiesPage(params, mentions, result.total()).render());
      return new Page("Mentioned entities", "/entities", h);
    }

    Page entity(Context c) throws Exception {
      PageParams params = PageParams.of(c.queryParamMap());
      RequestParameters rp = ctx.parameters(c).allowOnly(RequestParameters.SELECTION);
      String id = c.pathParam("id");
      Selection selection = rp.selection();
      Selection mentioning =
          RequestParameters.selection(EntityPage.mentioning(selection, id).toBuilder());
      Timeline timeline =
          ctx.analysis(a -> a.timeline(mentioning, Timeline.Interval.YEAR, Timeline.Split.NONE));
      if (timeline.total() == 0 && Display.entity(id).isEmpty() && Display.person(id).isEmpty()) {
        throw ApiException.notFound("no entity '" + id + "' is known or mentioned");
      }
      List<CoMention> pairs = ctx.analysis(a -> a.comentionsOf(selection, id, 50));
      EntityPage page = new EntityPage(id, params, timeline, pairs);
      if (id.startsWith("person:")) {
        SearchRequest spoken =
            SearchRequest.builder(EntityPage.spokenBy(selection, id)).withLimit(1).build();
        page.withStatementsBy(ctx.query(a -> a.search(spoken)).total());
      }
      Html h = new Html();
      h.append(page.render());
      return new Page(page.title(), "/entities", h);
    }

    Page uploadForm(Context c) {
      ctx.parameters(c).allowOnly(Set.of());
      return new Page(
          "Add statements", "/upload", new UploadPage(ctx.config().readOnly(), null).render());
    }

    Page upload(Context c) throws Exception {
      Upload upload = Upload.read(c, ctx.limits().maxUploadBytes());
      WriteAccess.requireToken(upload.field("token"), ctx.config());
      IngestReport report = ctx.ingest(upload.files(), upload.field("format"));
      return new Page("Add statements", "/upload", new UploadPage(false, report).render());
    }

    Page keyness(Context c) throws Exception {
      PageParams params = PageParams.of(c.queryParamMap());
      RequestParameters rp =
          ctx.parameters(c)
              .allowOnly(
                  RequestParameters.union(
                      RequestParameters.SELECTION,
                      RequestParameters.union(
                          RequestParameters.REFERENCE, Set.of("ngram", "limit"))));
      String language = Optional.ofNullable(rp.string("lang")).orElse("en");
      int limit = rp.integer("limit", 30, 1, 500);
      KeynessRequest request = rp.keynessRequest(language, limit);
      Html h = new Html();
      h.element("h1", "Distinctive terms (keyness)");
      h.element(
          "p",
          "Choose a subset with the query and the filters, and what to compare it with under"
              + " \"Reference\" (by default the rest of the archive in the same language, "
              + language
              + "): the terms relatively more frequent in the subset are listed, most distinctive"
              + " first.",
          "class",
          "lead");
      h.append(
          new SearchForm("/keyness", params.set("lang", language), languages.list())
              .withoutSort()
              .withFields(KeynessForm.fields(params, language))
              .render());
      List<KeyTerm> terms = ctx.analysis(a -> a.keyness(request));
      h.append(new KeynessPage(params, request, terms).render());
      return new Page("Keyness", "/keyness", h);
    }

    Page collocations(Context c) throws Exception {
      PageParams params = PageParams.of(c.queryParamMap());
      RequestParameters rp =
          ctx.parameters(c)
              .allowOnly(
                  RequestParameters.union(
                      RequestParameters.SELECTION, Set.of("term", "window", "min", "limit")));
      String term = rp.string("term");
      String language = Optional.ofNullable(rp.string("lang")).orElse("en");
      int window = rp.integer("window", 5, 1, CollocationRequest.MAX_WINDOW);
      int min = rp.integer("min", 2, 1, 1_000_000);
      int limit = rp.integer("limit", 30, 1, 500);
      Html h = new Html();
      h.element("h1", "Collocations");
      h.append(
          new SearchForm("/collocations", params.set("lang", language), languages.list())
              .withoutSort()
              .withQueryLabel("Only statements matching (optional)", false)
              .withFields(collocationFields(params))
              .render());
      if (term == null) {
        h.element("p", "Give a word or a phrase to see the words found near it.", "class", "empty");
        return new Page("Collocations", "/collocations", h);
      }
      CollocationRequest request =
          new CollocationRequest(
              RequestParameters.selection(rp.selectionBuilder().withLanguage(language)),
              term,
              language,
              window,
              min,
              limit);
      Collocations found = ctx.analysis(a -> a.collocations(request));
      h.append(new CollocationsPage(params, language, min, found).render());
      return new Page("Collocations of " + term, "/collocations", h);
    }
  }

  /** The languages the archive holds (for the language choice), re-read at most once a minute. */
  static final class Languages {
    private static final long MAX_AGE_NANOS = 60_000_000_000L;
    private final ServerContext ctx;
    private volatile List<String> cached;
    private volatile long readAt;

    Languages(ServerContext ctx) {
      this.ctx = ctx;
    }

    List<String> list() throws Exception {
      List<String> current = cached;
      if (current != null && System.nanoTime() - readAt < MAX_AGE_NANOS) {
        return current;
      }
      Map<String, Long> byLanguage = ctx.query(a -> a.stats()).byLanguage();
      List<String> fresh = new ArrayList<>();
      for (String l : new java.util.TreeSet<>(byLanguage.keySet())) {
        if (l.matches("[a-z]{2}")) {
          fresh.add(l);
        }
      }
      cached = List.copyOf(fresh);
      readAt = System.nanoTime();
      return cached;
    }
  }
}
