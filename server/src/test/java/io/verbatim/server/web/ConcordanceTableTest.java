package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.model.Published;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcordanceTableTest {
  private static KwicLine line(String match, String speaker, String date) {
    return new KwicLine(
        "id" + match,
        date == null ? null : Published.of(LocalDate.parse(date)),
        "en",
        speaker,
        "T",
        "left ",
        match,
        " right",
        5,
        5 + match.length());
  }

  @Test
  void ordersByName() {
    assertThat(ConcordanceTable.Order.of(null)).isEqualTo(ConcordanceTable.Order.NONE);
    assertThat(ConcordanceTable.Order.of("right1").archiveSort())
        .isEqualTo(KwicRequest.Sort.RIGHT_1);
    assertThat(ConcordanceTable.Order.of("date").archiveSort())
        .isEqualTo(KwicRequest.Sort.DATE_DESC);
    assertThat(ConcordanceTable.Order.of("match").sortedHere()).isTrue();
    assertThatThrownBy(() -> ConcordanceTable.Order.of("sideways"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sideways")
        .hasMessageContaining("left1");
  }

  @Test
  void sortsByMatchIgnoringCaseAndBySpeakerThenDateWithMissingLast() {
    List<KwicLine> lines =
        List.of(
            line("Terrorism", "Elena Marsh", "2020-01-01"),
            line("terrorists", null, "2019-01-01"),
            line("terror", "Anna Petrova", "2021-01-01"),
            line("TERRORISM", "Anna Petrova", "2018-01-01"));
    assertThat(ConcordanceTable.sorted(ConcordanceTable.Order.MATCH, lines))
        .extracting(KwicLine::match)
        .containsExactly("terror", "Terrorism", "TERRORISM", "terrorists");
    assertThat(ConcordanceTable.sorted(ConcordanceTable.Order.SPEAKER, lines))
        .extracting(l -> l.speaker() + " " + l.published())
        .containsExactly(
            "Anna Petrova 2018-01-01",
            "Anna Petrova 2021-01-01",
            "Elena Marsh 2020-01-01",
            "null 2019-01-01");
    assertThat(ConcordanceTable.sorted(ConcordanceTable.Order.RIGHT, lines)).isEqualTo(lines);
  }
}
