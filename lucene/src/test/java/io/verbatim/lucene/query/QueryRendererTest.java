package io.verbatim.lucene.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.lucene.analysis.WordAnalyzer;
import io.verbatim.query.QueryField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.Test;

/** How parsed queries become Lucene queries over marked surface forms and stems. */
class QueryRendererTest {
  private static final QueryRenderer.Fields FIELDS =
      new QueryRenderer.Fields() {
        @Override
        public String text(String group, boolean title) {
          return (title ? "title." : "body.") + group;
        }

        @Override
        public String name(QueryField field) {
          return field.userName() + ".text";
        }

        @Override
        public String keyword(QueryField field) {
          return field.userName();
        }

        @Override
        public String groupField() {
          return "group";
        }
      };

  private static final Analyzer ANALYZER =
      new PerFieldAnalyzerWrapper(
          new KeywordAnalyzer(),
          Map.of(
              "body.en", new WordAnalyzer(WordAnalyzer.Chain.ENGLISH),
              "title.en", new WordAnalyzer(WordAnalyzer.Chain.ENGLISH),
              "body.ru", new WordAnalyzer(WordAnalyzer.Chain.RUSSIAN),
              "title.ru", new WordAnalyzer(WordAnalyzer.Chain.RUSSIAN),
              "speaker.text", new WordAnalyzer(WordAnalyzer.Chain.NAME)));

  private static final QueryRenderer RENDERER = new QueryRenderer(FIELDS, ANALYZER);

  private static Query en(String query) {
    return RENDERER.render(query, List.of("en"));
  }

  /** Every leaf as "field:term" ("!" before an excluded one; "~field:pattern" for automata). */
  private static List<String> leaves(Query q) {
    List<String> out = new ArrayList<>();
    q.visit(
        new QueryVisitor() {
          boolean excluded;

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            if (occur != Occur.MUST_NOT) {
              return this;
            }
            QueryVisitor outer = this;
            return new QueryVisitor() {
              @Override
              public QueryVisitor getSubVisitor(Occur o, Query p) {
                return this;
              }

              @Override
              public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                  out.add("!" + t.field() + ":" + t.text());
                }
              }
            };
          }

          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) {
              out.add(t.field() + ":" + t.text());
            }
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            out.add("~" + field + ":" + query);
          }
        });
    return out;
  }

  @Test
  void quotedWordsUseTheMarkedFormsAndUnquotedOnesTheStems() {
    assertThat(leaves(en("\"the sanctions\"")))
        .containsExactlyInAnyOrder(
            "title.en:=the",
            "title.en:=sanctions",
            "body.en:=the",
            "body.en:=sanctions",
            "group:en");
    assertThat(leaves(en("sanctions")))
        .containsExactlyInAnyOrder("title.en:sanction", "body.en:sanction", "group:en");
    assertThat(leaves(en("lemma:\"the sanctions\"")))
        .containsExactlyInAnyOrder(
            "title.en:the", "title.en:sanction", "body.en:the", "body.en:sanction", "group:en");
  }

  @Test
  void severalLemmasOfOneWordAreSynonymsAndAWordThatSplitsIsAPhrase() {
    assertThat(leaves(RENDERER.render("body:стали", List.of("ru"))))
        .containsExactlyInAnyOrder("body.ru:стать", "body.ru:сталь", "group:ru");
    assertThat(leaves(en("body:U.S.")))
        .containsExactlyInAnyOrder("body.en:u", "body.en:s", "group:en");
  }

  @Test
  void eachGroupIsSearchedWithItsAnalysisAndRestrictedToItsStatements() {
    assertThat(leaves(RENDERER.render("body:\"Санкции\"", List.of("en", "ru"))))
        .containsExactlyInAnyOrder("body.en:=санкции", "group:en", "body.ru:=санкции", "group:ru");
    assertThat(leaves(RENDERER.render("body:санкции", List.of("en", "ru"))))
        .containsExactlyInAnyOrder("body.en:санкции", "group:en", "body.ru:санкция", "group:ru");
  }

  @Test
  void negationsExcludeFromEveryStatement() {
    assertThat(leaves(en("body:peace -body:war")))
        .containsExactlyInAnyOrder("body.en:peac", "!body.en:war", "group:en");
    assertThat(leaves(en("-body:war"))).containsExactlyInAnyOrder("!body.en:war", "group:en");
  }

  @Test
  void patternsAndFuzzyTermsOnlyReachMarkedForms() {
    Query fuzzy = en("body:Disarmament~2");
    List<FuzzyQuery> found = new ArrayList<>();
    fuzzy.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            found.add((FuzzyQuery) query);
          }
        });
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getTerm().text()).isEqualTo("=disarmament");
    assertThat(found.get(0).getPrefixLength()).isEqualTo(1);
    assertThat(leaves(en("body:Sanct*")))
        .containsExactlyInAnyOrder("~body.en:body.en:=sanct*", "group:en");
  }

  @Test
  void namesAreAnalysedAndKeywordsExact() {
    assertThat(leaves(en("speaker:\"Сергей Лавров\"")))
        .containsExactlyInAnyOrder("speaker.text:сергей", "speaker.text:лавров", "group:en");
    assertThat(leaves(en("genre:Interview mention:org:un")))
        .containsExactlyInAnyOrder("genre:interview", "mention:org:un", "group:en");
  }

  @Test
  void aPhraseWithoutWordsMatchesNothingAndAPunctuationTermIsLeftOut() {
    assertThat(en("\"—\"").toString()).contains(new MatchNoDocsQuery().toString().split("\\(")[0]);
    assertThat(leaves(en("body:peace &"))).containsExactlyInAnyOrder("body.en:peac", "group:en");
  }

  @Test
  void badRegularExpressionsAndPatternsSayWhere() {
    assertSyntaxError("peace /[/", 6, "cannot use the pattern");
    assertSyntaxError("title:/(a/ x", 6, "cannot use the pattern");
  }

  @Test
  void tooManyClausesIsASyntaxError() {
    String words = "word ".repeat(600);
    assertThatThrownBy(() -> en(words))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("too many");
  }

  private static void assertSyntaxError(String query, int position, String message) {
    assertThatThrownBy(() -> en(query))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(position));
  }
}
