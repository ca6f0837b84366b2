package io.verbatim.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.extract.DateReader;
import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Published;
import io.verbatim.model.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The generic HTML reader on small pages written for these tests. */
class GenericHtmlReaderTest {
  private final GenericHtmlReader reader = new GenericHtmlReader();

  private Statement read(String html) throws BadInputException {
    var items = reader.read(Capture.ofText("page.html", html));
    assertThat(items).hasSize(1);
    return ((ReadItem.Read) items.get(0)).statement();
  }

  @Test
  void recognisesHtmlAndMidRuMarkupOnly() {
    assertThat(reader.recognise(Capture.ofText("a.html", "<!DOCTYPE html><html><body><p>x</p>")))
        .isEqualTo(50);
    assertThat(
            reader.recognise(
                Capture.ofText(
                    "m.html",
                    "<html><body><div class=\"article-status-line\"><span>01.02.19</span></div>"
                        + "<div class=\"text article-content\"><p>x</p></div>")))
        .isEqualTo(90);
    assertThat(reader.recognise(Capture.ofText("a.txt", "28 April 2016\nPress release\nText")))
        .isEqualTo(FormatReader.NO);
    assertThat(reader.recognise(Capture.ofText("a.csv", "title,text\n\"<p>\",x")))
        .isEqualTo(FormatReader.NO);
  }

  @Test
  void dropsNavigationHeaderFooterAndAsideFromANewsPage() throws Exception {
    Statement s =
        read(
            """
            <html lang="en"><head><title>Minister meets envoys</title></head><body>
            <header><a href="/">Invented Ministry</a></header>
            <nav><ul><li>Home</li><li>Press</li></ul></nav>
            <div class="layout">
              <aside><p>Most read: a story about something else entirely, kept out of the text.</p></aside>
              <div class="story">
                <p>The minister met the envoys of three neighbouring states on Tuesday morning.</p>
                <p>They discussed water management on the shared river basin.</p>
              </div>
            </div>
            <footer><p>Contact us. Terms of use. Accessibility statement.</p></footer>
            </body></html>
            """);
    assertThat(s.title()).isEqualTo("Minister meets envoys");
    assertThat(s.body())
        .isEqualTo(
            "The minister met the envoys of three neighbouring states on Tuesday morning.\n\n"
                + "They discussed water management on the shared river basin.");
    assertThat(s.language()).isEqualTo("en");
    assertThat(s.inferred()).doesNotContain("language");
    assertThat(s.versions()).isEmpty();
    assertThat(s.published()).isNull();
  }

  @Test
  void aMarkupDateStatingOnlyAMonthOrAYearKeepsThatPrecision() throws Exception {
    String body =
        "<body><main><p>Some statement text that is long enough to count as text.</p></main>";
    Statement month =
        read(
            "<html lang=\"en\"><head><title>A note</title>"
                + "<meta itemprop=\"datePublished\" content=\"2019-09\"></head>"
                + body);
    assertThat(month.published()).hasToString("2019-09");
    assertThat(month.published().precision()).isEqualTo(Published.Precision.MONTH);
    Statement year =
        read(
            "<html lang=\"en\"><head><title>A speech</title></head><body>"
                + "<time datetime=\"2019\">2019</time><main><p>Some statement text that is long"
                + " enough to count as text.</p></main>");
    assertThat(year.published()).isEqualTo(Published.ofYear(2019));
  }

  @Test
  void aScriptInTheTitleStaysText() throws Exception {
    Statement s =
        read(
            "<html><head><title>Notes on <script>alert(1)</script> tags</title></head>"
                + "<body><article><p>A text long enough to be the main text of this small page,"
                + " about markup.</p></article></body></html>");
    assertThat(s.title()).isEqualTo("Notes on <script>alert(1)</script> tags");
    assertThat(s.body()).doesNotContain("alert");
  }

  @Test
  void siteNameSuffixesAreCutOnlyWhenCertain() throws Exception {
    String body =
        "<body><main><p>Some statement text that is long enough to count as text.</p></main>";
    assertThat(
            read("<html><head><meta property=\"og:site_name\" content=\"Invented Office\">"
                    + "<title>Statement on trade — Invented Office</title></head>"
                    + body)
                .title())
        .isEqualTo("Statement on trade");
    assertThat(read("<html><head><title>Russia - EU summit</title></head>" + body).title())
        .isEqualTo("Russia - EU summit");
  }

