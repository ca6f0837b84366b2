package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.archive.Selection.Undated;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SelectionTest {

  @Test
  void undatedStatementsAreIncludedUnlessToldOtherwise() {
    assertThat(Selection.ALL.undated()).isEqualTo(Undated.INCLUDE);
    assertThat(Selection.ALL.hasFilters()).isFalse();
    Selection only = Selection.builder("").withUndated(Undated.ONLY).build();
    assertThat(only.hasFilters()).isTrue();
    assertThat(only.toBuilder().build()).isEqualTo(only);
  }

  @Test
  void undatedOnlyAndADateRangeContradictEachOther() {
    assertThatThrownBy(
            () ->
                Selection.builder("")
                    .withUndated(Undated.ONLY)
                    .withFrom(LocalDate.of(2019, 1, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("undated")
        .hasMessageContaining("from");
    // Including (the default) or excluding them goes with a range: the range leaves them out.
    Selection range =
        Selection.builder("")
            .withUndated(Undated.EXCLUDE)
            .withTo(LocalDate.of(2019, 12, 31))
            .build();
    assertThat(range.hasDateRange()).isTrue();
  }

  @Test
  void theOptionIsReadByItsLabelNamingABadOne() {
    assertThat(Undated.fromLabel("Exclude")).isEqualTo(Undated.EXCLUDE);
    assertThat(Undated.fromLabel(" only ")).isEqualTo(Undated.ONLY);
    assertThatThrownBy(() -> Undated.fromLabel("sometimes"))
        .hasMessageContaining("sometimes")
        .hasMessageContaining("include");
  }

  @Test
  void cursorsOfSelectionsThatDifferOnlyInUndatedDiffer() {
    SearchRequest include = SearchRequest.builder("x").build();
    SearchRequest exclude = SearchRequest.builder("x").withUndated(Undated.EXCLUDE).build();
    assertThat(CursorToken.fingerprint(include)).isNotEqualTo(CursorToken.fingerprint(exclude));
  }
}
