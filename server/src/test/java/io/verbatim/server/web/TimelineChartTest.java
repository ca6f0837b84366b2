package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.Timeline;
import java.time.LocalDate;
import java.util.List;
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
    assertThat(TimelineChart.range(Timeline.Interval.YEAR, "2020"))
        .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
    assertThat(TimelineChart.range(Timeline.Interval.MONTH, "2024-02"))
        .containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
    assertThat(TimelineChart.range(Timeline.Interval.DAY, "2024-02-03"))
        .containsExactly(LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 3));
  }
}
