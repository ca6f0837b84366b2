package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The concordance, timeline and export contract, for every backend: a backend's test extends this
 * class and says how to get a fresh location and open an archive there.
 *
 * <p>Every statement and text here is invented for the tests.
 */
public abstract class ConcordanceContractTest extends BackendTest {

  private final Map<String, Statement> stored = new HashMap<>();

  @BeforeEach
  void fill() throws IOException {
    for (Statement s : corpus()) {
      archive.add(s);
      stored.put(s.id(), s);
    }
    archive.commit();
  }

  // ---- invented statements ---------------------------------------------------------------------

  protected static Statement statement(String body, UnaryOperator<Statement.Builder> more) {
    Statement.Builder b = statementFrom(sha256(body), body, Instant.parse("2026-01-01T00:00:00Z"));
    return more.apply(b).build();
  }

  static final Statement HARBOUR =
      statement(
          "The minister spoke about freedom of navigation in the northern straits.\n\n"
              + "Navigation must stay open, she said; naval patrols will continue.\n\n"
              + "Our navy respects every rule of navigation.",
          b ->
              b.withTitle("Remarks on the straits")
                  .withLanguage("en")
                  .withPublished(Published.of(LocalDateTime.of(2020, 3, 5, 10, 0)))
                  .withSpeaker(new Speaker("Anna Example", "Spokesperson")));

  static final Statement SUMMIT =
      statement(
          "We discussed navigation and trade.\n\nFreedom of navigation is not negotiable.",
          b ->
              b.withTitle("Press conference after the summit")
                  .withLanguage("en")
                  .withPublished(Published.of(LocalDate.of(2021, 7, 1)))
                  .withSpeaker(new Speaker("Boris Sample", "Foreign Minister")));

  static final Statement SPRING =
      statement(
          "Navigation on the river opens in April. Safe navigation matters to farmers.",
          b ->
              b.withTitle("Briefing on river transport")
                  .withLanguage("en")
                  .withPublished(Published.of(LocalDate.of(2020, 3, 20)))
                  .withSpeaker(new Speaker("Anna Example", "Spokesperson")));

  static final Statement UNDATED =
      statement(
          "Question: and navigation?\n\nAnswer: navigation is a matter for the coastal states.",
          b -> b.withTitle("Interview").withLanguage("en"));

  static final Statement RUSSIAN =
      statement(
          "Министр говорил о свободе судоходства.\n\nСудоходство в проливах должно быть безопасным.",
          b ->
              b.withTitle("Выступление министра")
                  .withLanguage("ru")
                  .withPublished(Published.of(LocalDate.of(2021, 7, 2)))
                  .withSpeaker(new Speaker("Вера Пример", null)));

  static final Statement TITLE_ONLY =
      statement(
          "The delegation arrived on Tuesday and met the hosts.",
          b ->
              b.withTitle("Navigation talks begin")
                  .withLanguage("en")
                  .withPublished(Published.of(LocalDate.of(2022, 1, 10))));

