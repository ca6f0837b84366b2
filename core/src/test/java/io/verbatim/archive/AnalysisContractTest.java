package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.model.EntityCount;
import io.verbatim.model.EntityKind;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The analyses (co-mentions, keyness, collocations, language versions) for every backend, on tiny
 * invented statements whose expected numbers are worked out by hand in each test.
 *
 * <p>The English bodies use words an English stemmer leaves alone ({@code grain}, {@code port},
 * {@code ship}, {@code wheat}) and no stop words, so token positions are word positions.
 */
public abstract class AnalysisContractTest extends BackendTest {

  private static Statement statement(
      String body, String language, LocalDate date, UnaryOperator<Statement.Builder> more) {
    String sha = sha256(language + date + body + more.hashCode());
    Statement.Builder b =
        statementFrom(sha, body, Instant.parse("2026-01-01T00:00:00Z"))
            .withLanguage(language)
            .withPublished(Published.of(date));
    return more.apply(b).build();
  }

  private static List<EntityCount> mentions(String... ids) {
    List<EntityCount> list = new ArrayList<>();
    for (String id : ids) {
      EntityKind kind = id.startsWith("org:") ? EntityKind.ORGANISATION : EntityKind.COUNTRY;
      list.add(new EntityCount(id, kind, 1, 0, List.of(new EntityCount.Span(0, 1))));
    }
    return list;
  }

  private static final LocalDate Y2020 = LocalDate.of(2020, 6, 1);
  private static final LocalDate Y2021 = LocalDate.of(2021, 6, 1);

  /** Four English statements (two in 2020, two in 2021) and one Russian one in 2020. */
  private void addHarbourStatements() throws IOException {
    archive.add(
        statement(
            "Grain grain grain port.", "en", Y2020, b -> b.withMentions(mentions("RUS", "UKR"))));
    archive.add(
        statement(
            "Grain ship port port.",
            "en",
            Y2020,
            b -> b.withMentions(mentions("RUS", "UKR", "org:un"))));
    archive.add(
        statement(
            "Ship ship port wheat.", "en", Y2021, b -> b.withMentions(mentions("RUS", "org:un"))));
    archive.add(statement("Wheat ship port grain.", "en", Y2021, b -> b));
    archive.add(
        statement(
            "Зерно идёт через порт.", "ru", Y2020, b -> b.withMentions(mentions("RUS", "UKR"))));
    archive.commit();
  }

  private static Selection all() {
    return Selection.builder("").build();
  }

  // ---- co-mentions -----------------------------------------------------------------------------

  @Test
  void coMentionsCountStatementsMentioningBothAndScoreWithLogDice() throws IOException {
    addHarbourStatements();
    // Mentions: RUS in 4 statements, UKR in 3, org:un in 2, of 5.
    // Together: RUS+UKR 3 (two English, the Russian), RUS+org:un 2, UKR+org:un 1.
    List<CoMention> pairs = archive.comentions(all(), 10);
    assertThat(pairs)
        .extracting(p -> p.entityA() + "+" + p.entityB() + "=" + p.count())
        .containsExactly("RUS+UKR=3", "RUS+org:un=2", "UKR+org:un=1");
    CoMention top = pairs.get(0);
    assertThat(top.countA()).isEqualTo(4);
    assertThat(top.countB()).isEqualTo(3);
    assertThat(top.statements()).isEqualTo(5);
    assertThat(top.logDice())
        .isCloseTo(14 + Math.log(2.0 * 3 / (4 + 3)) / Math.log(2), within(1e-9));

    assertThat(archive.comentions(all(), 1)).hasSize(1);
  }

  @Test
  void coMentionsFollowTheSelection() throws IOException {
    addHarbourStatements();
    List<CoMention> english =
        archive.comentions(Selection.builder("").withLanguage("en").build(), 10);
    assertThat(english.get(0))
        .extracting(CoMention::count, CoMention::countA, CoMention::countB, CoMention::statements)
        .containsExactly(2L, 3L, 2L, 4L);
    assertThat(archive.comentions(Selection.builder("wheat").build(), 10))
        .extracting(p -> p.entityA() + "+" + p.entityB())
        .containsExactly("RUS+org:un");
  }

  // ---- keyness ---------------------------------------------------------------------------------

