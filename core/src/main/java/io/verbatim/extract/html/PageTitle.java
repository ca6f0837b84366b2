package io.verbatim.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The title of a page: {@code og:title}, else the first {@code h1}, else {@code <title>}.
 *
 * <p>A site-name suffix (" — Site", " | Site", " • Site", " - Site") is cut only when it is
 * certain: the suffix equals the site name the page declares ({@code og:site_name}, {@code
 * application-name}), or the part before the separator equals the page's {@code h1}. A title that
 * merely contains a dash is left whole.
 */
final class PageTitle {
  private static final String[] SEPARATORS = {" — ", " – ", " | ", " • ", " · ", " :: ", " - "};

  private PageTitle() {}

  /** The page's title, or null when it has none. */
  static String of(Document doc) {
    List<String> siteNames = new ArrayList<>();
    for (String q :
        new String[] {
          "meta[property=og:site_name]",
          "meta[name=application-name]",
          "meta[name=apple-mobile-web-app-title]"
        }) {
      String v = HtmlPages.content(doc, q);
      if (v != null) {
        siteNames.add(Paragraphs.plain(v));
      }
    }
    Element h1 = doc.selectFirst("h1");
    String heading = h1 == null ? null : blankToNull(Paragraphs.plain(h1.wholeText()));
    String og = HtmlPages.content(doc, "meta[property=og:title]");
    if (og != null) {
      return withoutSiteName(Paragraphs.plain(og), siteNames, heading);
    }
    if (heading != null) {
      return heading;
    }
    Element title = doc.selectFirst("title");
    if (title == null) {
      return null;
    }
    String t = blankToNull(Paragraphs.plain(title.text()));
    return t == null ? null : withoutSiteName(t, siteNames, null);
  }

  /** {@code title} without a trailing site name, when that is certain. */
  static String withoutSiteName(String title, List<String> siteNames, String heading) {
    for (String sep : SEPARATORS) {
      int at = title.lastIndexOf(sep);
      if (at <= 0) {
        continue;
      }
      String head = title.substring(0, at).strip();
      String tail = title.substring(at + sep.length()).strip();
      for (String site : siteNames) {
        if (tail.toLowerCase(Locale.ROOT).equals(site.toLowerCase(Locale.ROOT))
            && !head.isEmpty()) {
          return head;
        }
      }
      if (heading != null && head.equals(heading)) {
        return head;
      }
    }
    return title;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
