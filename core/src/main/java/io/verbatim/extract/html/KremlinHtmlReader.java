package io.verbatim.extract.html;

import io.verbatim.extract.LanguageDetector;
import io.verbatim.extract.StatementKeys;
import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Genre;
import io.verbatim.model.Material;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads pages of the Russian president's site (en.kremlin.ru, kremlin.ru), article and print views.
 *
 * <p>What it reads: the title ({@code h1.entry-title}); the date from {@code
 * time.read__published[datetime]} with the time of {@code div.read__time}, in Moscow time; the
 * place ({@code div.read__place}); the language ({@code meta[itemprop=inLanguage]}, else {@code
 * <html lang>}, else detected and marked inferred); the versions (the page's language and the
 * {@code hreflang} alternates); the kremlin id and address ({@code extra.kremlinId}, {@code
 * extra.url}, {@code statementKey = kremlin:<id>:<language>}); the sections the page is published
 * in ({@code extra.sections}); "See also" links and the Geography/Topics/Persons tags as materials.
 * The body is the lead paragraph followed by {@code div.entry-content}, without photo galleries,
 * videos, captions, tooltips, related links, tags and the publication status. A news item published
 * without text (title, date, place and photos only) is read with an empty body and everything else
 * it states; a page with neither text nor title is bad input.
 *
 * <p>Speaker and genre are read from the title only when it is clear (see {@link KremlinTitles})
 * and are then marked inferred; fields the page does not state (e.g. the date of an announcement)
 * stay null.
 */
public final class KremlinHtmlReader implements FormatReader {
  /** The zone of the times en.kremlin.ru shows. */
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private static final Pattern KREMLIN_ADDRESS =
      Pattern.compile("(?i)(canonical|og:url)[^>]{0,200}https?://(en\\.)?kremlin\\.ru/");
  private static final Pattern ARTICLE_ID = Pattern.compile("event-(\\d+)");
  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

  /** Inside the article body: everything the site marks as not part of the text. */
  private static final String BODY_CHROME =
      ".masha-ignore, .read__bottommeta, .read__cut, .read__tooltip, .slider, .media,"
          + " .media__container, .hidden, [hidden], script, style, noscript, video, audio, iframe,"
          + " figure, figcaption, form, button";

  @Override
  public String name() {
    return "kremlin-html";
  }

  @Override
  public String description() {
    return "en.kremlin.ru / kremlin.ru news and transcript pages (HTML, article or print view)";
  }

  @Override
  public int recognise(Capture capture) {
    String text = HtmlPages.lenientText(capture);
    if (text.isEmpty() || !HtmlPages.looksLikeHtml(HtmlPages.sniff(capture))) {
      return NO;
    }
    boolean markup = text.contains("entry-title") && text.contains("read__");
    boolean address = KREMLIN_ADDRESS.matcher(text).find();
    return markup || address ? 95 : NO;
  }

