package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages over HTTP, parsed with jsoup: structure, links, escaping and error pages. */
class WebPagesTest {
  @TempDir static Path temp;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(temp);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  static Document page(String path, int status) throws Exception {
    HttpResponse<String> r = web.get(path);
    assertThat(r.statusCode()).as(path + "\n" + errorText(r.body())).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .as(path)
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(r.body()).as(path).startsWith("<!DOCTYPE html>").doesNotContain("Exception");
    return Jsoup.parse(r.body(), web.url(path));
  }

  private static String errorText(String body) {
    Element error = Jsoup.parse(body).selectFirst("#error");
    return error == null ? body.substring(0, Math.min(300, body.length())) : error.text();
  }

  /** Our pages load exactly one script, from /static, and have no inline script or handler. */
  static void assertNoInlineScript(Document d) {
    Elements scripts = d.select("script");
    assertThat(scripts).hasSize(1);
    assertThat(scripts.get(0).attr("src")).isEqualTo("/static/verbatim.js");
    assertThat(scripts.get(0).data()).isEmpty();
    for (Element e : d.getAllElements()) {
      e.attributes()
          .forEach(
              a ->
                  assertThat(a.getKey())
                      .as("attribute on <%s>", e.tagName())
                      .doesNotStartWith("on"));
      assertThat(e.attr("href")).doesNotStartWithIgnoringCase("javascript:");
      assertThat(e.hasAttr("style")).as("inline style on <%s>", e.tagName()).isFalse();
    }
  }

