package io.verbatim.lucene;

import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.lucene.IndexFields.TextGroup;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a user's query in Lucene's classic syntax, plus the language filter, into a Lucene query
 * over the index's fields (dates: {@link DateFilters}; list filters: {@link SelectionFilters}).
 *
 * <p>Words without a field search {@code body.xx} and {@code title.xx} (title boosted ×2), parsed
 * with the analyzer of the statement's language group {@code xx} (see {@link TextGroup}). With a
 * language filter only that language's group is searched; without one the query is parsed once per
 * group and each parse is applied only to statements of its group, so every statement is matched
 * with the analyzer it was indexed with (negations included). User field names are mapped: {@code
 * title:}, {@code body:}, {@code speaker:}, {@code role:}, {@code place:} (analysed), {@code
 * genre:}, {@code language:}, {@code id:} (exact, case-insensitive), {@code number:} (document
 * number, exact). Leading wildcards ({@code *stan}) are allowed: archives are small enough for the
 * term scan, and document numbers need them. A query of only negations ({@code -word}) means "all
 * statements except". Thread-safe.
 */
final class QueryTranslator {
  /** The field names users may write, mapped to index fields ({@code null}: per-language text). */
  private static final Map<String, String> USER_FIELDS = new LinkedHashMap<>();

  static {
    USER_FIELDS.put("title", null);
    USER_FIELDS.put("body", null);
    USER_FIELDS.put("speaker", IndexFields.SPEAKER + IndexFields.TEXT_SUFFIX);
    USER_FIELDS.put("role", IndexFields.ROLE + IndexFields.TEXT_SUFFIX);
    USER_FIELDS.put("place", IndexFields.PLACE + IndexFields.TEXT_SUFFIX);
    USER_FIELDS.put("genre", IndexFields.GENRE);
    USER_FIELDS.put("language", IndexFields.LANGUAGE);
    USER_FIELDS.put("id", IndexFields.ID);
    USER_FIELDS.put("number", IndexFields.DOCUMENT_NUMBER);
    USER_FIELDS.put("mention", IndexFields.MENTION);
  }

  private static final Pattern LEXICAL_COLUMN = Pattern.compile("line \\d+, column (\\d+)");

  private final Analyzer analyzer;

