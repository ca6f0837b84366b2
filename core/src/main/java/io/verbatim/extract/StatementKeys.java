package io.verbatim.extract;

import io.verbatim.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statement keys every reader gives (see {@link Statement#statementKey()}): one document has
 * one key however it was captured, so that re-captures, re-scrapes and print views become versions
 * of one statement.
 *
 * <ul>
 *   <li>kremlin.ru and en.kremlin.ru (any section; {@code /d/<id>}, {@code /copy/<id>} and the
 *       {@code /print} view too): {@code kremlin:<id>:<lang>};
 *   <li>mid.ru: {@code mid:<document number>:<lang>} when the document states its number (as text
 *       captures do), else {@code mid:<id>:<lang>} with the id of its address;
 *   <li>any other address: {@code url:<address>:<lang>}, the address {@linkplain #normalisedUrl
 *       normalised} (scheme, {@code www.}, letter case of the host, fragment, tracking parameters,
 *       trailing slash and {@code /print} do not count).
 * </ul>
 *
 * A web.archive.org snapshot address stands for the page it archived. The language is {@code und}
 * when unknown: versions are per language.
 */
public final class StatementKeys {
  private static final Pattern ARCHIVED =
      Pattern.compile("^https?://web\\.archive\\.org/web/[^/]+/(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern KREMLIN =
      Pattern.compile(
          "^(?:https?://)?(?:www\\.|en\\.)?kremlin\\.ru/(?:.*/)?(\\d+)(?:/print)?/?(?:[?#].*)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MID =
      Pattern.compile(
          "^(?:https?://)?(?:www\\.)?mid\\.ru/(?:.*/)?(\\d+)(?:/print)?/?(?:[?#].*)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MID_HOST =
      Pattern.compile("^(?:https?://)?(?:www\\.)?mid\\.ru(?:[/?#].*)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADDRESS =
      Pattern.compile(
          "^(?:[a-z][a-z0-9+.-]*://)?(?:www\\.)?([^/?#\\s]+)([^?#\\s]*)(?:\\?([^#\\s]*))?(?:#.*)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TRACKING =
      Pattern.compile("(?i)(utm_[a-z]+|fbclid|gclid|yclid|print)(=.*)?");
  private static final Pattern SITE_KEY = Pattern.compile("^(kremlin|mid|url):(.+):([a-z]{2,3})$");

  private StatementKeys() {}

  /** The key of kremlin.ru document {@code id} in {@code language} (null: unknown). */
  public static String kremlin(String id, String language) {
    return "kremlin:" + Objects.requireNonNull(id, "kremlin id") + ":" + lang(language);
  }

  /** The key of mid.ru document {@code numberOrId} in {@code language} (null: unknown). */
  public static String mid(String numberOrId, String language) {
    return "mid:"
        + Objects.requireNonNull(numberOrId, "mid.ru number or id")
        + ":"
        + lang(language);
  }

  /**
   * The key of the document at address {@code url} that states {@code documentNumber} (either may
   * be null), in {@code language}; null when neither identifies a document.
   */
  public static String forPage(String url, String documentNumber, String language) {
    String page = url == null || url.isBlank() ? null : unwrap(url);
    String kremlin = kremlinId(page);
    if (kremlin != null) {
      return kremlin(kremlin, language);
    }
    boolean midPage = page != null && MID_HOST.matcher(page).matches();
    if (documentNumber != null && (page == null || midPage)) {
      return mid(documentNumber, language);
    }
    String mid = midId(page);
    if (mid != null) {
      return mid(mid, language);
    }
    if (page == null) {
      return null;
    }
    String address = normalisedUrl(page);
    return "url:" + (address == null ? page : address) + ":" + lang(language);
  }

  /**
   * True when {@code url} is the address of one page rather than of a whole site (its home page),
   * so that pages giving it as their own address can be taken for captures of one document.
   */
  public static boolean namesOnePage(String url) {
    String address = url == null ? null : normalisedUrl(url);
    return address != null && (address.indexOf('/') > 0 || address.indexOf('?') > 0);
  }

  /** The address a web.archive.org snapshot stands for, or {@code url} itself (stripped). */
  public static String unwrap(String url) {
    Matcher m = ARCHIVED.matcher(url.strip());
    return m.matches() ? m.group(1) : url.strip();
  }

  /** The kremlin.ru numeric id in {@code url} (a snapshot's too), or null. */
  public static String kremlinId(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = KREMLIN.matcher(unwrap(url));
    return m.matches() ? m.group(1) : null;
  }

  /** The mid.ru numeric id in {@code url} (a snapshot's too), or null. */
  public static String midId(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = MID.matcher(unwrap(url));
    return m.matches() ? m.group(1) : null;
  }

  /**
   * {@code url} as one document's address, or null when it is not an address: host in lower case
   * without {@code www.} and without the scheme, then the path without a trailing slash or {@code
   * /print}, then the query without tracking and print parameters; no fragment.
   */
  public static String normalisedUrl(String url) {
    Matcher m = ADDRESS.matcher(unwrap(url));
    if (!m.matches()) {
      return null;
    }
    String host = m.group(1).toLowerCase(Locale.ROOT);
    String path = m.group(2);
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.toLowerCase(Locale.ROOT).endsWith("/print")) {
      path = path.substring(0, path.length() - "/print".length());
    }
    List<String> kept = new ArrayList<>();
    if (m.group(3) != null) {
      for (String parameter : m.group(3).split("&")) {
        if (!parameter.isEmpty() && !TRACKING.matcher(parameter).matches()) {
          kept.add(parameter);
        }
      }
    }
    return host + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }

  /**
   * The key of a page read by the generic HTML reader: from its mid.ru document number, else its
   * own address ({@code url}, when it {@linkplain #namesOnePage names one page}); null when neither
   * identifies it.
   */
  public static String forHtmlPage(String url, String documentNumber, String language) {
    if (documentNumber != null) {
      return mid(documentNumber, language);
    }
    return forPage(namesOnePage(url) ? url : null, null, language);
  }

  /**
   * The key {@code stored} gets from this Verbatim's readers, where it can be told from the record
   * alone: keys made from a table row's address ({@code kremlin:}, {@code mid:}, {@code url:}), and
   * keys of pages read by the generic HTML reader; otherwise the stored key. For {@link
   * io.verbatim.archive.RecordUpgrades}: idempotent, and the same as reading the original again.
   */
  public static String upgradedKey(Statement stored) {
    String key = stored.statementKey();
    String format = stored.source() == null ? null : stored.source().format();
    String url = stored.extra().get("url");
    if (format == null || stored.extra().containsKey("keyNote")) {
      return key;
    }
    switch (format) {
      case "csv", "jsonl" -> {
        Matcher site = key == null || url == null ? null : SITE_KEY.matcher(key);
        if (site == null || !site.matches()) {
          return key; // no address, so the pipeline derived the key
        }
        return forPage(url, stored.documentNumber(), site.group(3));
      }
      case "html" -> {
        String upgraded = forHtmlPage(url, stored.documentNumber(), stored.language());
        return upgraded == null ? key : upgraded;
      }
      default -> {
        return key;
      }
    }
  }

  private static String lang(String language) {
    return language == null ? "und" : language.toLowerCase(Locale.ROOT);
  }
}
