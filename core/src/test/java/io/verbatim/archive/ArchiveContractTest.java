package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.model.Genre;
import io.verbatim.model.Material;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The {@link Archive} contract, for every backend: a backend's test extends this class and says how
 * to get a fresh location and how to open an archive there.
 *
 * <p>Every statement and text here is invented for the tests.
 */
public abstract class ArchiveContractTest extends BackendTest {

  // ---- statements for the tests --------------------------------------------------------------

  /**
   * A statement with {@code body}, its id and source derived from the body's bytes, ingested at
   * {@code ingestedAt}, then changed by {@code more}.
   */
  protected static Statement statement(
      String body, Instant ingestedAt, UnaryOperator<Statement.Builder> more) {
    Statement.Builder b =
        statementFrom(sha256(body.getBytes(StandardCharsets.UTF_8)), body, ingestedAt);
    return more.apply(b).build();
  }

  protected static Statement statement(String body, UnaryOperator<Statement.Builder> more) {
    return statement(body, Instant.parse("2026-01-01T00:00:00Z"), more);
  }

  private static final Statement E1 =
      statement(
          "The minister spoke about maritime security and freedom of navigation.\n\n"
              + "Ships must pass safely through international straits.",
          b ->
              b.withTitle("Remarks on maritime security in the Gulf")
                  .withLanguage("en")
                  .withPublished(Published.of(LocalDateTime.of(2020, 3, 5, 10, 0)))
                  .withSpeaker(new Speaker("Anna Example", "Spokesperson"))
                  .withGenre(Genre.REMARKS));
  private static final Statement E2 =
      statement(
          "We welcome the agreement reached at the climate summit.\n\n"
              + "The delegations negotiated for many days.",
          b ->
              b.withTitle("Statement on the climate summit")
                  .withLanguage("en")
                  .withPublished(Published.of(LocalDate.of(2021, 7, 1)))
                  .withSpeaker(new Speaker("Boris Sample", "Foreign Minister"))
                  .withGenre(Genre.STATEMENT));
  private static final Statement E3 =
      statement(
          "Question: what about navigation rules?\n\n"
              + "Answer: the rules of navigation are clear and binding for every state.",
          b ->
              b.withTitle("Interview to a regional newspaper")
                  .withLanguage("en")
                  .withSpeaker(new Speaker("Anna Example", null))
                  .withGenre(Genre.INTERVIEW));
  private static final Statement R1 =
      statement(
          "Мы обсудили вопросы противодействия угрозе терроризма в регионе.\n\n"
              + "Сотрудничество будет продолжено.",
          b ->
              b.withTitle("Выступление на совещании")
                  .withLanguage("ru")
                  .withPublished(Published.of(LocalDate.of(2019, 11, 11)))
                  .withSpeaker(new Speaker("Вера Образцова", "Министр")));
  private static final Statement R2 =
      statement(
          "Переговоры прошли в конструктивной атмосфере.",
          b -> b.withLanguage("ru").withPublished(Published.of(LocalDate.of(2022, 2, 2))));
  private static final Statement F1 =
      statement(
          "La sécurité maritime est une priorité commune.",
          b -> b.withLanguage("fr").withPublished(Published.of(LocalDate.of(2018, 1, 1))));

  /** Adds and commits the six small statements the search tests use. */
  protected void addSmallCorpus() throws IOException {
    for (Statement s : List.of(E1, E2, E3, R1, R2, F1)) {
      assertThat(archive.add(s)).isEqualTo(AddOutcome.ADDED);
    }
    archive.commit();
  }

  protected SearchResult search(String query) throws IOException {
    return archive.search(SearchRequest.builder(query).withLimit(100).build());
  }

  protected static Set<String> ids(SearchResult result) {
    Set<String> ids = new HashSet<>();
    result.hits().forEach(h -> ids.add(h.id()));
    return ids;
  }

