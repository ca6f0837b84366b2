package io.verbatim.extract.corpus;

import io.verbatim.extract.DateReader;
import io.verbatim.extract.DateReader.NumericOrder;
import io.verbatim.model.Published;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the page chrome that scraped kremlin.ru and mid.ru texts carry inside a corpus cell, and
 * keeps what the chrome states (sections, publication date, document number, subject tags).
 *
 * <p>Recognised by content, so it applies whichever table the text comes from:
 *
 * <ul>
 *   <li>kremlin.ru licence line at the start ({@code Все материалы сайта доступны по лицензии: …});
 *   <li>kremlin.ru footer ({@code [Статус материала] Опубликован в разделах: … Дата публикации: …
 *       Ссылка на материал: kremlin.ru/d/<id> Текстовая версия …}) and, in flattened texts, the tag
 *       block before it ({@code География … Темы … Лица …});
 *   <li>kremlin.ru flattened head ({@code События <title> <lead> <date> <time> <place>}), and an
 *       announcement's {@code Анонс на <date> … Добавить в Календарь …};
 *   <li>mid.ru document number as the first line ({@code 867-05-05-2023}) and the photo album /
 *       copyright footer.
 * </ul>
 *
 * Stateless.
 */
final class SiteChrome {
  private static final String S = "[\\s\\u00a0]";
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private static final Pattern KREMLIN_LICENCE =
      Pattern.compile(
          "^"
              + S
              + "*Все"
              + S
              + "+материалы"
              + S
              + "+сайта"
              + S
              + "+доступны"
              + S
              + "+по"
              + S
              + "+лицензии:"
              + S
              + "*Creative"
              + S
              + "+Commons"
              + S
              + "+Attribution"
              + S
              + "+4\\.0"
              + S
              + "+International"
              + S
              + "*");
  private static final Pattern KREMLIN_FOOTER =
      Pattern.compile(
          "Опубликован"
              + S
              + "+в"
              + S
              + "+раздел(?:е|ах):"
              + S
              + "*(.*?)"
              + S
              + "+Дата"
              + S
              + "+публикации:"
              + S
              + "*(.*?)"
              + S
              + "+Ссылка"
              + S
              + "+на"
              + S
              + "+материал:"
              + S
              + "*kremlin\\.ru/d/\\d+"
              + S
              + "+Текстовая"
              + S
              + "+версия[\\s\\S]*$",
          Pattern.DOTALL);
  private static final Pattern STATUS_LABEL =
      Pattern.compile(S + "*Статус" + S + "+материала" + S + "*$");
  private static final Pattern HEAD_DATE_TIME =
      Pattern.compile(
          "^\\d{1,2}"
              + S
              + "+\\p{L}+"
              + S
              + "+\\d{4}"
              + S
              + "+года"
              + S
              + "+\\d{1,2}:\\d{2}"
              + S
              + "*");
  private static final Pattern ANNOUNCEMENT =
      Pattern.compile(
          "^Анонс"
              + S
              + "+на"
              + S
              + "+[^\\n]{1,40}?\\d{4}"
              + S
              + "+года"
              + S
              + "*"
              + "(?:Добавить в Календарь Календари Яндекс iCal Google"
              + S
              + "*)?");
  private static final String[] TAG_LABELS = {"География ", "Темы ", "Лица "};
  private static final Pattern SENTENCE_MARK = Pattern.compile("[.!?:;…»]");

  private static final Pattern MID_NUMBER =
      Pattern.compile("^" + S + "*(\\d{1,5}-(\\d{2})-(\\d{2})-(\\d{4}))" + S + "*\\n");
  private static final Pattern MID_FOOTER =
      Pattern.compile(
          "(?:"
              + S
              + "*\\d+"
              + S
              + "+(?:из"
              + S
              + "+\\d+"
              + S
              + "+фотографий"
              + S
              + "+в"
              + S
              + "+альбоме|of"
              + S
              + "+\\d+"
              + S
              + "+photos"
              + S
              + "+in"
              + S
              + "+album))?"
              + S
              + "*©"
              + S
              + "*(?:Министерство иностранных дел Российской Федерации|Ministry of Foreign Affairs of"
              + " the Russian Federation)"
              + S
              + "*$");

  private SiteChrome() {}

  /**
   * What a cell held after the chrome was removed.
   *
   * @param body the text without chrome (not yet paragraph-normalised)
   * @param sections the site sections the footer lists, joined with {@code ", "}, or null
   * @param published the footer's publication date and time (Moscow time), or null
   * @param documentNumber the mid.ru document number, or null
   * @param documentDate the date the document number encodes, or null
   * @param tags the kremlin.ru tag block ({@code География … Темы … Лица …}), or null
   */
  record Cleaned(
      String body,
      String sections,
      Published published,
      String documentNumber,
      LocalDate documentDate,
      String tags) {}

