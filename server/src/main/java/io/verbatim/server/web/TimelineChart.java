package io.verbatim.server.web;

import io.verbatim.archive.Timeline;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * periods are drawn; split values are added up per period. Each bar links to the selection narrowed
 * to its period ({@code from}/{@code to}).
 */
public final class TimelineChart {
  /** The most bars drawn with gaps filled. */
  static final int MAX_BARS = 400;

  private TimelineChart() {}

  /** Periods in order with their counts, gaps filled when not too many. */
  static Map<String, Long> counts(Timeline timeline) {
    Map<String, Long> byPeriod = new LinkedHashMap<>();
    for (Timeline.Bucket b : timeline.buckets()) {
      byPeriod.merge(b.period(), b.count(), Long::sum);
    }
    if (byPeriod.size() < 2) {
      return byPeriod;
    }
    List<String> periods = new ArrayList<>(byPeriod.keySet());
    periods.sort(null);
    List<String> all =
        allPeriods(timeline.interval(), periods.get(0), periods.get(periods.size() - 1));
    Map<String, Long> out = new LinkedHashMap<>();
    if (all == null) {
      periods.forEach(p -> out.put(p, byPeriod.get(p)));
      return out;
    }
    for (String p : all) {
      out.put(p, byPeriod.getOrDefault(p, 0L));
    }
    return out;
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

  /** The first and last day of a period in ISO form. */
  static LocalDate[] range(Timeline.Interval interval, String period) {
    return switch (interval) {
      case YEAR -> {
        int y = Integer.parseInt(period);
        yield new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
      case MONTH -> {
        YearMonth m = YearMonth.parse(period);
        yield new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
      }
      case DAY -> {
        LocalDate d = LocalDate.parse(period);
        yield new LocalDate[] {d, d};
      }
    };
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
          LocalDate[] r = range(timeline.interval(), period);
          String href =
              params
                  .remove("tab", "from", "to")
                  .firstPage()
                  .set("from", r[0].toString())
                  .set("to", r[1].toString())
                  .link(path);
          bars.add(new BarChart.Bar(period, count, href));
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
          h.open("tr");
          h.element("td", period);
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
