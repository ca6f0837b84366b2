package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.model.EntityCount;
import io.verbatim.model.EntityKind;
import io.verbatim.model.Genre;
import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Search filters, facets, cursor paging and snippets, for every backend: a backend's test extends
 * this class and says how to open a fresh archive.
 *
 * <p>Every statement and text here is invented for the tests.
 */
public abstract class SearchContractTest extends BackendTest {

  // ---- a small corpus with every filtered field -------------------------------------------------

  private static EntityCount mention(String id, EntityKind kind, String body, String word) {
    int at = body.indexOf(word);
    if (at < 0) {
      throw new AssertionError(word + " not in " + body);
    }
    return new EntityCount(id, kind, 1, 0, List.of(new EntityCount.Span(at, at + word.length())));
  }

  private static Statement make(String body, String format, UnaryOperator<Statement.Builder> more) {
    return ArchiveContractTest.statement(
        body,
        b -> {
          Statement.Builder x = more.apply(b);
          Source s = x.build().source();
          return x.withSource(
              new Source(s.path(), format, s.sha256(), s.fileSha256(), null, s.ingestedAt()));
        });
  }

  private static final String B1 = "Norland and Estovia signed a fisheries accord in the harbour.";
  private static final String B2 = "The minister answered questions on Norland grain exports.";
  private static final String B3 = "Estovia hosted talks on river shipping and harbour fees.";
  private static final String B4 = "A press release on the opening of a consulate in Port Vell.";
  private static final String B5 = "Greetings to the participants of the harbour festival.";
  private static final String B6 = "Remarks without a date about the harbour of Norland.";

  /** Six statements: id by index 1..6 in {@link #ids}. */
  private final List<Statement> corpus =
      List.of(
          make(
              B1,
              "capture",
              b ->
                  b.withLanguage("en")
                      .withTitle("Fisheries accord signed")
                      .withPublished(Published.of(LocalDate.of(2019, 5, 1)))
                      .withSpeaker(new Speaker("Ilse Marrow", "Foreign Minister"))
                      .withGenre(Genre.STATEMENT)
                      .withPlace("Port Vell")
                      .withMentions(
                          List.of(
                              mention("NRL", EntityKind.COUNTRY, B1, "Norland"),
                              mention("EST", EntityKind.COUNTRY, B1, "Estovia")))),
          make(
              B2,
              "capture",
              b ->
                  b.withLanguage("en")
                      .withTitle("Answers on grain")
                      .withPublished(Published.of(LocalDate.of(2020, 2, 3)))
                      .withSpeaker(new Speaker("Ilse Marrow", "Foreign Minister"))
                      .withGenre(Genre.INTERVIEW)
                      .withPlace("Lindhaven")
                      .withMentions(List.of(mention("NRL", EntityKind.COUNTRY, B2, "Norland")))),
          make(
              B3,
              "ungdc",
              b ->
                  b.withLanguage("en")
                      .withTitle("River talks")
                      .withPublished(Published.of(LocalDate.of(2020, 9, 9)))
                      .withSpeaker(new Speaker("Tomas Reed", "Spokesperson"))
                      .withGenre(Genre.BRIEFING)
                      .withMentions(List.of(mention("EST", EntityKind.COUNTRY, B3, "Estovia")))),
          make(
              B4,
              "html",
              b ->
                  b.withLanguage("en")
                      .withTitle("Consulate opening")
                      .withPublished(Published.of(LocalDate.of(2021, 1, 15)))
                      .withGenre(Genre.PRESS_RELEASE)
                      .withPlace("Port Vell")),
          make(
              B5,
              "ungdc",
              b ->
                  b.withLanguage("fr")
                      .withPublished(Published.of(LocalDate.of(2021, 6, 30)))
                      .withSpeaker(new Speaker("Tomas Reed", "Deputy Minister"))
                      .withGenre(Genre.GREETINGS)),
          make(
              B6,
              "capture",
              b ->
                  b.withLanguage("en")
                      .withSpeaker(new Speaker("Ilse Marrow", null))
                      .withGenre(Genre.REMARKS)
                      .withMentions(List.of(mention("NRL", EntityKind.COUNTRY, B6, "Norland")))));

  private void addCorpus() throws IOException {
    for (Statement s : corpus) {
      archive.add(s);
    }
    archive.commit();
  }