  @Override
  public List<ReadItem> read(Capture capture) throws BadInputException {
    Document doc = HtmlPages.parse(capture);
    Element content = doc.selectFirst("div.entry-content, div.read__internal_content");
    if (content == null) {
      throw new BadInputException(
          "not an en.kremlin.ru article: the page has no div.entry-content with the text");
    }
    Statement.Builder b = Statement.builder();
    String title = HtmlPages.text(doc, "h1.entry-title, h1.p-name");
    title = title == null ? null : Paragraphs.plain(title);
    b.withTitle(title);

    readPublished(doc).ifPresent(b::withPublished);
    b.withPlace(placeOf(doc));

    String url = HtmlPages.canonicalUrl(doc);
    if (url != null && doc.location().isEmpty()) {
      doc.setBaseUri(url); // relative links of saved copies resolve against the page's address
    }
    String lead = HtmlPages.text(doc, ".read__lead, .entry-summary");
    List<Material> materials = materials(content);
    b.withMaterials(materials);
    Element text = content.clone();
    text.select(BODY_CHROME).remove();
    List<String> paragraphs = new ArrayList<>();
    if (lead != null) {
      paragraphs.add(Paragraphs.plain(lead));
    }
    paragraphs.addAll(Paragraphs.of(text));
    String body = String.join("\n\n", paragraphs);
    if (body.isBlank() && title == null) {
      throw new BadInputException(
          "no main text and no title found in the HTML page (div.entry-content is empty)");
    }
    b.withBody(body);

    String language = HtmlPages.languageCode(HtmlPages.content(doc, "meta[itemprop=inLanguage]"));
    if (language == null) {
      language =
          HtmlPages.languageCode(
              doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"));
    }
    if (language == null) {
      language = LanguageDetector.detect(body.isBlank() ? title : body).orElse(null);
      if (language != null) {
        b.markInferred("language");
      }
    }
    b.withLanguage(language);
    b.withVersions(HtmlPages.versions(doc, language));

    b.putExtra("url", url);
    String id = kremlinId(doc, url);
    b.putExtra("kremlinId", id);
    if (id != null) {
      b.withStatementKey(StatementKeys.kremlin(id, language));
    }
    b.putExtra("sections", sections(content));

    Speaker speaker = KremlinTitles.speaker(title);
    if (speaker != null) {
      b.withSpeaker(speaker).markInferred("speaker");
    }
    Genre genre = KremlinTitles.genre(title);
    if (genre != null) {
      b.withGenre(genre).markInferred("genre");
    }
    return List.of(ReadItem.Read.wholeFile(b.build()));
  }

  private static Optional<Published> readPublished(Document doc) {
    Element time = doc.selectFirst("time.read__published[datetime]");
    if (time == null) {
      return Optional.empty();
    }
    Optional<Published> date = HtmlDates.attribute(time.attr("datetime"));
    if (date.isEmpty()) {
      return Optional.empty();
    }
    Published p = date.get();
    String clock = HtmlPages.text(doc, ".read__time");
    if (p.precision() == Published.Precision.DAY && clock != null) {
      Matcher m = TIME.matcher(clock);
      if (m.find()) {
        try {
          p =
              new Published(
                  p.start(),
                  LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
                  null);
        } catch (DateTimeException e) {
          // an impossible clock reading leaves the date alone
        }
      }
    }
    return Optional.of(p.zone() == null ? p.withZone(MOSCOW) : p);
  }

  private static String placeOf(Document doc) {
    String place = HtmlPages.text(doc, ".read__place, .p-location");
    return place == null ? null : Paragraphs.clean(place);
  }

  private static String kremlinId(Document doc, String url) {
    String fromUrl = StatementKeys.kremlinId(url);
    if (fromUrl != null) {
      return fromUrl;
    }
    Element article = doc.selectFirst("article[id^=event-]");
    if (article != null) {
      Matcher m = ARTICLE_ID.matcher(article.id());
      if (m.matches()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** "See also" links and the tag columns, in page order. */
  private static List<Material> materials(Element content) {
    List<Material> materials = new ArrayList<>();
    for (Element link : content.select(".read__cut a[href], .cut a[href]")) {
      String title = Paragraphs.plain(link.wholeText());
      materials.add(
          new Material(
              Material.Kind.LINK,
              title,
              link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href")));
    }
    for (Element tag : content.select(".read__tags a[href], .read__taglist a[href]")) {
      String title = Paragraphs.plain(tag.wholeText());
      if (!title.isEmpty()) {
        Material m = new Material(Material.Kind.TAG, title, href(tag));
        if (!materials.contains(m)) {
          materials.add(m);
        }
      }
    }
    return materials;
  }

  private static String href(Element link) {
    String abs = link.absUrl("href");
    return abs.isEmpty() ? link.attr("href") : abs;
  }

  /** The sections named in the publication status ("News, Transcripts"), or null. */
  private static String sections(Element content) {
    for (Element p : content.select(".read__status p")) {
      String t = Paragraphs.plain(p.wholeText());
      Matcher m = Pattern.compile("^Published in sections?:\\s*(.+)$").matcher(t);
      if (m.find()) {
        return m.group(1).strip();
      }
    }
    return null;
  }
}
