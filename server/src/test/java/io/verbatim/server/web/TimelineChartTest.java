package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.Timeline;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class TimelineChartTest {
  private static Timeline timeline(Timeline.Interval interval, List<Timeline.Bucket> buckets) {
    long dated = buckets.stream().mapToLong(Timeline.Bucket::count).sum();
    return new Timeline(interval, Timeline.Split.NONE, dated + 1, buckets, 1);
  }

  @Test
  void fillsEmptyYearsAndMonthsWithZero() {
    Timeline years =
        timeline(
            Timeline.Interval.YEAR,
            List.of(new Timeline.Bucket("2016", null, 2), new Timeline.Bucket("2019", null, 1)));
    assertThat(TimelineChart.counts(years))
        .containsExactly(
            java.util.Map.entry("2016", 2L),
            java.util.Map.entry("2017", 0L),
            java.util.Map.entry("2018", 0L),
            java.util.Map.entry("2019", 1L));
    Timeline months =
        timeline(
            Timeline.Interval.MONTH,
            List.of(
                new Timeline.Bucket("2020-11", null, 1), new Timeline.Bucket("2021-02", null, 4)));
    assertThat(TimelineChart.counts(months).keySet())
        .containsExactly("2020-11", "2020-12", "2021-01", "2021-02");
  }

  @Test
  void addsUpSplitValuesAndLeavesLongSpansUnfilled() {
    Timeline split =
        new Timeline(
            Timeline.Interval.YEAR,
            Timeline.Split.LANGUAGE,
            5,
            List.of(new Timeline.Bucket("2020", "en", 2), new Timeline.Bucket("2020", "ru", 3)),
            0);
    assertThat(TimelineChart.counts(split)).containsExactly(java.util.Map.entry("2020", 5L));
    Timeline days =
        timeline(
            Timeline.Interval.DAY,
            List.of(
                new Timeline.Bucket("2000-01-01", null, 1),
                new Timeline.Bucket("2020-01-01", null, 1)));
    assertThat(TimelineChart.counts(days)).hasSize(2);
  }

  @Test
  void periodsCoverWholeDays() {
    assertThat(TimelineChart.range("2020"))
        .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
    assertThat(TimelineChart.range("2024-02"))
        .containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
    assertThat(TimelineChart.range("2024-02-03"))
        .containsExactly(LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 3));
  }

  @Test
  void aYearOnlyBucketIsABarOfItsOwnBeforeTheMonthsOfItsYear() {
    Timeline months =
        timeline(
            Timeline.Interval.MONTH,
            List.of(
                new Timeline.Bucket("2018-12", null, 1),
                new Timeline.Bucket("2019", null, 5),
                new Timeline.Bucket("2019-02", null, 2)));
    assertThat(TimelineChart.counts(months))
        .containsExactly(
            java.util.Map.entry("2018-12", 1L),
            java.util.Map.entry("2019", 5L),
            java.util.Map.entry("2019-01", 0L),
            java.util.Map.entry("2019-02", 2L));
    assertThat(TimelineChart.label(months, "2019")).isEqualTo("2019 (year only)");
    assertThat(TimelineChart.label(months, "2019-02")).isEqualTo("2019-02");

    Document page =
        Jsoup.parse(
            TimelineChart.render(months, PageParams.empty(), "/", "statements").toString(),
            "",
            Parser.xmlParser());
    Element apart = page.selectFirst("rect.bar.set-apart");
    assertThat(apart).isNotNull();
    assertThat(apart.attr("data-label")).isEqualTo("2019 (year only)");
    assertThat(apart.attr("data-value")).isEqualTo("5");
    assertThat(page.select("rect.bar")).hasSize(4);
    assertThat(page.select("tr.coarse td").eachText()).containsExactly("2019 (year only)", "5");
    // The bar narrows the selection to its whole year.
    assertThat(apart.parent().attr("href")).contains("from=2019-01-01").contains("to=2019-12-31");
  }

  @Test
  void aDayTimelineShowsMonthOnlyAndYearOnlyBucketsApart() {
    Timeline days =
        timeline(
            Timeline.Interval.DAY,
            List.of(
                new Timeline.Bucket("2019", null, 1),
                new Timeline.Bucket("2019-09", null, 2),
                new Timeline.Bucket("2019-09-02", null, 3)));
    assertThat(TimelineChart.counts(days).keySet())
        .containsExactly("2019", "2019-09", "2019-09-02");
    assertThat(TimelineChart.label(days, "2019-09")).isEqualTo("2019-09 (month only)");
  }

  @Test
  void saysHowManyStatementsTheRangeCut() {
    Timeline cut =
        new Timeline(
                Timeline.Interval.YEAR,
                Timeline.Split.NONE,
                2,
                List.of(new Timeline.Bucket("2019", null, 2)),
                0)
            .withPartial(3);
    Document page =
        Jsoup.parse(
            TimelineChart.render(cut, PageParams.empty(), "/", "statements").toString(),
            "",
            Parser.xmlParser());
    assertThat(page.select("p.partial").text()).startsWith("3 statements are left out");
  }
}
