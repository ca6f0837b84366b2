package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.model.Published;
import io.verbatim.model.Published.Precision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class IndexedPeriodTest {
  private static final LocalDate JAN_1 = LocalDate.of(2019, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2019, 12, 31);
  private static final LocalDate JUN_1 = LocalDate.of(2019, 6, 1);

  @Test
  void aPeriodIsIndexedFromItsFirstToItsLastMinute() {
    // 2019-01-01T00:00Z is 1,546,300,800 s after the epoch: 25,771,680 minutes.
    long jan1 = 25_771_680L;
    assertThat(IndexedPeriod.minute(LocalDateTime.of(2019, 1, 1, 0, 0))).isEqualTo(jan1);
    IndexedPeriod year = IndexedPeriod.of(Published.ofYear(2019));
    assertThat(year.start()).isEqualTo(jan1);
    assertThat(year.end()).isEqualTo(jan1 + 365 * 24 * 60 - 1);
    IndexedPeriod minute = IndexedPeriod.of(Published.parse("2019-01-01T10:30:45"));
    assertThat(minute.start()).isEqualTo(jan1 + 630);
    assertThat(minute.end()).isEqualTo(jan1 + 630);
    assertThat(minute.precision()).isEqualTo(Precision.SECOND);
    assertThat(year.year()).isEqualTo(2019);
  }

  @Test
  void aRangeHoldsAStatementWhenItHoldsItsWholePeriod() {
    IndexedPeriod year = IndexedPeriod.of(Published.ofYear(2019));
    assertThat(year.isIn(JAN_1, DEC_31)).isTrue();
    assertThat(year.isIn(null, null)).isTrue();
    assertThat(year.isIn(LocalDate.of(2018, 1, 1), null)).isTrue();
    assertThat(year.isIn(JUN_1, DEC_31)).isFalse();
    assertThat(year.isCutBy(JUN_1, DEC_31)).isTrue();
    assertThat(year.isCutBy(JAN_1, DEC_31)).isFalse();
    // A range outside the period neither holds nor cuts it.
    assertThat(year.isCutBy(LocalDate.of(2020, 1, 1), null)).isFalse();
    assertThat(year.isIn(LocalDate.of(2020, 1, 1), null)).isFalse();
    IndexedPeriod lastEvening = IndexedPeriod.of(Published.parse("2019-12-31T23:59"));
    assertThat(lastEvening.isIn(JUN_1, DEC_31)).isTrue();
    assertThat(lastEvening.isIn(JUN_1, LocalDate.of(2019, 12, 30))).isFalse();
    assertThat(lastEvening.isCutBy(JUN_1, LocalDate.of(2019, 12, 30))).isFalse();
  }

  @Test
  void timelinePeriodsComeFromTheIndexedStartAndPrecision() {
    IndexedPeriod month = IndexedPeriod.of(Published.parse("2019-09"));
    assertThat(month.period(Timeline.Interval.DAY)).isEqualTo("2019-09");
    assertThat(month.period(Timeline.Interval.MONTH)).isEqualTo("2019-09");
    assertThat(month.period(Timeline.Interval.YEAR)).isEqualTo("2019");
    IndexedPeriod day = IndexedPeriod.of(Published.parse("2019-09-24T23:59"));
    assertThat(day.period(Timeline.Interval.DAY)).isEqualTo("2019-09-24");
  }
}
