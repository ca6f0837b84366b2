package io.verbatim.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A vertical bar chart drawn as inline SVG on the server.
 *
 * <p>Contract: one {@code rect} per bar, in the given order, its height proportional to its value
 * on a y axis from 0 to a round maximum with labelled ticks; each bar carries a {@code title}
 * (label and value, shown on hover and read by screen readers) and, when there is room, its value
 * written above it; x labels are written below (every k-th when crowded); the axis titles are
 * written on the axes. It does not rely on colour: values are written as text. The SVG scales to
 * its container's width (viewBox). A bar with a link is clickable. A bar set apart (e.g. a period
 * of another precision) gets the class {@code set-apart} (drawn outlined and lighter); its label
 * says why, so this does not rely on colour either. All text is escaped.
 */
public final class BarChart {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 300;
  private static final int LEFT = 58;
  private static final int RIGHT = 12;
  private static final int TOP = 22;
  private static final int BOTTOM = 70;

  /**
   * One bar.
   *
   * @param label the x label (a period, a term)
   * @param value the bar's value, at least 0
   * @param href where clicking the bar goes, or null
   * @param setApart drawn apart from the others (its label says why)
   */
  public record Bar(String label, long value, String href, boolean setApart) {
    public Bar {
      Objects.requireNonNull(label, "bar label");
      if (value < 0) {
        throw new IllegalArgumentException("a bar value must be >= 0: " + value);
      }
    }

    /** A bar like the others. */
    public Bar(String label, long value, String href) {
      this(label, value, href, false);
    }
  }

  private BarChart() {}

  /**
   * The chart as an {@code svg} element inside a {@code figure} with a caption.
   *
   * @param caption what the chart shows (also the SVG's accessible name)
   * @param xAxis the x axis title (e.g. {@code year})
   * @param yAxis the y axis title (e.g. {@code statements})
   */
  public static Html render(String caption, String xAxis, String yAxis, List<Bar> bars) {
    Objects.requireNonNull(caption, "caption");
    Html h = new Html();
    h.open("figure", "class", "chart");
    if (bars.isEmpty()) {
      h.element("p", "Nothing to chart: no values.", "class", "empty");
      h.element("figcaption", caption);
      return h.close();
    }
    long max = 0;
    for (Bar b : bars) {
      max = Math.max(max, b.value());
    }
    long top = niceMaximum(max);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double slot = plotWidth / bars.size();
    double barWidth = Math.max(1, slot * 0.7);
    boolean rotate = slot < 56;
    int every = rotate ? (int) Math.ceil(15 / slot) : 1;
    boolean valuesFit = slot >= 16;

    h.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "viewBox",
        "0 0 " + WIDTH + " " + HEIGHT,
        "role",
        "img",
        "aria-label",
        caption,
        "class",
        "bar-chart");
    h.element("title", caption);
    // y axis: ticks, grid lines and labels
    int ticks = 4;
    for (int i = 0; i <= ticks; i++) {
      long value = top * i / ticks;
      double y = TOP + plotHeight - plotHeight * i / ticks;
      h.open(
          "line",
          "x1",
          num(LEFT),
          "x2",
          num(WIDTH - RIGHT),
          "y1",
          num(y),
          "y2",
          num(y),
          "class",
          i == 0 ? "axis" : "grid");
      h.close();
      h.element(
          "text",
          Long.toString(value),
          "x",
          num(LEFT - 6),
          "y",
          num(y + 4),
          "text-anchor",
          "end",
          "class",
          "tick");
    }
    h.element(
        "text",
        yAxis,
        "x",
        num(14),
        "y",
        num(TOP + plotHeight / 2),
        "text-anchor",
        "middle",
        "transform",
        "rotate(-90 14 " + num(TOP + plotHeight / 2) + ")",
        "class",
        "axis-title");
    h.element(
        "text",
        xAxis,
        "x",
        num(LEFT + plotWidth / 2),
        "y",
        num(rotate ? HEIGHT - 4 : TOP + plotHeight + 36),
        "text-anchor",
        "middle",
        "class",
        "axis-title");

    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double height = top == 0 ? 0 : plotHeight * b.value() / top;
      double x = LEFT + slot * i + (slot - barWidth) / 2;
      double y = TOP + plotHeight - height;
      String href = Html.safeUrl(b.href());
      if (href != null) {
        h.open("a", "href", href, "class", "bar-link");
      }
      h.open(
          "rect",
          "x",
          num(x),
          "y",
          num(y),
          "width",
          num(barWidth),
          "height",
          num(height),
          "class",
          b.setApart() ? "bar set-apart" : "bar",
          "data-label",
          b.label(),
          "data-value",
          Long.toString(b.value()));
      h.element("title", b.label() + ": " + b.value());
      h.close();
      if (href != null) {
        h.close();
      }
      if (valuesFit) {
        h.element(
            "text",
            Long.toString(b.value()),
            "x",
            num(x + barWidth / 2),
            "y",
            num(y - 4),
            "text-anchor",
            "middle",
            "class",
            "value");
      }
      if (i % every == 0) {
        double lx = x + barWidth / 2;
        double ly = TOP + plotHeight + 14;
        if (rotate) {
          h.element(
              "text",
              b.label(),
              "x",
              num(lx),
              "y",
              num(ly),
              "text-anchor",
              "end",
              "transform",
              "rotate(-45 " + num(lx) + " " + num(ly) + ")",
              "class",
              "label");
        } else {
          h.element(
              "text",
              b.label(),
              "x",
              num(lx),
              "y",
              num(ly),
              "text-anchor",
              "middle",
              "class",
              "label");
        }
      }
    }
    h.close(); // svg
    h.element("figcaption", caption);
    return h.close(); // figure
  }

  /** A round axis maximum at least {@code max} (and at least 4), divisible into 4 whole ticks. */
  static long niceMaximum(long max) {
    if (max <= 4) {
      return 4;
    }
    long power = 1;
    while (power * 10 < max) {
      power *= 10;
    }
    for (long step : new long[] {1, 2, 4, 5, 10}) {
      if (step * power >= max) {
        // four whole-number ticks
        return roundUpTo4(Math.max(step * power, 4));
      }
    }
    return roundUpTo4(max);
  }

  private static long roundUpTo4(long n) {
    return (n + 3) / 4 * 4;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
