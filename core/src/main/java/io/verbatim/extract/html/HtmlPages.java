package io.verbatim.extract.html;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Shared steps of the HTML readers: parsing a capture, reading meta tags, language codes and
 * version tags. All methods are side-effect free; none guesses a value the page does not state.
 */
final class HtmlPages {
  private static final Pattern HTML_START =
      Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)[\\s>]");
  private static final Pattern HTML_TAG =
      Pattern.compile("(?i)<(html|head|body|title|meta|div|p)[\\s>/]");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final Pattern VERSION_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  /** How much of a capture {@link #looksLikeHtml} and the recognisers look at. */
  static final int SNIFF_CHARS = 64 * 1024;

  private HtmlPages() {}

  /**
   * Parses the capture as HTML.
   *
   * @throws BadInputException when the bytes are binary or not UTF-8
   */
  static Document parse(Capture capture) throws BadInputException {
    Objects.requireNonNull(capture, "capture to parse as HTML");
    if (capture.looksBinary()) {
      throw new BadInputException("not an HTML page: the file holds binary data (NUL bytes)");
    }
    String text = capture.text();
    String base = capture.name().matches("(?i)https?://.*") ? capture.name() : "";
    return Jsoup.parse(text, base);
  }

  /**
   * The first {@link #SNIFF_CHARS} characters of the capture, decoded leniently, for recognising a
   * format without failing; empty for binary data.
   */
  static String sniff(Capture capture) {
    if (capture.looksBinary()) {
      return "";
    }
    byte[] bytes = capture.bytes();
    int n = Math.min(bytes.length, SNIFF_CHARS * 2);
    String s = new String(bytes, 0, n, StandardCharsets.UTF_8);
    return s.length() > SNIFF_CHARS ? s.substring(0, SNIFF_CHARS) : s;
  }

  /** The whole capture decoded leniently (bad bytes replaced), for recognising only. */
  static String lenientText(Capture capture) {
    return capture.looksBinary() ? "" : new String(capture.bytes(), StandardCharsets.UTF_8);
  }

  /** True when the text starts as an HTML document or carries HTML structure tags early on. */
  static boolean looksLikeHtml(String start) {
    String s = start.startsWith("\uFEFF") ? start.substring(1) : start;
    if (HTML_START.matcher(s).find()) {
      return true;
    }
    String head = s.length() > 4096 ? s.substring(0, 4096) : s;
    return head.stripLeading().startsWith("<") && HTML_TAG.matcher(head).find();
  }

  /** The trimmed {@code content} of the first element matching {@code cssQuery}, or null. */
  static String content(Document doc, String cssQuery) {
    for (Element e : doc.select(cssQuery)) {
      String v = e.attr("content").strip();
      if (!v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  /**
   * The text of the first element matching {@code cssQuery} that has text, white space collapsed
   * and trimmed (no-break spaces inside kept), or null.
   */
  static String text(Element root, String cssQuery) {
    for (Element e : root.select(cssQuery)) {
      String v = Paragraphs.clean(e.wholeText());
      if (!v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  /**
   * The ISO 639-1 code a language attribute names ({@code en}, {@code en-GB}, {@code ru_RU}), or
   * null when it names none.
   */
  static String languageCode(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    int cut = v.indexOf('-') >= 0 ? v.indexOf('-') : v.indexOf('_');
    if (cut >= 0) {
      v = v.substring(0, cut);
    }
    return LANGUAGE.matcher(v).matches() ? v : null;
  }

  /**
   * The language version tag an {@code hreflang} value names, as {@code en} or {@code en-GB}, or
   * null for {@code x-default} and values that are no language tag.
   */
  static String versionTag(String hreflang) {
    if (hreflang == null) {
      return null;
    }
    String[] parts = hreflang.strip().replace('_', '-').split("-");
    if (parts.length == 0 || parts[0].isEmpty()) {
      return null;
    }
    StringBuilder tag = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      tag.append('-').append(p.length() == 2 ? p.toUpperCase(Locale.ROOT) : p);
    }
    String t = tag.toString();
    return VERSION_TAG.matcher(t).matches() ? t : null;
  }

  /**
   * The language versions a page lists: every {@code link[rel=alternate][hreflang]} tag in page
   * order without repeats, preceded by the page's own language when no tag names it already.
   */
  static List<String> versions(Document doc, String ownLanguage) {
    List<String> tags = new ArrayList<>();
    for (Element link : doc.select("link[rel~=(?i)^alternate$][hreflang]")) {
      String tag = versionTag(link.attr("hreflang"));
      if (tag != null && !tags.contains(tag)) {
        tags.add(tag);
      }
    }
    boolean ownListed =
        ownLanguage == null
            || tags.stream()
                .anyMatch(t -> t.equals(ownLanguage) || t.startsWith(ownLanguage + "-"));
    if (!ownListed) {
      tags.add(0, ownLanguage);
    }
    return tags;
  }

  /** The page's own address: an absolute canonical link, else {@code og:url}, else null. */
  static String canonicalUrl(Document doc) {
    for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
      String href = link.attr("href").strip();
      if (href.matches("(?i)https?://.+")) {
        return href;
      }
    }
    String og = content(doc, "meta[property=og:url]");
    return og != null && og.matches("(?i)https?://.+") ? og : null;
  }
}