  @Test
  void readsTheMidRuOldSiteDateTimeAndNumber() throws Exception {
    Statement s =
        read(
            """
            <html lang="en"><body>
            <h1>Comment by the Information and Press Department</h1>
            <div class="article-status-line"><span>05.11.18 <i>21:40</i></span>
              <span class="nowrap">2127-05-11-2018</span></div>
            <div class="text article-content"><p>We have noted the statements made at the forum yesterday.</p></div>
            </body></html>
            """);
    assertThat(s.published().day()).isEqualTo(LocalDate.of(2018, 11, 5));
    assertThat(s.published().time()).isEqualTo(LocalTime.of(21, 40));
    assertThat(s.published().zone()).isEqualTo(GenericHtmlReader.MOSCOW);
    assertThat(s.documentNumber()).isEqualTo("2127-05-11-2018");
    assertThat(s.statementKey()).isEqualTo("mid:2127-05-11-2018:en");
    assertThat(s.body()).isEqualTo("We have noted the statements made at the forum yesterday.");
  }

  @Test
  void aWrittenOutMidRuDateGoesThroughTheSharedDateReader() throws Exception {
    String line = "2 августа 2023 14:30";
    Statement s =
        read(
            "<html lang=\"ru\"><body><h1 class=\"photo-content__title\">Заявление</h1>"
                + "<div class=\"photo-content__date\">"
                + line
                + "</div><div class=\"text article-content\"><p class=\"article-line__note\">"
                + "1541-02-08-2023</p><p>Текст заявления достаточной длины для основного"
                + " текста.</p></div></body></html>");
    var expected =
        DateReader.parse(line, DateReader.NumericOrder.DAY_FIRST)
            .or(() -> DateReader.find(line, DateReader.NumericOrder.DAY_FIRST))
            .map(p -> p.withZone(GenericHtmlReader.MOSCOW))
            .orElse(null);
    assertThat(s.published()).isEqualTo(expected);
    assertThat(s.documentNumber()).isEqualTo("1541-02-08-2023");
    assertThat(s.body()).doesNotContain("1541-02-08-2023");
  }

  @Test
  void datesComeFromMarkupInOrder() throws Exception {
    String body =
        "<body><main><p>A statement text of a reasonable length for the main text.</p></main>";
    assertThat(
            read("<html><head><meta name=\"DC.date\" content=\"2019-04-01\"></head>"
                    + body
                    + "<time datetime=\"2018-01-01\">x</time>")
                .published())
        .hasToString("2019-04-01");
    assertThat(
            read("<html><head></head>" + body + "<time datetime=\"2018-01-02T10:20\">x</time>")
                .published())
        .hasToString("2018-01-02T10:20");
  }

  @Test
  void anUnstatedLanguageIsDetectedAndMarkedInferred() throws Exception {
    Statement s =
        read(
            "<html><body><main><p>Министр иностранных дел провёл переговоры с коллегой и"
                + " обсудил вопросы двустороннего сотрудничества в области экономики.</p></main>"
                + "</body></html>");
    assertThat(s.language()).isEqualTo("ru");
    assertThat(s.inferred()).contains("language");
  }

  @Test
  void aTruncatedPageKeepsWhatIsThere() throws Exception {
    Statement s =
        read(
            "<html><body><article><p>The first paragraph arrived whole before the cut.</p>"
                + "<p>The second was cut mid-sen");
    assertThat(s.body())
        .isEqualTo(
            "The first paragraph arrived whole before the cut.\n\nThe second was cut mid-sen");
  }

  @Test
  void aPageWithoutTextIsBadInput() {
    assertThatThrownBy(() -> read("<html><head><title>Empty</title></head><body></body></html>"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("no main text found in the HTML page");
  }

  @Test
  void aDatedTitledPageWithoutTextIsAStatementWithoutText() throws Exception {
    Statement s =
        read(
            "<html lang=\"en\"><head><title>Photo report: an invented harbour visit</title>"
                + "<meta property=\"article:published_time\" content=\"2021-03-04T10:15:00\"/>"
                + "</head><body><article><figure><img src=\"a.jpg\"/></figure></article>"
                + "</body></html>");
    assertThat(s.hasText()).isFalse();
    assertThat(s.title()).isEqualTo("Photo report: an invented harbour visit");
    assertThat(s.published().date()).hasToString("2021-03-04");
    assertThat(s.language()).isEqualTo("en");
  }

  @Test
  void theDensestBlockWinsWithoutSemanticMarkup() throws Exception {
    Statement s =
        read(
            """
            <html><body>
            <div id="menu"><p>Home</p><p>About</p><p>Press</p></div>
            <div id="c1"><p>Short teaser.</p></div>
            <div id="c2"><p>This is the long statement paragraph that carries the actual text of the page.</p>
            <p>And a second paragraph that continues the same statement.</p></div>
            </body></html>
            """);
    assertThat(s.body())
        .startsWith("This is the long statement paragraph")
        .doesNotContain("Short teaser", "About");
  }
}