  @Test
  void keynessAgainstTheRestOfTheArchiveGivesG2AndLogRatio() throws IOException {
    addHarbourStatements();
    Selection in2020 = Selection.builder("").withFrom(Y2020).withTo(Y2020).build();
    // English 2020: grain 4, port 3, ship 1 (8 tokens). English 2021: grain 1, port 2, ship 3,
    // wheat 2 (8 tokens). Relatively more frequent in 2020: grain, port. The Russian one is not
    // English and counts nowhere.
    List<KeyTerm> terms = archive.keyness(in2020, null, "en", 10);
    assertThat(terms).extracting(KeyTerm::term).containsExactly("grain", "port");
    KeyTerm grain = terms.get(0);
    assertThat(grain)
        .extracting(
            KeyTerm::subsetFrequency,
            KeyTerm::referenceFrequency,
            KeyTerm::subsetTokens,
            KeyTerm::referenceTokens)
        .containsExactly(4L, 1L, 8L, 8L);
    // Expected frequencies: E1 = E2 = 8 * 5 / 16 = 2.5.
    double g2 = 2 * (4 * Math.log(4 / 2.5) + 1 * Math.log(1 / 2.5));
    assertThat(grain.logLikelihood()).isCloseTo(g2, within(1e-9));
    assertThat(grain.logRatio()).isCloseTo(Math.log(4.5 / 1.5) / Math.log(2), within(1e-9));
    KeyTerm port = terms.get(1);
    assertThat(port.logLikelihood())
        .isCloseTo(2 * (3 * Math.log(3 / 2.5) + 2 * Math.log(2 / 2.5)), within(1e-9));

    assertThat(archive.keyness(in2020, null, "en", 1)).hasSize(1);
  }

  @Test
  void keynessAgainstAReferenceSelectionCountsThatSelection() throws IOException {
    addHarbourStatements();
    Selection in2020 = Selection.builder("").withFrom(Y2020).withTo(Y2020).build();
    Selection in2021 = Selection.builder("").withFrom(Y2021).withTo(Y2021).build();
    // Here the rest of the archive is 2021, so both ways agree.
    assertThat(archive.keyness(in2020, in2021, "en", 10))
        .isEqualTo(archive.keyness(in2020, null, "en", 10));
    // Against the statements with "wheat" (the 2021 ones): same; against everything, grain
    // (5 of 16) is still relatively more frequent in 2020 (4 of 8).
    List<KeyTerm> againstAll = archive.keyness(in2020, all(), "en", 10);
    assertThat(againstAll.get(0))
        .extracting(KeyTerm::term, KeyTerm::referenceFrequency, KeyTerm::referenceTokens)
        .containsExactly("grain", 5L, 16L);
  }

  // ---- collocations ----------------------------------------------------------------------------

  @Test
  void collocationsCountTermsWithinTheWindowAndScoreWithLogDice() throws IOException {
    addHarbourStatements();
    // "port" ±1 in the English bodies: grain (1st, 4th statement), ship (2nd, 3rd, 4th),
    // wheat (3rd); the second "port" of the 2nd statement only sees the first one (the node).
    // f(port) = 5, f(ship) = 4, f(grain) = 5, f(wheat) = 2, N = 16.
    List<Collocate> collocates = archive.collocations(all(), "port", "en", 1, 1, 10);
    assertThat(collocates)
        .extracting(c -> c.term() + "=" + c.cooccurrences())
        .containsExactly("ship=3", "grain=2", "wheat=1");
    Collocate ship = collocates.get(0);
    assertThat(ship)
        .extracting(Collocate::frequency, Collocate::nodeFrequency, Collocate::tokens)
        .containsExactly(4L, 5L, 16L);
    assertThat(ship.logDice())
        .isCloseTo(14 + Math.log(2.0 * 3 / (5 + 4)) / Math.log(2), within(1e-9));
    assertThat(ship.mutualInformation())
        .isCloseTo(Math.log(3.0 * 16 / (5 * 4)) / Math.log(2), within(1e-9));

    assertThat(archive.collocations(all(), "port", "en", 1, 2, 10))
        .extracting(Collocate::term)
        .containsExactly("ship", "grain");
    // Window 3 reaches every other word of these four-word bodies, once per node occurrence:
    // grain 3 (1st) + 2 (2nd, two ports) + 1 (4th) = 6. "Ports" analyses to the node "port".
    assertThat(archive.collocations(all(), "Ports", "en", 3, 1, 10))
        .extracting(c -> c.term() + "=" + c.cooccurrences())
        .contains("grain=6", "ship=5", "wheat=2");
  }

