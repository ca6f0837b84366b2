package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.model.Statement;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The search semantics users read on the help page ({@link io.verbatim.query.QueryNode}), for every
 * backend: quoted words and phrases match exact word forms with every word counting, unquoted words
 * match their inflections, clauses are AND-ed, patterns compare word forms. A backend's test
 * extends this class and says how to open a fresh archive.
 *
 * <p>Every statement here is invented for the tests; each expected answer is read off the few
 * sentences by hand.
 */
public abstract class QuerySemanticsContractTest extends BackendTest {

  private final List<Statement> added = new ArrayList<>();

  private static Statement statement(String body, UnaryOperator<Statement.Builder> more) {
    Statement.Builder b = statementFrom(sha256(body), body, Instant.parse("2026-01-01T00:00:00Z"));
    return more.apply(b).build();
  }

  private static Statement english(String body) {
    return statement(body, b -> b.withLanguage("en"));
  }

  private static Statement russian(String body) {
    return statement(body, b -> b.withLanguage("ru"));
  }

  /** Adds and commits {@code statements}; returns their ids in order (1-based in {@link #ids}). */
  private void add(Statement... statements) throws IOException {
    for (Statement s : statements) {
      archive.add(s);
      added.add(s);
    }
    archive.commit();
  }

  /** The ids of the added statements by 1-based number. */
  private Set<String> ids(int... numbers) {
    Set<String> ids = new TreeSet<>();
    for (int n : numbers) {
      ids.add(added.get(n - 1).id());
    }
    return ids;
  }

  private Set<String> found(String query) throws IOException {
    SearchResult r = archive.search(SearchRequest.builder(query).withLimit(100).build());
    Set<String> ids = new TreeSet<>();
    r.hits().forEach(h -> ids.add(h.id()));
    assertThat(r.total()).as("total of " + query).isEqualTo(ids.size());
    return ids;
  }

  /** The highlighted text of the only hit of {@code query}. */
  private List<String> highlighted(String query) throws IOException {
    SearchResult r = archive.search(SearchRequest.builder(query).withLimit(10).build());
    assertThat(r.hits()).as("hits of " + query).hasSize(1);
    SearchHit hit = r.hits().get(0);
    return hit.highlights().stream().map(h -> hit.snippet().substring(h.start(), h.end())).toList();
  }

  private List<String> concordance(String query) throws IOException {
    List<String> matches = new ArrayList<>();
    archive.kwic(KwicRequest.of(Selection.of(query)), line -> matches.add(line.match()));
    return matches;
  }

  // ---- every word counts -----------------------------------------------------------------------

  @Test
  void stopWordsAreSearchableInPhrasesAndAlone() throws IOException {
    add(
        english("This is not the end of the talks."),
        english("Talks end today."),
        russian("Это не только вопрос права."));
    assertThat(found("\"is not\"")).isEqualTo(ids(1));
    assertThat(found("\"the\"")).isEqualTo(ids(1));
    assertThat(found("\"of the\"")).isEqualTo(ids(1));
    assertThat(found("\"end of the talks\"")).isEqualTo(ids(1));
    assertThat(found("\"not the end\"")).isEqualTo(ids(1));
    assertThat(found("the")).as("unquoted stop word").isEqualTo(ids(1));
    assertThat(found("\"не только\"")).isEqualTo(ids(3));
    assertThat(found("\"это не\"")).isEqualTo(ids(3));
  }

  @Test
  void aStopWordInAPhraseIsNotSkipped() throws IOException {
    add(english("We showed political will."), english("The political party will meet."));
    assertThat(found("\"political will\"")).isEqualTo(ids(1));
    assertThat(found("\"party will meet\"")).isEqualTo(ids(2));
    assertThat(found("\"party meet\"")).isEmpty();
  }

  // ---- exact forms and inflections -------------------------------------------------------------

  @Test
  void quotedEnglishWordsMatchTheirExactFormUnquotedOnesEveryInflection() throws IOException {
    add(
        english("New sanctions were imposed."),
        english("The sanction was lifted."),
        english("They sanctioned two banks."));
    assertThat(found("\"sanctions\"")).isEqualTo(ids(1));
    assertThat(found("\"sanction\"")).isEqualTo(ids(2));
    assertThat(found("\"SANCTIONED\"")).as("case does not matter").isEqualTo(ids(3));
    assertThat(found("sanctions")).isEqualTo(ids(1, 2, 3));
    assertThat(found("sanction")).isEqualTo(ids(1, 2, 3));
  }

