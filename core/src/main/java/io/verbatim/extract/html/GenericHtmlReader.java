package io.verbatim.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.extract.DateReader;
import io.verbatim.extract.LanguageDetector;
import io.verbatim.extract.StatementKeys;
import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Json;
import io.verbatim.model.Published;
import io.verbatim.model.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page of any site into one statement.
 *
 * <p>Title: {@code og:title}, {@code h1} or {@code <title>} (see {@link PageTitle}). Published: the
 * first of {@code meta[property=article:published_time]}, {@code meta[name=date|pubdate| DC.date]},
 * {@code meta[itemprop=datePublished]}, {@code time[datetime]}, JSON-LD {@code datePublished}, then
 * a date written in the text near the title ({@link DateReader#find}). Language: {@code <html
 * lang>}, {@code og:locale}, {@code content-language}, else detected from the body and marked
 * inferred. Versions: the language and the {@code hreflang} alternates. Body: the main text found
 * by {@link MainText}, one paragraph per block. Statement key: the mid.ru document number, else the
 * page's canonical address ({@link StatementKeys#forHtmlPage}), so that re-captures and print views
 * of one page are versions of one statement.
 *
 * <p>mid.ru pages (old Liferay site: {@code div.article-status-line}, document number in {@code
 * span.nowrap}; new site: {@code h1.photo-content__title}, {@code .photo-content__date}, {@code
 * p.article-line__note}) are recognised with more confidence and their Moscow date, time and
 * document number are read precisely.
 *
 * <p>A page without main text (empty, or cut off before its text) is a {@link BadInputException},
 * unless its markup states a title and a publication date: then it is an item published without
 * text (photos, a video, attachments), read with an empty body and everything else it states.
 */
public final class GenericHtmlReader implements FormatReader {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  /** mid.ru document numbers: number-day-month-year, e.g. {@code 1541-02-08-2023}. */
  private static final Pattern MID_NUMBER =
      Pattern.compile("(?<![\\d-])\\d{1,5}-\\d{2}-\\d{2}-\\d{4}(?![\\d-])");

  private static final String MID_MARKUP =
      "div.article-status-line, h1.photo-content__title, .photo-content__date, p.article-line__note";

  @Override
  public String name() {
    return "html";
  }

  @Override
  public String description() {
    return "any HTML page: title, date and language from common markup, main text without site"
        + " chrome (mid.ru pages read precisely)";
  }

  @Override
  public int recognise(Capture capture) {
    String start = HtmlPages.sniff(capture);
    if (start.isEmpty() || !HtmlPages.looksLikeHtml(start)) {
      return NO;
    }
    String text = HtmlPages.lenientText(capture);
    boolean mid =
        text.contains("article-content")
            && (text.contains("article-status-line")
                || text.contains("photo-content__title")
                || text.contains("article-line__note"));
    return mid ? 90 : 50;
  }

  @Override
  public List<ReadItem> read(Capture capture) throws BadInputException {
    Document doc = HtmlPages.parse(capture);
    boolean mid = !doc.select(MID_MARKUP).isEmpty();
    Statement.Builder b = Statement.builder();

    String title = mid ? HtmlPages.text(doc, "h1.photo-content__title, .article h1, h1") : null;
    title = title != null ? Paragraphs.plain(title) : PageTitle.of(doc);
    b.withTitle(title);

    Optional<Published> published = mid ? midPublished(doc) : Optional.empty();
    if (published.isEmpty()) {
      published = markupPublished(doc);
    }

    Element container = MainText.container(doc);
    Element text = MainText.withoutChrome(container);
    text.select("div.article-status-line, p.article-line__note, .photo-content__date").remove();
    if (title != null) {
      for (Element h : text.select("h1, h2")) {
        if (Paragraphs.plain(h.wholeText()).equals(title)) {
          h.remove();
        }
      }
    }
    String body = Paragraphs.text(text);
    if (body.isBlank() && (title == null || published.isEmpty())) {
      throw new BadInputException("no main text found in the HTML page");
    }
    b.withBody(body);

    if (published.isEmpty()) {
      published = visibleDate(doc);
    }
    published.ifPresent(b::withPublished);

    String number = mid ? midNumber(doc) : null;
    b.withDocumentNumber(number);

    String language = statedLanguage(doc);
    if (language == null) {
      language = LanguageDetector.detect(body.isBlank() ? title : body).orElse(null);
      if (language != null) {
        b.markInferred("language");
      }
    }
    b.withLanguage(language);
    List<String> versions = HtmlPages.versions(doc, language);
    b.withVersions(versions.size() > 1 ? versions : List.of());

    String url = HtmlPages.canonicalUrl(doc);
    b.putExtra("url", url);
    b.withStatementKey(StatementKeys.forHtmlPage(url, number, language));
    return List.of(ReadItem.Read.wholeFile(b.build()));
  }

  private static String statedLanguage(Document doc) {
    Element html = doc.selectFirst("html");
    List<String> candidates = new ArrayList<>();
    if (html != null) {
      candidates.add(html.attr("lang"));
      candidates.add(html.attr("xml:lang"));
    }
    candidates.add(HtmlPages.content(doc, "meta[property=og:locale]"));
    candidates.add(HtmlPages.content(doc, "meta[http-equiv~=(?i)content-language]"));
    candidates.add(HtmlPages.content(doc, "meta[name~=(?i)^(language|dc\\.language)$]"));
    for (String c : candidates) {
      String code = HtmlPages.languageCode(c);
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /** The date in common markup, in the order the class comment gives. */
  static Optional<Published> markupPublished(Document doc) {
    String[] metas = {
      "meta[property=article:published_time]",
      "meta[name~=(?i)^(date|pubdate|publishdate|dc\\.date|dc\\.date\\.issued|dcterms\\.created)$]",
      "meta[itemprop=datePublished]"
    };
    for (String q : metas) {
      Optional<Published> p = HtmlDates.attribute(HtmlPages.content(doc, q));
      if (p.isPresent()) {
        return p;
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      Optional<Published> p = HtmlDates.attribute(time.attr("datetime"));
      if (p.isPresent()) {
        return p;
      }
    }
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      Optional<Published> p = jsonLdDate(script.data());
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static Optional<Published> jsonLdDate(String json) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (Exception e) {
      return Optional.empty(); // broken JSON-LD states nothing we can rely on
    }
    if (root == null) {
      return Optional.empty();
    }
    for (JsonNode found : root.findValues("datePublished")) {
      if (found.isTextual()) {
        Optional<Published> p = HtmlDates.attribute(found.asText());
        if (p.isPresent()) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A date written near the title (the three elements after the {@code h1}, or a short block
   * holding it), else in the first {@code time} or date-classed element.
   */
  private static Optional<Published> visibleDate(Document doc) {
    Element h1 = doc.selectFirst("h1");
    List<String> texts = new ArrayList<>();
    if (h1 != null) {
      Element next = h1.nextElementSibling();
      for (int i = 0; i < 3 && next != null; i++, next = next.nextElementSibling()) {
        texts.add(next.text());
      }
      if (h1.parent() != null && h1.parent().text().length() <= 500) {
        texts.add(h1.parent().text());
      }
    }
    Element time = doc.selectFirst("time, .date, [class*=date]");
    if (time != null) {
      texts.add(time.text());
    }
    for (String t : texts) {
      Optional<Published> p = DateReader.find(t, DateReader.NumericOrder.DAY_FIRST);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /** mid.ru: "28.04.16 <i>09:49</i>" (old site) or the new site's date line, in Moscow time. */
  private static Optional<Published> midPublished(Document doc) {
    String line = HtmlPages.text(doc, "div.article-status-line > span, .photo-content__date");
    if (line == null) {
      return Optional.empty();
    }
    Optional<Published> p = HtmlDates.dotted(line);
    if (p.isEmpty()) {
      p = DateReader.parse(line, DateReader.NumericOrder.DAY_FIRST);
    }
    if (p.isEmpty()) {
      p = DateReader.find(line, DateReader.NumericOrder.DAY_FIRST);
    }
    return p.map(d -> d.zone() == null ? d.withZone(MOSCOW) : d);
  }

  private static String midNumber(Document doc) {
    for (Element e :
        doc.select("div.article-status-line span.nowrap, span.nowrap, p.article-line__note")) {
      Matcher m = MID_NUMBER.matcher(e.text());
      if (m.find()) {
        return m.group();
      }
    }
    return null;
  }
}