  QueryTranslator(Analyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "query analyzer");
  }

  /**
   * The query for {@code userQuery} with the filters.
   *
   * @param language ISO 639-1 code to restrict to (and parse with), or null for all
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  Query translate(String userQuery, String language) {
    Objects.requireNonNull(userQuery, "query");
    BooleanQuery.Builder result = new BooleanQuery.Builder();
    if (userQuery.isBlank()) {
      result.add(new MatchAllDocsQuery(), Occur.MUST);
    } else if (language != null) {
      result.add(parse(userQuery, TextGroup.of(language)), Occur.MUST);
    } else {
      BooleanQuery.Builder perGroup = new BooleanQuery.Builder();
      for (TextGroup group : EnumSet.allOf(TextGroup.class)) {
        perGroup.add(
            new BooleanQuery.Builder()
                .add(parse(userQuery, group), Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.TEXT_GROUP, group.suffix())), Occur.FILTER)
                .build(),
            Occur.SHOULD);
      }
      result.add(perGroup.build(), Occur.MUST);
    }
    if (language != null) {
      result.add(new TermQuery(new Term(IndexFields.LANGUAGE, language)), Occur.FILTER);
    }
    return result.build();
  }

  private Query parse(String userQuery, TextGroup group) {
    Query q;
    try {
      q = new GroupParser(group, analyzer, userQuery).parse(userQuery);
    } catch (ParseException e) {
      throw syntaxError(userQuery, e);
    }
    if (onlyNegations(q)) {
      BooleanQuery.Builder allExcept = new BooleanQuery.Builder();
      ((BooleanQuery) q).clauses().forEach(allExcept::add);
      allExcept.add(new MatchAllDocsQuery(), Occur.MUST);
      return allExcept.build();
    }
    return q;
  }

  /** True for {@code -a -b}: a query that, left alone, would match nothing. */
  private static boolean onlyNegations(Query q) {
    if (!(q instanceof BooleanQuery b) || b.clauses().isEmpty()) {
      return false;
    }
    return b.clauses().stream().allMatch(c -> c.occur() == Occur.MUST_NOT);
  }

  private static QuerySyntaxException syntaxError(String query, ParseException wrapped) {
    Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
    if (cause instanceof ParseException pe && pe.currentToken != null) {
      Token next = pe.currentToken.next;
      if (next == null) {
        return new QuerySyntaxException(query, -1, "cannot parse");
      }
      if (next.kind == QueryParserConstants.EOF) {
        return new QuerySyntaxException(
            query, query.length(), "the query ends after '" + pe.currentToken.image + "'");
      }
      return new QuerySyntaxException(
          query, next.beginColumn, "unexpected '" + next.image + "' here");
    }
    if (cause instanceof PositionedParseException pe) {
      return new QuerySyntaxException(query, pe.position, pe.getMessage());
    }
    if (cause instanceof TokenMgrError) {
      int openQuote = unclosedQuote(query);
      if (openQuote >= 0) {
        return new QuerySyntaxException(
            query, openQuote, "the phrase opened here has no closing quote (\")");
      }
      Matcher m = LEXICAL_COLUMN.matcher(String.valueOf(cause.getMessage()));
      int position = m.find() ? Math.min(Integer.parseInt(m.group(1)) - 1, query.length()) : -1;
      return new QuerySyntaxException(
          query, position, "cannot read the characters here (an unfinished escape '\\'?)");
    }
    return new QuerySyntaxException(query, -1, String.valueOf(cause.getMessage()));
  }

  /** The position of the quote that opens a phrase never closed, or -1. */
  private static int unclosedQuote(String query) {
    int open = -1;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  /** A problem this class finds itself (unknown field, bad regular expression), with where. */
  private static final class PositionedParseException extends ParseException {
    private static final long serialVersionUID = 1L;
    final int position;

    PositionedParseException(String message, int position) {
      super(message);
      this.position = position;
    }
  }

  /** A classic parser over one language group's fields, mapping the user's field names. */
  private static final class GroupParser extends MultiFieldQueryParser {
    private final TextGroup group;
    private final Set<String> indexFields;

    private final String userQuery;

    GroupParser(TextGroup group, Analyzer analyzer, String userQuery) {
      super(
          new String[] {group.bodyField(), group.titleField()},
          analyzer,
          Map.of(group.titleField(), 2f));
      this.group = group;
      this.indexFields = Set.of(group.bodyField(), group.titleField());
      this.userQuery = userQuery;
      setAllowLeadingWildcard(true);
    }

    private String map(String field) throws ParseException {
      if (field == null || "*".equals(field) || indexFields.contains(field)) {
        return field;
      }
      if (!USER_FIELDS.containsKey(field)) {
        Matcher at =
            Pattern.compile("(?<![\\p{L}\\p{N}_.\\\\])" + Pattern.quote(field) + ":")
                .matcher(userQuery);
        throw new PositionedParseException(
            "unknown field '" + field + "'; fields are: " + String.join(", ", USER_FIELDS.keySet()),
            at.find() ? at.start() : -1);
      }
      return switch (field) {
        case "title" -> group.titleField();
        case "body" -> group.bodyField();
        default -> USER_FIELDS.get(field);
      };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      return super.getFieldQuery(map(field), queryText, slop);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      return super.getFieldQuery(map(field), queryText, quoted);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      return super.getFuzzyQuery(map(field), termStr, minSimilarity);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return super.getPrefixQuery(map(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return super.getWildcardQuery(map(field), termStr);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      String mapped = map(field);
      try {
        return super.getRegexpQuery(mapped, termStr);
      } catch (RuntimeException e) {
        throw new PositionedParseException(
            "not a valid regular expression /" + termStr + "/: " + e.getMessage(),
            Math.max(-1, userQuery.indexOf("/" + termStr)));
      }
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      return super.getRangeQuery(map(field), part1, part2, startInclusive, endInclusive);
    }
  }
}
