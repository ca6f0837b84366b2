package io.verbatim.extract.capture;

import io.verbatim.model.Material;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the site chrome of ministry and embassy pages in a text capture: stray portal labels
 * before the date, breadcrumbs, "Submitted on" and "updated" lines, banners, the "Additional
 * materials" block and the search panel that ends a page, in English, Russian, French, Spanish and
 * German. A line is chrome only when the whole line (trimmed, case ignored, an ending colon
 * ignored) is one of these, so the same words inside a paragraph are never taken for chrome.
 */
final class ChromeLines {
  private ChromeLines() {}

  /** Lines that open the page's list of materials; what follows them is tags and attachments. */
  private static final Set<String> MATERIALS =
      Set.of(
          "additional materials",
          "related materials",
          "дополнительные материалы",
          "documents supplémentaires",
          "documents complémentaires",
          "matériaux supplémentaires",
          "materiales adicionales",
          "materiales complementarios",
          "zusätzliche materialien",
          "weitere materialien");

  /** Lines of the search panel at the end of a page; nothing after them is the statement's. */
  private static final Set<String> SEARCH_PANEL =
      Set.of(
          "advanced settings",
          "advanced search",
          "additional search tools",
          "расширенный поиск",
          "расширенные настройки",
          "дополнительные инструменты поиска",
          "recherche avancée",
          "paramètres avancés",
          "outils de recherche supplémentaires",
          "búsqueda avanzada",
          "configuración avanzada",
          "herramientas de búsqueda adicionales",
          "erweiterte suche",
          "erweiterte einstellungen",
          "zusätzliche suchwerkzeuge");

  /** Portal labels that stray above or below the statement. */
  private static final Set<String> LABELS =
      Set.of(
          "asset publisher",
          "translation (original)",
          "speeches by minister",
          "speeches by the minister",
          "news",
          "print",
          "share",
          "back",
          "back to news",
          "back to list",
          "version for the visually impaired",
          "публикатор",
          "перевод (оригинал)",
          "выступления министра",
          "новости",
          "версия для печати",
          "поделиться",
          "назад",
          "к списку новостей",
          "imprimer",
          "partager",
          "imprimir",
          "compartir",
          "drucken",
          "teilen");

  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s[>›»]\\s");