  @Test
  void quotedRussianWordsMatchTheirExactFormUnquotedOnesEveryInflection() throws IOException {
    add(
        russian("Санкции были введены вчера."),
        russian("Мы выступаем против санкций."),
        russian("Вопрос о санкциях обсуждали долго."));
    assertThat(found("\"санкции\"")).isEqualTo(ids(1));
    assertThat(found("\"санкций\"")).isEqualTo(ids(2));
    assertThat(found("санкции")).isEqualTo(ids(1, 2, 3));
    assertThat(found("санкция")).isEqualTo(ids(1, 2, 3));
  }

  @Test
  void lemmaPhrasesMatchInflectionsInOrder() throws IOException {
    add(
        russian("Они ввели санкции против банков."),
        russian("Страна вводит санкции."),
        russian("Санкции ввели весной."),
        russian("Надо ввести санкции."));
    assertThat(found("lemma:\"ввести санкции\"")).isEqualTo(ids(1, 4));
    assertThat(found("\"ввести санкции\"")).as("exact forms").isEqualTo(ids(4));
    assertThat(found("lemma:\"ввести санкции\"~2")).as("moves allowed").isEqualTo(ids(1, 3, 4));
  }

  // ---- what separates words ---------------------------------------------------------------------

  @Test
  void apostrophesYoAndDashesAreTypographicVariants() throws IOException {
    add(
        english("Russia’s position is clear."),
        english("Russia's position is firm."),
        russian("Посол Соединённых Штатов прибыл."),
        russian("Посол Соединенных Штатов уехал."),
        english("A rules-based order."),
        english("A rules–based order."),
        english("A rules based order."),
        english("A rulesbased order."));
    assertThat(found("\"Russia's position\"")).isEqualTo(ids(1, 2));
    assertThat(found("\"Russia’s position\"")).isEqualTo(ids(1, 2));
    assertThat(found("\"Соединённых Штатов\"")).isEqualTo(ids(3, 4));
    assertThat(found("\"Соединенных Штатов\"")).isEqualTo(ids(3, 4));
    assertThat(found("\"rules-based order\"")).isEqualTo(ids(5, 6, 7));
    assertThat(found("\"rules based order\"")).isEqualTo(ids(5, 6, 7));
    assertThat(found("\"rulesbased\"")).isEqualTo(ids(8));
  }

  @Test
  void aPhraseRunsAcrossPunctuationAndLineBreaks() throws IOException {
    add(
        english("We need a stronger Security Council. Reform must follow."),
        english("The Security Council\n\nreform debate went on."),
        english("Security matters; the Council met."));
    assertThat(found("\"Security Council reform\"")).isEqualTo(ids(1, 2));
    assertThat(found("\"Security Council\"")).isEqualTo(ids(1, 2));
  }

  // ---- clauses ---------------------------------------------------------------------------------

  @Test
  void clausesAreAllRequiredOrBindsTighterAndNotExcludes() throws IOException {
    add(
        english("Syria faces sanctions."),
        english("Syria faces an embargo."),
        english("Libya faces sanctions."),
        english("Syria hosts talks."));
    assertThat(found("\"Syria\" \"sanctions\"")).isEqualTo(ids(1));
    assertThat(found("Syria sanctions")).isEqualTo(ids(1));
    assertThat(found("Syria AND sanctions")).isEqualTo(ids(1));
    assertThat(found("\"Syria\" OR \"Libya\"")).isEqualTo(ids(1, 2, 3, 4));
    assertThat(found("Syria sanctions OR embargo")).isEqualTo(ids(1, 2));
    assertThat(found("(Syria sanctions) OR embargo")).isEqualTo(ids(1, 2));
    assertThat(found("Syria -sanctions")).isEqualTo(ids(2, 4));
    assertThat(found("Syria NOT embargo !talks")).isEqualTo(ids(1));
    assertThat(found("-Syria")).as("only a negation: every statement except").isEqualTo(ids(3));
    assertThat(found("NOT sanctions NOT embargo")).isEqualTo(ids(4));
    assertThat(found("talks OR -Syria")).isEqualTo(ids(3, 4));
  }

  @Test
  void aWordThatIsOnlyPunctuationIsLeftOutButAnEmptyPhraseMatchesNothing() throws IOException {
    add(english("Bosnia & Herzegovina signed."), english("Bosnia signed."));
    assertThat(found("Bosnia & Herzegovina")).isEqualTo(ids(1));
    assertThat(found("\"&\"")).isEmpty();
    assertThat(found("Bosnia \"&\"")).isEmpty();
  }

