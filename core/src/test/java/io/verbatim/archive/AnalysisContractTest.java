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

  /** Three English statements for written forms: inflected words, capitals, stop words. */
  private void addResolutionStatements() throws IOException {
    LocalDate y2022 = LocalDate.of(2022, 6, 1);
    LocalDate y2023 = LocalDate.of(2023, 6, 1);
    archive.add(
        statement(
            "Resolutions passed. The resolutions passed. A resolution failed.",
            "en",
            y2022,
            b -> b));
    archive.add(statement("Then Ukraine welcomed resolutions.", "en", y2022, b -> b));
    archive.add(statement("Then Ukraine welcomed grain.", "en", y2023, b -> b));
    archive.commit();
  }

  /** Three English statements around the phrase "climate change". */
  private void addClimateStatements() throws IOException {
    LocalDate day = LocalDate.of(2024, 6, 1);
    archive.add(statement("Climate change threatens security.", "en", day, b -> b));
    archive.add(statement("Security needs climate change policy.", "en", day, b -> b));
    archive.add(statement("Climate policy needs security.", "en", day, b -> b));
    archive.commit();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  // ---- co-mentions -----------------------------------------------------------------------------

  @Test
  void coMentionsCountStatementsMentioningBothAndScoreWithLogDiceAndMi() throws IOException {
    addHarbourStatements();
    // Mentions: RUS in 4 statements, UKR in 3, org:un in 2, of N = 5.
    // Together: RUS+UKR 3 (two English, the Russian), RUS+org:un 2, UKR+org:un 1.
    List<CoMention> pairs = archive.comentions(all(), 10);
    assertThat(pairs)
        .extracting(p -> p.entityA() + "+" + p.entityB() + "=" + p.count())
        .containsExactly("RUS+UKR=3", "RUS+org:un=2", "UKR+org:un=1");
    CoMention top = pairs.get(0);
    assertThat(top)
        .extracting(CoMention::countA, CoMention::countB, CoMention::statements)
        .containsExactly(4L, 3L, 5L);
    assertThat(top.logDice()).isCloseTo(14 + log2(2.0 * 3 / (4 + 3)), within(1e-9));
    assertThat(top.mutualInformation()).isCloseTo(log2(3.0 * 5 / (4 * 3)), within(1e-9));

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

  @Test
  void coMentionsOfOneEntityCountEveryEntityOverTheWholeSelection() throws IOException {
    addHarbourStatements();
    // N = 5, N(UKR) = 3. RUS: N(b) = 4 (not 3, its count among the statements naming UKR),
    // N(UKR,RUS) = 3. org:un: N(b) = 2, N(UKR,org:un) = 1.
    List<CoMention> withUkraine = archive.comentionsOf(all(), "UKR", 10);
    assertThat(withUkraine)
        .extracting(
            CoMention::entityA,
            CoMention::entityB,
            CoMention::count,
            CoMention::countA,
            CoMention::countB,
            CoMention::statements)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("UKR", "RUS", 3L, 3L, 4L, 5L),
            org.assertj.core.groups.Tuple.tuple("UKR", "org:un", 1L, 3L, 2L, 5L));
    CoMention russia = withUkraine.get(0);
    assertThat(russia.logDice()).isCloseTo(14 + log2(2.0 * 3 / (3 + 4)), within(1e-9));
    assertThat(russia.mutualInformation()).isCloseTo(log2(3.0 * 5 / (3 * 4)), within(1e-9));
    CoMention un = withUkraine.get(1);
    assertThat(un.logDice()).isCloseTo(14 + log2(2.0 * 1 / (3 + 2)), within(1e-9));
    assertThat(un.mutualInformation()).isCloseTo(log2(1.0 * 5 / (3 * 2)), within(1e-9));

    // In English only: N = 4, N(UKR) = 2, N(RUS) = 3, N(org:un) = 2.
    assertThat(archive.comentionsOf(Selection.builder("").withLanguage("en").build(), "UKR", 10))
        .extracting(
            p ->
                p.entityB()
                    + " "
                    + p.count()
                    + "/"
                    + p.countA()
                    + "/"
                    + p.countB()
                    + " of "
                    + p.statements())
        .containsExactly("RUS 2/2/3 of 4", "org:un 1/2/2 of 4");
    assertThat(archive.comentionsOf(all(), "UKR", 1)).hasSize(1);
    assertThat(archive.comentionsOf(all(), "FRA", 10)).isEmpty();
  }

  // ---- keyness ---------------------------------------------------------------------------------

  private static KeynessRequest keyness(Selection subset, Selection reference, int ngram) {
    return new KeynessRequest(subset, reference, "en", ngram, 10);
  }

  @Test
  void keynessAgainstTheRestOfTheArchiveGivesG2AndLogRatio() throws IOException {
    addHarbourStatements();
    Selection in2020 = Selection.builder("").withFrom(Y2020).withTo(Y2020).build();
    // English 2020: grain 4, port 3, ship 1 (8 tokens). English 2021: grain 1, port 2, ship 3,
    // wheat 2 (8 tokens). Relatively more frequent in 2020: grain, port. The Russian one is not
    // English and counts nowhere.
    List<KeyTerm> terms = archive.keyness(keyness(in2020, null, 1));
    assertThat(terms).extracting(KeyTerm::term).containsExactly("grain", "port");
    assertThat(terms).extracting(KeyTerm::stem).containsExactly("grain", "port");
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
    assertThat(grain.logRatio()).isCloseTo(log2(4.5 / 1.5), within(1e-9));
    KeyTerm port = terms.get(1);
    assertThat(port.logLikelihood())
        .isCloseTo(2 * (3 * Math.log(3 / 2.5) + 2 * Math.log(2 / 2.5)), within(1e-9));

    assertThat(archive.keyness(new KeynessRequest(in2020, null, "en", 1, 1))).hasSize(1);
  }

  @Test
  void keynessAgainstAReferenceSelectionCountsThatSelection() throws IOException {
    addHarbourStatements();
    Selection in2020 = Selection.builder("").withFrom(Y2020).withTo(Y2020).build();
    Selection in2021 = Selection.builder("").withFrom(Y2021).withTo(Y2021).build();
    // Here the rest of the archive is 2021, so both ways agree.
    assertThat(archive.keyness(keyness(in2020, in2021, 1)))
        .isEqualTo(archive.keyness(keyness(in2020, null, 1)));
    // Against everything, grain (5 of 16) is still relatively more frequent in 2020 (4 of 8).
    List<KeyTerm> againstAll = archive.keyness(keyness(in2020, all(), 1));
    assertThat(againstAll.get(0))
        .extracting(KeyTerm::term, KeyTerm::referenceFrequency, KeyTerm::referenceTokens)
        .containsExactly("grain", 5L, 16L);
  }

  @Test
  void keynessReferenceIsAFullSelectionWithQueryAndFilters() throws IOException {
    addHarbourStatements();
    Selection in2020 = Selection.builder("").withFrom(Y2020).withTo(Y2020).build();
    // Reference: "port" mentioning RUS, in English: statements 1, 2, 3 (the Russian one is not
    // English): grain 3+1 = 4, port 1+2+1 = 4, ship 1+2 = 3, wheat 1; d = 12. Subset: grain 4,
    // port 3, ship 1; c = 8. Key: grain (4/8 > 4/12), port (3/8 > 4/12); ship is not (1/8 < 3/12).
    Selection reference = Selection.builder("port").withMentions(List.of("RUS")).build();
    List<KeyTerm> terms = archive.keyness(keyness(in2020, reference, 1));
    assertThat(terms)
        .extracting(
            t ->
                t.term()
                    + " "
                    + t.subsetFrequency()
                    + "/"
                    + t.subsetTokens()
                    + " "
                    + t.referenceFrequency()
                    + "/"
                    + t.referenceTokens())
        .containsExactly("grain 4/8 4/12", "port 3/8 4/12");
    // grain: E1 = 8·8/20 = 3.2, E2 = 12·8/20 = 4.8; port: E1 = 8·7/20 = 2.8, E2 = 12·7/20 = 4.2.
    assertThat(terms.get(0).logLikelihood())
        .isCloseTo(2 * (4 * Math.log(4 / 3.2) + 4 * Math.log(4 / 4.8)), within(1e-9));
    assertThat(terms.get(0).logRatio()).isCloseTo(log2((4.5 / 8) / (4.5 / 12)), within(1e-9));
    assertThat(terms.get(1).logLikelihood())
        .isCloseTo(2 * (3 * Math.log(3 / 2.8) + 4 * Math.log(4 / 4.2)), within(1e-9));
    assertThat(terms.get(1).logRatio()).isCloseTo(log2((3.5 / 8) / (4.5 / 12)), within(1e-9));
  }

  @Test
  void keynessAgainstTheRestLeavesDeletedStatementsOut() throws IOException {
    // Added with the others (so it shares their index segment), then deleted.
    Statement extra = statement("Wheat wheat wheat wheat.", "en", Y2021, b -> b);
    archive.add(extra);
    addHarbourStatements();
    archive.delete(extra.id());
    archive.commit();
    Selection in2020 = Selection.builder("").withFrom(Y2020).withTo(Y2020).build();
    Selection in2021 = Selection.builder("").withFrom(Y2021).withTo(Y2021).build();
    List<KeyTerm> againstRest = archive.keyness(keyness(in2020, null, 1));
    assertThat(againstRest).isEqualTo(archive.keyness(keyness(in2020, in2021, 1)));
    assertThat(againstRest.get(0).referenceTokens()).isEqualTo(8);
  }

  @Test
  void keynessShowsEachTermInTheFormWrittenMostOftenInTheSubset() throws IOException {
    addResolutionStatements();
    Selection in2022 =
        Selection.builder("")
            .withFrom(LocalDate.of(2022, 1, 1))
            .withTo(LocalDate.of(2022, 12, 31))
            .build();
    // Stems: "Resolutions", "resolutions", "resolution" -> resolut; "passed" -> pass. Every word
    // counts: subset (2022) c = 8 + 4 = 12 words: resolut 4 (written resolutions 3 times, once
    // capitalised at a sentence start; resolution once), pass 2, fail 1, the 1, a 1, then 1,
    // ukrain 1, welcom 1. Rest (2023): then, ukrain, welcom, grain: d = 4. Relatively more frequent
    // in the subset: resolut, pass, and fail, the, a (absent from the rest); "the" and "a" are
    // function words, counted but not listed.
    List<KeyTerm> terms = archive.keyness(keyness(in2022, null, 1));
    assertThat(terms)
        .extracting(KeyTerm::term, KeyTerm::stem, KeyTerm::subsetFrequency)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("resolutions", "resolut", 4L),
            org.assertj.core.groups.Tuple.tuple("passed", "pass", 2L),
            org.assertj.core.groups.Tuple.tuple("failed", "fail", 1L));
    // E1 = c·(a+b)/(c+d) = 12·4/16 = 3 for resolut, b = 0: G2 = 2·4·ln(4/3).
    assertThat(terms.get(0).logLikelihood()).isCloseTo(8 * Math.log(4.0 / 3), within(1e-9));
    assertThat(terms.get(0).logRatio()).isCloseTo(log2((4.5 / 12) / (0.5 / 4)), within(1e-9));
    assertThat(terms.get(0).subsetTokens()).isEqualTo(12);
    assertThat(terms.get(0).referenceTokens()).isEqualTo(4);
  }

  @Test
  void keynessOfTwoWordTermsCountsAdjacentPairs() throws IOException {
    addHarbourStatements();
    Selection in2020 = Selection.builder("").withFrom(Y2020).withTo(Y2020).build();
    // Pairs in 2020: "Grain grain", "grain grain", "grain port"; "Grain ship", "ship port",
    // "port port": c = 6. In 2021: "Ship ship", "ship port", "port wheat"; "Wheat ship",
    // "ship port", "port grain": d = 6. Key: grain grain (2 vs 0), then grain port, grain ship
    // and port port (1 vs 0 each); ship port (1 vs 2) is not.
    List<KeyTerm> terms = archive.keyness(keyness(in2020, null, 2));
    assertThat(terms)
        .extracting(KeyTerm::stem)
        .containsExactly("grain grain", "grain port", "grain ship", "port port");
    assertThat(terms)
        .extracting(KeyTerm::term)
        .containsExactly("grain grain", "grain port", "grain ship", "port port");
    KeyTerm top = terms.get(0);
    assertThat(top)
        .extracting(
            KeyTerm::subsetFrequency,
            KeyTerm::referenceFrequency,
            KeyTerm::subsetTokens,
            KeyTerm::referenceTokens)
        .containsExactly(2L, 0L, 6L, 6L);
    // E1 = 6·2/12 = 1: G2 = 2·2·ln 2; log-ratio log2((2.5/6)/(0.5/6)) = log2 5.
    assertThat(top.logLikelihood()).isCloseTo(4 * Math.log(2), within(1e-9));
    assertThat(top.logRatio()).isCloseTo(log2(5), within(1e-9));
    assertThat(terms.get(1).logLikelihood()).isCloseTo(2 * Math.log(2), within(1e-9));
    // The same against an explicit reference.
    Selection in2021 = Selection.builder("").withFrom(Y2021).withTo(Y2021).build();
    assertThat(archive.keyness(keyness(in2020, in2021, 2))).isEqualTo(terms);
  }

  // ---- collocations ----------------------------------------------------------------------------

  private static CollocationRequest collocations(String node, int window, int minFrequency) {
    return new CollocationRequest(all(), node, "en", window, minFrequency, 10);
  }

  @Test
  void collocationsCountLeftAndRightWithinTheWindowAndScoreWithLogDiceAndMi() throws IOException {
    addHarbourStatements();
    // "port" ±1 in the English bodies: left grain (1st), ship (2nd, 3rd, 4th); right wheat (3rd),
    // grain (4th); the second "port" of the 2nd statement only sees the first one (the node).
    // f(port) = 5, f(ship) = 4, f(grain) = 5, f(wheat) = 2, N = 16.
    Collocations found = archive.collocations(collocations("port", 1, 1));
    assertThat(found)
        .extracting(
            Collocations::node,
            Collocations::nodeForm,
            Collocations::window,
            Collocations::nodeFrequency,
            Collocations::tokens)
        .containsExactly("port", "port", 1, 5L, 16L);
    assertThat(found.collocates())
        .extracting(c -> c.term() + " " + c.left() + "+" + c.right() + "=" + c.cooccurrences())
        .containsExactly("ship 3+0=3", "grain 1+1=2", "wheat 0+1=1");
    Collocate ship = found.collocates().get(0);
    assertThat(ship)
        .extracting(Collocate::frequency, Collocate::nodeFrequency, Collocate::tokens)
        .containsExactly(4L, 5L, 16L);
    assertThat(ship.logDice()).isCloseTo(14 + log2(2.0 * 3 / (5 + 4)), within(1e-9));
    assertThat(ship.mutualInformation()).isCloseTo(log2(3.0 * 16 / (5 * 4)), within(1e-9));

    assertThat(archive.collocations(collocations("port", 1, 2)).collocates())
        .extracting(Collocate::term)
        .containsExactly("ship", "grain");
    // Window 3 reaches every other word of these four-word bodies, once per node occurrence:
    // grain 3 left (1st) + 2 left (2nd, two ports) + 1 right (4th) = 6. "Ports" analyses to the
    // node "port".
    Collocations wide = archive.collocations(collocations("Ports", 3, 1));
    assertThat(wide.window()).isEqualTo(3);
    assertThat(wide.collocates())
        .extracting(c -> c.term() + " " + c.left() + "+" + c.right() + "=" + c.cooccurrences())
        .contains("grain 5+1=6", "ship 5+0=5", "wheat 1+1=2");
  }

  @Test
  void aTwoWordNodeIsFoundAsAPhraseAndItsWindowIsAroundTheWholePhrase() throws IOException {
    addClimateStatements();
    // Positions: (1) climate0 change1 threatens2 security3; (2) security0 needs1 climate2
    // change3 policy4; (3) climate0 policy1 needs2 security3. N = 13, f(x) = 2 (the phrase in 1
    // and 2; "climate" alone in 3 is not the node). Window 2 around [0,1] in 1: right threatens,
    // security; around [2,3] in 2: left security, needs; right policy.
    Collocations found = archive.collocations(collocations("climate change", 2, 1));
    assertThat(found)
        .extracting(
            Collocations::node,
            Collocations::nodeForm,
            Collocations::nodeFrequency,
            Collocations::tokens)
        .containsExactly("climate change", "climate change", 2L, 13L);
    assertThat(found.collocates())
        .extracting(c -> c.term() + " " + c.left() + "+" + c.right() + " f(y)=" + c.frequency())
        .containsExactly(
            "security 1+1 f(y)=3", "threatens 0+1 f(y)=1", "needs 1+0 f(y)=2", "policy 0+1 f(y)=2");
    Collocate security = found.collocates().get(0);
    assertThat(security.stem()).isEqualTo("secur");
    assertThat(security.logDice()).isCloseTo(14 + log2(2.0 * 2 / (2 + 3)), within(1e-9));
    assertThat(security.mutualInformation()).isCloseTo(log2(2.0 * 13 / (2 * 3)), within(1e-9));
    assertThat(found.collocates().get(1).logDice())
        .isCloseTo(14 + log2(2.0 / (2 + 1)), within(1e-9));
  }

  @Test
  void collocatesAreShownInTheFormWrittenMostOftenNearTheNode() throws IOException {
    addResolutionStatements();
    // "welcomed" ±1: left "Ukraine" twice (capital kept: so written inside sentences); right
    // "resolutions" and "grain". ("Then" is a stop word.)
    Collocations found = archive.collocations(collocations("welcome", 1, 1));
    assertThat(found.nodeForm()).isEqualTo("welcomed");
    assertThat(found.collocates())
        .extracting(c -> c.term() + "/" + c.stem() + " " + c.left() + "+" + c.right())
        .containsExactly("Ukraine/ukrain 2+0", "grain/grain 0+1", "resolutions/resolut 0+1");
  }

  @Test
  void aNodeWithoutAWordIsAClearError() throws IOException {
    addHarbourStatements();
    assertThatThrownBy(() -> archive.collocations(collocations("—", 2, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'—'");
    assertThat(archive.collocations(collocations("grain port", 2, 1)).nodeFrequency()).isEqualTo(1);
  }

  @Test
  void emptySelectionsGiveEmptyAnswersAndBadLimitsAreRejected() throws IOException {
    addHarbourStatements();
    Selection none = Selection.builder("absentword").build();
    assertThat(archive.comentions(none, 10)).isEmpty();
    assertThat(archive.comentionsOf(none, "RUS", 10)).isEmpty();
    assertThat(archive.keyness(keyness(none, null, 1))).isEmpty();
    assertThat(archive.keyness(new KeynessRequest(all(), null, "fr", 1, 10))).isEmpty();
    Collocations nothing =
        archive.collocations(new CollocationRequest(none, "port", "en", 3, 1, 10));
    assertThat(nothing.collocates()).isEmpty();
    assertThat(nothing.nodeFrequency()).isZero();
    assertThatThrownBy(() -> archive.comentions(all(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> collocations("port", 0, 1))
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
