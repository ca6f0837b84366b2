package io.verbatim.server.web;

import io.verbatim.archive.Timeline;
import io.verbatim.model.Published;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Timeline} as a bar chart, a data table and a note of the undated statements.
 *
 * <p>Contract: one bar per period from the first to the last non-empty one, empty periods included
 * as zero bars (so gaps show) unless that would exceed {@link #MAX_BARS}, when only the non-empty
 * periods are drawn; split values are added up per period. A bucket of statements dated less
 * precisely than the interval (a year-only statement in a timeline by month) is a bar of its own,
 * just before the periods it spans, drawn set apart and labelled so ({@code 2019 (year only)}), in
 * the table too. Each bar links to the selection narrowed to its period ({@code from}/{@code to});
 * a note says how many statements the selection's date range cut.
 */
public final class TimelineChart {
  /** The most bars drawn with gaps filled. */
  static final int MAX_BARS = 400;

  private TimelineChart() {}

  /**
   * Periods in order with their counts, gaps filled when not too many; periods coarser than the
   * interval stand before the periods they span.
   */
  static Map<String, Long> counts(Timeline timeline) {
    Map<String, Long> byPeriod = new LinkedHashMap<>();
    for (Timeline.Bucket b : timeline.buckets()) {
      byPeriod.merge(b.period(), b.count(), Long::sum);
    }
    List<String> regular = new ArrayList<>();
    List<String> coarse = new ArrayList<>();
    for (String p : byPeriod.keySet()) {
      (isCoarse(timeline, p) ? coarse : regular).add(p);
    }
    List<String> periods = new ArrayList<>(regular);
    if (regular.size() >= 2) {
      List<String> all =
          allPeriods(timeline.interval(), regular.get(0), regular.get(regular.size() - 1));
      if (all != null) {
        periods = all;
      }
    }
    periods.addAll(coarse);
    periods.sort(Comparator.comparing(Published::parse));
    Map<String, Long> out = new LinkedHashMap<>();
    for (String p : periods) {
      out.put(p, byPeriod.getOrDefault(p, 0L));
    }
    return out;
  }

  /** True when {@code period} is stated less precisely than the timeline's interval. */
  static boolean isCoarse(Timeline timeline, String period) {
    return Published.parse(period).precision().isCoarserThan(timeline.interval().precision());
  }

  /** The period as people read it: {@code 2019-09}, or {@code 2019 (year only)} when coarse. */
  static String label(Timeline timeline, String period) {
    return isCoarse(timeline, period)
        ? period + " (" + Published.parse(period).precision().label() + " only)"
        : period;
  }

  /** Every period from {@code first} to {@code last}, or null when more than {@link #MAX_BARS}. */
  private static List<String> allPeriods(Timeline.Interval interval, String first, String last) {
    List<String> all = new ArrayList<>();
    switch (interval) {
      case YEAR -> {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(last);
        if (b - a + 1 > MAX_BARS) {
          return null;
        }
        for (int y = a; y <= b; y++) {
          all.add(String.format(Locale.ROOT, "%04d", y));
        }
      }
      case MONTH -> {
        YearMonth a = YearMonth.parse(first);
        YearMonth b = YearMonth.parse(last);
        for (YearMonth m = a; !m.isAfter(b); m = m.plusMonths(1)) {
          if (all.size() == MAX_BARS) {
            return null;
          }
          all.add(m.toString());
        }
      }
      case DAY -> {
        LocalDate a = LocalDate.parse(first);
        LocalDate b = LocalDate.parse(last);
        for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
          if (all.size() == MAX_BARS) {
            return null;
          }
          all.add(d.toString());
        }
      }
    }
    return all;
  }

  /** The first and last day of a period in ISO form ({@code 2019}, {@code 2019-09}, a day). */
  static LocalDate[] range(String period) {
    Published p = Published.parse(period);
    return new LocalDate[] {p.start(), p.end()};
  }

  /**
   * The chart, table and undated note.
   *
   * @param params the selection's parameters (bars link to it narrowed to their period)
   * @param path the page bars link to
   * @param what what is counted, e.g. {@code statements}
   */
  public static Html render(Timeline timeline, PageParams params, String path, String what) {
    Objects.requireNonNull(timeline, "timeline");
    Map<String, Long> counts = counts(timeline);
    List<BarChart.Bar> bars = new ArrayList<>();
    String unit = timeline.interval().name().toLowerCase(Locale.ROOT);
    counts.forEach(
        (period, count) -> {
          LocalDate[] r = range(period);
          String href =
              params
                  .remove("tab", "from", "to")
                  .firstPage()
                  .set("from", r[0].toString())
                  .set("to", r[1].toString())
                  .link(path);
          bars.add(
              new BarChart.Bar(label(timeline, period), count, href, isCoarse(timeline, period)));
        });
    Html h = new Html();
    h.open("div", "class", "timeline", "id", "timeline");
    h.append(
        BarChart.render(
            timeline.dated()
                + " dated "
                + what
                + " per "
                + unit
                + " ("
                + timeline.total()
                + " selected)",
            unit,
            what,
            bars));
    if (timeline.undated() > 0) {
      h.element(
          "p",
          timeline.undated()
              + (timeline.undated() == 1 ? " undated statement is" : " undated " + what + " are")
              + " not in the chart.",
          "class",
          "note");
    }
    if (timeline.partial() > 0) {
      h.element(
          "p",
          timeline.partial()
              + (timeline.partial() == 1 ? " statement is" : " statements are")
              + " left out: the date range cuts the period of its date (e.g. a statement dated"
              + " only by its year, against a range of some months).",
          "class",
          "note partial");
    }
    h.open("details", "class", "data-table");
    h.element("summary", "The numbers as a table");
    h.open("table");
    h.open("thead");
    h.open("tr");
    h.element("th", unit, "scope", "col");
    h.element("th", what, "scope", "col");
    h.close();
    h.close();
    h.open("tbody");
    counts.forEach(
        (period, count) -> {
          h.open("tr", "class", isCoarse(timeline, period) ? "coarse" : null);
          h.element("td", label(timeline, period));
          h.element("td", Long.toString(count), "class", "number");
          h.close();
        });
    h.close();
    h.close();
    h.close();
    h.close();
    return h;
  }
}
