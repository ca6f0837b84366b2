package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.archive.Timeline.Bucket;
import io.verbatim.archive.Timeline.Interval;
import io.verbatim.model.Json;
import io.verbatim.model.Published;
import io.verbatim.model.Published.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

  @Test
  void aStatementCoarserThanTheIntervalKeepsItsOwnPeriod() {
    Published year = Published.ofYear(2019);
    Published month = Published.parse("2019-09");
    Published minute = Published.parse("2019-09-24T10:00+03:00");
    assertThat(Interval.YEAR.periodOf(minute)).isEqualTo("2019");
    assertThat(Interval.MONTH.periodOf(minute)).isEqualTo("2019-09");
    assertThat(Interval.DAY.periodOf(minute)).isEqualTo("2019-09-24");
    assertThat(Interval.MONTH.periodOf(year)).isEqualTo("2019");
    assertThat(Interval.DAY.periodOf(year)).isEqualTo("2019");
    assertThat(Interval.DAY.periodOf(month)).isEqualTo("2019-09");
  }

  @Test
  void bucketsCarryTheirPrecisionAndYearOnlyOnesComeBeforeTheMonthsOfTheirYear() {
    Timeline t =
        new Timeline(
            Interval.MONTH,
            Timeline.Split.NONE,
            7,
            List.of(
                new Bucket("2020-01", null, 1),
                new Bucket("2019-09", null, 2),
                new Bucket("2019", null, 3),
                new Bucket("2018-12", null, 1)),
            0);
    assertThat(t.buckets())
        .extracting(Bucket::period)
        .containsExactly("2018-12", "2019", "2019-09", "2020-01");
    assertThat(t.buckets())
        .extracting(Bucket::precision)
        .containsExactly(Precision.MONTH, Precision.YEAR, Precision.MONTH, Precision.MONTH);
    assertThat(t.dated()).isEqualTo(7);
    assertThat(Json.compact(t.buckets().get(1)))
        .isEqualTo("{\"period\":\"2019\",\"precision\":\"year\",\"value\":null,\"count\":3}");
  }

  @Test
  void refusesPeriodsThatAreNoBucket() {
    assertThatThrownBy(() -> new Bucket("2019-09-24T10:00", null, 1)).hasMessageContaining("day");
    assertThatThrownBy(() -> new Bucket("Sept 2019", null, 1)).hasMessageContaining("Sept 2019");
    assertThatThrownBy(() -> new Bucket("2019", null, 0)).hasMessageContaining("at least 1");
    assertThatThrownBy(
            () ->
                new Timeline(
                    Interval.YEAR,
                    Timeline.Split.NONE,
                    1,
                    List.of(new Bucket("2019-09", null, 1)),
                    0))
        .hasMessageContaining("2019-09");
  }
}
