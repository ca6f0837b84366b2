package io.verbatim.server.web;

import io.javalin.http.Context;
import io.verbatim.server.ErrorPage;
import io.verbatim.server.RequestBounds;
import java.util.Map;
import java.util.Objects;

/**
 * The web UI's error page: a heading, the message that says what is wrong, the query with the
 * position it could not be read at, and the search form again (on the search, keyness and
 * collocations pages) so the reader can fix the request; else a link back to the search. The form
 * shows the request's parameters only when they are within the {@link RequestBounds}: a request
 * refused for its thousands of parameters is not drawn again.
 */
public final class WebErrorPage implements ErrorPage {
  private final RequestBounds bounds;

  public WebErrorPage(RequestBounds bounds) {
    this.bounds = Objects.requireNonNull(bounds, "request bounds");
  }

  @Override
  public String render(Context c, int status, String message, Map<String, Object> details) {
    String query = details.get("query") instanceof String q ? q : null;
    int position = details.get("position") instanceof Integer p ? p : -1;
    String heading =
        switch (status) {
          case 404 -> "Not found";
          case 429 -> "The server is busy";
          case 500 -> "Something went wrong";
          default -> query != null ? "The query cannot be read" : "Cannot show this page";
        };
    Html h = new Html();
    h.open("div", "class", "error", "role", "alert", "id", "error");
    h.element("h1", heading);
    h.element("p", message);
    if (query != null && position >= 0 && position <= query.length()) {
      h.open("pre", "class", "query-position");
      h.text(query.substring(0, position));
      h.element("mark", position < query.length() ? query.substring(position, position + 1) : " ");
      h.text(position < query.length() ? query.substring(position + 1) : "");
      h.close();
    }
    h.close();
    String path = c == null ? null : c.path();
    boolean form = "/".equals(path) || "/keyness".equals(path) || "/collocations".equals(path);
    if (form && bounds.within(c)) {
      h.append(WebRoutes.formAgain(path, PageParams.of(c.queryParamMap())));
    } else {
      h.open("p");
      h.element("a", "Back to the search", "href", "/");
      h.close();
    }
    return Layout.page(heading, null, h);
  }
}
