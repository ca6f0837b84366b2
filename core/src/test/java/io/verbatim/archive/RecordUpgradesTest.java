package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordUpgradesTest {
  private static final String SHA = "ab".repeat(32);

  /** A stored UNGDC record as the previous version wrote it: undated, the year in extra. */
  private static Statement storedUngdc(String format, String year) {
    Statement.Builder b =
        Statement.builder()
            .withId(Statement.idFor(SHA))
            .withStatementKey("ungdc:RUS_74_2019")
            .withSource(
                new Source(
                    "ungdc/RUS_74_2019.txt",
                    format,
                    SHA,
                    SHA,
                    null,
                    Instant.parse("2025-01-01T00:00:00Z")))
            .withTitle("Russian Federation: statement at the General Debate (2019)")
            .withLanguage("en")
            .withBody("Mr. President, ...")
            .putExtra("country", "RUS")
            .putExtra("session", "74");
    if (year != null) {
      b.putExtra("year", year);
    }
    return b.build();
  }

  @Test
  void anUndatedUngdcRecordIsDatedByTheYearOfItsFileName() {
    Statement stored = storedUngdc("ungdc", "2019");
    Statement upgraded = RecordUpgrades.apply(stored);
    assertThat(upgraded.published()).isEqualTo(Published.ofYear(2019));
    assertThat(upgraded.published().precision()).isEqualTo(Published.Precision.YEAR);
    // Nothing else changes: id, key, text, extra.
    assertThat(upgraded.toBuilder().withPublished(null).build()).isEqualTo(stored);
  }

  @Test
  void theUpgradeIsIdempotent() {
    Statement once = RecordUpgrades.apply(storedUngdc("ungdc", "2019"));
    assertThat(RecordUpgrades.apply(once)).isSameAs(once);
  }

  @Test
  void otherRecordsAreReturnedAsTheyAre() {
    Statement dated =
        storedUngdc("ungdc", "2019").toBuilder()
            .withPublished(Published.of(LocalDate.of(2019, 9, 25)))
            .build();
    assertThat(RecordUpgrades.apply(dated)).isSameAs(dated);
    Statement csv = storedUngdc("csv", "2019");
    assertThat(RecordUpgrades.apply(csv)).isSameAs(csv);
    Statement noYear = storedUngdc("ungdc", null);
    assertThat(RecordUpgrades.apply(noYear)).isSameAs(noYear);
    Statement badYear = storedUngdc("ungdc", "19xx");
    assertThat(RecordUpgrades.apply(badYear)).isSameAs(badYear);
  }
}
