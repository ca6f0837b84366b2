package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.Selection.Undated;
import io.verbatim.archive.Timeline.Bucket;
import io.verbatim.archive.Timeline.Interval;
import io.verbatim.model.Published;
import io.verbatim.model.Published.Precision;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The date contract, for every backend: dates kept at their precision (a year, a month, a day, a
 * minute), date ranges that keep a statement only when they hold its whole period and count the
 * ones they cut as partial, the undated option, timelines that count every statement once with
 * buckets of their own for dates coarser than the interval, and the date order.
 *
 * <p>The expected values are worked out by hand from the nine invented statements below.
 */
public abstract class DatesContractTest extends BackendTest {

  protected static Statement statement(String body, UnaryOperator<Statement.Builder> more) {
    Statement.Builder b = statementFrom(sha256(body), body, Instant.parse("2026-01-01T00:00:00Z"));
    return more.apply(b.withLanguage("en")).build();
  }

  private static Statement dated(String body, Published published) {
    return statement(body, b -> b.withPublished(published));
  }

  static final Statement DAY_2018_12_31 =
      dated("The treaty was signed on the last day of 2018.", Published.parse("2018-12-31"));
  static final Statement YEAR_2019 =
      dated("A General Debate speech on the treaty, dated by its year.", Published.ofYear(2019));
  static final Statement DAY_2019_03_15 =
      dated("Remarks on the treaty in March.", Published.of(LocalDate.of(2019, 3, 15)));
  static final Statement MONTH_2019_09 =
      dated(
          "A note on the treaty stated only to the month.",
          Published.ofMonth(YearMonth.of(2019, 9)));
  static final Statement SECOND_2019_09_24 =
      dated(
          "A briefing on the treaty, timed to the second.",
          Published.of(LocalDateTime.of(2019, 9, 24, 10, 0, 30)));
  static final Statement MINUTE_2019_12_31 =
      dated(
          "A late evening statement on the treaty, Moscow time.",
          new Published(
              LocalDate.of(2019, 12, 31), LocalTime.of(23, 30), ZoneId.of("Europe/Moscow")));
  static final Statement YEAR_2020 =
      dated("Another General Debate speech on the treaty.", Published.ofYear(2020));
  static final Statement MINUTE_2020_01_10 =
      dated(
          "A morning press conference on the treaty.",
          Published.of(LocalDateTime.of(2020, 1, 10, 9, 0)));
  static final Statement UNDATED =
      statement("An interview on the treaty that gives no date at all.", b -> b);

  static final List<Statement> ALL =
      List.of(
          DAY_2018_12_31,
          YEAR_2019,
          DAY_2019_03_15,
          MONTH_2019_09,
          SECOND_2019_09_24,
          MINUTE_2019_12_31,
          YEAR_2020,
          MINUTE_2020_01_10,
          UNDATED);

