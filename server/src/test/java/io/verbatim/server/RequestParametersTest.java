package io.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestParametersTest {
  static RequestParameters of(Map<String, List<String>> values) {
    return new RequestParameters(values, ServerConfig.Limits.DEFAULTS);
  }

  @Test
  void readsEveryFilterWithTheCliNames() {
    SearchRequest r =
        of(Map.ofEntries(
                Map.entry("q", List.of("disarmament")),
                Map.entry("lang", List.of("en")),
                Map.entry("from", List.of("2016-01-01")),
                Map.entry("to", List.of("2020-12-31")),
                Map.entry("speaker", List.of("Anna Petrova", "Jonas Berg")),
                Map.entry("role", List.of("Foreign Minister")),
                Map.entry("genre", List.of("speech", "press release")),
                Map.entry("place", List.of("Vienna")),
                Map.entry("format", List.of("capture")),
                Map.entry("mention", List.of("RUS", "org:nato")),
                Map.entry("facets", List.of("year,speaker", "mention")),
                Map.entry("facet-limit", List.of("5")),
                Map.entry("sort", List.of("date")),
                Map.entry("page", List.of("3")),
                Map.entry("size", List.of("20"))))
            .allowOnly(RequestParameters.SEARCH)
            .searchRequest();
    assertThat(r.query()).isEqualTo("disarmament");
    assertThat(r.selection().language()).isEqualTo("en");
    assertThat(r.selection().from()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(r.selection().to()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(r.selection().speakers()).containsExactly("Anna Petrova", "Jonas Berg");
    assertThat(r.selection().roles()).containsExactly("Foreign Minister");
    assertThat(r.selection().genres()).containsExactly("speech", "press release");
    assertThat(r.selection().places()).containsExactly("Vienna");
    assertThat(r.selection().formats()).containsExactly("capture");
    assertThat(r.selection().mentions()).containsExactly("RUS", "org:nato");
    assertThat(r.facets()).containsExactly("year", "speaker", "mention");
    assertThat(r.facetLimit()).isEqualTo(5);
    assertThat(r.sort()).isEqualTo(SearchSort.DATE_DESC);
    assertThat(r.offset()).isEqualTo(40);
    assertThat(r.limit()).isEqualTo(20);
  }

  @Test
  void allVersionsIsAYesNoSelectionParameter() {
    assertThat(
            of(Map.of("all-versions", List.of("true")))
                .allowOnly(RequestParameters.SELECTION)
                .selection()
                .allVersions())
        .isTrue();
    assertThat(of(Map.of("all-versions", List.of("false"))).selection().allVersions()).isFalse();
    assertError(Map.of("all-versions", List.of("sometimes")), 400, "'all-versions'");
  }

  @Test
  void defaultsAreAllStatementsFirstTenByRelevance() {
    SearchRequest r = of(Map.of()).searchRequest();
    assertThat(r.query()).isEmpty();
    assertThat(r.selection().hasFilters()).isFalse();
    assertThat(r.selection().allVersions()).as("each statement counts once").isFalse();
    assertThat(r.sort()).isEqualTo(SearchSort.RELEVANCE);
    assertThat(r.limit()).isEqualTo(10);
    assertThat(r.offset()).isZero();
  }

  @Test
  void malformedValuesAre400sNamingTheParameter() {
    assertError(Map.of("from", List.of("yesterday")), 400, "'from'");
    assertError(Map.of("size", List.of("ten")), 400, "'size'");
    assertError(Map.of("page", List.of("0")), 400, "'page'");
    assertError(Map.of("sort", List.of("alphabetical")), 400, "unknown sort");
    assertError(Map.of("lang", List.of("english")), 400, "ISO 639-1");
    assertError(Map.of("genre", List.of("sonnet")), 400, "sonnet");
    assertError(Map.of("facets", List.of("colour")), 400, "colour");
    assertError(Map.of("q", List.of("a", "b")), 400, "given 2 times");
    assertError(Map.of("cursor", List.of("abc"), "page", List.of("2")), 400, "cursor");
    assertError(Map.of("from", List.of("2020-01-01"), "to", List.of("2019-01-01")), 400, "after");
  }

  @Test
  void limitsAre413sNamingTheLimit() {
    assertError(Map.of("size", List.of("101")), 413, "limit of 100");
    assertError(Map.of("q", List.of("x".repeat(2001))), 413, "limit of 2000");
  }

  @Test
  void unknownParametersAreRefused() {
    assertThatThrownBy(() -> of(Map.of("qq", List.of("x"))).allowOnly(RequestParameters.SEARCH))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("'qq'")
        .hasMessageContaining("speaker");
  }

  private static void assertError(Map<String, List<String>> values, int status, String message) {
    assertThatThrownBy(() -> of(values).searchRequest())
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.status()).as(e.getMessage()).isEqualTo(status))
        .hasMessageContaining(message);
  }
}
