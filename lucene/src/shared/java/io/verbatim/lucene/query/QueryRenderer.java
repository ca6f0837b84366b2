package io.verbatim.lucene.query;

import io.verbatim.analysis.words.SurfaceForms;
import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.query.QueryField;
import io.verbatim.query.QueryNode;
import io.verbatim.query.QueryParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.RegExp;

/**
 * Turns a user's query ({@link QueryParser}, {@link QueryNode}) into a Lucene {@link Query} with
 * the meaning {@link QueryNode} states, over an index analysed with Verbatim's word analysis
 * (surface forms marked with {@link SurfaceForms#MARK} beside stems and lemmas, at the same
 * positions). Both backends render with this class: the embedded archive (Lucene 10) and the
 * SolrCloud query parser plugin (Solr's Lucene 9); they differ only in their {@link Fields} and
 * analyzer.
 *
 * <p>How each node becomes a query, for one language group's fields ({@code title}, {@code body})
 * analysed with that group's analyzer:
 *
 * <ul>
 *   <li>A {@link QueryNode.Term} on text: the unmarked tokens of its analysis (stems, lemmas): one
 *       position gives a {@link TermQuery}, several lemmas at one position a {@link SynonymQuery},
 *       several positions ({@code U.S.}) a phrase. A term that analyses to no word at all ({@code
 *       &}) is left out of the AND or OR it stands in (alone, it matches nothing).
 *   <li>A {@link QueryNode.Phrase} on text: the marked tokens (exact forms) in order, with the
 *       phrase's slop; inflected ({@code lemma:"…"}): the unmarked ones. A phrase that analyses to
 *       no word matches nothing.
 *   <li>{@link QueryNode.Wildcard}, {@link QueryNode.Regex}, {@link QueryNode.Range}, {@link
 *       QueryNode.Fuzzy} on text: over the marked terms only (the pattern lower-cased, {@code ё}
 *       folded, and prefixed with the mark; the fuzzy term's prefix length is the mark's), so they
 *       never reach a stem.
 *   <li>Unfielded text is the title (boost 2) or the body. Name fields ({@code speaker:} …) are
 *       analysed without surface forms; keyword fields are exact ({@code genre}, {@code language},
 *       {@code id} lower-cased).
 *   <li>{@link QueryNode.And}: MUST clauses and MUST_NOT ones; only negations, or a {@link
 *       QueryNode.Not} standing alone or in an OR: every statement except.
 * </ul>
 *
 * <p>{@link #render(String, Collection)} searches every given language group with its own analysis
 * and restricts each to its statements (the {@link Fields#groupField()} keyword), so a statement is
 * matched, negations included, with the analysis it was indexed with.
 *
 * <p>Errors are {@link QuerySyntaxException}s with a position in the user's query: the parser's, a
 * regular expression or pattern Lucene refuses, and a query with more clauses than {@link
 * IndexSearcher#getMaxClauseCount()}. Thread-safe when the analyzer is (Lucene's are).
 */
public final class QueryRenderer {

  /** Where a backend keeps what queries look at. */
  public interface Fields {
    /** The text field of language group {@code group}: its titles or its bodies. */
    String text(String group, boolean title);

    /** The analysed field of a name ({@link QueryField.Kind#NAME}). */
    String name(QueryField field);

    /**
     * The exact field of a keyword ({@link QueryField.Kind#KEYWORD}); for {@link QueryField#GENRE},
     * {@link QueryField#LANGUAGE} and {@link QueryField#ID} it must hold lower-case values.
     */
    String keyword(QueryField field);

    /** The keyword field that names each statement's language group. */
    String groupField();
  }

  /** The title's weight against the body's in unfielded text. */
  public static final float TITLE_BOOST = 2f;

  private final Fields fields;
  private final Analyzer analyzer;

  /**
   * @param fields the backend's field names
   * @param analyzer per field: the index analysis of every text and name field
   */
  public QueryRenderer(Fields fields, Analyzer analyzer) {
    this.fields = Objects.requireNonNull(fields, "fields");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /**
   * The query for {@code userQuery} over the statements of {@code groups}.
   *
   * @throws QuerySyntaxException with the position of the problem
   */
  public Query render(String userQuery, Collection<String> groups) {
    return render(userQuery, QueryParser.parse(userQuery), groups);
  }

  /**
   * The query for {@code node}, parsed from {@code userQuery}, over the statements of {@code
   * groups}.
   *
   * @throws QuerySyntaxException with a position in {@code userQuery}
   */
  public Query render(String userQuery, QueryNode node, Collection<String> groups) {
    Objects.requireNonNull(userQuery, "query text");
    Objects.requireNonNull(node, "query");
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("no language group to search");
    }
    if (node instanceof QueryNode.All) {
      return new MatchAllDocsQuery();
    }
    Query result;
    try {
      BooleanQuery.Builder perGroup = new BooleanQuery.Builder();
      int rendered = 0;
      for (String group : groups) {
        Query q = new GroupRendering(userQuery, group).node(node);
        if (q == null) {
          continue;
        }
        perGroup.add(
            new BooleanQuery.Builder()
                .add(q, Occur.MUST)
                .add(new TermQuery(new Term(fields.groupField(), group)), Occur.FILTER)
                .build(),
            Occur.SHOULD);
        rendered++;
      }
      result = rendered == 0 ? new MatchNoDocsQuery("no word to search for") : perGroup.build();
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(userQuery);
    }
    requireFewEnoughClauses(userQuery, result);
    return result;
  }