  // ---- patterns compare word forms ------------------------------------------------------------

  @Test
  void fuzzyWildcardRegexAndRangeTermsMatchWordFormsNeverStems() throws IOException {
    add(
        english("General and complete disarmament remains our goal."),
        english("Generous offers were made."),
        russian("Разоружение остаётся целью."));
    // Porter makes "disarma" of "disarmament": a fuzzy term over stems would miss it.
    assertThat(found("disarmament~2")).isEqualTo(ids(1));
    assertThat(found("disarmamant~1")).isEqualTo(ids(1));
    // "generous" is stemmed "gener": patterns must not reach that stem.
    assertThat(found("gene?")).isEmpty();
    assertThat(found("/gener/")).isEmpty();
    assertThat(found("gener*")).isEqualTo(ids(1, 2));
    assertThat(found("/generou.*/")).isEqualTo(ids(2));
    assertThat(found("[generous TO generousz]")).isEqualTo(ids(2));
    assertThat(found("DISARM*")).as("patterns are lower-cased").isEqualTo(ids(1));
    assertThat(found("разоружени?")).isEqualTo(ids(3));
    assertThat(found("остаЁтся")).as("ё folded in plain words").isEqualTo(ids(3));
    assertThat(found("оста?тся")).as("and patterns match the folded form").isEqualTo(ids(3));
  }

  @Test
  void patternsLuceneRefusesAndTooManyClausesAreSyntaxErrorsWithAPosition() throws IOException {
    add(english("Peace talks."));
    assertSyntaxError("peace /(a/", 6, "cannot use the pattern");
    assertSyntaxError("peace title:/[z-a]/", 12, "cannot use the pattern");
    assertSyntaxError("peace " + "word ".repeat(1500), 0, "too many");
    assertThat(found("peace /talk.*/")).hasSize(1);
  }

  private void assertSyntaxError(String query, int position, String message) {
    assertThatThrownBy(() -> archive.search(SearchRequest.builder(query).build()))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining(message)
        .satisfies(
            e -> {
              QuerySyntaxException q = (QuerySyntaxException) e;
              assertThat(q.query()).isEqualTo(query);
              assertThat(q.position()).as(q.getMessage()).isEqualTo(position);
            });
  }

  // ---- titles ----------------------------------------------------------------------------------

  @Test
  void aTitleTheReaderInferredIsShownButNotSearched() throws IOException {
    add(
        statement(
            "We thank the President for his leadership.",
            b ->
                b.withLanguage("en")
                    .withTitle("Norland: statement at the General Assembly (2019)")
                    .markInferred("title")),
        statement(
            "The session opened at noon.",
            b -> b.withLanguage("en").withTitle("The General Assembly opens")));
    assertThat(found("\"General Assembly\"")).isEqualTo(ids(2));
    assertThat(found("Norland")).isEmpty();
    assertThat(found("title:assembly")).isEqualTo(ids(2));
    assertThat(found("leadership")).isEqualTo(ids(1));
    SearchHit hit = archive.search(SearchRequest.builder("leadership").build()).hits().get(0);
    assertThat(hit.title()).isEqualTo("Norland: statement at the General Assembly (2019)");
  }

  // ---- highlights and concordance mark exactly what matched ------------------------------------

  @Test
  void highlightsMarkExactlyTheMatchedWords() throws IOException {
    add(english("The sanction failed, so new sanctions were imposed. Sanctioned banks closed."));
    assertThat(highlighted("\"sanctions\"")).containsExactly("sanctions");
    assertThat(highlighted("sanctions")).containsExactly("sanction", "sanctions", "Sanctioned");
    assertThat(highlighted("sanct*")).containsExactly("sanction", "sanctions", "Sanctioned");
    assertThat(String.join("|", highlighted("\"new sanctions\"")))
        .isIn("new sanctions", "new|sanctions");
  }

  @Test
  void theConcordanceGivesExactlyTheMatchedWords() throws IOException {
    add(
        english("The sanction failed, so new sanctions were imposed."),
        russian("Санкции ввели, но санкций мало."));
    assertThat(concordance("\"sanctions\"")).containsExactly("sanctions");
    assertThat(concordance("sanctions")).containsExactly("sanction", "sanctions");
    assertThat(concordance("\"санкций\"")).containsExactly("санкций");
    assertThat(concordance("санкция")).containsExactly("Санкции", "санкций");
    assertThat(concordance("\"new sanctions\"")).containsExactly("new sanctions");
  }
}