  @Test
  void searchPageHasTheFormAdvancedSettingsFacetsAndHighlightedSnippets() throws Exception {
    Document d = page("/?q=confidence", 200);
    assertNoInlineScript(d);
    Element form = d.selectFirst("form.query-form");
    assertThat(form.attr("method")).isEqualTo("get");
    assertThat(form.selectFirst("input[name=q]").val()).isEqualTo("confidence");
    Element advanced = form.selectFirst("details.advanced");
    assertThat(advanced.selectFirst("summary").text()).isEqualTo("Advanced settings");
    for (String field :
        List.of(
            "from",
            "to",
            "speaker",
            "role",
            "genre",
            "place",
            "lang",
            "mention",
            "sort",
            "all-versions")) {
      assertThat(advanced.select("[name=" + field + "]")).as(field).isNotEmpty();
    }
    assertThat(advanced.hasAttr("open")).as("closed without filters").isFalse();
    long total = Long.parseLong(d.selectFirst("#total").attr("data-total"));
    assertThat(total).isEqualTo(d.select("li.hit").size()).isGreaterThanOrEqualTo(2);
    assertThat(d.select("li.hit .snippet mark").eachText())
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.toLowerCase()).startsWith("confidence"));
    // every hit links to its statement page
    for (Element hit : d.select("li.hit")) {
      assertThat(hit.selectFirst("h3 a").attr("href"))
          .isEqualTo("/statements/" + hit.attr("data-id"));
    }
    // facets: language values with counts that add up to the total
    Elements languages = d.select("section.facet[data-facet=language] a.facet-value");
    assertThat(languages).isNotEmpty();
    long sum = 0;
    for (Element a : languages) {
      sum += Long.parseLong(a.selectFirst(".count").text());
      assertThat(a.attr("href")).contains("lang=" + a.attr("data-value")).contains("q=confidence");
    }
    assertThat(sum).isEqualTo(total);
  }

  @Test
  void aFacetLinkFiltersAndIsShownSelectedWithAChipThatRemovesIt() throws Exception {
    Document all = page("/", 200);
    Element speaker = all.selectFirst("section.facet[data-facet=speaker] a.facet-value");
    long count = Long.parseLong(speaker.selectFirst(".count").text());
    Document filtered = page(speaker.attr("href"), 200);
    assertThat(Long.parseLong(filtered.selectFirst("#total").attr("data-total"))).isEqualTo(count);
    Element selected = filtered.selectFirst("section.facet[data-facet=speaker] li.selected a");
    assertThat(selected.attr("data-value")).isEqualTo(speaker.attr("data-value"));
    assertThat(filtered.select("ul.chips li.chip").text()).contains(speaker.attr("data-value"));
    assertThat(filtered.selectFirst("details.advanced").hasAttr("open")).isTrue();
    Document removed = page(filtered.selectFirst("ul.chips a.remove").attr("href"), 200);
    assertThat(removed.selectFirst("#total").attr("data-total"))
        .isEqualTo(all.selectFirst("#total").attr("data-total"));
  }

  @Test
  void aYearFacetFiltersByDateRange() throws Exception {
    Document all = page("/", 200);
    Element year = all.selectFirst("section.facet[data-facet=year] a.facet-value");
    String y = year.attr("data-value");
    assertThat(year.attr("href")).contains("from=" + y + "-01-01").contains("to=" + y + "-12-31");
    Document d = page(year.attr("href"), 200);
    assertThat(d.selectFirst("#total").attr("data-total"))
        .isEqualTo(year.selectFirst(".count").text());
    assertThat(d.select("li.hit .meta").eachText()).allSatisfy(m -> assertThat(m).contains(y));
  }

  @Test
  void nextPageFollowsTheCursorAndShowsEveryHitOnce() throws Exception {
    Document first = page("/?size=5&sort=date", 200);
    long total = Long.parseLong(first.selectFirst("#total").attr("data-total"));
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    Document d = first;
    int pages = 0;
    while (true) {
      for (Element hit : d.select("li.hit")) {
        assertThat(seen.add(hit.attr("data-id"))).as("seen once: " + hit.attr("data-id")).isTrue();
      }
      Element next = d.selectFirst("nav.paging a[rel=next]");
      if (next == null) {
        break;
      }
      assertThat(next.attr("href")).contains("cursor=").contains("size=5");
      d = page(next.attr("href"), 200);
      assertThat(d.selectFirst("nav.paging a[rel=first]")).isNotNull();
      assertThat(++pages).isLessThan(20);
    }
    assertThat(seen).hasSize((int) total);
    assertThat(pages).isGreaterThanOrEqualTo(2);
  }

  @Test
  void concordanceTabShowsKwicLinesAndSortsByColumns() throws Exception {
    Document d = page("/?q=terror*&tab=kwic", 200);
    assertThat(d.selectFirst("#tab-kwic").attr("aria-current")).isEqualTo("page");
    Elements rows = d.select("table.kwic tbody tr");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
    for (Element row : rows) {
      assertThat(row.selectFirst("td.match").text().toLowerCase()).startsWith("terror");
      assertThat(row.selectFirst("td.match a").attr("href")).startsWith("/statements/");
    }
    List<String> headers = d.select("table.kwic th").eachText();
    assertThat(headers)
        .containsExactly("Left context", "Match", "Right context", "Date", "Speaker");
    // sort by the right context: rows come in order of their first right word
    Document byRight = page(d.selectFirst("table.kwic th.right a").attr("href"), 200);
    assertThat(byRight.selectFirst("table.kwic th.right").attr("aria-sort")).isEqualTo("ascending");
    List<String> firstRight =
        byRight.select("table.kwic td.right").eachText().stream()
            .map(WebPagesTest::firstWord)
            .toList();
    assertThat(firstRight).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    // by date, newest after a second click
    Document byDate = page(d.selectFirst("table.kwic th.date a").attr("href"), 200);
    assertThat(byDate.selectFirst("table.kwic th.date").attr("aria-sort")).isEqualTo("ascending");
    assertThat(byDate.select("td.date").eachText()).isSorted();
    Document byDateDesc = page(byDate.selectFirst("table.kwic th.date a").attr("href"), 200);
    assertThat(byDateDesc.selectFirst("table.kwic th.date").attr("aria-sort"))
        .isEqualTo("descending");
    List<String> dates = byDateDesc.select("td.date").eachText();
    assertThat(dates.reversed()).isSorted();
    // by speaker (sorted on the server among the lines)
    Document bySpeaker = page(d.selectFirst("table.kwic th.speaker a").attr("href"), 200);
    List<String> speakers =
        bySpeaker.select("td.speaker").eachText().stream().filter(s -> !s.isEmpty()).toList();
    assertThat(speakers).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }

  private static String firstWord(String s) {
    String t = s.strip().replaceAll("^[^\\p{L}\\p{N}]+", "");
    int end = 0;
    while (end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
      end++;
    }
    return t.substring(0, end);
  }

  @Test
  void timelineTabDrawsAnSvgBarChartWithLabelsAndLinks() throws Exception {
    Document d = page("/?tab=timeline", 200);
    Element svg = d.selectFirst("#timeline svg.bar-chart");
    assertThat(svg).isNotNull();
    Elements bars = svg.select("rect.bar");
    assertThat(bars).hasSizeGreaterThanOrEqualTo(5);
    long sum = 0;
    for (Element bar : bars) {
      long v = Long.parseLong(bar.attr("data-value"));
      sum += v;
      assertThat(bar.selectFirst("title").text()).isEqualTo(bar.attr("data-label") + ": " + v);
    }
    // years with no statement are drawn as zero bars; the undated are said
    long total = Long.parseLong(page("/", 200).selectFirst("#total").attr("data-total"));
    String undated = d.select("#timeline p.note").text();
    long undatedCount = undated.isEmpty() ? 0 : Long.parseLong(undated.split(" ")[0]);
    assertThat(sum + undatedCount).isEqualTo(total);
    assertThat(svg.select("text.label").eachText()).contains(bars.first().attr("data-label"));
    assertThat(svg.select("text.axis-title").eachText()).contains("year", "statements");
    assertThat(svg.select("a.bar-link").first().attr("href")).contains("from=").contains("to=");
  }

  @Test
  void statementPageShowsTheRecordWithLanguageSwitcherMentionsAndCitation() throws Exception {
    String id = firstHit("/?q=%22Confidence-Building%20Measures%22&lang=en");
    Document d = page("/statements/" + id, 200);
    assertNoInlineScript(d);
    assertThat(d.selectFirst("h1").text()).contains("Conference on Regional Security");
    assertThat(d.selectFirst("p.published time").attr("datetime")).isEqualTo("2021-03-03T11:20");
    assertThat(d.selectFirst("p.published").text()).isEqualTo("3 March 2021, 11:20");
    assertThat(d.select("dl.facts dt").eachText()).contains("Speaker", "Place", "Genre");
    assertThat(d.select("dl.facts").text()).contains("Anna Petrova").contains("Vienna");
    // the language switcher: this version, and a link to the Russian one
    Element languages = d.selectFirst("nav.languages");
    assertThat(languages.selectFirst("[aria-current=page]").text()).isEqualTo("en-GB");
    Element ru = languages.selectFirst("a.version[hreflang=ru]");
    assertThat(ru.text()).startsWith("ru-RU");
    Document russian = page(ru.attr("href"), 200);
    assertThat(russian.selectFirst("article.statement").attr("lang")).isEqualTo("ru");
    assertThat(russian.selectFirst("nav.languages a.version[hreflang=en]").attr("href"))
        .isEqualTo("/statements/" + id);
    // body paragraphs as the statement stores them
    assertThat(d.select("#body p")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(d.select("#body p").first().text()).isEqualTo("Distinguished colleagues,");
    assertThat(d.select("section.materials li").eachText()).contains("OSCE");
    assertThat(d.select("#mentions a").eachAttr("href")).contains("/entities/org%3Aosce");
    assertThat(d.selectFirst("#original").attr("href"))
        .isEqualTo("/api/statements/" + id + "/original");
    assertThat(d.selectFirst("#citation").text())
        .contains("Anna Petrova")
        .contains("3 March 2021")
        .endsWith(" /statements/" + id);
    assertThat(d.selectFirst("#citation a.stable-link").attr("href"))
        .as("relative: no base URL is configured, and the Host header is the client's")
        .isEqualTo("/statements/" + id);
    // side by side with the Russian version
    Document both = page(languages.selectFirst("a.side-by-side").attr("href"), 200);
    Elements pairs = both.select("#side-by-side .pair:not(.heading)");
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(4);
    assertThat(pairs.first().select(".column").eachAttr("lang")).containsExactly("en", "ru");
  }

  @Test
  void archiveTextIsEscapedEverywhere() throws Exception {
    Document d = page("/statements/" + web.xssId, 200);
    assertNoInlineScript(d);
    assertThat(d.selectFirst("h1").text()).isEqualTo(WebFixture.XSS_TITLE);
    assertThat(d.title()).startsWith(WebFixture.XSS_TITLE);
    assertThat(d.select("#body p").first().text()).isEqualTo(WebFixture.XSS_BODY);
    assertThat(d.select("img, b, i")).isEmpty();
    assertThat(d.select("dl.facts").text()).contains("<i>Ivo</i> Quill");
    // in the results, the facets and the concordance too
    Document results = page("/?q=ministry%20notes", 200);
    assertNoInlineScript(results);
    assertThat(results.select("li.hit h3").eachText()).contains(WebFixture.XSS_TITLE);
    assertThat(results.select("section.facet[data-facet=speaker]").text())
        .contains("<i>Ivo</i> Quill");
    Document kwic = page("/?q=talks%20AND%20continue&tab=kwic", 200);
    assertNoInlineScript(kwic);
    assertThat(kwic.select("td.left").eachText())
        .anySatisfy(t -> assertThat(t).contains("<script>alert('second')</script>"));
    // the raw HTML never holds the markup unescaped
    String raw = web.get("/statements/" + web.xssId).body();
    assertThat(raw)
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(");
  }

  @Test
  void entityPageChartsMentionsAndListsCoMentions() throws Exception {
    Document d = page("/entities/org%3Aosce", 200);
    assertThat(d.selectFirst("h1").text()).isNotBlank().isNotEqualTo("org:osce");
    assertThat(d.select("#timeline svg rect.bar")).isNotEmpty();
    Elements rows = d.select("#comentions tbody tr");
    assertThat(rows).isNotEmpty();
    assertThat(rows.select("td a").eachAttr("href")).contains("/entities/AUT");
    Document both = page(rows.first().select("td.number a").attr("href"), 200);
    assertThat(Long.parseLong(both.selectFirst("#total").attr("data-total")))
        .isEqualTo(Long.parseLong(rows.first().select("td.number a").text()));
    Document index = page("/entities", 200);
    assertThat(index.select("#entities a").eachAttr("href"))
        .contains("/entities/org%3Aosce", "/entities/AUT");
  }

  @Test
  void keynessAndCollocationPagesShowTables() throws Exception {
    Document k = page("/keyness?mention=org%3Aosce&lang=en", 200);
    Elements terms = k.select("#keyness tbody tr");
    assertThat(terms).isNotEmpty();
    assertThat(k.select("figure.chart svg rect.bar")).isNotEmpty();
    assertThat(terms.first().selectFirst("a").attr("href")).contains("tab=kwic");
    Document c = page("/collocations?term=security&lang=en&min=1", 200);
    assertThat(c.select("#collocations tbody tr")).isNotEmpty();
    assertThat(c.selectFirst("input[name=term]").val()).isEqualTo("security");
    Document empty = page("/collocations", 200);
    assertThat(empty.select("p.empty").text()).contains("Give a word or a phrase");
  }

  @Test
  void errorsAreHtmlPagesThatSayWhatIsWrong() throws Exception {
    Document bad = page("/?q=%22unclosed", 400);
    assertThat(bad.selectFirst("#error").text()).containsIgnoringCase("query");
    assertThat(bad.selectFirst("form.query-form input[name=q]").val()).isEqualTo("\"unclosed");
    Document unknown = page("/statements/0000000000000000", 404);
    assertThat(unknown.selectFirst("#error").text()).contains("0000000000000000");
    Document typo = page("/?speakr=x", 400);
    assertThat(typo.selectFirst("#error").text()).contains("speakr");
    Document date = page("/?from=2021-13-01", 400);
    assertThat(date.selectFirst("#error").text()).contains("from");
    page("/?tab=nothing", 400);
    page("/?size=100000", 413);
  }

  private static String firstHit(String path) throws Exception {
    Element hit = page(path, 200).selectFirst("li.hit");
    assertThat(hit).as("a hit for " + path).isNotNull();
    return hit.attr("data-id");
  }

  @Test
  void helpPageStatesTheSearchSemanticsWithExamplesThatParse() throws Exception {
    Document d = page("/help", 200);
    assertNoInlineScript(d);
    assertThat(d.selectFirst("h1").text()).isEqualTo("How searching works");
    assertThat(d.select("h2").eachText())
        .contains(
            "Words and exact phrases",
            "Combining clauses",
            "Patterns",
            "Filters",
            "Dates and their precision",
            "One statement, one count",
            "Statistics");
    assertThat(d.text()).contains("must all hold", "exact word forms", "binds tighter");
    for (Element code : d.select("table.examples td:first-child code")) {
      String example = code.text();
      if (!example.contains("=")) { // filter examples are URL parameters, not queries
        assertThat(io.verbatim.query.QueryParser.parse(example)).as(example).isNotNull();
      }
    }
    assertThat(page("/", 200).select("form.query-form a[href=/help]")).hasSize(1);
  }

  @Test
  void severalMentionChipsSayWhetherAllOrAnyAreRequiredAndSwitch() throws Exception {
    io.verbatim.archive.FacetCounts mentions =
        web.archive
            .search(
                io.verbatim.archive.SearchRequest.builder("")
                    .withLimit(0)
                    .withFacets(List.of("mention"))
                    .build())
            .facets()
            .get("mention");
    String a = mentions.values().get(0).value();
    String b = mentions.values().get(1).value();
    String both = "/?mention=" + PageParams.encode(a) + "&mention=" + PageParams.encode(b);
    Document all = page(both, 200);
    Element mode = all.selectFirst("ul.chips li.chip-mode");
    assertThat(mode.text()).contains("mentioning all 2 of these entities");
    Document any = page(mode.selectFirst("a").attr("href"), 200);
    assertThat(any.selectFirst("ul.chips li.chip-mode").text()).contains("any of these 2");
    // Any of two = each one alone, less those with both (inclusion-exclusion).
    long nAll = total(all);
    long nAny = total(any);
    long nA = total(page("/?mention=" + PageParams.encode(a), 200));
    long nB = total(page("/?mention=" + PageParams.encode(b), 200));
    assertThat(nAny).isEqualTo(nA + nB - nAll);
    assertThat(nAll).isLessThanOrEqualTo(Math.min(nA, nB));
  }

  private static long total(Document d) {
    return Long.parseLong(d.selectFirst("#total").attr("data-total"));
  }
}
