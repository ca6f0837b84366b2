package io.verbatim.server.web;

import io.verbatim.model.Genre;
import java.util.List;
import java.util.Objects;

/**
 * The query form every selection page shares: the query box, an "Advanced settings" panel (date
 * range, speaker, role, genre, place, language, mentioned entity, sort) and the active filters as
 * removable chips.
 *
 * <p>Contract: it submits with GET to {@code action}, so a selection is a shareable link with the
 * same parameter names as the API and the CLI ({@code q}, {@code from}, {@code to}, {@code
 * speaker}, {@code role}, {@code genre}, {@code place}, {@code lang}, {@code mention}, {@code
 * sort}, {@code all-versions}). Values of the repeatable filters that are already set are carried
 * as hidden fields and shown as chips; the panel's boxes add one more value. The panel is open when
 * any of its filters is set. Every value is escaped.
 */
public final class SearchForm {
  /** Repeatable filters: parameter and label. */
  static final List<String[]> LIST_FILTERS =
      List.of(
          new String[] {"speaker", "Speaker"},
          new String[] {"role", "Role"},
          new String[] {"genre", "Genre"},
          new String[] {"place", "Place"},
          new String[] {"mention", "Mentions"},
          new String[] {"format", "Source format"});

  /** Whether several mentioned entities are all required ({@code all}, default) or any. */
  static final String MENTION_MATCH = "mention-match";

  /** Every parameter that narrows the selection, besides the query. */
  static final List<String> FILTERS =
      List.of(
          "lang", "from", "to", "undated", "speaker", "role", "genre", "place", "mention",
          "format");

  private final String action;
  private final PageParams params;
  private final List<String> languages;
  private boolean sortable = true;
  private boolean queryRequired;
  private String queryLabel = "Search the statements";
  private final Html extra = new Html();
  private final List<String> carried = new java.util.ArrayList<>();

  /**
   * @param action the page the form submits to
   * @param params the current parameters (their values fill the form)
   * @param languages the languages the archive holds, for the language choice
   */
  public SearchForm(String action, PageParams params, List<String> languages) {
    this.action = Objects.requireNonNull(action, "form action");
    this.params = Objects.requireNonNull(params, "parameters");
    this.languages = List.copyOf(languages);
  }

  /** Leaves out the sort choice (pages whose order is fixed). */
  public SearchForm withoutSort() {
    sortable = false;
    return this;
  }

  /** Changes the query box's label; {@code required} makes it required. */
  public SearchForm withQueryLabel(String label, boolean required) {
    this.queryLabel = label;
    this.queryRequired = required;
    return this;
  }

  /** Adds page-specific fields after the query box. */
  public SearchForm withFields(Html fields) {
    extra.append(fields);
    return this;
  }

  /** Carries these parameters' current values as hidden fields (e.g. the open tab). */
  public SearchForm carrying(String... names) {
    carried.addAll(List.of(names));
    return this;
  }

  public Html render() {
    Html h = new Html();
    h.open("form", "method", "get", "action", action, "role", "search", "class", "query-form");
    h.open("div", "class", "query-row");
    h.element("label", queryLabel, "for", "q", "class", "visually-hidden");
    h.empty(
        "input",
        "type",
        "search",
        "id",
        "q",
        "name",
        "q",
        "value",
        params.first("q", ""),
        "placeholder",
        queryLabel + ": all words required; \"exact phrase\", OR, -word, word*",
        "required",
        queryRequired ? "required" : null);
    h.element("button", "Search", "type", "submit");
    h.close();
    h.open("p", "class", "query-help");
    h.text("Words side by side are all required; quotes match exact word forms. ");
    h.element("a", "How searching works", "href", "/help");
    h.close();
    h.append(extra);
    for (String name : carried) {
      for (String v : params.all(name)) {
        h.empty("input", "type", "hidden", "name", name, "value", v);
      }
    }
    boolean open = false;
    for (String f : FILTERS) {
      open |= params.has(f);
    }
    open |= params.has("sort") && !params.first("sort").equals("relevance");
    open |= params.has("group-versions") || params.has(ALL_VERSIONS);
    h.open("details", "class", "advanced", "open", open ? "open" : null);
    h.element("summary", "Advanced settings");
    h.open("div", "class", "fields");
    dateField(h, "from", "From date");
    dateField(h, "to", "To date");
    undatedField(h);
    languageField(h);
    if (params.has(MENTION_MATCH)) {
      h.empty(
          "input", "type", "hidden", "name", MENTION_MATCH, "value", params.first(MENTION_MATCH));
    }
    for (String[] f : LIST_FILTERS) {
      for (String v : params.all(f[0])) {
        h.empty("input", "type", "hidden", "name", f[0], "value", v);
      }
      if (f[0].equals("genre")) {
        genreField(h);
      } else if (!f[0].equals("format")) {
        textField(h, f[0], f[1] + (params.has(f[0]) ? " (add another)" : ""), hint(f[0]));
      }
    }
    checkbox(h, ALL_VERSIONS, "Every version of each statement (re-captures, print views)");
    if (sortable) {
      sortField(h);
      h.open("label", "class", "check");
      h.empty(
          "input",
          "type",
          "checkbox",
          "name",
          "group-versions",
          "value",
          "true",
          "checked",
          params.has("group-versions", "true") ? "checked" : null);
      h.element("span", "Group language versions");
      h.close();
    }
    h.close(); // fields
    h.element("button", "Apply", "type", "submit");
    h.close(); // details
    h.close(); // form
    h.append(activeFilters());
    return h;
  }