  /**
   * Removes the chrome from {@code text}.
   *
   * @param title the row's title, used to find a flattened kremlin.ru head; may be null
   * @param lead the row's summary, used likewise; may be null
   * @param place the row's place, used likewise; may be null
   */
  static Cleaned clean(String text, String title, String lead, String place) {
    String body = text;
    String sections = null;
    Published published = null;
    String documentNumber = null;
    LocalDate documentDate = null;
    String tags = null;

    Matcher licence = KREMLIN_LICENCE.matcher(body);
    if (licence.find()) {
      body = body.substring(licence.end());
    }
    int footerAt = body.lastIndexOf("Опубликован");
    if (footerAt >= 0) {
      Matcher footer = KREMLIN_FOOTER.matcher(body);
      footer.region(footerAt, body.length());
      if (footer.lookingAt()) {
        sections = joinSections(footer.group(1));
        published =
            DateReader.parse(footer.group(2), NumericOrder.DAY_FIRST)
                .map(p -> p.withZone(MOSCOW))
                .orElse(null);
        body = body.substring(0, footerAt);
        Matcher status = STATUS_LABEL.matcher(body);
        if (status.find()) {
          body = body.substring(0, status.start());
          int tagsAt = tagBlockStart(body);
          if (tagsAt >= 0) {
            tags = body.substring(tagsAt).strip();
            body = body.substring(0, tagsAt);
          }
        }
      }
    }
    body = stripFlattenedHead(body, title, lead, place);

    Matcher number = MID_NUMBER.matcher(body);
    if (number.find()) {
      documentNumber = number.group(1);
      documentDate = dateOf(number.group(4), number.group(3), number.group(2));
      body = body.substring(number.end());
    }
    Matcher midFooter = MID_FOOTER.matcher(body);
    if (midFooter.find()) {
      body = body.substring(0, midFooter.start());
    }
    return new Cleaned(body, sections, published, documentNumber, documentDate, tags);
  }

  /** Splits a title's site suffix: {@code [title, site]}, site null when there is none. */
  static String[] splitTitleSuffix(String title) {
    if (title == null) {
      return new String[] {null, null};
    }
    for (String separator : new String[] {" • ", " - ", " – "}) {
      int at = title.lastIndexOf(separator);
      if (at > 0) {
        String site = title.substring(at + separator.length()).strip();
        if (site.equals("Президент России")
            || site.equals("Министерство иностранных дел Российской Федерации")
            || site.equals("President of Russia")
            || site.equals("The Ministry of Foreign Affairs of the Russian Federation")) {
          return new String[] {title.substring(0, at).strip(), site};
        }
      }
    }
    return new String[] {title, null};
  }

  private static String stripFlattenedHead(String body, String title, String lead, String place) {
    if (title == null || !body.startsWith("События ")) {
      return body;
    }
    String rest = body.substring("События ".length());
    String flatTitle = flatten(title);
    if (!rest.startsWith(flatTitle)) {
      return body;
    }
    rest = rest.substring(flatTitle.length()).stripLeading();
    if (lead != null && !lead.isBlank() && rest.startsWith(flatten(lead))) {
      rest = rest.substring(flatten(lead).length()).stripLeading();
    }
    Matcher announcement = ANNOUNCEMENT.matcher(rest);
    if (announcement.find()) {
      return rest.substring(announcement.end());
    }
    Matcher dateTime = HEAD_DATE_TIME.matcher(rest);
    if (dateTime.find()) {
      rest = rest.substring(dateTime.end());
      if (place != null && !place.isBlank() && rest.startsWith(flatten(place))) {
        rest = rest.substring(flatten(place).length()).stripLeading();
      }
      if (rest.startsWith(flatTitle + " ")) {
        // some pages repeat the title as the heading of the text (e.g. of a video)
        rest = rest.substring(flatTitle.length()).stripLeading();
      }
    }
    return rest;
  }

  /** Where the tag block starts: the first label whose block reads like a list, or -1. */
  private static int tagBlockStart(String body) {
    for (String label : TAG_LABELS) {
      int at = body.lastIndexOf(" " + label);
      if (at >= 0 && !SENTENCE_MARK.matcher(body.substring(at)).find()) {
        return at;
      }
      if (body.startsWith(label) && !SENTENCE_MARK.matcher(body).find()) {
        return 0;
      }
    }
    return -1;
  }

  private static String joinSections(String raw) {
    List<String> parts = new ArrayList<>();
    for (String p : raw.split(",")) {
      String t = p.replace('\u00a0', ' ').strip();
      if (!t.isEmpty()) {
        parts.add(t);
      }
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  private static LocalDate dateOf(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String flatten(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