  private static QuerySyntaxException tooManyClauses(String userQuery) {
    return new QuerySyntaxException(
        userQuery,
        0,
        "the query has too many words or clauses (at most "
            + IndexSearcher.getMaxClauseCount()
            + " searched terms in all, each counting once per language and field)");
  }

  /** Refuses a query whose leaf clauses, nested, exceed the searcher's limit. */
  private static void requireFewEnoughClauses(String userQuery, Query query) {
    int max = IndexSearcher.getMaxClauseCount();
    int[] count = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }

          @Override
          public void visitLeaf(Query q) {
            count[0]++;
          }

          @Override
          public void consumeTerms(Query q, Term... terms) {
            count[0]++;
          }

          @Override
          public void consumeTermsMatching(
              Query q,
              String field,
              java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton>
                  automaton) {
            count[0]++;
          }
        });
    if (count[0] > max) {
      throw tooManyClauses(userQuery);
    }
  }

  /** Which tokens of a text field's analysis a clause uses. */
  private enum Forms {
    /** The surface forms (quoted words and phrases). */
    EXACT,
    /** The stems and lemmas (unquoted words, {@code lemma:"…"}). */
    INFLECTED,
    /** Every token (name fields, which have no surface forms). */
    ALL
  }

  /** The rendering of one query for one language group. */
  private final class GroupRendering {
    private final String userQuery;
    private final String group;

    GroupRendering(String userQuery, String group) {
      this.userQuery = userQuery;
      this.group = group;
    }

    /** The query for {@code node}, or null when it has no word to search for. */
    Query node(QueryNode node) {
      return switch (node) {
        case QueryNode.All all -> new MatchAllDocsQuery();
        case QueryNode.Term t -> term(t);
        case QueryNode.Phrase p -> phrase(p);
        case QueryNode.Wildcard w -> wildcard(w);
        case QueryNode.Fuzzy f -> fuzzy(f);
        case QueryNode.Regex r -> regex(r);
        case QueryNode.Range r -> range(r);
        case QueryNode.And a -> and(a);
        case QueryNode.Or o -> or(o);
        case QueryNode.Not n -> allExcept(java.util.Collections.singletonList(node(n.clause())));
        case QueryNode.Boost b -> {
          Query inner = node(b.clause());
          yield inner == null ? null : new BoostQuery(inner, b.boost());
        }
      };
    }

    private Query and(QueryNode.And and) {
      List<Query> required = new ArrayList<>();
      List<Query> excluded = new ArrayList<>();
      for (QueryNode clause : and.clauses()) {
        if (clause instanceof QueryNode.Not not) {
          Query q = node(not.clause());
          if (q != null) {
            excluded.add(q);
          }
        } else {
          Query q = node(clause);
          if (q != null) {
            required.add(q);
          }
        }
      }
      if (required.isEmpty()) {
        return excluded.isEmpty() ? null : allExcept(excluded);
      }
      if (required.size() == 1 && excluded.isEmpty()) {
        return required.get(0);
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      required.forEach(q -> b.add(q, Occur.MUST));
      excluded.forEach(q -> b.add(q, Occur.MUST_NOT));
      return b.build();
    }

    private Query or(QueryNode.Or or) {
      List<Query> any = new ArrayList<>();
      for (QueryNode clause : or.clauses()) {
        Query q = node(clause);
        if (q != null) {
          any.add(q);
        }
      }
      return anyOf(any);
    }

    /** Every statement except those {@code excluded} matches (nulls exclude nothing). */
    private Query allExcept(List<Query> excluded) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
      for (Query q : excluded) {
        if (q != null) {
          b.add(q, Occur.MUST_NOT);
        }
      }
      return b.build();
    }

    // ---- leaves ------------------------------------------------------------------------------

    private Query term(QueryNode.Term t) {
      return switch (t.field().kind()) {
        case TEXT -> overText(t.field(), field -> words(field, t.text(), Forms.INFLECTED, 0));
        case NAME -> words(fields.name(t.field()), t.text(), Forms.ALL, 0);
        case KEYWORD ->
            new TermQuery(new Term(fields.keyword(t.field()), keyword(t.field(), t.text())));
      };
    }

    private Query phrase(QueryNode.Phrase p) {
      Query q =
          switch (p.field().kind()) {
            case TEXT ->
                overText(
                    p.field(),
                    field ->
                        words(
                            field,
                            p.text(),
                            p.inflected() ? Forms.INFLECTED : Forms.EXACT,
                            p.slop()));
            case NAME -> words(fields.name(p.field()), p.text(), Forms.ALL, p.slop());
            case KEYWORD ->
                new TermQuery(new Term(fields.keyword(p.field()), keyword(p.field(), p.text())));
          };
      // A quoted phrase with no word in it is a question with no answer, not a neutral clause.
      return q == null ? new MatchNoDocsQuery("the phrase \"" + p.text() + "\" has no word") : q;
    }

    private Query wildcard(QueryNode.Wildcard w) {
      int at = position(w.pattern());
      return switch (w.field().kind()) {
        case TEXT ->
            overText(
                w.field(),
                field ->
                    guarded(
                        at,
                        w.pattern(),
                        () ->
                            new WildcardQuery(
                                new Term(
                                    field,
                                    SurfaceForms.mark(SurfaceForms.normalize(w.pattern()))))));
        case NAME ->
            guarded(
                at,
                w.pattern(),
                () ->
                    new WildcardQuery(
                        new Term(fields.name(w.field()), SurfaceForms.normalize(w.pattern()))));
        case KEYWORD ->
            guarded(
                at,
                w.pattern(),
                () ->
                    new WildcardQuery(
                        new Term(fields.keyword(w.field()), keyword(w.field(), w.pattern()))));
      };
    }

    private Query fuzzy(QueryNode.Fuzzy f) {
      String form = SurfaceForms.normalize(f.text());
      return switch (f.field().kind()) {
        case TEXT ->
            overText(
                f.field(),
                field ->
                    new FuzzyQuery(
                        new Term(field, SurfaceForms.mark(form)),
                        f.maxEdits(),
                        SurfaceForms.MARK.length()));
        case NAME -> new FuzzyQuery(new Term(fields.name(f.field()), form), f.maxEdits());
        case KEYWORD ->
            new FuzzyQuery(
                new Term(fields.keyword(f.field()), keyword(f.field(), f.text())), f.maxEdits());
      };
    }

    private Query regex(QueryNode.Regex r) {
      int at = position("/" + r.pattern());
      String pattern =
          r.field().kind() == QueryField.Kind.KEYWORD
              ? keyword(r.field(), r.pattern())
              : normalizeRegex(r.pattern());
      guarded(at, r.pattern(), () -> new RegExp(pattern).toAutomaton());
      return switch (r.field().kind()) {
        case TEXT ->
            overText(
                r.field(),
                field ->
                    guarded(
                        at,
                        r.pattern(),
                        () ->
                            new RegexpQuery(
                                new Term(field, SurfaceForms.MARK + "(" + pattern + ")"))));
        case NAME ->
            guarded(
                at, r.pattern(), () -> new RegexpQuery(new Term(fields.name(r.field()), pattern)));
        case KEYWORD ->
            guarded(
                at,
                r.pattern(),
                () -> new RegexpQuery(new Term(fields.keyword(r.field()), pattern)));
      };
    }

    private Query range(QueryNode.Range r) {
      return switch (r.field().kind()) {
        case TEXT ->
            overText(
                r.field(),
                field ->
                    new TermRangeQuery(
                        field,
                        new BytesRef(
                            r.lower() == null
                                ? SurfaceForms.MARK
                                : SurfaceForms.mark(SurfaceForms.normalize(r.lower()))),
                        new BytesRef(
                            r.upper() == null
                                ? SurfaceForms.END
                                : SurfaceForms.mark(SurfaceForms.normalize(r.upper()))),
                        r.lower() == null || r.includeLower(),
                        r.upper() != null && r.includeUpper()));
        case NAME ->
            TermRangeQuery.newStringRange(
                fields.name(r.field()),
                r.lower() == null ? null : SurfaceForms.normalize(r.lower()),
                r.upper() == null ? null : SurfaceForms.normalize(r.upper()),
                r.includeLower(),
                r.includeUpper());
        case KEYWORD ->
            TermRangeQuery.newStringRange(
                fields.keyword(r.field()),
                r.lower() == null ? null : keyword(r.field(), r.lower()),
                r.upper() == null ? null : keyword(r.field(), r.upper()),
                r.includeLower(),
                r.includeUpper());
      };
    }

    // ---- text fields -------------------------------------------------------------------------

    /** The query {@code perField} makes, over the text fields {@code field} stands for. */
    private Query overText(QueryField field, java.util.function.Function<String, Query> perField) {
      return switch (field) {
        case TITLE -> perField.apply(fields.text(group, true));
        case BODY -> perField.apply(fields.text(group, false));
        case TEXT -> {
          Query title = perField.apply(fields.text(group, true));
          Query body = perField.apply(fields.text(group, false));
          yield anyOf(
              title == null
                  ? java.util.Arrays.asList(body)
                  : java.util.Arrays.asList(new BoostQuery(title, TITLE_BOOST), body));
        }
        default -> throw new IllegalArgumentException(field + " is not a text field");
      };
    }

    /**
     * The words of {@code text} as {@code field}'s analysis has them ({@code forms} of them): a
     * term, synonyms at one position, or a phrase with {@code slop}; null when there is none.
     */
    private Query words(String field, String text, Forms forms, int slop) {
      List<Set<String>> positions = analyse(field, text, forms);
      if (positions.isEmpty()) {
        return null;
      }
      if (positions.size() == 1) {
        Set<String> terms = positions.get(0);
        if (terms.size() == 1) {
          return new TermQuery(new Term(field, terms.iterator().next()));
        }
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        terms.forEach(t -> synonyms.addTerm(new Term(field, t)));
        return synonyms.build();
      }
      boolean stacked = positions.stream().anyMatch(p -> p.size() > 1);
      if (!stacked) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
        for (int i = 0; i < positions.size(); i++) {
          phrase.add(new Term(field, positions.get(i).iterator().next()), i);
        }
        return phrase.build();
      }
      MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder().setSlop(slop);
      for (int i = 0; i < positions.size(); i++) {
        phrase.add(positions.get(i).stream().map(t -> new Term(field, t)).toArray(Term[]::new), i);
      }
      return phrase.build();
    }

    /** The selected tokens of {@code text} in {@code field}'s analysis, grouped by position. */
    private List<Set<String>> analyse(String field, String text, Forms forms) {
      TreeMap<Integer, Set<String>> byPosition = new TreeMap<>();
      try (TokenStream ts = analyzer.tokenStream(field, text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
        ts.reset();
        int position = -1;
        while (ts.incrementToken()) {
          position += increment.getPositionIncrement();
          boolean surface = SurfaceForms.isSurface(term);
          boolean wanted =
              switch (forms) {
                case EXACT -> surface;
                case INFLECTED -> !surface;
                case ALL -> true;
              };
          if (wanted) {
            byPosition.computeIfAbsent(position, p -> new LinkedHashSet<>()).add(term.toString());
          }
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException("analysing '" + text + "' for " + field, e);
      }
      // Positions are consecutive words; keep their order, renumbered from 0.
      return new ArrayList<>(byPosition.values());
    }

    // ---- helpers -----------------------------------------------------------------------------

    private Query anyOf(List<Query> queries) {
      List<Query> present = queries.stream().filter(Objects::nonNull).toList();
      if (present.isEmpty()) {
        return null;
      }
      if (present.size() == 1) {
        return present.get(0);
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      present.forEach(q -> b.add(q, Occur.SHOULD));
      return b.build();
    }

    /** The value of a keyword clause as indexed: lower case where the field is. */
    private String keyword(QueryField field, String value) {
      return switch (field) {
        case GENRE, LANGUAGE, ID -> value.toLowerCase(Locale.ROOT);
        default -> value;
      };
    }

    /** Where {@code text} starts in the user's query (its first occurrence), else 0. */
    private int position(String text) {
      int at = userQuery.indexOf(text);
      return Math.max(0, at);
    }

    /** {@code build}'s result, or a positioned syntax error when Lucene refuses the pattern. */
    private <T> T guarded(int at, String pattern, java.util.function.Supplier<T> build) {
      try {
        return build.get();
      } catch (IndexSearcher.TooManyClauses e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        throw new QuerySyntaxException(
            userQuery,
            at,
            "cannot use the pattern '" + pattern + "': " + String.valueOf(e.getMessage()));
      }
    }
  }

  /**
   * A regular expression over normalised word forms: letters lower-cased and {@code ё} folded,
   * except a character escaped with a backslash (so {@code \W} keeps its meaning).
   */
  static String normalizeRegex(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(c).append(pattern.charAt(++i));
      } else {
        out.append(SurfaceForms.normalize(String.valueOf(c)));
      }
    }
    return out.toString();
  }
}