  /** The active filters as chips, each with a link that removes it. */
  public Html activeFilters() {
    Html h = new Html();
    boolean any = params.has(ALL_VERSIONS);
    for (String f : FILTERS) {
      any |= params.has(f);
    }
    if (!any) {
      return h;
    }
    h.open("ul", "class", "chips", "aria-label", "active filters");
    for (String f : FILTERS) {
      for (String v : params.all(f)) {
        h.open("li", "class", "chip");
        h.text(label(f) + ": " + (f.equals("mention") ? Display.entityLabel(v) : v) + " ");
        h.element(
            "a",
            "×",
            "href",
            params.without(f, v).link(action),
            "aria-label",
            "remove filter " + label(f) + " " + v,
            "class",
            "remove");
        h.close();
      }
    }
    List<String> mentions = params.all("mention");
    if (mentions.size() > 1) {
      boolean anyOf = "any".equalsIgnoreCase(params.first(MENTION_MATCH, "all"));
      h.open("li", "class", "chip chip-mode");
      h.text(
          anyOf
              ? "Statements mentioning any of these " + mentions.size() + " entities "
              : "Statements mentioning all " + mentions.size() + " of these entities ");
      h.element(
          "a",
          anyOf ? "require all" : "any of them instead",
          "href",
          (anyOf ? params.remove(MENTION_MATCH) : params.set(MENTION_MATCH, "any"))
              .firstPage()
              .link(action));
      h.close();
    }
    for (String v : params.all(ALL_VERSIONS)) {
      h.open("li", "class", "chip");
      h.text("All versions ");
      h.element(
          "a",
          "×",
          "href",
          params.without(ALL_VERSIONS, v).link(action),
          "aria-label",
          "count each statement once",
          "class",
          "remove");
      h.close();
    }
    h.close();
    return h;
  }

  /** The parameter that asks for every version of each statement, not only the current one. */
  static final String ALL_VERSIONS = "all-versions";

  private void checkbox(Html h, String name, String label) {
    h.open("label", "class", "check");
    h.empty(
        "input",
        "type",
        "checkbox",
        "name",
        name,
        "value",
        "true",
        "checked",
        params.has(name, "true") ? "checked" : null);
    h.element("span", label);
    h.close();
  }

  static String label(String param) {
    return switch (param) {
      case "lang" -> "Language";
      case "from" -> "From";
      case "to" -> "To";
      case "undated" -> "Undated statements";
      case "mention" -> "Mentions";
      case "format" -> "Source format";
      default -> Character.toUpperCase(param.charAt(0)) + param.substring(1);
    };
  }

  private static String hint(String param) {
    return switch (param) {
      case "speaker" -> "full name as published, e.g. Anna Petrova";
      case "mention" -> "entity id, e.g. RUS or org:un";
      default -> null;
    };
  }

  private void dateField(Html h, String name, String label) {
    h.open("label");
    h.element("span", label);
    h.empty("input", "type", "date", "name", name, "value", params.first(name));
    h.close();
  }

  /**
   * Undated statements: included (the default), left out, or the only ones. A date range leaves
   * them out whatever this says (it cannot hold a statement without a date).
   */
  private void undatedField(Html h) {
    String current = params.first("undated", "");
    h.open("label");
    h.element("span", "Undated statements");
    h.open("select", "name", "undated", "aria-describedby", "undated-note");
    String[][] options = {{"", "included"}, {"exclude", "left out"}, {"only", "only these"}};
    for (String[] o : options) {
      h.element(
          "option", o[1], "value", o[0], "selected", o[0].equals(current) ? "selected" : null);
    }
    h.close();
    h.element("small", "A date range never holds an undated statement.", "id", "undated-note");
    h.close();
  }

  private void textField(Html h, String name, String label, String placeholder) {
    h.open("label");
    h.element("span", label);
    h.empty("input", "type", "text", "name", name, "placeholder", placeholder);
    h.close();
  }

  private void languageField(Html h) {
    String current = params.first("lang");
    h.open("label");
    h.element("span", "Language");
    h.open("select", "name", "lang");
    h.element("option", "any", "value", "");
    boolean listed = false;
    for (String l : languages) {
      listed |= l.equals(current);
      h.element("option", l, "value", l, "selected", l.equals(current) ? "selected" : null);
    }
    if (current != null && !listed) {
      h.element("option", current, "value", current, "selected", "selected");
    }
    h.close();
    h.close();
  }

  private void genreField(Html h) {
    h.open("label");
    h.element("span", "Genre" + (params.has("genre") ? " (add another)" : ""));
    h.open("select", "name", "genre");
    h.element("option", "any", "value", "");
    for (Genre g : Genre.values()) {
      if (!params.has("genre", g.label())) {
        h.element("option", g.label(), "value", g.label());
      }
    }
    h.close();
    h.close();
  }

  private void sortField(Html h) {
    String current = params.first("sort", "");
    if (current.equals("relevance")) {
      current = "";
    }
    h.open("label");
    h.element("span", "Sort");
    h.open("select", "name", "sort");
    String[][] options = {
      {"", "relevance"}, {"date", "newest first"}, {"date-asc", "oldest first"}
    };
    for (String[] o : options) {
      h.element(
          "option", o[1], "value", o[0], "selected", o[0].equals(current) ? "selected" : null);
    }
    h.close();
    h.close();
  }
}