  /** The ids of corpus statements by 1-based number. */
  private Set<String> ids(int... numbers) {
    Set<String> ids = new TreeSet<>();
    for (int n : numbers) {
      ids.add(corpus.get(n - 1).id());
    }
    return ids;
  }

  private static Set<String> idsOf(SearchResult r) {
    Set<String> ids = new TreeSet<>();
    r.hits().forEach(h -> ids.add(h.id()));
    return ids;
  }

  private SearchResult run(SearchRequest.Builder b) throws IOException {
    return archive.search(b.withLimit(100).build());
  }

  private static SearchRequest.Builder all() {
    return SearchRequest.builder("");
  }

  // ---- filters ---------------------------------------------------------------------------------

  /**
   * One person, one speaker: three pages print Lavrov's name three ways, in two scripts, with his
   * person id as ingest resolves it; two print an unknown John Smith two ways; one speaker was
   * never resolved. Expected labels are the authority's preferred name ({@code people.tsv}: Sergey
   * Lavrov), the unknown name without its title and capitals, and the printed name.
   */
  @Test
  void speakersAreCountedSearchedAndFilteredByPerson() throws IOException {
    String lavrov = "person:sergey-lavrov";
    List<Statement> people =
        List.of(
            make("Talks on the harbour.", "capture", by("en", "Mr. Sergey V. Lavrov", lavrov)),
            make("Переговоры о гавани.", "capture", by("ru", "С.В.Лавров", lavrov)),
            make("Remarks on the harbour.", "html", by("en", "Sergei Lavrov", lavrov)),
            make("A note on the harbour.", "html", by("en", "Mr. John SMITH", "person:john-smith")),
            make("A reply on the harbour.", "html", by("en", "John Smith", "person:john-smith")),
            make("Words on the harbour.", "html", by("en", "Ivo Quill", null)));
    for (Statement s : people) {
      archive.add(s);
    }
    archive.commit();
    Set<String> lavrovIds = Set.of(people.get(0).id(), people.get(1).id(), people.get(2).id());

    FacetCounts speakers =
        archive.search(all().withFacets(List.of("speaker")).build()).facets().get("speaker");
    assertThat(asMap(speakers))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("Sergey Lavrov", 3L, "John Smith", 2L, "Ivo Quill", 1L));

