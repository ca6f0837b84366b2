package io.verbatim.server.web;

import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.KwicSummary;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The concordance tab: a keyword-in-context table whose column headers sort it.
 *
 * <p>Sorting is on the server, by links ({@code ksort=}): the context columns and the date use the
 * archive's own orders ({@link KwicRequest.Sort}), so they are right even when a limit cuts the
 * lines; the match and speaker columns are sorted here among the delivered lines (the page says so
 * when the limit was reached). The sorted column carries {@code aria-sort}. Context text is shown
 * with newlines as spaces; every text is escaped.
 */
public final class ConcordanceTable {
  /** A column order: its {@code ksort} value, and the archive sort it uses (null: sorted here). */
  public enum Order {
    NONE("", KwicRequest.Sort.NONE),
    LEFT("left1", KwicRequest.Sort.LEFT_1),
    LEFT_2("left2", KwicRequest.Sort.LEFT_2),
    RIGHT("right1", KwicRequest.Sort.RIGHT_1),
    RIGHT_2("right2", KwicRequest.Sort.RIGHT_2),
    MATCH("match", KwicRequest.Sort.NONE),
    DATE_ASC("date-asc", KwicRequest.Sort.DATE_ASC),
    DATE_DESC("date", KwicRequest.Sort.DATE_DESC),
    SPEAKER("speaker", KwicRequest.Sort.NONE);

    private final String parameter;
    private final KwicRequest.Sort archiveSort;

    Order(String parameter, KwicRequest.Sort archiveSort) {
      this.parameter = parameter;
      this.archiveSort = archiveSort;
    }

    public String parameter() {
      return parameter;
    }

    /** The archive's order for this column. */
    public KwicRequest.Sort archiveSort() {
      return archiveSort;
    }

    /** True when the lines are sorted here, after the archive delivered them. */
    public boolean sortedHere() {
      return this == MATCH || this == SPEAKER;
    }

    /**
     * The order named by a {@code ksort} value (null or empty: none).
     *
     * @throws IllegalArgumentException naming the known values
     */
    public static Order of(String parameter) {
      if (parameter == null || parameter.isBlank()) {
        return NONE;
      }
      for (Order o : values()) {
        if (o.parameter.equals(parameter)) {
          return o;
        }
      }
      throw new IllegalArgumentException(
          "unknown concordance order 'ksort="
              + parameter
              + "'; use left1, left2, right1, right2, match, date, date-asc or speaker");
    }
  }

  private final PageParams params;
  private final Order order;
  private final List<KwicLine> lines;
  private final KwicSummary summary;

  /**
   * @param lines the lines as the archive delivered them in {@code order}'s archive sort
   */
  public ConcordanceTable(
      PageParams params, Order order, List<KwicLine> lines, KwicSummary summary) {
    this.params = Objects.requireNonNull(params, "parameters");
    this.order = Objects.requireNonNull(order, "order");
    this.lines = sorted(order, lines);
    this.summary = Objects.requireNonNull(summary, "summary");
  }

  /** The lines in {@code order}: as given, or sorted by match text or speaker. */
  static List<KwicLine> sorted(Order order, List<KwicLine> lines) {
    List<KwicLine> out = new ArrayList<>(lines);
    Collator collator = Collator.getInstance(Locale.ROOT);
    collator.setStrength(Collator.SECONDARY);
    Comparator<String> text = Comparator.nullsLast((a, b) -> collator.compare(a, b));
    if (order == Order.MATCH) {
      out.sort(
          Comparator.comparing(KwicLine::match, text)
              .thenComparing(l -> firstWords(l.right()), text));
    } else if (order == Order.SPEAKER) {
      out.sort(
          Comparator.comparing(KwicLine::speaker, text)
              .thenComparing(KwicLine::published, Comparator.nullsLast(Comparator.naturalOrder())));
    }
    return out;
  }

  private static String firstWords(String s) {
    return s == null ? null : s.strip();
  }

  public Html render() {
    Html h = new Html();
    StringBuilder info = new StringBuilder();
    info.append(summary.lines() == 1 ? "1 line" : summary.lines() + " lines")
        .append(" from ")
        .append(summary.statements() == 1 ? "1 statement" : summary.statements() + " statements");
    if (summary.limitReached()) {
      info.append("; more exist beyond this limit");
      if (order.sortedHere()) {
        info.append(" (sorted among the lines shown)");
      }
    }
    h.element("p", info.toString(), "class", "total", "id", "kwic-total");
    if (lines.isEmpty()) {
      h.element(
          "p", "No concordance lines: the query matches no statement body.", "class", "empty");
      return h;
    }
    h.open("div", "class", "table-scroll");
    h.open("table", "class", "kwic", "id", "kwic");
    h.element("caption", "Keyword in context; click a column heading to sort by it.");
    h.open("thead");
    h.open("tr");
    header(h, "Left context", Order.LEFT, Order.LEFT, "left");
    header(h, "Match", Order.MATCH, Order.MATCH, "match");
    header(h, "Right context", Order.RIGHT, Order.RIGHT, "right");
    header(h, "Date", order == Order.DATE_ASC ? Order.DATE_DESC : Order.DATE_ASC, null, "date");
    header(h, "Speaker", Order.SPEAKER, Order.SPEAKER, "speaker");
    h.close();
    h.close();
    h.open("tbody");
    for (KwicLine l : lines) {
      h.open("tr");
      h.element("td", oneLine(l.left()), "class", "left");
      h.open("td", "class", "match");
      h.element(
          "a",
          oneLine(l.match()),
          "href",
          Display.statementPath(l.statementId()),
          "title",
          l.title());
      h.close();
      h.element("td", oneLine(l.right()), "class", "right");
      h.element(
          "td",
          l.published() == null
              ? ""
              : l.published().truncatedTo(io.verbatim.model.Published.Precision.DAY).toString(),
          "class",
          "date");
      h.element("td", l.speaker() == null ? "" : l.speaker(), "class", "speaker");
      h.close();
    }
    h.close();
    h.close();
    h.close();
    return h;
  }

  /**
   * A sortable column heading.
   *
   * @param target the order its link asks for
   * @param same the order that means "sorted by this column" (null: either date order)
   */
  private void header(Html h, String label, Order target, Order same, String column) {
    String sort = null;
    if (column.equals("date")) {
      if (order == Order.DATE_ASC) {
        sort = "ascending";
      } else if (order == Order.DATE_DESC) {
        sort = "descending";
      }
    } else if (order == same) {
      sort = "ascending";
    }
    h.open("th", "scope", "col", "class", column, "aria-sort", sort);
    h.element(
        "a",
        label + (sort == null ? "" : sort.equals("ascending") ? " ▲" : " ▼"),
        "href",
        params.firstPage().set("ksort", target.parameter()).link("/"),
        "data-sort",
        target.parameter());
    h.close();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
