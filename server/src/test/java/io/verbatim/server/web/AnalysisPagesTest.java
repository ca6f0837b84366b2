package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.model.EntityCount;
import io.verbatim.model.EntityKind;
import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import io.verbatim.server.ServerConfig;
import io.verbatim.server.VerbatimServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity, keyness and collocation pages over four invented English statements whose numbers are
 * worked out by hand here, parsed with jsoup: the columns show what their headings say, and each
 * statistic is explained on the page.
 *
 * <pre>
 * 1 (2020) Grain grain grain port.   RUS UKR
 * 2 (2020) Grain ship port port.     RUS UKR org:un
 * 3 (2021) Ship ship port wheat.     RUS org:un
 * 4 (2021) Wheat ship port grain.    -
 * </pre>
 */
class AnalysisPagesTest {
  @TempDir static Path temp;
  static Archive archive;
  static VerbatimServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  private static final LocalDate Y2020 = LocalDate.of(2020, 6, 1);
  private static final LocalDate Y2021 = LocalDate.of(2021, 6, 1);

  private static Statement statement(String body, LocalDate date, String... entities)
      throws Exception {
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest((date + body).getBytes(StandardCharsets.UTF_8)));
    List<EntityCount> mentions =
        java.util.Arrays.stream(entities)
            .map(
                id ->
                    new EntityCount(
                        id,
                        id.startsWith("org:") ? EntityKind.ORGANISATION : EntityKind.COUNTRY,
                        1,
                        0,
                        List.of(new EntityCount.Span(0, 1))))
            .toList();
    return Statement.builder()
        .withId(Statement.idFor(sha))
        .withSource(new Source("t.txt", "capture", sha, sha, null, Instant.now()))
        .withLanguage("en")
        .withPublished(Published.of(date))
        .withBody(body)
        .withMentions(mentions)
        .build();
  }

  @BeforeAll
  static void start() throws Exception {
    archive = ArchiveProvider.openLocation(temp.resolve("archive").toString(), true);
    archive.add(statement("Grain grain grain port.", Y2020, "RUS", "UKR"));
    archive.add(statement("Grain ship port port.", Y2020, "RUS", "UKR", "org:un"));
    archive.add(statement("Ship ship port wheat.", Y2021, "RUS", "org:un"));
    archive.add(statement("Wheat ship port grain.", Y2021));
    archive.commit();
    server = VerbatimServer.start(archive, ServerConfig.builder().port(0).build());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    archive.close();
  }

  /** The path and query of a link on a page, to fetch it again. */
  private static String relative(String href) {
    URI uri = URI.create(server.url()).resolve(href);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private static Document page(String path) throws Exception {
    return page(path, 200);
  }

  private static Document page(String path, int status) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    Document d = Jsoup.parse(r.body(), server.url() + path);
    Element error = d.selectFirst("#error");
    assertThat(r.statusCode())
        .as(path + (error == null ? "" : ": " + error.text()))
        .isEqualTo(status);
    WebPagesTest.assertNoInlineScript(d);
    return d;
  }

  private static String decimal(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** The cells of the row of {@code table} whose first cell reads {@code first}. */
  private static List<String> row(Document d, String table, String first) {
    for (Element tr : d.select(table + " tbody tr")) {
      if (tr.child(0).text().equals(first)) {
        return tr.children().eachText();
      }
    }
    throw new AssertionError("no row '" + first + "' in " + d.select(table).outerHtml());
  }

  @Test
  void entityPageCountsCoMentionsOverTheWholeSelection() throws Exception {
    // N = 4; UKR in 2 (N(a)). RUS: in 3 statements (N(b)), 2 with UKR; org:un: in 2, 1 with UKR.
    // Counted within UKR's own statements, RUS would have N(b) = N(a,b) = 2: the old bug.
    Document d = page("/entities/UKR");
    Element counts = d.selectFirst("#comentions-counts");
    assertThat(counts.attr("data-statements")).isEqualTo("4");
    assertThat(counts.attr("data-with-entity")).isEqualTo("2");
    assertThat(d.select("#comentions thead th").eachText())
        .containsExactly("Entity (b)", "Both: N(a,b)", "With b: N(b)", "logDice", "MI");
    assertThat(row(d, "#comentions", "Russia (RUS)"))
        .containsExactly(
            "Russia (RUS)",
            "2",
            "3",
            decimal(14 + log2(2.0 * 2 / (2 + 3))),
            decimal(log2(2.0 * 4 / (2 * 3))));
    assertThat(d.select("#comentions tbody tr").eachAttr("data-entity"))
        .containsExactly("RUS", "org:un");
    assertThat(d.select("#comentions-explained dt").eachText())
        .containsExactly("N(a,b)", "N(b)", "logDice", "MI");
    assertThat(d.selectFirst("#comentions-explained").text())
        .contains("14 + log2(2·N(a,b) / (N(a) + N(b)))")
        .contains("log2(N(a,b)·N / (N(a)·N(b)))");
    assertThat(d.selectFirst("#entity-search").text()).startsWith("All 2 statements");
  }

  @Test
  void entityPageFollowsTheFiltersAndItsBothLinkListsTheStatements() throws Exception {
    // 2021 only: N = 2, UKR in none; in 2020: N = 2, UKR in both, RUS in both, org:un in one.
    Document none = page("/entities/UKR?from=2021-01-01");
    assertThat(none.select("p.empty").eachText()).anyMatch(t -> t.contains("No other entity"));
    Document d = page("/entities/UKR?to=2020-12-31");
    assertThat(row(d, "#comentions", "Russia (RUS)")).startsWith("Russia (RUS)", "2", "2");
    String both = d.selectFirst("#comentions tr[data-entity=org:un] td.both a").attr("href");
    assertThat(both).contains("to=2020-12-31");
    Document search = page(both.substring(both.indexOf("/?")));
    assertThat(search.selectFirst("#total").attr("data-total")).isEqualTo("1");
    // With a mention filter of its own, the entity's statements are those with both.
    Document filtered = page("/entities/UKR?mention=org%3Aun");
    assertThat(filtered.selectFirst("#entity-search").text()).startsWith("All 1 statements");
  }

  @Test
  void keynessPageComparesWithTheReferenceTheUserPicksAndExplainsG2AndLogRatio() throws Exception {
    // Subset 2020: grain 4, port 3, ship 1 (c = 8). Rest (2021): grain 1, port 2, ship 3, wheat 2
    // (d = 8). grain: E1 = E2 = 2.5, G2 = 2(4 ln(4/2.5) + ln(1/2.5)), log-ratio log2(4.5/1.5).
    Document rest = page("/keyness?lang=en&from=2020-01-01&to=2020-12-31");
    assertThat(rest.selectFirst("#keyness-sizes").text()).contains("the rest of the archive in en");
    assertThat(row(rest, "#keyness", "grain"))
        .containsExactly(
            "grain",
            "4 / 8",
            "1 / 8",
            decimal(2 * (4 * Math.log(4 / 2.5) + Math.log(1 / 2.5))),
            decimal(log2(4.5 / 1.5)));
    assertThat(rest.select("#keyness-explained dt").eachText())
        .containsExactly("a, b", "c, d", "G2", "Log-ratio");
    assertThat(rest.selectFirst("#keyness-explained").text()).contains("3.84").contains("10.83");
    assertThat(rest.select("fieldset#reference input[name=reference]")).hasSize(1);
    assertThat(rest.select("fieldset#reference [name=reference-from]")).hasSize(1);

    // Reference: "port" mentioning RUS (statements 1-3): grain 4, port 4, ship 3, wheat 1 (d = 12).
    Document chosen =
        page(
            "/keyness?lang=en&from=2020-01-01&to=2020-12-31&reference=port"
                + "&reference-mention=RUS");
    assertThat(chosen.selectFirst("#keyness-sizes").text())
        .contains("statements in en matching 'port' mentioning RUS");
    assertThat(row(chosen, "#keyness", "grain"))
        .containsExactly(
            "grain",
            "4 / 8",
            "4 / 12",
            decimal(2 * (4 * Math.log(4 / 3.2) + 4 * Math.log(4 / 4.8))),
            decimal(log2((4.5 / 8) / (4.5 / 12))));
    assertThat(chosen.selectFirst("fieldset#reference input[name=reference]").val())
        .isEqualTo("port");
    assertThat(chosen.selectFirst("fieldset#reference input[name=reference-mention]").val())
        .isEqualTo("RUS");
    String concordance = chosen.selectFirst("#keyness tbody a").attr("href");
    assertThat(concordance).contains("tab=kwic").doesNotContain("reference");
    // The concordance counts the term as keyness did, in every inflection: "grain" 4 times in the
    // subset (2020), "Grain" capitalised among them.
    assertThat(page(relative(concordance)).select("td.match").eachText())
        .hasSize(4)
        .allSatisfy(k -> assertThat(k).isEqualToIgnoringCase("grain"));

    // Two-word terms: "grain grain" 2 of 6 pairs against 0 of 6: G2 = 4 ln 2.
    Document pairs = page("/keyness?lang=en&from=2020-01-01&to=2020-12-31&ngram=2");
    assertThat(row(pairs, "#keyness", "grain grain"))
        .containsExactly(
            "grain grain", "2 / 6", "0 / 6", decimal(4 * Math.log(2)), decimal(log2(5)));
    assertThat(pairs.selectFirst("select[name=ngram] option[selected]").val()).isEqualTo("2");
  }

  @Test
  void collocationsPageSplitsLeftAndRightAndStatesTheWindow() throws Exception {
    // port ±1: ship left 3 times (f(y) 4), grain left 1 + right 1 (f(y) 5), wheat right 1
    // (f(y) 2); f(x) = 5, N = 16.
    Document d = page("/collocations?term=port&lang=en&window=1&min=1");
    Element counts = d.selectFirst("#collocations-counts");
    assertThat(counts.attr("data-node-frequency")).isEqualTo("5");
    assertThat(counts.attr("data-tokens")).isEqualTo("16");
    assertThat(counts.attr("data-window")).isEqualTo("1");
    assertThat(counts.text()).contains("within 1 positions before (left) or after (right)");
    assertThat(d.select("#collocations thead th").eachText())
        .containsExactly(
            "Collocate", "Left", "Right", "Together: f(xy)", "Frequency: f(y)", "logDice", "MI");
    assertThat(row(d, "#collocations", "ship"))
        .containsExactly(
            "ship",
            "3",
            "0",
            "3",
            "4",
            decimal(14 + log2(2.0 * 3 / (5 + 4))),
            decimal(log2(3.0 * 16 / (5 * 4))));
    assertThat(row(d, "#collocations", "grain")).startsWith("grain", "1", "1", "2", "5");
    // Its concordance finds the three statements with ship and port side by side.
    String together = d.selectFirst("#collocations tbody tr[data-stem=ship] a").attr("href");
    assertThat(page(relative(together)).select("td.match")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(d.select("#collocations-explained dt").eachText())
        .containsExactly("Left, Right", "f(xy)", "f(y), f(x), N", "logDice", "MI");

    // A two-word node: "grain port" once (statement 1, positions 2-3); "grain" at 1 is left.
    Document phrase = page("/collocations?term=grain+port&lang=en&window=1&min=1");
    assertThat(phrase.selectFirst("#collocations-counts").attr("data-node-frequency"))
        .isEqualTo("1");
    assertThat(row(phrase, "#collocations", "grain")).startsWith("grain", "1", "0", "1", "5");
    assertThat(phrase.selectFirst("input[name=term]").val()).isEqualTo("grain port");

    // Every word can be a node, "the" too; the fixture has none.
    Document stopWords = page("/collocations?term=the&lang=en");
    assertThat(stopWords.selectFirst("p.empty").text())
        .isEqualTo("'the' does not occur in the selected 'en' bodies.");
    assertThat(stopWords.selectFirst("input[name=term]").val()).isEqualTo("the");
  }
}
