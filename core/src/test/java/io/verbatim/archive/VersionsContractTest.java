package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.model.EntityCount;
import io.verbatim.model.EntityKind;
import io.verbatim.model.Genre;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * One statement, one count, for every backend: the versions of one statement (same key) are all
 * stored, but selections see only the current one (the latest ingested, {@link VersionOrder})
 * unless they ask for all versions; and statements published without text are stored and found.
 *
 * <p>The fixture: statement {@code talks} in two versions, {@link #V1} (ingested in January) and
 * its re-capture {@link #V2} (February, one sentence more); {@link #OTHER}, another statement.
 * Every expected count below is read off these three texts by hand. Every text is invented.
 */
public abstract class VersionsContractTest extends BackendTest {
  protected static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");
  protected static final Instant FEBRUARY = Instant.parse("2026-02-01T00:00:00Z");

  protected static final UnaryOperator<Statement.Builder> TALKS =
      b ->
          b.withStatementKey("kremlin:4242:en")
              .withTitle("Talks on the harbour treaty")
              .withLanguage("en")
              .withPublished(Published.of(LocalDate.of(2020, 5, 1)))
              .withSpeaker(new Speaker("Anna Example", "Minister"))
              .withGenre(Genre.STATEMENT)
              .withMentions(mentions("FRA", "RUS"));

  /** The first capture. */
  protected static final Statement V1 =
      statement(
          "The delegations discussed the harbour treaty. They signed a protocol.", JANUARY, TALKS);

  /** A re-capture of the same page a month later, with one sentence more. */
  protected static final Statement V2 =
      statement(
          "The delegations discussed the harbour treaty. They signed a protocol. Fisheries come"
              + " next.",
          FEBRUARY,
          TALKS);

  /** Another statement. */
  protected static final Statement OTHER =
      statement(
          "A separate note on the harbour lights.",
          JANUARY,
          b ->
              b.withStatementKey("note-1")
                  .withTitle("Note on the lights")
                  .withLanguage("en")
                  .withPublished(Published.of(LocalDate.of(2021, 3, 3)))
                  .withSpeaker(new Speaker("Boris Sample", null))
                  .withMentions(mentions("RUS")));

  protected static Statement statement(
      String body, Instant ingestedAt, UnaryOperator<Statement.Builder> more) {
    return more.apply(
            statementFrom(
                sha256((body + ingestedAt).getBytes(StandardCharsets.UTF_8)), body, ingestedAt))
        .build();
  }

  private static List<EntityCount> mentions(String... ids) {
    List<EntityCount> list = new ArrayList<>();
    for (String id : ids) {
      list.add(new EntityCount(id, EntityKind.COUNTRY, 1, 0, List.of(new EntityCount.Span(0, 1))));
    }
    return list;
  }

  private void addFixture() throws IOException {
    assertThat(archive.add(V1)).isEqualTo(AddOutcome.ADDED);
    assertThat(archive.add(OTHER)).isEqualTo(AddOutcome.ADDED);
    archive.commit();
    assertThat(archive.add(V2)).isEqualTo(AddOutcome.NEW_VERSION);
    archive.commit();
  }

  protected static Selection current(String query) {
    return Selection.of(query);
  }

  protected static Selection all(String query) {
    return Selection.builder(query).withAllVersions(true).build();
  }

  protected List<String> ids(Selection selection) throws IOException {
    List<String> ids = new ArrayList<>();
    archive
        .search(SearchRequest.builder(selection).withLimit(100).build())
        .hits()
        .forEach(h -> ids.add(h.id()));
    return ids;
  }

  protected long total(Selection selection) throws IOException {
    return archive.search(SearchRequest.builder(selection).withLimit(0).build()).total();
  }

  // ---- which version is current ----------------------------------------------------------------

  @Test
  void twoVersionsOfOneStatementCountOnceInSearch() throws IOException {
    addFixture();
    assertThat(ids(current("harbour"))).containsExactlyInAnyOrder(V2.id(), OTHER.id());
    assertThat(total(current(""))).isEqualTo(2);
    assertThat(ids(current("delegations"))).containsExactly(V2.id());
    assertThat(ids(current("title:treaty"))).containsExactly(V2.id());

    assertThat(ids(all("harbour"))).containsExactlyInAnyOrder(V1.id(), V2.id(), OTHER.id());
    assertThat(ids(all("title:treaty"))).containsExactlyInAnyOrder(V1.id(), V2.id());

    // Every version stays reachable.
    assertThat(archive.get(V1.id())).contains(V1);
    assertThat(archive.versions(V1.statementKey())).containsExactly(V1, V2);
    ArchiveStats stats = archive.stats();
    assertThat(stats.statements()).isEqualTo(3);
    assertThat(stats.statementKeys()).isEqualTo(2);
  }

  @Test
  void facetsCountEachStatementOnce() throws IOException {
    addFixture();
    SearchResult current =
        archive.search(
            SearchRequest.builder("").withFacets(List.of("speaker", "year")).withLimit(0).build());
    assertThat(current.facets().get("speaker").values())
        .containsExactlyInAnyOrder(
            new FacetValue("Anna Example", 1), new FacetValue("Boris Sample", 1));
    assertThat(current.facets().get("year").values())
        .containsExactlyInAnyOrder(new FacetValue("2020", 1), new FacetValue("2021", 1));

    SearchResult all =
        archive.search(
            SearchRequest.builder("")
                .withAllVersions(true)
                .withFacets(List.of("speaker"))
                .withLimit(0)
                .build());
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.facets().get("speaker").values())
        .containsExactlyInAnyOrder(
            new FacetValue("Anna Example", 2), new FacetValue("Boris Sample", 1));
  }

  @Test
  void timelineConcordanceAndExportSeeEachStatementOnce() throws IOException {
    addFixture();
    assertThat(
            archive
                .timeline(current("harbour"), Timeline.Interval.YEAR, Timeline.Split.NONE)
                .buckets())
        .containsExactly(
            new Timeline.Bucket("2020", null, 1), new Timeline.Bucket("2021", null, 1));
    assertThat(
            archive.timeline(all("harbour"), Timeline.Interval.YEAR, Timeline.Split.NONE).buckets())
        .containsExactly(
            new Timeline.Bucket("2020", null, 2), new Timeline.Bucket("2021", null, 1));

    List<KwicLine> lines = new ArrayList<>();
    KwicSummary summary = archive.kwic(KwicRequest.of(current("treaty")), lines::add);
    assertThat(lines).extracting(KwicLine::statementId).containsExactly(V2.id());
    assertThat(summary.lines()).isEqualTo(1);
    List<KwicLine> allLines = new ArrayList<>();
    archive.kwic(KwicRequest.of(all("treaty")), allLines::add);
    assertThat(allLines)
        .extracting(KwicLine::statementId)
        .containsExactlyInAnyOrder(V1.id(), V2.id());

    List<Statement> exported = new ArrayList<>();
    archive.export(current(""), SearchSort.DATE_ASC, exported::add);
    assertThat(exported).containsExactly(V2, OTHER);
    List<Statement> exportedAll = new ArrayList<>();
    archive.export(all(""), SearchSort.RELEVANCE, exportedAll::add);
    assertThat(exportedAll).containsExactlyInAnyOrder(V1, V2, OTHER);
  }

  @Test
  void analysesSeeEachStatementOnce() throws IOException {
    addFixture();
    // Co-mentions: FRA and RUS are named together by the talks only.
    assertThat(archive.comentions(current(""), 10))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.count()).isEqualTo(1);
              assertThat(p.statements()).isEqualTo(2);
            });
    assertThat(archive.comentions(all(""), 10))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.count()).isEqualTo(2);
              assertThat(p.statements()).isEqualTo(3);
            });

    // Collocations: "harbour" occurs once in each statement's body.
    assertThat(archive.collocations(current(""), "harbour", "en", 3, 1, 50))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.nodeFrequency()).isEqualTo(2));
    assertThat(archive.collocations(all(""), "harbour", "en", 3, 1, 50))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.nodeFrequency()).isEqualTo(3));

    // Keyness of the one statement about fisheries against the rest of the archive: the rest is
    // the other note alone (the talks' first version is not a statement of its own) ...
    List<KeyTerm> byDefault = archive.keyness(current("fisheries"), null, "en", 50);
    List<KeyTerm> againstTheNote =
        archive.keyness(current("fisheries"), current("id:" + OTHER.id()), "en", 50);
    assertThat(byDefault).isNotEmpty().isEqualTo(againstTheNote);
    // ... and with all versions, the rest is the first version and the note.
    List<KeyTerm> allByDefault = archive.keyness(all("fisheries"), null, "en", 50);
    List<KeyTerm> againstBoth =
        archive.keyness(all("fisheries"), all("id:" + V1.id() + " OR id:" + OTHER.id()), "en", 50);
    assertThat(allByDefault).isNotEmpty().isEqualTo(againstBoth);
  }

  @Test
  void theLatestIngestedIsCurrentWhateverTheOrderOfAdding() throws IOException {
    assertThat(archive.add(V2)).isEqualTo(AddOutcome.ADDED);
    archive.commit();
    assertThat(archive.add(V1))
        .as("an older capture, imported later")
        .isEqualTo(AddOutcome.NEW_VERSION);
    archive.commit();
    assertThat(ids(current("delegations"))).containsExactly(V2.id());
    assertThat(archive.versions(V1.statementKey())).containsExactly(V1, V2);
  }

  @Test
  void aVersionAddedSinceTheLastCommitSupersedesOneAddedBeforeIt() throws IOException {
    Statement march =
        statement(
            "The delegations discussed the harbour treaty again.",
            FEBRUARY.plusSeconds(86_400 * 28),
            TALKS);
    assertThat(archive.addAll(List.of(V1, V2, march)))
        .containsExactly(AddOutcome.ADDED, AddOutcome.NEW_VERSION, AddOutcome.NEW_VERSION);
    archive.commit();
    assertThat(ids(current("delegations"))).containsExactly(march.id());
    assertThat(total(all("delegations"))).isEqualTo(3);
    // One at a time, older after newer, in one batch.
    Statement older =
        statement(
            "An older capture of the note.",
            JANUARY.minusSeconds(60),
            b -> b.withStatementKey("note-1").withLanguage("en"));
    archive.add(OTHER);
    archive.add(older);
    archive.commit();
    assertThat(ids(current("note"))).containsExactly(OTHER.id());
  }

  @Test
  void storedRecordsAddedAgainInAnyOrderGiveTheSameCurrentVersions() throws IOException {
    // What an index rebuilt from its stored records does: every record, upgraded, added again.
    Statement march =
        statement(
            "The delegations discussed the harbour treaty in March.",
            FEBRUARY.plusSeconds(86_400 * 28),
            TALKS);
    archive.addAll(List.of(V1, OTHER, V2, march));
    archive.commit();
    List<String> before = ids(current(""));
    assertThat(before).containsExactlyInAnyOrder(march.id(), OTHER.id());
    List<Statement> records = new ArrayList<>();
    archive.export(all(""), SearchSort.RELEVANCE, records::add);
    for (Statement s : records) {
      archive.delete(s.id());
    }
    archive.commit();
    assertThat(total(all(""))).isZero();

    records.sort(VersionOrder.STATEMENTS.reversed()); // newest first: the hardest order
    for (Statement s : records) {
      archive.add(RecordUpgrades.apply(s));
    }
    archive.commit();
    assertThat(ids(current(""))).containsExactlyInAnyOrderElementsOf(before);
    assertThat(archive.versions(V1.statementKey())).containsExactly(V1, V2, march);
  }

  @Test
  void versionsIngestedInTheSameMillisecondAreOrderedById() throws IOException {
    Statement a =
        statement(
            "First wording of the bulletin.",
            JANUARY,
            b -> b.withStatementKey("bulletin-9").withLanguage("en"));
    Statement b =
        statement(
            "Second wording of the bulletin.",
            JANUARY,
            x -> x.withStatementKey("bulletin-9").withLanguage("en"));
    Statement greater = a.id().compareTo(b.id()) > 0 ? a : b;
    archive.add(greater == a ? b : a);
    archive.add(greater);
    archive.commit();
    assertThat(ids(current("bulletin"))).containsExactly(greater.id());
    assertThat(archive.versions("bulletin-9")).last().isEqualTo(greater);
  }

  @Test
  void deletingTheCurrentVersionMakesThePreviousOneCurrent() throws IOException {
    addFixture();
    assertThat(archive.delete(V1.id())).as("an older version").isTrue();
    archive.commit();
    assertThat(ids(current("delegations"))).containsExactly(V2.id());
    assertThat(archive.add(V1)).isEqualTo(AddOutcome.NEW_VERSION);
    archive.commit();

    assertThat(archive.delete(V2.id())).isTrue();
    archive.commit();
    assertThat(ids(current("delegations"))).containsExactly(V1.id());
    assertThat(total(current(""))).isEqualTo(2);

    assertThat(archive.delete(V1.id())).isTrue();
    archive.commit();
    assertThat(total(current("delegations"))).isZero();
    assertThat(archive.versions(V1.statementKey())).isEmpty();
  }

  @Test
  void deletingTheCurrentVersionBeforeCommitMakesThePreviousOneCurrent() throws IOException {
    archive.add(V1);
    archive.add(V2);
    assertThat(archive.delete(V2.id())).isTrue();
    archive.commit();
    assertThat(ids(current("delegations"))).containsExactly(V1.id());

    archive.add(V2);
    archive.commit();
    archive.delete(V2.id());
    Statement march =
        statement("The delegations met again.", FEBRUARY.plusSeconds(86_400 * 28), TALKS);
    assertThat(archive.add(march)).isEqualTo(AddOutcome.NEW_VERSION);
    archive.commit();
    assertThat(ids(current("delegations"))).containsExactly(march.id());
    assertThat(archive.versions(V1.statementKey())).containsExactly(V1, march);
  }

  @Test
  void groupedVersionsCountEachStatementOnce() throws IOException {
    addFixture();
    Statement russian =
        statement(
            "Делегации обсудили договор о гавани.",
            JANUARY,
            b ->
                b.withStatementKey("kremlin:4242:ru")
                    .withTitle("Переговоры о договоре")
                    .withLanguage("ru")
                    .withPublished(Published.of(LocalDate.of(2020, 5, 1))));
    archive.add(russian);
    archive.commit();

    SearchResult grouped =
        archive.search(SearchRequest.builder("").withGroupVersions(true).withLimit(10).build());
    assertThat(grouped.total()).isEqualTo(3);
    assertThat(grouped.groups()).isEqualTo(2);
    SearchHit talks =
        grouped.hits().stream()
            .filter(h -> h.id().equals(V2.id()) || h.id().equals(russian.id()))
            .findFirst()
            .orElseThrow();
    assertThat(talks.otherVersions())
        .extracting(SearchHit.OtherVersion::id)
        .containsExactly(talks.id().equals(V2.id()) ? russian.id() : V2.id());

    SearchResult groupedAll =
        archive.search(
            SearchRequest.builder("").withAllVersions(true).withGroupVersions(true).build());
    assertThat(groupedAll.total()).isEqualTo(4);
    assertThat(groupedAll.groups()).isEqualTo(2);

    assertThat(archive.languageVersions(russian.id()))
        .extracting(VersionLink::id)
        .containsExactly(V2.id());
  }

  // ---- statements without text -----------------------------------------------------------------

  @Test
  void aStatementWithoutTextIsStoredFoundByItsTitleAndComesBackWhole() throws IOException {
    Statement photos =
        statement(
            "",
            JANUARY,
            b ->
                b.withStatementKey("kremlin:5151:en")
                    .withTitle("Ceremony at the harbour lighthouse")
                    .withLanguage("en")
                    .withPublished(Published.parse("2019-06-01T12:30"))
                    .withPlace("Sochi"));
    assertThat(photos.hasText()).isFalse();
    addFixture();
    assertThat(archive.add(photos)).isEqualTo(AddOutcome.ADDED);
    archive.commit();

    assertThat(archive.get(photos.id())).contains(photos);
    SearchResult found = archive.search(SearchRequest.builder("lighthouse").build());
    assertThat(found.hits()).extracting(SearchHit::id).containsExactly(photos.id());
    assertThat(found.hits().get(0).title()).isEqualTo(photos.title());
    assertThat(ids(current("ceremony"))).containsExactly(photos.id());
    assertThat(total(current(""))).isEqualTo(3);
    assertThat(
            archive
                .timeline(current("ceremony"), Timeline.Interval.YEAR, Timeline.Split.NONE)
                .buckets())
        .containsExactly(new Timeline.Bucket("2019", null, 1));

    List<KwicLine> lines = new ArrayList<>();
    assertThat(archive.kwic(KwicRequest.of(current("lighthouse")), lines::add).lines()).isZero();
    List<Statement> exported = new ArrayList<>();
    archive.export(current("lighthouse"), SearchSort.RELEVANCE, exported::add);
    assertThat(exported).containsExactly(photos);
    assertThat(archive.keyness(current("lighthouse"), null, "en", 10)).isEmpty();
    assertThat(archive.collocations(current("lighthouse"), "harbour", "en", 3, 1, 10)).isEmpty();
  }
}