  private static final Pattern BREADCRUMB_HOME =
      Pattern.compile(
          "^(?:home|главная|accueil|inicio|startseite)\\s*[>›»/]\\s*\\S.*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern SUBMITTED =
      Pattern.compile(
          "^(?:submitted|posted|published|date of publication|опубликовано|дата публикации"
              + "|publié le|publicado|veröffentlicht)(?:\\s+on)?\\s*:?\\s*.+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern UPDATED =
      Pattern.compile(
          "^(?:updated|last updated|обновлено|mis à jour|actualizado|aktualisiert)\\b.*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern BANNER =
      Pattern.compile(
          "^(?:embassy|consulate|consulate general|permanent mission|permanent representation"
              + "|посольство|генеральное консульство|консульство|постоянное представительство"
              + "|ambassade|embajada|botschaft)\\b.*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern BARE_TIME =
      Pattern.compile("^(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)$");

  private static final Pattern VERSIONS_BULLET = Pattern.compile("^[•·*▪◦-]\\s*");

  /**
   * One tag of a versions line, with the spaces after it. A line is matched tag by tag, not by one
   * repeated group, whose recursion overflows the stack on a line of thousands of tags.
   */
  private static final Pattern NEXT_VERSION = Pattern.compile("[a-z]{2,3}-[A-Z]{2}\\d*\\s*");

  private static final Pattern VERSION_TAG = Pattern.compile("([a-z]{2,3}-[A-Z]{2})\\d*");

  private static final Pattern URL = Pattern.compile("(?<url>(?:https?://|www\\.)\\S+)");

  private static final Pattern FILE =
      Pattern.compile(
          "(?i).*(?:\\.(?:pdf|docx?|xlsx?|pptx?|rtf|odt|zip|jpe?g|png|mp3|mp4)\\b|\\bpdf\\b).*");

  private static String key(String line) {
    return line.strip().replaceAll("[:：]$", "").strip().toLowerCase(Locale.ROOT);
  }

  static boolean isMaterialsMarker(String line) {
    return MATERIALS.contains(key(line));
  }

  static boolean isSearchPanel(String line) {
    return SEARCH_PANEL.contains(key(line));
  }

  /** A line that ends the statement's body: the materials block or the search panel. */
  static boolean endsBody(String line) {
    return isMaterialsMarker(line) || isSearchPanel(line);
  }

  static boolean isLabel(String line) {
    return LABELS.contains(key(line));
  }

  static boolean isBreadcrumb(String line) {
    String s = line.strip();
    if (s.length() > 200 || s.endsWith(".")) {
      return false;
    }
    return BREADCRUMB_HOME.matcher(s).matches()
        || BREADCRUMB_SEPARATOR.matcher(s).results().count() >= 2;
  }

  static boolean isSubmitted(String line) {
    return line.strip().length() <= 120 && SUBMITTED.matcher(line.strip()).matches();
  }

  static boolean isUpdated(String line) {
    return line.strip().length() <= 120 && UPDATED.matcher(line.strip()).matches();
  }

  /** A short site banner such as {@code Embassy of the Russian Federation in ...}. */
  static boolean isBanner(String line) {
    String s = line.strip();
    return s.split("\\s+").length <= 12
        && BANNER.matcher(s).matches()
        && TitleReader.read(s).genre() == null;
  }

  /** The time of a line that is only a clock ({@code 14:50}), or null. */
  static java.time.LocalTime bareTime(String line) {
    Matcher m = BARE_TIME.matcher(line.strip());
    return m.matches()
        ? java.time.LocalTime.of(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("m")))
        : null;
  }

  static boolean isVersionsLine(String line) {
    String stripped = line.strip();
    Matcher bullet = VERSIONS_BULLET.matcher(stripped);
    int start = bullet.lookingAt() ? bullet.end() : 0;
    Matcher tag = NEXT_VERSION.matcher(stripped);
    int end = start;
    while (end < stripped.length() && tag.region(end, stripped.length()).lookingAt()) {
      end = tag.end();
    }
    return end > start && end == stripped.length();
  }

  /** The language tags of a versions line ({@code • de-DE1 en-GB1} gives de-DE, en-GB). */
  static java.util.List<String> versions(String line) {
    java.util.List<String> tags = new java.util.ArrayList<>();
    Matcher m = VERSION_TAG.matcher(line);
    while (m.find()) {
      tags.add(m.group(1));
    }
    return tags;
  }

  /**
   * What a line under "Additional materials" is: a link when it holds an address, an attachment
   * when it names a file, a subject tag when it is a short label, else a link title without an
   * address.
   */
  static Material material(String line) {
    String s = line.strip();
    Matcher url = URL.matcher(s);
    if (url.find()) {
      String title = (s.substring(0, url.start()) + s.substring(url.end())).strip();
      title = title.replaceAll("^[\\s:–—-]+|[\\s:–—-]+$", "");
      String address = url.group("url").replaceAll("[.,;)]+$", "");
      Material.Kind kind =
          FILE.matcher(address).matches() ? Material.Kind.ATTACHMENT : Material.Kind.LINK;
      return new Material(kind, title.isEmpty() ? null : title, address);
    }
    if (FILE.matcher(s).matches()) {
      return new Material(Material.Kind.ATTACHMENT, s, null);
    }
    if (s.length() <= 40 && s.split("\\s+").length <= 5) {
      return new Material(Material.Kind.TAG, s, null);
    }
    return new Material(Material.Kind.LINK, s, null);
  }
}
