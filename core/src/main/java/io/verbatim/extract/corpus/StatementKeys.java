package io.verbatim.extract.corpus;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable document identities read from a row's URL, so that a re-scraped row (other bytes, same
 * document) becomes a new version of the same statement.
 *
 * <ul>
 *   <li>kremlin.ru (any section, {@code kremlin.ru/d/<id>} too): {@code kremlin:<id>:<lang>};
 *   <li>mid.ru: {@code mid:<id>:<lang>}, or {@code mid:<document number>:<lang>} when the URL has
 *       no numeric id;
 *   <li>any other URL: {@code url:<url>:<lang>}.
 * </ul>
 *
 * A web.archive.org snapshot URL stands for the page it archived. The language is {@code und} when
 * unknown.
 */
final class StatementKeys {
  private static final Pattern ARCHIVED =
      Pattern.compile("^https?://web\\.archive\\.org/web/[^/]+/(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern KREMLIN =
      Pattern.compile(
          "^(?:https?://)?(?:www\\.|en\\.)?kremlin\\.ru/(?:.*/)?(\\d+)/?(?:[?#].*)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MID =
      Pattern.compile(
          "^(?:https?://)?(?:www\\.)?mid\\.ru/(?:.*/)?(\\d+)/?(?:[?#].*)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MID_HOST =
      Pattern.compile("^(?:https?://)?(?:www\\.)?mid\\.ru(?:/.*)?$", Pattern.CASE_INSENSITIVE);

  private StatementKeys() {}

  /** The URL an archive snapshot stands for, or {@code url} itself. */
  static String unwrap(String url) {
    Matcher m = ARCHIVED.matcher(url.strip());
    return m.matches() ? m.group(1) : url.strip();
  }

  /** The kremlin.ru numeric id in {@code url}, or null. */
  static String kremlinId(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = KREMLIN.matcher(unwrap(url));
    return m.matches() ? m.group(1) : null;
  }

  /** The mid.ru numeric id in {@code url}, or null. */
  static String midId(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = MID.matcher(unwrap(url));
    return m.matches() ? m.group(1) : null;
  }

  /**
   * The key for a row, or null when it has no URL.
   *
   * @param url the row's URL, or null
   * @param documentNumber the row's document number, or null
   * @param language the ISO 639-1 code, or null
   */
  static String forRow(String url, String documentNumber, String language) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
    String page = unwrap(url);
    String kremlin = kremlinId(page);
    if (kremlin != null) {
      return "kremlin:" + kremlin + ":" + lang;
    }
    String mid = midId(page);
    if (mid != null) {
      return "mid:" + mid + ":" + lang;
    }
    if (documentNumber != null && MID_HOST.matcher(page).matches()) {
      return "mid:" + documentNumber + ":" + lang;
    }
    return "url:" + page + ":" + lang;
  }
}