  @Test
  void collocationsRejectATermThatIsNotOneWord() throws IOException {
    addHarbourStatements();
    assertThatThrownBy(() -> archive.collocations(all(), "—", "en", 2, 1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'—'");
    assertThatThrownBy(() -> archive.collocations(all(), "grain port", "en", 2, 1, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptySelectionsGiveEmptyAnswersAndBadLimitsAreRejected() throws IOException {
    addHarbourStatements();
    Selection none = Selection.builder("absentword").build();
    assertThat(archive.comentions(none, 10)).isEmpty();
    assertThat(archive.keyness(none, null, "en", 10)).isEmpty();
    assertThat(archive.keyness(all(), null, "fr", 10)).isEmpty();
    assertThat(archive.collocations(none, "port", "en", 3, 1, 10)).isEmpty();
    assertThatThrownBy(() -> archive.comentions(all(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> archive.collocations(all(), "port", "en", 0, 1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window");
  }

  // ---- language versions -----------------------------------------------------------------------

  @Test
  void explicitVersionsShareAKremlinIdOrADocumentNumber() throws IOException {
    LocalDate day = LocalDate.of(2019, 3, 4);
    Statement en =
        statement(
            "The President met the governor.",
            "en",
            day,
            b -> b.withStatementKey("kremlin:5501:en").putExtra("kremlinId", "5501"));
    Statement ru =
        statement(
            "Президент встретился с губернатором.",
            "ru",
            day,
            b -> b.withStatementKey("kremlin:5501:ru").putExtra("kremlinId", "5501"));
    Statement noteEn =
        statement(
            "The ministry notes the talks.", "en", day, b -> b.withDocumentNumber("77-04-03"));
    Statement noteRu =
        statement(
            "Министерство отмечает переговоры.", "ru", day, b -> b.withDocumentNumber("77-04-03"));
    for (Statement s : List.of(en, ru, noteEn, noteRu)) {
      archive.add(s);
    }
    archive.commit();

    List<VersionLink> fromEn = archive.languageVersions(en.id());
    assertThat(fromEn).extracting(VersionLink::id).containsExactly(ru.id());
    assertThat(fromEn.get(0).kind()).isEqualTo(VersionLink.Kind.EXPLICIT);
    assertThat(fromEn.get(0).confidence()).isEqualTo(1.0);
    assertThat(fromEn.get(0).evidence()).containsExactly("same kremlin id 5501");
    assertThat(archive.languageVersions(ru.id()))
        .extracting(VersionLink::id)
        .containsExactly(en.id());
    assertThat(archive.languageVersions(noteRu.id()))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.id()).isEqualTo(noteEn.id());
              assertThat(l.evidence()).containsExactly("same document number 77-04-03");
            });
  }

  @Test
  void versionsAreInferredFromDateSpeakerEntitiesAndNumbersWhenNothingLinksThem()
      throws IOException {
    Statement en =
        statement(
            "Sergey Lavrov said 1,500 observers arrived in 2019 and 40 left.",
            "en",
            LocalDate.of(2020, 5, 6),
            b ->
                b.withSpeaker(new Speaker("Sergey Lavrov", "Minister"))
                    .withMentions(mentions("FRA", "RUS")));
    Statement ru =
        statement(
            "Сергей Лавров заявил, что 1 500 наблюдателей прибыли в 2019 году, а 40 уехали.",
            "ru",
            LocalDate.of(2020, 5, 7),
            b ->
                b.withSpeaker(new Speaker("Сергей Лавров", "Министр"))
                    .withMentions(mentions("FRA", "RUS")));
    Statement otherSpeaker =
        statement(
            "Мария Захарова: 1 500 наблюдателей, 2019 год, 40 уехали.",
            "ru",
            LocalDate.of(2020, 5, 6),
            b ->
                b.withSpeaker(new Speaker("Мария Захарова", null))
                    .withMentions(mentions("FRA", "RUS")));
    Statement unrelated =
        statement(
            "Сергей Лавров ответил на вопросы о погоде.",
            "ru",
            LocalDate.of(2020, 5, 6),
            b -> b.withSpeaker(new Speaker("Лавров С.В.", null)));
    Statement tooLate =
        statement(
            "Сергей Лавров: 1 500 наблюдателей прибыли в 2019 году, 40 уехали.",
            "ru",
            LocalDate.of(2020, 5, 9),
            b ->
                b.withSpeaker(new Speaker("Сергей Лавров", null))
                    .withMentions(mentions("FRA", "RUS")));
    for (Statement s : List.of(en, ru, otherSpeaker, unrelated, tooLate)) {
      archive.add(s);
    }
    archive.commit();

    // One day apart (0.5), same speaker across scripts (1), same entities (1), same numbers
    // {1500, 2019, 40} (1): 0.2*0.5 + 0.3 + 0.3 + 0.2 = 0.9. The same-day "unrelated" one: same
    // day (1), same surname (1), nothing else: 0.5, under the 0.6 threshold.
    List<VersionLink> links = archive.languageVersions(en.id());
    assertThat(links).extracting(VersionLink::id).containsExactly(ru.id());
    VersionLink link = links.get(0);
    assertThat(link.kind()).isEqualTo(VersionLink.Kind.INFERRED);
    assertThat(link.confidence()).isCloseTo(0.9, within(1e-9));
    assertThat(link.evidence())
        .contains("dates one day apart", "entities Jaccard 1.00", "numbers Jaccard 1.00");
    assertThat(archive.languageVersions(ru.id()))
        .extracting(VersionLink::id)
        .containsExactly(en.id());
  }

  @Test
  void versionsOfAnUnknownIdIsAClearError() {
    assertThatThrownBy(() -> archive.languageVersions("0123456789abcdef"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0123456789abcdef");
  }
}