  protected List<Statement> corpus() {
    return List.of(HARBOUR, SUMMIT, SPRING, UNDATED, RUSSIAN, TITLE_ONLY);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  protected static Selection query(String q) {
    return Selection.of(q);
  }

  protected List<KwicLine> lines(KwicRequest request, KwicSummary[] summary) throws IOException {
    List<KwicLine> lines = new ArrayList<>();
    KwicSummary s = archive.kwic(request, lines::add);
    if (summary != null) {
      summary[0] = s;
    }
    assertThat(s.lines()).isEqualTo(lines.size());
    return lines;
  }

  protected List<KwicLine> lines(KwicRequest request) throws IOException {
    return lines(request, null);
  }

  /** Asserts each line is exact body text: left + match + right around [start, end). */
  protected void assertExact(List<KwicLine> lines) {
    for (KwicLine line : lines) {
      String body = stored.get(line.statementId()).body();
      assertThat(body.substring(line.start(), line.end())).isEqualTo(line.match());
      assertThat(
              body.substring(
                  line.start() - line.left().length(), line.end() + line.right().length()))
          .isEqualTo(line.left() + line.match() + line.right());
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static long occurrences(String body, Pattern p) {
    return p.matcher(body).results().count();
  }

  // ---- concordance -----------------------------------------------------------------------------

  @Test
  void everyMatchInEveryBodyIsALineOfExactText() throws IOException {
    KwicSummary[] summary = new KwicSummary[1];
    List<KwicLine> lines = lines(KwicRequest.of(query("navigation")), summary);
    assertExact(lines);
    Pattern word = Pattern.compile("(?i)\\bnavigation\\b");
    long expected =
        corpus().stream().mapToLong(s -> occurrences(s.body(), word)).sum(); // bodies only
    assertThat(lines).hasSize((int) expected);
    assertThat(lines).allSatisfy(l -> assertThat(l.match()).isEqualToIgnoringCase("navigation"));
    assertThat(summary[0].statements()).isEqualTo(4); // the title-only match gives no line
    assertThat(summary[0].limitReached()).isFalse();
    KwicLine first =
        lines.stream().filter(l -> l.statementId().equals(HARBOUR.id())).findFirst().orElseThrow();
    assertThat(first.left()).isEqualTo("The minister spoke about freedom of ");
    assertThat(first.right()).isEqualTo(" in the northern straits.\n\nNavigation must stay open");
    assertThat(first.title()).isEqualTo("Remarks on the straits");
    assertThat(first.speaker()).isEqualTo("Anna Example");
    assertThat(first.published()).isEqualTo(HARBOUR.published());
  }

  @Test
  void contextIsTheRequestedNumberOfWordsOnEachSide() throws IOException {
    List<KwicLine> lines = lines(KwicRequest.of(query("navigation")).withContextWords(3));
    assertExact(lines);
    for (KwicLine line : lines) {
      String body = stored.get(line.statementId()).body();
      int before = words(body.substring(0, line.start())).size();
      int after = words(body.substring(line.end())).size();
      assertThat(words(line.left())).hasSize(Math.min(3, before));
      assertThat(words(line.right())).hasSize(Math.min(3, after));
      if (before >= 3) {
        assertThat(Character.isLetterOrDigit(line.left().charAt(0))).isTrue();
      }
      if (after >= 3) {
        assertThat(Character.isLetterOrDigit(line.right().charAt(line.right().length() - 1)))
            .isTrue();
      }
    }
  }

  @Test
  void aPhraseIsOneLineSpanningTheWholePhrase() throws IOException {
    List<KwicLine> lines = lines(KwicRequest.of(query("\"freedom of navigation\"")));
    assertExact(lines);
    assertThat(lines)
        .extracting(KwicLine::match)
        .containsExactlyInAnyOrder("freedom of navigation", "Freedom of navigation");
  }

  @Test
  void aWildcardGivesTheSpanOfEachWordItMatches() throws IOException {
    List<KwicLine> lines = lines(KwicRequest.of(query("nav*")));
    assertExact(lines);
    long expected =
        corpus().stream()
            .mapToLong(s -> occurrences(s.body(), Pattern.compile("(?i)\\bnav\\p{L}*")))
            .sum();
    assertThat(lines).hasSize((int) expected);
    assertThat(lines)
        .extracting(l -> l.match().toLowerCase(Locale.ROOT))
        .contains("naval", "navy", "navigation");
  }

  @Test
  void proximityAndFuzzyQueriesGiveTheirExactSpans() throws IOException {
    List<KwicLine> near = lines(KwicRequest.of(query("\"freedom navigation\"~2")));
    assertExact(near);
    assertThat(near)
        .extracting(KwicLine::match)
        .containsExactlyInAnyOrder("freedom of navigation", "Freedom of navigation");
    // Fuzzy terms are matched against word forms as written (lower case), never stems.
    List<KwicLine> fuzzy = lines(KwicRequest.of(query("navigaton~1")));
    assertExact(fuzzy);
    assertThat(fuzzy).hasSize(9);
    assertThat(fuzzy).allSatisfy(l -> assertThat(l.match()).isEqualToIgnoringCase("navigation"));
  }

  @Test
  void overlappingMatchesOfOneSpanAreOneLine() throws IOException {
    List<KwicLine> once = lines(KwicRequest.of(query("navigation")));
    List<KwicLine> twice = lines(KwicRequest.of(query("navigation OR navig* OR body:navigation")));
    assertThat(twice).isEqualTo(once);
  }

  @Test
  void eachStatementIsConcordancedInItsOwnLanguage() throws IOException {
    List<KwicLine> lines = lines(KwicRequest.of(query("судоходство")));
    assertExact(lines);
    // The Russian analyzer matches both inflected forms.
    assertThat(lines).extracting(KwicLine::match).containsExactly("судоходства", "Судоходство");
    assertThat(lines).allSatisfy(l -> assertThat(l.language()).isEqualTo("ru"));
  }

  @Test
  void sortedByLeftAndRightContextWords() throws IOException {
    for (KwicRequest.Sort sort :
        List.of(
            KwicRequest.Sort.LEFT_1,
            KwicRequest.Sort.LEFT_2,
            KwicRequest.Sort.RIGHT_1,
            KwicRequest.Sort.RIGHT_3)) {
      List<KwicLine> lines = lines(KwicRequest.of(query("navigation")).withSort(sort));
      assertExact(lines);
      assertThat(lines).hasSize(9);
      List<String> keys = new ArrayList<>();
      for (KwicLine line : lines) {
        int n = sort.wordIndex();
        if (sort.name().startsWith("LEFT")) {
          List<String> w = words(line.left());
          keys.add(w.size() >= n ? w.get(w.size() - n) : "");
        } else {
          List<String> w = words(line.right());
          keys.add(w.size() >= n ? w.get(n - 1) : "");
        }
      }
      assertThat(keys).as(sort.name()).isSorted();
      assertThat(new java.util.HashSet<>(keys)).as(sort.name()).hasSizeGreaterThan(3);
    }
  }

  @Test
  void sortedByDateOldestOrNewestFirstUndatedLast() throws IOException {
    List<KwicLine> asc =
        lines(KwicRequest.of(query("navigation")).withSort(KwicRequest.Sort.DATE_ASC));
    List<KwicLine> desc =
        lines(KwicRequest.of(query("navigation")).withSort(KwicRequest.Sort.DATE_DESC));
    assertExact(asc);
    assertThat(asc).hasSize(9).hasSameSizeAs(desc);
    assertThat(asc.get(asc.size() - 1).published()).isNull();
    assertThat(desc.get(desc.size() - 1).published()).isNull();
    List<Published> ascDates =
        asc.stream().map(KwicLine::published).filter(p -> p != null).toList();
    List<Published> descDates =
        desc.stream().map(KwicLine::published).filter(p -> p != null).toList();
    assertThat(ascDates).isSorted().hasSize(7);
    assertThat(descDates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    // Lines of one statement stay in body order.
    for (int i = 1; i < asc.size(); i++) {
      if (asc.get(i).statementId().equals(asc.get(i - 1).statementId())) {
        assertThat(asc.get(i).start()).isGreaterThan(asc.get(i - 1).start());
      }
    }
  }

  @Test
  void groupsCountTheDeliveredLinesBySpeakerOrYear() throws IOException {
    KwicSummary[] bySpeaker = new KwicSummary[1];
    lines(KwicRequest.of(query("navigation")).withGroupBy(KwicRequest.Group.SPEAKER), bySpeaker);
    assertThat(bySpeaker[0].groups())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("Anna Example", 5L, "Boris Sample", 2L, KwicSummary.NO_VALUE, 2L));
    KwicSummary[] byYear = new KwicSummary[1];
    lines(KwicRequest.of(query("navigation")).withGroupBy(KwicRequest.Group.YEAR), byYear);
    assertThat(byYear[0].groups())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("2020", 5L, "2021", 2L, KwicSummary.NO_VALUE, 2L));
    for (KwicSummary s : List.of(bySpeaker[0], byYear[0])) {
      assertThat(s.groups().values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(s.lines());
    }
  }

  @Test
  void aLimitStopsDeliveryAndIsReported() throws IOException {
    for (KwicRequest.Sort sort :
        List.of(KwicRequest.Sort.NONE, KwicRequest.Sort.DATE_DESC, KwicRequest.Sort.RIGHT_1)) {
      KwicSummary[] summary = new KwicSummary[1];
      List<KwicLine> limited =
          lines(KwicRequest.of(query("navigation")).withSort(sort).withLimit(3), summary);
      assertThat(limited).as(sort.name()).hasSize(3);
      assertThat(summary[0].limitReached()).as(sort.name()).isTrue();
      List<KwicLine> all = lines(KwicRequest.of(query("navigation")).withSort(sort));
      assertThat(limited).isEqualTo(all.subList(0, 3));
      KwicSummary[] exact = new KwicSummary[1];
      lines(KwicRequest.of(query("navigation")).withSort(sort).withLimit(9), exact);
      assertThat(exact[0].lines()).isEqualTo(9);
      assertThat(exact[0].limitReached()).as("exactly as many as exist").isFalse();
    }
  }

  @Test
  void filtersOfTheSelectionApply() throws IOException {
    Selection in2020 =
        Selection.builder("navigation")
            .withFrom(LocalDate.of(2020, 1, 1))
            .withTo(LocalDate.of(2020, 12, 31))
            .build();
    List<KwicLine> lines = lines(KwicRequest.of(in2020));
    assertThat(lines).hasSize(5);
    assertThat(lines).allSatisfy(l -> assertThat(l.published().year()).isEqualTo(2020));
  }

  @Test
  void aConcordanceNeedsAQueryAndAWidth() {
    assertThatThrownBy(() -> KwicRequest.of(query("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a query");
    assertThatThrownBy(() -> KwicRequest.of(query("x")).withContextWords(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 word");
    assertThatThrownBy(() -> archive.kwic(KwicRequest.of(query("navigation AND (")), l -> {}))
        .isInstanceOf(QuerySyntaxException.class);
  }

  @Test
  void aLongBodyIsConcordancedWhole() throws IOException {
    StringBuilder body = new StringBuilder();
    int paragraph = 0;
    while (body.length() < 120_000) {
      body.append("Paragraph ")
          .append(paragraph++)
          .append(": the committee reviewed the estuary survey and the harbour accounts")
          .append(paragraph % 50 == 0 ? ", and the lighthouse keeper reported." : ".")
          .append("\n\n");
    }
    body.append("Finally the lighthouse was repainted.");
    Statement longOne =
        statement(body.toString(), b -> b.withLanguage("en").withTitle("Long minutes"));
    archive.add(longOne);
    archive.commit();
    stored.put(longOne.id(), longOne);
    List<KwicLine> lines = lines(KwicRequest.of(query("lighthouse")));
    assertExact(lines);
    assertThat(longOne.body().length()).isGreaterThan(120_000);
    assertThat(lines).hasSize((int) occurrences(longOne.body(), Pattern.compile("lighthouse")));
    assertThat(lines.get(lines.size() - 1).start())
        .isEqualTo(longOne.body().lastIndexOf("lighthouse"));
    assertThat(lines.get(lines.size() - 1).right()).isEqualTo(" was repainted.");
  }

  // ---- timeline --------------------------------------------------------------------------------

  @Test
  void timelineBucketsPlusUndatedEqualTheSearchTotal() throws IOException {
    for (String q : List.of("", "navigation", "судоходство OR navigation", "-navigation")) {
      long total = archive.search(SearchRequest.builder(q).withLimit(0).build()).total();
      for (Timeline.Interval interval : Timeline.Interval.values()) {
        Timeline t = archive.timeline(query(q), interval, Timeline.Split.NONE);
        assertThat(t.total()).as(q + " " + interval).isEqualTo(total);
        assertThat(t.dated() + t.undated()).as(q + " " + interval).isEqualTo(total);
      }
    }
    Timeline byMonth =
        archive.timeline(query("navigation"), Timeline.Interval.MONTH, Timeline.Split.NONE);
    assertThat(byMonth.buckets())
        .containsExactly(
            new Timeline.Bucket("2020-03", null, 2),
            new Timeline.Bucket("2021-07", null, 1),
            new Timeline.Bucket("2022-01", null, 1));
    assertThat(byMonth.undated()).isEqualTo(1);
    Timeline byDay = archive.timeline(query(""), Timeline.Interval.DAY, Timeline.Split.NONE);
    assertThat(byDay.buckets())
        .extracting(Timeline.Bucket::period)
        .containsExactly("2020-03-05", "2020-03-20", "2021-07-01", "2021-07-02", "2022-01-10");
  }

  @Test
  void timelineSplitsByLanguageOrSpeakerAndStillSumsToTheTotal() throws IOException {
    Timeline byLanguage =
        archive.timeline(query(""), Timeline.Interval.YEAR, Timeline.Split.LANGUAGE);
    assertThat(byLanguage.buckets())
        .containsExactly(
            new Timeline.Bucket("2020", "en", 2),
            new Timeline.Bucket("2021", "en", 1),
            new Timeline.Bucket("2021", "ru", 1),
            new Timeline.Bucket("2022", "en", 1));
    assertThat(byLanguage.dated() + byLanguage.undated()).isEqualTo(corpus().size());
    Timeline bySpeaker =
        archive.timeline(query(""), Timeline.Interval.YEAR, Timeline.Split.SPEAKER);
    assertThat(bySpeaker.buckets())
        .containsExactly(
            new Timeline.Bucket("2020", "Anna Example", 2),
            new Timeline.Bucket("2021", "Boris Sample", 1),
            new Timeline.Bucket("2021", "Вера Пример", 1),
            new Timeline.Bucket("2022", null, 1));
    assertThat(bySpeaker.dated() + bySpeaker.undated()).isEqualTo(corpus().size());
  }

  // ---- export ----------------------------------------------------------------------------------

  @Test
  void exportDeliversEveryMatchingStatementComplete() throws IOException {
    for (String q : List.of("", "navigation", "mention:XYZ")) {
      Selection selection = Selection.of(q);
      List<Statement> exported = new ArrayList<>();
      archive.export(selection, SearchSort.RELEVANCE, exported::add);
      long total = archive.search(SearchRequest.builder(q).withLimit(0).build()).total();
      assertThat(exported).as(q).hasSize((int) total);
      for (Statement s : exported) {
        assertThat(s).isEqualTo(stored.get(s.id()));
      }
    }
  }

  @Test
  void exportInDateOrderWhenAsked() throws IOException {
    List<Statement> exported = new ArrayList<>();
    archive.export(Selection.ALL, SearchSort.DATE_ASC, exported::add);
    assertThat(exported).hasSize(corpus().size());
    assertThat(exported.get(exported.size() - 1).published()).isNull();
    assertThat(exported.subList(0, exported.size() - 1))
        .extracting(Statement::published)
        .isSorted();
  }

  // ---- time budget -----------------------------------------------------------------------------

  @Test
  void readsPastTheirBudgetThrowAndNeverAnswerInPart() throws Exception {
    List<Read> reads =
        List.of(
            () -> archive.search(SearchRequest.builder("navigation").build()),
            () -> archive.kwic(KwicRequest.of(Selection.of("navigation")), line -> {}),
            () -> archive.timeline(Selection.ALL, Timeline.Interval.YEAR, Timeline.Split.NONE),
            () -> {
              archive.export(Selection.ALL, SearchSort.RELEVANCE, s -> {});
              return null;
            },
            () -> archive.keyness(KeynessRequest.of(Selection.of("navigation"), "en", 10)),
            () ->
                archive.collocations(
                    new CollocationRequest(Selection.ALL, "navigation", "en", 5, 1, 10)));
    for (Read read : reads) {
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(read::call)
            .isInstanceOf(ArchiveTimeoutException.class)
            .hasMessageContaining("interrupted");
      } finally {
        Thread.interrupted();
      }
      assertThatThrownBy(
              () ->
                  WorkBudget.call(
                      java.time.Duration.ofNanos(1),
                      () -> {
                        read.call();
                        return null;
                      }))
          .isInstanceOf(ArchiveTimeoutException.class)
          .hasMessageContaining("1 ms");
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
      WorkBudget.call(
          java.time.Duration.ofMinutes(5),
          () -> {
            read.call(); // a budget not spent changes nothing
            return null;
          });
    }
  }

  /** A read of the archive. */
  @FunctionalInterface
  private interface Read {
    Object call() throws Exception;
  }
}
