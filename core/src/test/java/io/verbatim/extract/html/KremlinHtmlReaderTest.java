package io.verbatim.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Genre;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import org.junit.jupiter.api.Test;

/** The kremlin reader on small pages written for these tests, and its title rules. */
class KremlinHtmlReaderTest {
  private final KremlinHtmlReader reader = new KremlinHtmlReader();

  private static String page(String title, String meta, String content) {
    return "<!doctype html><html lang=\"en\"><head><title>"
        + title
        + " • President of Russia</title>"
        + "<meta property=\"og:url\" content=\"http://en.kremlin.ru/events/president/news/424242\"/>"
        + "</head><body><article class=\"read__in\" id=\"event-424242\"><div class=\"read__top\">"
        + "<h1 class=\"entry-title p-name\">"
        + title
        + "</h1><div class=\"read__meta\">"
        + meta
        + "</div></div><div class=\"entry-content e-content read__internal_content\">"
        + content
        + "</div></article></body></html>";
  }

  private Statement read(String html) throws BadInputException {
    var items = reader.read(Capture.ofText("news/424242.html", html));
    return ((ReadItem.Read) items.get(0)).statement();
  }

  @Test
  void readsTitleDateTimePlaceAndSpeakerFromTheTitle() throws Exception {
    Statement s =
        read(
            page(
                "Vladimir Putin’s address to an invented forum",
                "<time class=\"read__published\" datetime=\"2016-05-04\">May 4, 2016</time>"
                    + "<div class=\"read__time\">09:05</div>"
                    + "<div class=\"read__place p-location\"><i></i>Sochi</div>",
                "<p>Friends,</p><p>I greet the participants of the forum.</p>"));
    assertThat(s.title()).isEqualTo("Vladimir Putin’s address to an invented forum");
    assertThat(s.published()).hasToString("2016-05-04T09:05+03:00");
    assertThat(s.published().zone()).isEqualTo(KremlinHtmlReader.MOSCOW);
    assertThat(s.place()).isEqualTo("Sochi");
    assertThat(s.speaker()).isEqualTo(new Speaker("Vladimir Putin", null));
    assertThat(s.genre()).isEqualTo(Genre.SPEECH);
    assertThat(s.inferred()).containsExactly("genre", "speaker");
    assertThat(s.body()).isEqualTo("Friends,\n\nI greet the participants of the forum.");
    assertThat(s.statementKey()).isEqualTo("kremlin:424242:en");
    assertThat(s.versions()).containsExactly("en");
  }

  @Test
  void leavesUnstatedFieldsNull() throws Exception {
    Statement s = read(page("Changes in an invented commission", "", "<p>Some text.</p>"));
    assertThat(s.published()).isNull();
    assertThat(s.place()).isNull();
    assertThat(s.speaker()).isNull();
    assertThat(s.genre()).isNull();
    assertThat(s.inferred()).isEmpty();
  }

  @Test
  void titleRulesNameSpeakerAndGenreOnlyWhenClear() {
    assertThat(KremlinTitles.speaker("President Vladimir Putin addressed the assembly"))
        .isEqualTo(new Speaker("Vladimir Putin", "President"));
    assertThat(KremlinTitles.speaker("News conference of Vladimir Putin"))
        .isEqualTo(new Speaker("Vladimir Putin", null));
    assertThat(KremlinTitles.speaker("Interview to the invented channel")).isNull();
    assertThat(KremlinTitles.speaker("Meeting with permanent members of the Security Council"))
        .isNull();
    assertThat(KremlinTitles.genre("Interview to the invented channel")).isEqualTo(Genre.INTERVIEW);
    assertThat(KremlinTitles.genre("Joint news conference with an invented leader"))
        .isEqualTo(Genre.REMARKS);
    assertThat(KremlinTitles.genre("Press statements following talks")).isEqualTo(Genre.STATEMENT);
    assertThat(KremlinTitles.genre("Russian-Invented talks")).isEqualTo(Genre.NEWS);
    assertThat(KremlinTitles.genre("Greetings to the participants of a race"))
        .isEqualTo(Genre.GREETINGS);
    assertThat(KremlinTitles.genre("Changes in the permanent membership")).isNull();
  }

  @Test
  void recognisesKremlinMarkupOnly() {
    assertThat(reader.recognise(Capture.ofText("a.html", page("T", "", "<p>x</p>")))).isEqualTo(95);
    assertThat(
            reader.recognise(
                Capture.ofText("b.html", "<html><body><h1>News</h1><p>text</p></body></html>")))
        .isEqualTo(FormatReader.NO);
    assertThat(reader.recognise(Capture.ofText("c.txt", "entry-title read__ but no markup")))
        .isEqualTo(FormatReader.NO);
  }

  @Test
  void aPageWithoutTheArticleBodyIsBadInput() {
    assertThatThrownBy(
            () -> read("<html><body><h1 class=\"entry-title\">T</h1><p>text</p></body></html>"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("div.entry-content");
    assertThatThrownBy(() -> read(page("", "", "<div class=\"slider masha-ignore\">x</div>")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no main text and no title found");
  }

  @Test
  void aNewsItemWithoutTextIsReadWithEverythingElseItStates() throws Exception {
    Statement s =
        read(
            page(
                "An invented meeting took place",
                "<time class=\"read__published\" datetime=\"2019-06-01\">June 1, 2019</time>"
                    + "<div class=\"read__time\">12:30</div>"
                    + "<div class=\"read__place p-location\"><i></i>Minsk</div>",
                "<div class=\"media masha-ignore\"><figure><img src=\"p.jpg\" alt=\"A photo\"/>"
                    + "</figure><span class=\"media__title\">A photo caption</span></div>"
                    + "<div class=\"read__cut\"><a href=\"/events/president/news/424241\">"
                    + "Related talks</a></div>"));
    assertThat(s.hasText()).isFalse();
    assertThat(s.body()).isEmpty();
    assertThat(s.title()).isEqualTo("An invented meeting took place");
    assertThat(s.published()).hasToString("2019-06-01T12:30[Europe/Moscow]");
    assertThat(s.place()).isEqualTo("Minsk");
    assertThat(s.language()).isEqualTo("en");
    assertThat(s.statementKey()).isEqualTo("kremlin:424242:en");
    assertThat(s.materials()).extracting(m -> m.title()).containsExactly("Related talks");
  }
}
