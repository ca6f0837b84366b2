package io.verbatim.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.query.QueryNode.All;
import io.verbatim.query.QueryNode.And;
import io.verbatim.query.QueryNode.Boost;
import io.verbatim.query.QueryNode.Fuzzy;
import io.verbatim.query.QueryNode.Not;
import io.verbatim.query.QueryNode.Or;
import io.verbatim.query.QueryNode.Phrase;
import io.verbatim.query.QueryNode.Range;
import io.verbatim.query.QueryNode.Regex;
import io.verbatim.query.QueryNode.Term;
import io.verbatim.query.QueryNode.Wildcard;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {
  private static final QueryField TEXT = QueryField.TEXT;

  private static QueryNode parse(String q) {
    return QueryParser.parse(q);
  }

  private static Term term(String text) {
    return new Term(TEXT, text);
  }

  private static Phrase phrase(String text) {
    return new Phrase(TEXT, text, 0, false);
  }

  @Test
  void anEmptyQueryOrAStarSelectsEverything() {
    assertThat(parse("")).isEqualTo(new All());
    assertThat(parse("   ")).isEqualTo(new All());
    assertThat(parse("*")).isEqualTo(new All());
    assertThat(parse("*:*")).isEqualTo(new All());
  }

  @Test
  void wordsSideBySideAreAllRequired() {
    assertThat(parse("Syria UN")).isEqualTo(new And(List.of(term("Syria"), term("UN"))));
    assertThat(parse("\"Syria\" \"sanctions\""))
        .isEqualTo(new And(List.of(phrase("Syria"), phrase("sanctions"))));
    assertThat(parse("a AND b && c")).isEqualTo(new And(List.of(term("a"), term("b"), term("c"))));
  }

  @Test
  void orBindsTighterThanAnd() {
    assertThat(parse("Syria sanctions OR embargo"))
        .isEqualTo(
            new And(List.of(term("Syria"), new Or(List.of(term("sanctions"), term("embargo"))))));
    assertThat(parse("a OR b c || d"))
        .isEqualTo(
            new And(
                List.of(
                    new Or(List.of(term("a"), term("b"))), new Or(List.of(term("c"), term("d"))))));
    assertThat(parse("(a b) OR c"))
        .isEqualTo(new Or(List.of(new And(List.of(term("a"), term("b"))), term("c"))));
  }

  @Test
  void negationsExcludeAndPlusChangesNothing() {
    assertThat(parse("-navigation")).isEqualTo(new Not(term("navigation")));
    assertThat(parse("a NOT b !c +d"))
        .isEqualTo(new And(List.of(term("a"), new Not(term("b")), new Not(term("c")), term("d"))));
    assertThat(parse("NOT (a OR b)")).isEqualTo(new Not(new Or(List.of(term("a"), term("b")))));
  }

  @Test
  void lowerCaseOperatorsAndWordsThatStartLikeThemAreWords() {
    assertThat(parse("peace and order"))
        .isEqualTo(new And(List.of(term("peace"), term("and"), term("order"))));
    assertThat(parse("ORDER NOTE ANDes"))
        .isEqualTo(new And(List.of(term("ORDER"), term("NOTE"), term("ANDes"))));
  }

  @Test
  void phrasesKeepTheirTextAndProximity() {
    assertThat(parse("\"political will\"")).isEqualTo(phrase("political will"));
    assertThat(parse("\"freedom navigation\"~2"))
        .isEqualTo(new Phrase(TEXT, "freedom navigation", 2, false));
    assertThat(parse("\"say \\\"no\\\"\"")).isEqualTo(phrase("say \"no\""));
    assertThat(parse("lemma:\"ввести санкции\""))
        .isEqualTo(new Phrase(TEXT, "ввести санкции", 0, true));
    assertThat(parse("lemma:(\"a b\" OR c)"))
        .isEqualTo(new Or(List.of(new Phrase(TEXT, "a b", 0, true), term("c"))));
  }

  @Test
  void fieldsApplyToTheirValueOrGroup() {
    assertThat(parse("title:\"a b\"")).isEqualTo(new Phrase(QueryField.TITLE, "a b", 0, false));
    assertThat(parse("mention:org:un")).isEqualTo(new Term(QueryField.MENTION, "org:un"));
    assertThat(parse("speaker:(Lavrov OR Putin)"))
        .isEqualTo(
            new Or(
                List.of(
                    new Term(QueryField.SPEAKER, "Lavrov"),
                    new Term(QueryField.SPEAKER, "Putin"))));
    assertThat(parse("mention:SYR AND mention:\"org:un\""))
        .isEqualTo(
            new And(
                List.of(
                    new Term(QueryField.MENTION, "SYR"),
                    new Phrase(QueryField.MENTION, "org:un", 0, false))));
  }

  @Test
  void aColonAfterSomethingThatIsNotAFieldNameIsPartOfTheWord() {
    assertThat(parse("12:30")).isEqualTo(term("12:30"));
    assertThat(parse("Путин: мир")).isEqualTo(new And(List.of(term("Путин:"), term("мир"))));
  }

  @Test
  void patternsFuzzyTermsRegexesRangesAndBoosts() {
    assertThat(parse("sanction*")).isEqualTo(new Wildcard(TEXT, "sanction*"));
    assertThat(parse("wo?d")).isEqualTo(new Wildcard(TEXT, "wo?d"));
    assertThat(parse("disarmament~2")).isEqualTo(new Fuzzy(TEXT, "disarmament", 2));
    assertThat(parse("navog~1")).isEqualTo(new Fuzzy(TEXT, "navog", 1));
    assertThat(parse("navog~")).isEqualTo(new Fuzzy(TEXT, "navog", 2));
    assertThat(parse("title:/re[ge]x/")).isEqualTo(new Regex(QueryField.TITLE, "re[ge]x"));
    assertThat(parse("number:[100 TO 200}"))
        .isEqualTo(new Range(QueryField.NUMBER, "100", "200", true, false));
    assertThat(parse("[* TO b]")).isEqualTo(new Range(TEXT, null, "b", true, true));
    assertThat(parse("peace^2")).isEqualTo(new Boost(term("peace"), 2f));
    assertThat(parse("a\\*b")).isEqualTo(term("a*b"));
  }

  @Test
  void errorsSayWhere() {
    assertError("\"unclosed phrase", 0, "no closing quote");
    assertError("a AND", 5, "ends after 'AND'");
    assertError("title:(", 7, "never closed");
    assertError("navigation colour:red", 11, "unknown field 'colour'; fields are: title, body");
    assertError("a))", 1, "no '(' opens it");
    assertError("OR b", 0, "'OR' needs a clause before it");
    assertError("a~5", 1, "0, 1 or 2 edits");
    assertError("a^", 1, "needs a number");
    assertError("\"a b\"~", 5, "needs a number");
    assertError("\"\"", 0, "empty phrase");
    assertError("- a", 0, "right after it");
    assertError("a\\", 1, "escapes nothing");
    assertError("[a TO b", 7, "needs ] or }");
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "(".repeat(10_000) + "a" + ")".repeat(10_000);
    assertError(deep, QueryParser.MAX_DEPTH, "deeper than " + QueryParser.MAX_DEPTH);
    assertError("-".repeat(10_000) + "a", QueryParser.MAX_DEPTH, "deeper than");
    assertError("NOT ".repeat(10_000) + "a", 4 * QueryParser.MAX_DEPTH, "deeper than");
    String fine = "(".repeat(QueryParser.MAX_DEPTH) + "a" + ")".repeat(QueryParser.MAX_DEPTH);
    assertThat(parse(fine)).isEqualTo(term("a"));
  }

  @Test
  void longFlatQueriesNeedNoRecursion() {
    String many = "a ".repeat(100_000) + "OR b ".repeat(100_000);
    assertThat(parse(many)).isInstanceOf(And.class);
  }

  /** Queries users type by mistake: each is a query or an error with a position inside it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"",
        "\"\"",
        "\"unclosed",
        "unclosed\"",
        "a AND",
        "AND",
        "OR OR",
        "NOT",
        "+",
        "-",
        "-\"",
        "a^",
        "a^x",
        "~",
        "a~x",
        "a~5",
        "\"a b\"~",
        "*",
        "?",
        "*:*",
        "**",
        "a:b:c",
        "title:",
        "title:(",
        "title:)",
        "speaker:\"",
        ":::",
        "((a)",
        "a))",
        "[a TO",
        "[a TO b",
        "{a TO b]",
        "[* TO *]",
        "/[/",
        "/abc",
        "a\\",
        "\\",
        "\\\\",
        "!",
        "&&",
        "||",
        "a && || b",
        "title:/re[ge]x/",
        "😀",
        "ДА И НЕТ",
        "a\tb",
        "%s%s%n",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "lemma:",
        "lemma:lemma:x",
        "()",
        "(  )",
        "a OR",
        "a OR )",
        "^2",
        "x:y",
        "[a b]",
        "[a TO b c]",
        "\"a\"~99999999999999"
      })
  void nastyQueriesGiveAQueryOrAPositionedError(String query) {
    try {
      assertThat(parse(query)).isNotNull();
    } catch (QuerySyntaxException e) {
      assertThat(e.position()).as(e.getMessage()).isBetween(0, query.length());
      assertThat(e.getMessage()).startsWith("cannot parse query '" + query + "'");
    } catch (RuntimeException e) {
      fail("query " + query + " failed with " + e, e);
    }
  }

  private static void assertError(String query, int position, String message) {
    assertThatThrownBy(() -> parse(query))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(position));
  }
}
