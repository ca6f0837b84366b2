package io.verbatim.server.web;

import java.util.Objects;

/**
 * The frame every page shares: document head (charset, viewport, the one stylesheet and the one
 * script file, both from {@code /static}), the site header with navigation, the main content and a
 * footer.
 *
 * <p>Contract: no inline script, style or event handler (the Content-Security-Policy forbids them);
 * the title is escaped; {@code current} marks the navigation entry of the page with {@code
 * aria-current="page"}.
 */
public final class Layout {
  /** The navigation entries: path and label. */
  private static final String[][] NAVIGATION = {
    {"/", "Search"},
    {"/entities", "Entities"},
    {"/keyness", "Keyness"},
    {"/collocations", "Collocations"},
    {"/upload", "Add"},
    {"/help", "Help"},
  };

  private Layout() {}

  /**
   * A whole HTML document.
   *
   * @param title the page title (escaped), shown in the browser tab after "Verbatim"
   * @param current the navigation path of this page ({@code /}, {@code /entities}, …) or null
   * @param main the page content
   */
  public static String page(String title, String current, Html main) {
    Objects.requireNonNull(main, "page content");
    Html h = new Html();
    h.open("html", "lang", "en");
    h.open("head");
    h.empty("meta", "charset", "utf-8");
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    h.element("title", title == null || title.isBlank() ? "Verbatim" : title + " · Verbatim");
    h.empty("link", "rel", "stylesheet", "href", "/static/verbatim.css");
    h.element("script", "", "src", "/static/verbatim.js", "defer", "defer");
    h.close(); // head
    h.open("body");
    h.open("header", "class", "site");
    h.element("a", "Verbatim", "href", "/", "class", "brand");
    h.open("nav", "aria-label", "main");
    for (String[] entry : NAVIGATION) {
      h.element(
          "a",
          entry[1],
          "href",
          entry[0],
          "aria-current",
          entry[0].equals(current) ? "page" : null);
    }
    h.close(); // nav
    h.close(); // header
    h.open("main", "id", "main");
    h.append(main);
    h.close();
    h.open("footer", "class", "site");
    h.text("Verbatim: an archive of official statements, kept verbatim. ");
    h.element("a", "JSON API", "href", "/api/openapi.json");
    h.close();
    h.close(); // body
    h.close(); // html
    return "<!DOCTYPE html>\n" + h;
  }
}