  @BeforeEach
  void fill() throws IOException {
    for (Statement s : ALL) {
      archive.add(s);
    }
    archive.commit();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static Selection.Builder treaty() {
    return Selection.builder("treaty");
  }

  private static Selection range(String from, String to) {
    return treaty()
        .withFrom(from == null ? null : LocalDate.parse(from))
        .withTo(to == null ? null : LocalDate.parse(to))
        .build();
  }

  private SearchResult search(Selection selection) throws IOException {
    return archive.search(SearchRequest.builder(selection).withLimit(100).build());
  }

  private List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).sorted().toList();
  }

  private static List<String> ids(Statement... statements) {
    return java.util.Arrays.stream(statements).map(Statement::id).sorted().toList();
  }

  private List<String> inDateOrder(SearchSort sort) throws IOException {
    SearchResult r =
        archive.search(
            SearchRequest.builder(treaty().build()).withSort(sort).withLimit(100).build());
    return r.hits().stream().map(SearchHit::id).toList();
  }

  // ---- stored at their precision ----------------------------------------------------------------

  @Test
  void everyDateComesBackAtItsPrecision() throws IOException {
    for (Statement s : ALL) {
      assertThat(archive.get(s.id()).orElseThrow().published()).isEqualTo(s.published());
    }
    assertThat(archive.get(MINUTE_2019_12_31.id()).orElseThrow().published().zone())
        .isEqualTo(ZoneId.of("Europe/Moscow"));
    SearchResult r = search(treaty().build());
    assertThat(r.hits())
        .filteredOn(h -> h.id().equals(YEAR_2019.id()))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.published()).hasToString("2019");
              assertThat(h.publishedPrecision()).isEqualTo(Precision.YEAR);
            });
  }

  // ---- date ranges
  // -------------------------------------------------------------------------------

  @Test
  void aRangeHoldingAWholeYearKeepsWhatIsDatedByThatYear() throws IOException {
    SearchResult r = search(range("2019-01-01", "2019-12-31"));
    assertThat(ids(r))
        .isEqualTo(
            ids(YEAR_2019, DAY_2019_03_15, MONTH_2019_09, SECOND_2019_09_24, MINUTE_2019_12_31));
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.partial()).isZero();
  }

  @Test
  void aRangeThatCutsAPeriodLeavesTheStatementOutAndCountsItAsPartial() throws IOException {
    SearchResult secondHalf = search(range("2019-06-01", "2019-12-31"));
    assertThat(ids(secondHalf)).isEqualTo(ids(MONTH_2019_09, SECOND_2019_09_24, MINUTE_2019_12_31));
    assertThat(secondHalf.partial()).as("2019, cut by June to December").isEqualTo(1);

    SearchResult lateSeptember = search(range("2019-09-10", "2019-09-30"));
    assertThat(ids(lateSeptember)).isEqualTo(ids(SECOND_2019_09_24));
    assertThat(lateSeptember.partial()).as("2019 and 2019-09").isEqualTo(2);

    SearchResult fromJune = search(range("2019-06-01", null));
    assertThat(ids(fromJune))
        .isEqualTo(
            ids(MONTH_2019_09, SECOND_2019_09_24, MINUTE_2019_12_31, YEAR_2020, MINUTE_2020_01_10));
    assertThat(fromJune.partial()).isEqualTo(1);

    SearchResult untilJanuary5 = search(range(null, "2020-01-05"));
    assertThat(untilJanuary5.total()).isEqualTo(6);
    assertThat(untilJanuary5.partial()).as("2020, cut at 5 January").isEqualTo(1);

    // A range beside a period neither holds nor cuts it.
    SearchResult only2018 = search(range("2018-01-01", "2018-12-31"));
    assertThat(ids(only2018)).isEqualTo(ids(DAY_2018_12_31));
    assertThat(only2018.partial()).isZero();
  }

  @Test
  void theLastMinuteOfADayIsInsideARangeEndingThatDay() throws IOException {
    // 23:30 Moscow time on 31 December is local time as stated: the zone is not applied.
    SearchResult r = search(range("2019-12-31", "2019-12-31"));
    assertThat(ids(r)).isEqualTo(ids(MINUTE_2019_12_31));
    assertThat(r.partial()).isEqualTo(1); // 2019
  }

  @Test
  void thePartialCountFollowsTheOtherFilters() throws IOException {
    SearchResult r =
        search(
            Selection.builder("General Debate")
                .withFrom(LocalDate.parse("2019-06-01"))
                .withTo(LocalDate.parse("2020-06-30"))
                .build());
    assertThat(r.total()).isZero();
    assertThat(r.partial()).as("both General Debate speeches").isEqualTo(2);
    SearchResult grouped =
        archive.search(
            SearchRequest.builder(range("2019-06-01", "2019-12-31"))
                .withGroupVersions(true)
                .withLimit(10)
                .build());
    assertThat(grouped.total()).isEqualTo(3);
    assertThat(grouped.partial()).isEqualTo(1);
  }

  // ---- undated statements ----------------------------------------------------------------------

  @Test
  void undatedStatementsAreIncludedExcludedOrTheOnlyOnes() throws IOException {
    assertThat(search(treaty().build()).total()).isEqualTo(9);
    SearchResult excluded = search(treaty().withUndated(Undated.EXCLUDE).build());
    assertThat(excluded.total()).isEqualTo(8);
    assertThat(ids(excluded)).doesNotContain(UNDATED.id());
    SearchResult only = search(treaty().withUndated(Undated.ONLY).build());
    assertThat(ids(only)).isEqualTo(ids(UNDATED));
    assertThat(only.partial()).isZero();
  }

  @Test
  void aDateRangeNeverHoldsAnUndatedStatement() throws IOException {
    SearchResult wide = search(range("1900-01-01", "2100-12-31"));
    assertThat(wide.total()).isEqualTo(8);
    assertThat(ids(wide)).doesNotContain(UNDATED.id());
    assertThat(wide.partial()).as("an undated statement is not partial").isZero();
  }

  // ---- timelines -------------------------------------------------------------------------------

  @Test
  void byYearEveryDatedStatementIsInItsYear() throws IOException {
    Timeline t = archive.timeline(treaty().build(), Interval.YEAR, Timeline.Split.NONE);
    assertThat(t.buckets())
        .containsExactly(
            new Bucket("2018", null, 1), new Bucket("2019", null, 5), new Bucket("2020", null, 2));
    assertThat(t.buckets()).allSatisfy(b -> assertThat(b.precision()).isEqualTo(Precision.YEAR));
    assertThat(t.undated()).isEqualTo(1);
    assertThat(t.dated() + t.undated()).isEqualTo(t.total()).isEqualTo(9);
  }

  @Test
  void byMonthAYearOnlyStatementHasAVisibleBucketOfItsOwn() throws IOException {
    Timeline t = archive.timeline(treaty().build(), Interval.MONTH, Timeline.Split.NONE);
    assertThat(t.buckets())
        .containsExactly(
            new Bucket("2018-12", null, 1),
            new Bucket("2019", null, 1),
            new Bucket("2019-03", null, 1),
            new Bucket("2019-09", null, 2),
            new Bucket("2019-12", null, 1),
            new Bucket("2020", null, 1),
            new Bucket("2020-01", null, 1));
    assertThat(t.buckets())
        .extracting(Bucket::precision)
        .containsExactly(
            Precision.MONTH,
            Precision.YEAR,
            Precision.MONTH,
            Precision.MONTH,
            Precision.MONTH,
            Precision.YEAR,
            Precision.MONTH);
    assertThat(t.dated() + t.undated()).isEqualTo(t.total()).isEqualTo(9);
  }

  @Test
  void byDayMonthOnlyAndYearOnlyStatementsHaveBucketsOfTheirOwn() throws IOException {
    Timeline t = archive.timeline(treaty().build(), Interval.DAY, Timeline.Split.NONE);
    assertThat(t.buckets())
        .containsExactly(
            new Bucket("2018-12-31", null, 1),
            new Bucket("2019", null, 1),
            new Bucket("2019-03-15", null, 1),
            new Bucket("2019-09", null, 1),
            new Bucket("2019-09-24", null, 1),
            new Bucket("2019-12-31", null, 1),
            new Bucket("2020", null, 1),
            new Bucket("2020-01-10", null, 1));
    assertThat(t.dated() + t.undated()).isEqualTo(t.total()).isEqualTo(9);
  }

  @Test
  void aTimelineUnderARangeCountsWhatTheRangeHoldsAndSaysWhatItCut() throws IOException {
    Timeline t =
        archive.timeline(range("2019-06-01", "2019-12-31"), Interval.MONTH, Timeline.Split.NONE);
    assertThat(t.buckets())
        .containsExactly(new Bucket("2019-09", null, 2), new Bucket("2019-12", null, 1));
    assertThat(t.total()).isEqualTo(3);
    assertThat(t.undated()).isZero();
    assertThat(t.partial()).isEqualTo(1);
  }

  @Test
  void splitTimelinesKeepYearOnlyBucketsToo() throws IOException {
    Timeline t = archive.timeline(treaty().build(), Interval.MONTH, Timeline.Split.LANGUAGE);
    assertThat(t.buckets()).contains(new Bucket("2019", "en", 1), new Bucket("2020", "en", 1));
    assertThat(t.dated() + t.undated()).isEqualTo(t.total());
  }

  // ---- order, facets, concordance, export ------------------------------------------------------

  @Test
  void byDateAYearOnlyStatementSortsAsTheFirstMomentOfItsYear() throws IOException {
    List<String> expectedAsc =
        List.of(
            DAY_2018_12_31.id(),
            YEAR_2019.id(),
            DAY_2019_03_15.id(),
            MONTH_2019_09.id(),
            SECOND_2019_09_24.id(),
            MINUTE_2019_12_31.id(),
            YEAR_2020.id(),
            MINUTE_2020_01_10.id(),
            UNDATED.id());
    assertThat(inDateOrder(SearchSort.DATE_ASC)).isEqualTo(expectedAsc);
    List<String> expectedDesc = new ArrayList<>(expectedAsc.subList(0, 8));
    java.util.Collections.reverse(expectedDesc);
    expectedDesc.add(UNDATED.id());
    assertThat(inDateOrder(SearchSort.DATE_DESC)).isEqualTo(expectedDesc);
  }

  @Test
  void cursorsPageThroughEveryPrecisionOnce() throws IOException {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page =
          archive.search(
              SearchRequest.builder(treaty().build())
                  .withSort(SearchSort.DATE_ASC)
                  .withLimit(2)
                  .withCursor(cursor)
                  .build());
      page.hits().forEach(h -> seen.add(h.id()));
      cursor = page.nextCursor();
    } while (cursor != null);
    assertThat(seen).isEqualTo(inDateOrder(SearchSort.DATE_ASC));
  }

  @Test
  void exportInDateOrderHandlesEveryPrecision() throws IOException {
    List<String> exported = new ArrayList<>();
    archive.export(treaty().build(), SearchSort.DATE_ASC, s -> exported.add(s.id()));
    assertThat(exported).isEqualTo(inDateOrder(SearchSort.DATE_ASC));
    List<Statement> in2019 = new ArrayList<>();
    archive.export(range("2019-01-01", "2019-12-31"), SearchSort.DATE_DESC, in2019::add);
    assertThat(in2019)
        .extracting(s -> s.published().toString())
        .containsExactly(
            "2019-12-31T23:30+03:00", "2019-09-24T10:00:30", "2019-09", "2019-03-15", "2019");
  }

  @Test
  void theYearFacetAndTheConcordanceCountEveryPrecisionInItsYear() throws IOException {
    SearchResult r =
        archive.search(
            SearchRequest.builder(treaty().build())
                .withFacets(List.of("year"))
                .withLimit(0)
                .build());
    assertThat(r.facets().get("year").values())
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("2018", 1L),
            org.assertj.core.groups.Tuple.tuple("2019", 5L),
            org.assertj.core.groups.Tuple.tuple("2020", 2L));
    assertThat(r.facets().get("year").missing()).isEqualTo(1);

    KwicSummary summary =
        archive.kwic(
            new KwicRequest(
                treaty().build(), 3, KwicRequest.Sort.DATE_ASC, 0, KwicRequest.Group.YEAR),
            line -> {});
    assertThat(summary.groups())
        .isEqualTo(Map.of("2018", 1L, "2019", 5L, "2020", 2L, KwicSummary.NO_VALUE, 1L));
    List<KwicLine> lines = new ArrayList<>();
    archive.kwic(
        new KwicRequest(
            range("2019-01-01", "2019-12-31"),
            3,
            KwicRequest.Sort.DATE_ASC,
            0,
            KwicRequest.Group.NONE),
        lines::add);
    assertThat(lines)
        .extracting(l -> l.published().toString())
        .containsExactly(
            "2019", "2019-03-15", "2019-09", "2019-09-24T10:00:30", "2019-12-31T23:30+03:00");
  }
}
