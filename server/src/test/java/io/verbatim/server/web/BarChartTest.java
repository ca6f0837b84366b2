package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class BarChartTest {
  private static Document chart(List<BarChart.Bar> bars) {
    return Jsoup.parse(
        BarChart.render("Statements per year", "year", "statements", bars).toString(),
        "",
        Parser.xmlParser());
  }

  @Test
  void drawsOneBarPerValueWithHeightsProportionalToTheValues() {
    Document d =
        chart(
            List.of(
                new BarChart.Bar("2019", 3, "/?from=2019-01-01"),
                new BarChart.Bar("2020", 0, null),
                new BarChart.Bar("2021", 6, null)));
    Elements rects = d.select("rect.bar");
    assertThat(rects).hasSize(3);
    double h2019 = Double.parseDouble(rects.get(0).attr("height"));
    double h2020 = Double.parseDouble(rects.get(1).attr("height"));
    double h2021 = Double.parseDouble(rects.get(2).attr("height"));
    assertThat(h2020).isZero();
    assertThat(h2021).isCloseTo(2 * h2019, within(0.2));
    // the bars stand on the same base line
    assertThat(Double.parseDouble(rects.get(0).attr("y")) + h2019)
        .isCloseTo(Double.parseDouble(rects.get(2).attr("y")) + h2021, within(0.2));
    assertThat(rects.eachAttr("data-value")).containsExactly("3", "0", "6");
    assertThat(d.select("rect.bar > title").eachText())
        .containsExactly("2019: 3", "2020: 0", "2021: 6");
    assertThat(d.select("text.value").eachText()).containsExactly("3", "0", "6");
    assertThat(d.select("text.label").eachText()).containsExactly("2019", "2020", "2021");
    assertThat(d.select("text.axis-title").eachText()).containsExactly("statements", "year");
    assertThat(d.select("a.bar-link")).hasSize(1);
    assertThat(d.select("a.bar-link").attr("href")).isEqualTo("/?from=2019-01-01");
    assertThat(d.selectFirst("svg").attr("aria-label")).isEqualTo("Statements per year");
    // y ticks from 0 to a round maximum at or above the largest value
    List<Long> ticks = new ArrayList<>();
    for (Element t : d.select("text.tick")) {
      ticks.add(Long.parseLong(t.text()));
    }
    assertThat(ticks.getFirst()).isZero();
    assertThat(ticks.getLast()).isGreaterThanOrEqualTo(6);
    assertThat(ticks).isSorted();
  }

  @Test
  void crowdedChartsLabelEveryFewBarsAndKeepTitlesOnAll() {
    List<BarChart.Bar> bars = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      bars.add(new BarChart.Bar("p" + i, i, null));
    }
    Document d = chart(bars);
    assertThat(d.select("rect.bar")).hasSize(120);
    assertThat(d.select("rect.bar > title")).hasSize(120);
    assertThat(d.select("text.label").size()).isBetween(10, 60);
    assertThat(d.select("text.value")).isEmpty();
  }

  @Test
  void labelsAreEscapedAndEmptyChartsSaySo() {
    Document d = chart(List.of(new BarChart.Bar("<script>x</script>", 1, "javascript:alert(1)")));
    assertThat(d.select("script")).isEmpty();
    assertThat(d.select("a")).isEmpty();
    assertThat(d.selectFirst("text.label").text()).isEqualTo("<script>x</script>");
    assertThat(chart(List.of()).select("p.empty").text()).contains("Nothing to chart");
  }

  @Test
  void niceMaximumIsRoundAndAtLeastTheMaximum() {
    for (long max : new long[] {0, 1, 3, 4, 5, 7, 9, 10, 11, 37, 99, 100, 101, 12345}) {
      long nice = BarChart.niceMaximum(max);
      assertThat(nice).as("for " + max).isGreaterThanOrEqualTo(Math.max(max, 1));
      assertThat(nice % 4).as("four whole ticks for " + max).isZero();
      assertThat(nice).as("not far above " + max).isLessThanOrEqualTo(Math.max(4, max * 3));
    }
  }
}