    for (String q :
        List.of(
            "speaker:Lavrov",
            "speaker:Лавров",
            "speaker:\"Sergei Lavrov\"",
            "speaker:\"Sergey Lavrov\"",
            "speaker:\"Сергей Лавров\"")) {
      assertThat(idsOf(run(SearchRequest.builder(q)))).as(q).isEqualTo(lavrovIds);
    }
    for (String value :
        List.of("Sergey Lavrov", lavrov, "Lavrov", "Лавров", "Sergei Lavrov", "Mr. S. V. Lavrov")) {
      assertThat(idsOf(run(all().withSpeakers(List.of(value))))).as(value).isEqualTo(lavrovIds);
    }
    assertThat(run(all().withSpeakers(List.of("John Smith"))).total()).isEqualTo(2);
    assertThat(run(all().withSpeakers(List.of("Mr. JOHN SMITH"))).total()).isEqualTo(2);
    assertThat(run(all().withSpeakers(List.of("Ivo Quill"))).total()).isEqualTo(1);
    assertThat(run(all().withSpeakers(List.of("Ivo Quill", "Lavrov"))).total()).isEqualTo(4);
    // The records keep the names as printed.
    assertThat(archive.get(people.get(1).id()).orElseThrow().speaker().name())
        .isEqualTo("С.В.Лавров");
  }

  private static UnaryOperator<Statement.Builder> by(String language, String name, String id) {
    return b -> b.withLanguage(language).withSpeaker(new Speaker(name, null, id));
  }

  @Test
  void eachFilterKeepsOnlyStatementsWithThatValue() throws IOException {
    addCorpus();
    assertThat(idsOf(run(all().withSpeakers(List.of("Ilse Marrow"))))).isEqualTo(ids(1, 2, 6));
    assertThat(idsOf(run(all().withRoles(List.of("Spokesperson"))))).isEqualTo(ids(3));
    assertThat(idsOf(run(all().withGenres(List.of("press release"))))).isEqualTo(ids(4));
    assertThat(idsOf(run(all().withGenres(List.of("PRESS_RELEASE"))))).isEqualTo(ids(4));
    assertThat(idsOf(run(all().withPlaces(List.of("Port Vell"))))).isEqualTo(ids(1, 4));
    assertThat(idsOf(run(all().withFormats(List.of("ungdc"))))).isEqualTo(ids(3, 5));
    assertThat(idsOf(run(all().withMentions(List.of("EST"))))).isEqualTo(ids(1, 3));
    assertThat(idsOf(run(all().withLanguage("fr")))).isEqualTo(ids(5));
    assertThat(
            idsOf(run(all().withFrom(LocalDate.of(2020, 1, 1)).withTo(LocalDate.of(2020, 12, 31)))))
        .isEqualTo(ids(2, 3));
  }

  @Test
  void filterValuesAreExactNotAnalysed() throws IOException {
    addCorpus();
    assertThat(run(all().withSpeakers(List.of("Marrow"))).total()).isZero();
    assertThat(run(all().withPlaces(List.of("port vell"))).total()).isZero();
    assertThat(run(all().withMentions(List.of("nrl"))).total()).isZero();
  }

  @Test
  void valuesOfOneFieldAreOredAndFieldsAreAnded() throws IOException {
    addCorpus();
    assertThat(idsOf(run(all().withGenres(List.of("interview", "briefing"))))).isEqualTo(ids(2, 3));
    assertThat(
            idsOf(
                run(
                    all()
                        .withSpeakers(List.of("Ilse Marrow", "Tomas Reed"))
                        .withMentions(List.of("NRL")))))
        .isEqualTo(ids(1, 2, 6));
    assertThat(
            idsOf(
                run(
                    all()
                        .withSpeakers(List.of("Ilse Marrow", "Tomas Reed"))
                        .withMentions(List.of("NRL"))
                        .withPlaces(List.of("Port Vell", "Lindhaven")))))
        .isEqualTo(ids(1, 2));
    assertThat(
            idsOf(run(SearchRequest.builder("harbour").withFormats(List.of("ungdc", "capture")))))
        .isEqualTo(ids(1, 3, 5, 6));
    assertThat(
            run(all().withSpeakers(List.of("Tomas Reed")).withRoles(List.of("Foreign Minister")))
                .total())
        .isZero();
  }

  @Test
  void anUnknownGenreNamesTheKnownOnes() {
    assertThatThrownBy(() -> all().withGenres(List.of("sermon")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown genre 'sermon'")
        .hasMessageContaining("press release");
  }

  // ---- facets ----------------------------------------------------------------------------------

  @Test
  void singleValuedFacetsSumToTheTotal() throws IOException {
    addCorpus();
    for (SearchRequest.Builder b :
        List.of(all(), SearchRequest.builder("harbour"), all().withFormats(List.of("capture")))) {
      SearchResult r =
          archive.search(b.withFacets(SearchRequest.FACET_FIELDS).withFacetLimit(2).build());
      assertThat(r.facets().keySet()).containsExactlyElementsOf(SearchRequest.FACET_FIELDS);
      for (FacetCounts f : r.facets().values()) {
        if (!f.field().equals("mention")) {
          assertThat(f.sum()).as(f.field()).isEqualTo(r.total());
        }
        assertThat(f.values()).hasSizeLessThanOrEqualTo(2);
      }
    }
  }

  @Test
  void facetsListTopValuesByCountThenValueWithOtherAndMissing() throws IOException {
    addCorpus();
    SearchResult r =
        archive.search(
            all()
                .withFacets(List.of("speaker", "place", "year", "format", "genre"))
                .withFacetLimit(1)
                .build());
    assertThat(r.total()).isEqualTo(6);
    FacetCounts speaker = r.facets().get("speaker");
    assertThat(speaker.values()).containsExactly(new FacetValue("Ilse Marrow", 3));
    assertThat(speaker.other()).isEqualTo(2);
    assertThat(speaker.missing()).isEqualTo(1);
    FacetCounts place = r.facets().get("place");
    assertThat(place.values()).containsExactly(new FacetValue("Port Vell", 2));
    assertThat(place.other()).isEqualTo(1);
    assertThat(place.missing()).isEqualTo(3);
    FacetCounts year = r.facets().get("year");
    // 2020 and 2021 both have 2: the tie goes to the smaller value.
    assertThat(year.values()).containsExactly(new FacetValue("2020", 2));
    assertThat(year.other()).isEqualTo(3);
    assertThat(year.missing()).isEqualTo(1);
    assertThat(r.facets().get("format").values()).containsExactly(new FacetValue("capture", 3));
    assertThat(r.facets().get("genre").values()).hasSize(1);
    assertThat(r.facets().get("genre").other()).isEqualTo(5);
  }

  /** Facet values and counts as a map, with "(missing)" for statements without a value. */
  private static Map<String, Long> asMap(FacetCounts f) {
    Map<String, Long> m = new java.util.TreeMap<>();
    f.values().forEach(v -> m.put(v.value(), v.count()));
    if (f.missing() > 0) {
      m.put("(missing)", f.missing());
    }
    assertThat(f.other()).isZero();
    return m;
  }

  /** The facet counts a plain count over {@code statements} gives. */
  private static Map<String, Long> counted(List<Statement> statements, String facet) {
    Map<String, Long> m = new java.util.TreeMap<>();
    for (Statement s : statements) {
      List<String> values =
          switch (facet) {
            case "speaker" -> s.speaker() == null ? List.of() : List.of(s.speaker().name());
            case "year" ->
                s.published() == null ? List.of() : List.of(String.valueOf(s.published().year()));
            case "mention" -> s.mentions().stream().map(EntityCount::entityId).toList();
            default -> throw new AssertionError(facet);
          };
      if (values.isEmpty()) {
        m.merge("(missing)", 1L, Long::sum);
      }
      values.forEach(v -> m.merge(v, 1L, Long::sum));
    }
    return m;
  }

  @Test
  void facetsEqualAPlainCountWhetherFewOrMostStatementsMatch() throws IOException {
    addCorpus();
    List<Statement> stored = new ArrayList<>(corpus);
    for (int round = 0; round < 2; round++) {
      // all, most (4 of 6 say harbour), some and one statement
      for (String q : List.of("", "harbour", "norland", "consulate")) {
        SearchResult r =
            run(
                SearchRequest.builder(q)
                    .withFacets(List.of("speaker", "year", "mention"))
                    .withFacetLimit(50));
        List<Statement> hits = stored.stream().filter(st -> idsOf(r).contains(st.id())).toList();
        assertThat(hits).hasSize((int) r.total());
        for (String facet : List.of("speaker", "year", "mention")) {
          assertThat(asMap(r.facets().get(facet)))
              .as("%s of '%s' in round %d", facet, q, round)
              .isEqualTo(counted(hits, facet));
        }
      }
      // again without the first statement (a deleted document in the index)
      assertThat(archive.delete(stored.remove(0).id())).isTrue();
      archive.commit();
    }
  }

  @Test
  void facetsAreTheSameWhenStatementsArriveInManyCommits() throws IOException {
    addCorpus();
    SearchRequest request =
        all().withFacets(List.of("speaker", "place", "year", "mention")).withFacetLimit(2).build();
    Map<String, FacetCounts> once = archive.search(request).facets();
    // the same statements again, one commit each (several segments in an index)
    archive.close();
    location = newLocation();
    archive = openArchive(location);
    for (Statement s : corpus) {
      archive.add(s);
      archive.commit();
    }
    assertThat(archive.search(request).facets()).isEqualTo(once);
  }

  @Test
  void facetsCountOnlyMatchingStatementsAndMentionsAreMultiValued() throws IOException {
    addCorpus();
    SearchResult r =
        archive.search(
            all()
                .withMentions(List.of("NRL", "EST"))
                .withMentionMatch(Selection.MentionMatch.ANY)
                .withFacets(List.of("mention"))
                .build());
    assertThat(r.total()).isEqualTo(4);
    FacetCounts m = r.facets().get("mention");
    assertThat(m.values()).containsExactly(new FacetValue("NRL", 3), new FacetValue("EST", 2));
    assertThat(m.missing()).isZero();
    assertThat(m.sum()).isEqualTo(5).isGreaterThan(r.total());

    SearchResult noMentions = archive.search(all().withFacets(List.of("mention")).build());
    assertThat(noMentions.facets().get("mention").missing()).isEqualTo(2);
  }

  @Test
  void severalMentionedEntitiesAreAllRequiredUnlessAnyIsAsked() throws IOException {
    addCorpus();
    // Norland is mentioned by statements 1, 2 and 6; Estovia by 1 and 3.
    assertThat(idsOf(run(all().withMentions(List.of("NRL", "EST"))))).isEqualTo(ids(1));
    assertThat(
            idsOf(
                run(
                    all()
                        .withMentions(List.of("NRL", "EST"))
                        .withMentionMatch(Selection.MentionMatch.ANY))))
        .isEqualTo(ids(1, 2, 3, 6));
    assertThat(idsOf(run(all().withMentions(List.of("NRL"))))).isEqualTo(ids(1, 2, 6));
  }

  @Test
  void facetsComeWithAPageOfNoHits() throws IOException {
    addCorpus();
    SearchResult r = archive.search(all().withLimit(0).withFacets(List.of("language")).build());
    assertThat(r.hits()).isEmpty();
    assertThat(r.nextCursor()).isNull();
    assertThat(r.facets().get("language").values())
        .containsExactly(new FacetValue("en", 5), new FacetValue("fr", 1));
  }

  @Test
  void anUnknownFacetFieldNamesTheKnownOnes() {
    assertThatThrownBy(() -> all().withFacets(List.of("colour")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown facet field 'colour'; known: language, genre, speaker, role, place, format,"
                + " year, mention");
  }

  // ---- paging ----------------------------------------------------------------------------------

  private static final int MANY = 2_500;

  private List<Statement> addMany() throws IOException {
    List<Statement> added = new ArrayList<>(MANY);
    for (int i = 0; i < MANY; i++) {
      int n = i;
      // Scores vary with how often "beacon" occurs and with length; many statements tie.
      String body =
          "Statement number "
              + n
              + " about the beacon"
              + " beacon".repeat(n % 7)
              + " and the coast"
              + " guard".repeat(n % 3)
              + ".";
      Statement s =
          ArchiveContractTest.statement(
              body,
              Instant.parse("2026-01-01T00:00:00Z"),
              b -> {
                b.withLanguage("en");
                if (n % 11 != 0) { // every eleventh is undated; many share a day
                  b.withPublished(Published.of(LocalDate.of(2000, 1, 1).plusDays(n % 400)));
                }
                return b;
              });
      archive.add(s);
      added.add(s);
    }
    archive.commit();
    return added;
  }

  private List<String> pageThrough(SearchRequest.Builder request, int pageSize) throws IOException {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      SearchResult r = archive.search(request.withLimit(pageSize).withCursor(cursor).build());
      assertThat(r.total()).isEqualTo(MANY);
      r.hits().forEach(h -> ids.add(h.id()));
      cursor = r.nextCursor();
      if (cursor == null) {
        assertThat(ids).hasSize(MANY);
      } else {
        assertThat(r.hits()).hasSize(pageSize);
      }
      assertThat(++pages).isLessThanOrEqualTo(MANY / pageSize + 1);
    } while (cursor != null);
    return ids;
  }

  @Test
  void cursorsPageThroughEveryHitExactlyOnceInOrder() throws IOException {
    List<Statement> added = addMany();
    Set<String> every = new HashSet<>();
    added.forEach(s -> every.add(s.id()));
    for (SearchSort sort : SearchSort.values()) {
      for (String query : List.of("beacon", "")) {
        SearchRequest.Builder request = SearchRequest.builder(query).withSort(sort);
        List<String> paged = pageThrough(request, 97);
        assertThat(new HashSet<>(paged)).as(sort + " " + query).isEqualTo(every);
        List<String> oneGo = new ArrayList<>();
        archive
            .search(SearchRequest.builder(query).withSort(sort).withLimit(MANY).build())
            .hits()
            .forEach(h -> oneGo.add(h.id()));
        assertThat(paged).as(sort + " " + query).isEqualTo(oneGo);
      }
    }
  }

  @Test
  void anOffsetPageGivesACursorForTheNextPage() throws IOException {
    addMany();
    SearchRequest.Builder q = SearchRequest.builder("beacon").withSort(SearchSort.DATE_ASC);
    SearchResult second = archive.search(q.withOffset(10).withLimit(10).build());
    SearchResult third = archive.search(q.withOffset(0).withCursor(second.nextCursor()).build());
    SearchResult offsetThird = archive.search(q.withCursor(null).withOffset(20).build());
    assertThat(third.hits()).isEqualTo(offsetThird.hits());
    SearchResult last = archive.search(q.withOffset(MANY - 5).build());
    assertThat(last.hits()).hasSize(5);
    assertThat(last.nextCursor()).isNull();
  }

  @Test
  void aCursorIsRefusedForAnotherOrderOrSelection() throws IOException {
    addCorpus();
    String cursor =
        archive.search(SearchRequest.builder("harbour").withLimit(1).build()).nextCursor();
    assertThat(cursor).isNotNull().matches("[A-Za-z0-9_-]+");
    assertThatThrownBy(
            () ->
                archive.search(
                    SearchRequest.builder("harbour")
                        .withSort(SearchSort.DATE_DESC)
                        .withCursor(cursor)
                        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sorted by relevance");
    assertThatThrownBy(
            () -> archive.search(SearchRequest.builder("fisheries").withCursor(cursor).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another query or other filters");
    assertThatThrownBy(
            () -> archive.search(SearchRequest.builder("harbour").withCursor("%%nonsense").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a search cursor");
    assertThatThrownBy(
            () -> SearchRequest.builder("harbour").withCursor(cursor).withOffset(3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not both");
  }

  // ---- snippets --------------------------------------------------------------------------------

  @Test
  void snippetsAreTheBestPassagesNotTheFirst() throws IOException {
    String body =
        "Early on the delegation mentioned the lighthouse only in passing, as an aside.\n\n"
            + "Then followed a long account of budgets, timetables and the weather that week.\n\n"
            + "Nothing in this paragraph concerns the subject of the query in any way at all.\n\n"
            + "The lighthouse keepers asked that the lighthouse lamp and lighthouse lens stay.\n\n"
            + "A lighthouse keeper said each lighthouse on the island needs a keeper lighthouse.";
    Statement s = ArchiveContractTest.statement(body, b -> b.withLanguage("en"));
    archive.add(s);
    archive.commit();
    SearchResult r = archive.search(SearchRequest.builder("lighthouse").build());
    String snippet = r.hits().get(0).markedSnippet("«", "»");
    assertThat(snippet).contains("«lighthouse»").contains("lamp").contains("island");
    assertThat(snippet).doesNotContain("aside");
  }

  @Test
  void facetsMapIsInRequestOrder() throws IOException {
    addCorpus();
    Map<String, FacetCounts> f =
        archive.search(all().withFacets(List.of("year", "genre", "language")).build()).facets();
    assertThat(f.keySet()).containsExactly("year", "genre", "language");
  }

  // ---- language versions grouped ---------------------------------------------------------------

  private static Statement version(
      String body, String language, LocalDate date, UnaryOperator<Statement.Builder> more) {
    return ArchiveContractTest.statement(
        body, b -> more.apply(b.withLanguage(language).withPublished(Published.of(date))));
  }

  /** Linked by kremlin id (extra on one, statement key on the other). */
  private final Statement ferryEn =
      version(
          "Nordlink: Lindhaven and Estovia agreed on a ferry timetable for the winter.",
          "en",
          LocalDate.of(2022, 3, 1),
          b -> b.withTitle("Ferry timetable agreed").putExtra("kremlinId", "7001"));

  private final Statement ferryRu =
      version(
          "Nordlink: Линдхавен и Эстовия договорились о зимнем расписании паромов.",
          "ru",
          LocalDate.of(2022, 3, 1),
          b -> b.withTitle("Согласовано расписание паромов").withStatementKey("kremlin:7001:ru"));

  /** Linked by document number, and by a mid.ru key carrying that number. */
  private final Statement quotaEn =
      version(
          "Nordlink fishing quotas were discussed by the two delegations.",
          "en",
          LocalDate.of(2021, 12, 6),
          b -> b.withTitle("Fishing quotas").withDocumentNumber("2412-05-12-2021"));

  private final Statement quotaFr =
      version(
          "Les quotas de pêche Nordlink ont été discutés par les deux délégations.",
          "fr",
          LocalDate.of(2021, 12, 5),
          b -> b.withTitle("Quotas de pêche").withDocumentNumber("2412-05-12-2021"));

  private final Statement quotaRu =
      version(
          "Делегации обсудили квоты на вылов рыбы.",
          "ru",
          LocalDate.of(2021, 12, 1),
          b -> b.withTitle("Квоты на вылов").withStatementKey("mid:2412-05-12-2021:ru"));

  /**
   * Two versions in one language, linked by their statement key (a corrected re-publication). The
   * tests that count them as two ask for all versions: by default only the current one counts (see
   * {@link VersionsContractTest}).
   */
  private final Statement noteFirst =
      version(
          "A note on Nordlink harbour fees, first publishd.",
          "en",
          LocalDate.of(2023, 1, 10),
          b -> b.withTitle("Harbour fees").withStatementKey("key:harbour-fees-note"));

  private final Statement noteCorrected =
      version(
          "A note on Nordlink harbour fees, first published.",
          "en",
          LocalDate.of(2023, 1, 11),
          b -> b.withTitle("Harbour fees (corrected)").withStatementKey("key:harbour-fees-note"));

  private List<Statement> versionCorpus() {
    return List.of(ferryEn, ferryRu, quotaEn, quotaFr, quotaRu, noteFirst, noteCorrected);
  }

  private void addVersionCorpus() throws IOException {
    for (Statement s : versionCorpus()) {
      archive.add(s);
    }
    archive.commit();
  }

  /** Each hit's id with the ids of its other versions. */
  private static List<Set<String>> groupsOf(SearchResult r) {
    List<Set<String>> groups = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      Set<String> g = new TreeSet<>();
      g.add(h.id());
      h.otherVersions().forEach(v -> g.add(v.id()));
      groups.add(g);
    }
    return groups;
  }

  private static Set<String> idSet(Statement... statements) {
    Set<String> ids = new TreeSet<>();
    for (Statement s : statements) {
      ids.add(s.id());
    }
    return ids;
  }

  @Test
  void groupedSearchListsEachGroupOnceWithItsOtherVersions() throws IOException {
    addVersionCorpus();
    SearchResult r =
        archive.search(
            SearchRequest.builder("nordlink")
                .withAllVersions(true)
                .withGroupVersions(true)
                .withLimit(10)
                .build());
    assertThat(r.total()).as("statements").isEqualTo(6);
    assertThat(r.groups()).as("groups").isEqualTo(3L);
    assertThat(r.hits()).hasSize(3);
    assertThat(groupsOf(r))
        .containsExactlyInAnyOrder(
            idSet(ferryEn, ferryRu),
            idSet(quotaEn, quotaFr, quotaRu),
            idSet(noteFirst, noteCorrected));
    assertThat(r.nextCursor()).isNull();
    for (SearchHit h : r.hits()) {
      for (SearchHit.OtherVersion v : h.otherVersions()) {
        // only the Russian quota text does not say "Nordlink"
        assertThat(v.matches()).as(v.id()).isEqualTo(!v.id().equals(quotaRu.id()));
        Statement s = versionCorpus().stream().filter(x -> x.id().equals(v.id())).findFirst().get();
        assertThat(v.language()).isEqualTo(s.language());
        assertThat(v.title()).isEqualTo(s.title());
      }
      // matching versions come first
      List<Boolean> matches = h.otherVersions().stream().map(v -> v.matches()).toList();
      assertThat(matches).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
    }
  }

  @Test
  void aGroupShowsVersionsThatDoNotMatchTheQuery() throws IOException {
    addVersionCorpus();
    SearchResult r =
        archive.search(
            SearchRequest.builder("timetable").withLanguage("en").withGroupVersions(true).build());
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.groups()).isEqualTo(1L);
    SearchHit hit = r.hits().get(0);
    assertThat(hit.id()).isEqualTo(ferryEn.id());
    assertThat(hit.markedSnippet("«", "»")).contains("«timetable»");
    assertThat(hit.otherVersions())
        .containsExactly(new SearchHit.OtherVersion(ferryRu.id(), "ru", ferryRu.title(), false));
  }

  @Test
  void theHitOfAGroupIsItsBestMatchingStatementInTheRequestedOrder() throws IOException {
    addVersionCorpus();
    SearchResult oldest =
        archive.search(
            SearchRequest.builder("nordlink")
                .withAllVersions(true)
                .withSort(SearchSort.DATE_ASC)
                .withGroupVersions(true)
                .build());
    // quotaRu is older still, but does not match
    assertThat(oldest.hits().get(0).id()).isEqualTo(quotaFr.id());
    assertThat(oldest.hits().get(1).id()).isIn(ferryEn.id(), ferryRu.id());
    assertThat(oldest.hits().get(2).id()).isEqualTo(noteFirst.id());
    SearchResult newest =
        archive.search(
            SearchRequest.builder("nordlink")
                .withAllVersions(true)
                .withSort(SearchSort.DATE_DESC)
                .withGroupVersions(true)
                .build());
    assertThat(newest.hits()).extracting(SearchHit::id).startsWith(noteCorrected.id());
    assertThat(newest.hits().get(2).id()).isEqualTo(quotaEn.id());
  }

  @Test
  void groupedPagesGoByOffsetOverGroups() throws IOException {
    addVersionCorpus();
    SearchRequest.Builder base =
        SearchRequest.builder("nordlink")
            .withAllVersions(true)
            .withSort(SearchSort.DATE_ASC)
            .withGroupVersions(true);
    List<String> whole = archive.search(base.build()).hits().stream().map(SearchHit::id).toList();
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 4; offset++) {
      SearchResult page = archive.search(base.withOffset(offset).withLimit(1).build());
      assertThat(page.groups()).isEqualTo(3L);
      assertThat(page.total()).isEqualTo(6);
      page.hits().forEach(h -> paged.add(h.id()));
    }
    assertThat(paged).isEqualTo(whole).hasSize(3);
    SearchResult counts = archive.search(base.withOffset(0).withLimit(0).build());
    assertThat(counts.hits()).isEmpty();
    assertThat(counts.groups()).isEqualTo(3L);
    assertThat(counts.total()).isEqualTo(6);
  }

  @Test
  void withoutGroupingEveryStatementIsAHitAndNoGroupsAreCounted() throws IOException {
    addVersionCorpus();
    SearchResult r =
        archive.search(
            SearchRequest.builder("nordlink").withAllVersions(true).withLimit(10).build());
    assertThat(r.total()).isEqualTo(6);
    assertThat(r.hits()).hasSize(6);
    assertThat(r.groups()).isNull();
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.otherVersions()).isEmpty());
  }

  @Test
  void groupedFacetsCountStatements() throws IOException {
    addVersionCorpus();
    SearchResult r =
        archive.search(
            SearchRequest.builder("nordlink")
                .withAllVersions(true)
                .withGroupVersions(true)
                .withFacets(List.of("language"))
                .build());
    FacetCounts languages = r.facets().get("language");
    assertThat(languages.values())
        .containsExactly(new FacetValue("en", 4), new FacetValue("fr", 1), new FacetValue("ru", 1));
  }

  @Test
  void anIdStatedOnlyInOneLanguageLinksNothing() throws IOException {
    // A file can give one page address (so one mid.ru id) to several different texts.
    Statement a =
        version(
            "Nordlink remarks on customs posts.",
            "en",
            LocalDate.of(2020, 1, 1),
            b -> b.putExtra("midId", "880011"));
    Statement b =
        version(
            "Nordlink remarks on border crossings.",
            "en",
            LocalDate.of(2020, 1, 1),
            x -> x.putExtra("midId", "880011"));
    archive.add(a);
    archive.add(b);
    archive.commit();
    SearchResult r =
        archive.search(SearchRequest.builder("nordlink").withGroupVersions(true).build());
    assertThat(r.groups()).isEqualTo(2L);
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.otherVersions()).isEmpty());
  }

  @Test
  void groupsAndFacetsFollowLaterCommits() throws IOException {
    SearchRequest grouped =
        SearchRequest.builder("nordlink")
            .withGroupVersions(true)
            .withFacets(List.of("language"))
            .build();
    archive.add(ferryEn);
    archive.commit();
    SearchResult before = archive.search(grouped);
    assertThat(before.groups()).isEqualTo(1L);
    assertThat(before.hits().get(0).otherVersions()).isEmpty();
    assertThat(before.facets().get("language").values()).containsExactly(new FacetValue("en", 1));

    archive.add(ferryRu);
    archive.add(quotaFr);
    archive.commit();
    SearchResult after = archive.search(grouped);
    assertThat(after.total()).isEqualTo(3);
    assertThat(after.groups()).isEqualTo(2L);
    assertThat(groupsOf(after)).containsExactlyInAnyOrder(idSet(ferryEn, ferryRu), idSet(quotaFr));
    assertThat(after.facets().get("language").values())
        .containsExactly(new FacetValue("en", 1), new FacetValue("fr", 1), new FacetValue("ru", 1));
  }

  @Test
  void groupedSearchRefusesACursor() {
    assertThatThrownBy(
            () ->
                SearchRequest.builder("nordlink")
                    .withGroupVersions(true)
                    .withCursor("anything")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset");
  }
}