  private static List<String> idList(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  // ---- storing -------------------------------------------------------------------------------

  @Test
  void addCommitGetRoundTripsTheWholeRecord() throws IOException {
    Statement full =
        statement(
            "First paragraph of the remarks.\n\nSecond paragraph — with “quotes”.",
            b ->
                b.withTitle("Remarks at a press conference")
                    .withLanguage("en")
                    .withPublished(Published.parse("2020-01-01T09:05[Europe/Moscow]"))
                    .withVersions(List.of("en-GB", "ru-RU"))
                    .withSpeaker(new Speaker("Anna Example", "Spokesperson"))
                    .withGenre(Genre.REMARKS)
                    .withEvent("Press conference")
                    .withPlace("Geneva")
                    .withEventDate(LocalDate.of(2019, 12, 31))
                    .withDocumentNumber("12-01-01-2020")
                    .addMaterial(
                        new Material(Material.Kind.ATTACHMENT, "Annex", "https://x.test/a"))
                    .putExtra("url", "https://x.test/1")
                    .markInferred("speaker"));

    assertThat(archive.add(full)).isEqualTo(AddOutcome.ADDED);
    archive.commit();

    assertThat(archive.get(full.id())).contains(full);
    assertThat(archive.contains(full.id())).isTrue();
    assertThat(archive.get("0000000000000000")).isEmpty();
    assertThat(archive.contains("0000000000000000")).isFalse();
  }

  @Test
  void addingTheSameIdAgainIsADuplicateBeforeAndAfterCommit() throws IOException {
    assertThat(archive.add(E1)).isEqualTo(AddOutcome.ADDED);
    assertThat(archive.add(E1)).isEqualTo(AddOutcome.DUPLICATE);
    archive.commit();
    assertThat(archive.add(E1)).isEqualTo(AddOutcome.DUPLICATE);
    archive.commit();

    assertThat(archive.stats().statements()).isEqualTo(1);
    assertThat(search("").total()).isEqualTo(1);
  }

  @Test
  void otherBytesOfTheSameStatementAreKeptAsVersionsOldestIngestFirst() throws IOException {
    Statement later =
        statement(
            "Corrected text of the briefing.",
            Instant.parse("2026-02-02T00:00:00Z"),
            b -> b.withStatementKey("briefing-7").withLanguage("en"));
    Statement earlier =
        statement(
            "Text of the briefing.",
            Instant.parse("2026-01-01T00:00:00Z"),
            b -> b.withStatementKey("briefing-7").withLanguage("en"));

    assertThat(archive.add(later)).isEqualTo(AddOutcome.ADDED);
    assertThat(archive.add(earlier)).isEqualTo(AddOutcome.NEW_VERSION);
    archive.commit();
    Statement third =
        statement(
            "Third text of the briefing.",
            Instant.parse("2026-03-03T00:00:00Z"),
            b -> b.withStatementKey("briefing-7").withLanguage("en"));
    assertThat(archive.add(third)).isEqualTo(AddOutcome.NEW_VERSION);
    archive.commit();

    assertThat(archive.versions("briefing-7")).containsExactly(earlier, later, third);
    assertThat(archive.versions("no-such-key")).isEmpty();
    ArchiveStats stats = archive.stats();
    assertThat(stats.statements()).isEqualTo(3);
    assertThat(stats.statementKeys()).isEqualTo(1);
  }

  @Test
  void addAllAnswersWhatAddingOneByOneWould() throws IOException {
    Statement first =
        statement("First text of the note.", b -> b.withStatementKey("note-3").withLanguage("en"));
    archive.add(first);
    archive.commit();

    Statement second =
        statement("Second text of the note.", b -> b.withStatementKey("note-3").withLanguage("en"));
    Statement fresh =
        statement("A note on fisheries.", b -> b.withStatementKey("note-5").withLanguage("en"));
    Statement freshAgainLater =
        statement(
            "A revised note on fisheries.", b -> b.withStatementKey("note-5").withLanguage("en"));
    List<AddOutcome> outcomes =
        archive.addAll(List.of(first, second, fresh, fresh, freshAgainLater));
    assertThat(outcomes)
        .containsExactly(
            AddOutcome.DUPLICATE, // committed
            AddOutcome.NEW_VERSION, // key of a committed statement
            AddOutcome.ADDED,
            AddOutcome.DUPLICATE, // earlier in the same list
            AddOutcome.NEW_VERSION); // key of one earlier in the list
    assertThat(archive.addAll(List.of())).isEmpty();
    archive.commit();

    assertThat(archive.stats().statements()).isEqualTo(4);
    assertThat(archive.versions("note-3")).containsExactlyInAnyOrder(first, second);
    assertThat(archive.versions("note-5")).containsExactlyInAnyOrder(fresh, freshAgainLater);
  }

  @Test
  void deleteRemovesAStatementAtCommitAndKeepsItsOriginalBytes() throws IOException {
    byte[] bytes = "Text of a statement that will be withdrawn.".getBytes(StandardCharsets.UTF_8);
    String sha = archive.putOriginal(bytes);
    Statement gone =
        statement(
            "Text of a statement that will be withdrawn.",
            b -> b.withStatementKey("withdrawn-1").withLanguage("en"));
    Statement kept = statement("Text of a statement that stays.", b -> b.withLanguage("en"));
    archive.add(gone);
    archive.add(kept);
    archive.commit();

    assertThat(archive.delete(gone.id())).isTrue();
    assertThat(archive.delete("0000000000000000")).isFalse();
    archive.commit();

    assertThat(archive.get(gone.id())).isEmpty();
    assertThat(archive.contains(gone.id())).isFalse();
    assertThat(archive.versions("withdrawn-1")).isEmpty();
    assertThat(archive.get(kept.id())).contains(kept);
    assertThat(archive.stats().statements()).isEqualTo(1);
    try (InputStream in = archive.openOriginal(sha).orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
    assertThat(archive.add(gone)).isEqualTo(AddOutcome.ADDED);
    archive.commit();
    assertThat(archive.get(gone.id())).contains(gone);
  }

  @Test
  void deletingAStatementAddedSinceTheLastCommitDropsIt() throws IOException {
    Statement pending = statement("Added and withdrawn before commit.", b -> b.withLanguage("en"));
    archive.add(pending);
    assertThat(archive.delete(pending.id())).isTrue();
    archive.commit();
    assertThat(archive.get(pending.id())).isEmpty();
    assertThat(archive.stats().statements()).isZero();
  }

  @Test
  void originalsComeBackByteForByte() throws IOException {
    byte[] bytes = new byte[70_000];
    new Random(42).nextBytes(bytes);
    for (int i = 0; i < 256; i++) {
      bytes[i] = (byte) i;
    }

    String sha = archive.putOriginal(bytes);
    assertThat(sha).isEqualTo(sha256(bytes));
    assertThat(archive.putOriginal(bytes.clone())).isEqualTo(sha);
    byte[] empty = new byte[0];
    String emptySha = archive.putOriginal(empty);

    try (InputStream in = archive.openOriginal(sha).orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
    try (InputStream in = archive.openOriginal(emptySha).orElseThrow()) {
      assertThat(in.readAllBytes()).isEmpty();
    }
    assertThat(archive.openOriginal(sha256("never stored".getBytes(StandardCharsets.UTF_8))))
        .isEmpty();
    assertThat(archive.stats().originals()).isEqualTo(2);
  }

  @Test
  void addedStatementsAreInvisibleUntilCommit() throws IOException {
    archive.add(E1);

    assertThat(archive.contains(E1.id())).isTrue();
    assertThat(archive.get(E1.id())).isEmpty();
    assertThat(search("").total()).isZero();
    assertThat(archive.stats().statements()).isZero();

    archive.commit();
    assertThat(archive.get(E1.id())).contains(E1);
    assertThat(search("maritime").total()).isEqualTo(1);
  }

  @Test
  void committedStatementsAndOriginalsSurviveCloseAndReopen() throws IOException {
    String sha = archive.putOriginal("original bytes".getBytes(StandardCharsets.UTF_8));
    addSmallCorpus();
    archive.close();
    archive = null;

    archive = openArchive(location);
    assertThat(archive.get(E2.id())).contains(E2);
    assertThat(search("").total()).isEqualTo(6);
    assertThat(archive.openOriginal(sha)).isPresent();
    assertThat(archive.add(E2)).isEqualTo(AddOutcome.DUPLICATE);
  }

  @Test
  void statsCountByLanguageFormatAndYear() throws IOException {
    addSmallCorpus();
    ArchiveStats stats = archive.stats();
    assertThat(stats.statements()).isEqualTo(6);
    assertThat(stats.statementKeys()).isEqualTo(6);
    assertThat(stats.byLanguage()).containsEntry("en", 3L).containsEntry("ru", 2L);
    assertThat(stats.byLanguage()).containsEntry("fr", 1L);
    assertThat(stats.byFormat()).containsEntry("capture", 6L);
    assertThat(stats.byYear())
        .containsEntry("2020", 1L)
        .containsEntry("2021", 1L)
        .containsEntry("?", 1L);
    assertThat(stats.formatVersion()).isPositive();
  }

  // ---- search --------------------------------------------------------------------------------

  @Test
  void searchesTermsWithTheLanguagesAnalyzer() throws IOException {
    addSmallCorpus();
    assertThat(ids(search("navigation"))).containsExactlyInAnyOrder(E1.id(), E3.id());
    assertThat(ids(search("navigating"))).as("English stemming").contains(E1.id(), E3.id());
    assertThat(search("nonexistentword").total()).isZero();
    List<Float> scores =
        search("navigation OR ships").hits().stream().map(SearchHit::score).toList();
    assertThat(scores).hasSize(2).doesNotContain(Float.NaN);
    assertThat(scores.get(0)).as("relevance order").isGreaterThanOrEqualTo(scores.get(1));
  }

  @Test
  void findsRussianInflectionsWithTheRussianAnalyzer() throws IOException {
    addSmallCorpus();
    assertThat(ids(search("терроризм"))).containsExactly(R1.id());
    assertThat(ids(archive.search(SearchRequest.builder("терроризм").withLanguage("ru").build())))
        .containsExactly(R1.id());
  }

  @Test
  void searchesPhrasesAndProximity() throws IOException {
    addSmallCorpus();
    assertThat(ids(search("\"freedom of navigation\""))).containsExactly(E1.id());
    assertThat(ids(search("\"rules binding\""))).isEmpty();
    assertThat(ids(search("\"rules binding\"~8"))).containsExactly(E3.id());
  }

  @Test
  void searchesWildcardsFuzzyAndBooleans() throws IOException {
    addSmallCorpus();
    assertThat(ids(search("mari*"))).containsExactlyInAnyOrder(E1.id(), F1.id());
    assertThat(ids(search("s?mmit"))).containsExactly(E2.id());
    assertThat(ids(search("sumit~1"))).containsExactly(E2.id());
    assertThat(ids(search("navigation AND ships"))).containsExactly(E1.id());
    assertThat(ids(search("navigation -ships"))).containsExactly(E3.id());
    assertThat(ids(search("climate OR ships"))).containsExactlyInAnyOrder(E1.id(), E2.id());
  }

  @Test
  void searchesTitleSpeakerAndOtherFields() throws IOException {
    addSmallCorpus();
    assertThat(ids(search("title:navigation"))).isEmpty();
    assertThat(ids(search("title:maritime"))).containsExactly(E1.id());
    assertThat(ids(search("speaker:example"))).containsExactlyInAnyOrder(E1.id(), E3.id());
    assertThat(ids(search("speaker:\"Boris Sample\""))).containsExactly(E2.id());
    assertThat(ids(search("role:spokesperson"))).containsExactly(E1.id());
    assertThat(ids(search("genre:interview"))).containsExactly(E3.id());
    assertThat(ids(search("language:fr"))).containsExactly(F1.id());
    assertThat(ids(search("id:" + E2.id()))).containsExactly(E2.id());
  }

  @Test
  void hitsCarryWhatAResultListShows() throws IOException {
    addSmallCorpus();
    SearchHit hit = search("title:maritime").hits().get(0);
    assertThat(hit.title()).isEqualTo(E1.title());
    assertThat(hit.published()).isEqualTo(E1.published());
    assertThat(hit.language()).isEqualTo("en");
    assertThat(hit.speaker()).isEqualTo(E1.speaker());
    assertThat(hit.genre()).isEqualTo(Genre.REMARKS);
  }

  @Test
  void filtersByLanguage() throws IOException {
    addSmallCorpus();
    SearchResult en = archive.search(SearchRequest.builder("maritime").withLanguage("en").build());
    SearchResult fr = archive.search(SearchRequest.builder("maritime").withLanguage("fr").build());
    assertThat(ids(en)).containsExactly(E1.id());
    assertThat(ids(fr)).containsExactly(F1.id());
    assertThat(archive.search(SearchRequest.builder("").withLanguage("ru").build()).total())
        .isEqualTo(2);
  }

  @Test
  void filtersByPublicationDateInclusive() throws IOException {
    addSmallCorpus();
    SearchResult range =
        archive.search(
            SearchRequest.builder("")
                .withFrom(LocalDate.of(2020, 1, 1))
                .withTo(LocalDate.of(2021, 7, 1))
                .build());
    assertThat(ids(range)).containsExactlyInAnyOrder(E1.id(), E2.id());
    SearchResult oneDay =
        archive.search(
            SearchRequest.builder("")
                .withFrom(LocalDate.of(2020, 3, 5))
                .withTo(LocalDate.of(2020, 3, 5))
                .build());
    assertThat(ids(oneDay)).containsExactly(E1.id());
    SearchResult since =
        archive.search(SearchRequest.builder("").withFrom(LocalDate.of(2021, 1, 1)).build());
    assertThat(ids(since)).containsExactlyInAnyOrder(E2.id(), R2.id());
  }

  @Test
  void sortsByDateBothWaysWithUndatedLast() throws IOException {
    addSmallCorpus();
    SearchResult newest =
        archive.search(SearchRequest.builder("").withSort(SearchSort.DATE_DESC).build());
    SearchResult oldest =
        archive.search(SearchRequest.builder("").withSort(SearchSort.DATE_ASC).build());
    assertThat(idList(newest))
        .containsExactly(R2.id(), E2.id(), E1.id(), R1.id(), F1.id(), E3.id());
    assertThat(idList(oldest))
        .containsExactly(F1.id(), R1.id(), E1.id(), E2.id(), R2.id(), E3.id());
  }

  @Test
  void pagesAreDisjointAndCoverAllHits() throws IOException {
    List<String> added = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      Statement s =
          statement(
              "Paged statement number " + i + " about cooperation.", b -> b.withLanguage("en"));
      archive.add(s);
      added.add(s.id());
    }
    archive.commit();

    for (SearchSort sort : SearchSort.values()) {
      List<String> seen = new ArrayList<>();
      for (int offset = 0; offset < 30; offset += 10) {
        SearchResult page =
            archive.search(
                SearchRequest.builder("cooperation")
                    .withSort(sort)
                    .withOffset(offset)
                    .withLimit(10)
                    .build());
        assertThat(page.total()).isEqualTo(25);
        seen.addAll(idList(page));
      }
      assertThat(seen).as("pages sorted by " + sort).doesNotHaveDuplicates();
      assertThat(seen).containsExactlyInAnyOrderElementsOf(added);
    }
    assertThat(archive.search(SearchRequest.builder("cooperation").withOffset(100).build()).hits())
        .isEmpty();
  }

  @Test
  void totalsAreExactOverThousandsOfHits() throws IOException {
    for (int i = 0; i < 3_000; i++) {
      archive.add(
          statement(
              "Statement " + i + " on regional stability and dialogue.",
              b -> b.withLanguage("en")));
    }
    archive.commit();

    SearchResult page = archive.search(SearchRequest.builder("stability").withLimit(5).build());
    assertThat(page.total()).isEqualTo(3_000);
    assertThat(page.hits()).hasSize(5);
    assertThat(archive.search(SearchRequest.builder("dialogue").withLimit(0).build()).total())
        .isEqualTo(3_000);
    SearchResult byDate =
        archive.search(
            SearchRequest.builder("stability").withSort(SearchSort.DATE_DESC).withLimit(1).build());
    assertThat(byDate.total()).isEqualTo(3_000);
  }

  @Test
  void snippetsMarkTheMatchedWords() throws IOException {
    addSmallCorpus();
    SearchHit hit = search("title:maritime OR straits").hits().get(0);
    assertThat(hit.id()).isEqualTo(E1.id());
    assertThat(hit.markedSnippet("«", "»")).contains("«straits»");
    SearchHit russian = search("терроризм").hits().get(0);
    assertThat(russian.markedSnippet("«", "»")).contains("«терроризма»");
  }

  @Test
  void highlightsAreOffsetsSoQuotationMarksInTheTextAreNotMatches() throws IOException {
    Statement quoted =
        statement(
            "Договор «О дружбе и сотрудничестве» укрепляет доверие, сказал министр.",
            b -> b.withLanguage("ru"));
    archive.add(quoted);
    archive.commit();
    SearchHit hit = search("доверие").hits().get(0);
    assertThat(hit.snippet()).contains("«О дружбе и сотрудничестве»").doesNotContain("\uE000");
    assertThat(hit.highlights())
        .extracting(h -> hit.snippet().substring(h.start(), h.end()))
        .containsExactly("доверие");
  }

  @Test
  void badQueriesSayWhere() throws IOException {
    addSmallCorpus();
    assertSyntaxError("\"unclosed phrase", 0);
    assertSyntaxError("a AND", 5);
    assertSyntaxError("title:(", 7);
  }

  private void assertSyntaxError(String query, int position) {
    assertThatThrownBy(() -> search(query))
        .isInstanceOf(QuerySyntaxException.class)
        .satisfies(
            e -> {
              QuerySyntaxException q = (QuerySyntaxException) e;
              assertThat(q.query()).isEqualTo(query);
              assertThat(q.position()).as("position in " + query).isEqualTo(position);
            });
  }
}
