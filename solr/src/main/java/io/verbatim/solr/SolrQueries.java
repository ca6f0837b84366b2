package io.verbatim.solr;

import io.verbatim.archive.IndexedPeriod;
import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.solr.SolrFields.TextGroup;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Turns a {@link Selection}'s query (Lucene classic syntax) and filters into Solr parameters.
 *
 * <p>The query runs with Solr's {@code edismax} parser: words without a field search {@code
 * body_xx} and {@code title_xx^2} of every language group (or only the requested language's), each
 * field analysed as it was indexed, so every statement is matched with its own language's analysis
 * (a statement has only its own group's fields). The user's field names are aliases: {@code
 * title:}, {@code body:} (per group), {@code speaker:}, {@code role:}, {@code place:} (analysed),
 * {@code genre:}, {@code language:}, {@code id:} (exact, case-insensitive), {@code number:}, {@code
 * mention:} (exact). edismax forgives syntax errors silently, so a query with syntax characters is
 * first checked with Solr's strict {@code lucene} parser ({@link #syntaxCheck}), whose errors
 * become {@link QuerySyntaxException}s with the position, like the embedded archive's.
 */
final class SolrQueries {
  private SolrQueries() {}

  /** The field names users may write. */
  static final List<String> USER_FIELDS =
      List.of(
          "title",
          "body",
          "speaker",
          "role",
          "place",
          "genre",
          "language",
          "id",
          "number",
          "mention");

  /** Characters and words that make a query more than plain words. */
  private static final Pattern SYNTAX =
      Pattern.compile("[\"():\\[\\]{}^~*?\\\\/+\\-!&|]|\\bAND\\b|\\bOR\\b|\\bNOT\\b");

  private static final Pattern UNDEFINED_FIELD = Pattern.compile("undefined field ([^\\s\"]+)");
  private static final Pattern COLUMN =
      Pattern.compile("Encountered \"(.*?)\" at line \\d+, column (\\d+)", Pattern.DOTALL);
  private static final Pattern LEXICAL =
      Pattern.compile("Lexical error at line \\d+, column (\\d+)");

  /** The parameter holding the user's query text (referenced as {@code $uq}). */
  static final String USER_QUERY = "uq";

  /** The groups whose fields {@code request} searches. */
  static Set<TextGroup> groups(String language) {
    return language == null ? EnumSet.allOf(TextGroup.class) : EnumSet.of(TextGroup.of(language));
  }

  /** {@code q}, its parser settings and every filter of {@code request}. */
  static ModifiableSolrParams selection(Selection request) {
    ModifiableSolrParams p = withoutDates(request);
    for (String fq : dateFilters(request)) {
      p.add("fq", fq);
    }
    return p;
  }

  /**
   * The statements {@code request} would select but for its date range, which cuts their period:
   * they overlap the range without lying inside it (see {@link
   * io.verbatim.archive.SearchResult#partial()}). Null without a date range.
   */
  static ModifiableSolrParams cut(Selection request) {
    if (!request.hasDateRange()) {
      return null;
    }
    ModifiableSolrParams p = withoutDates(request);
    p.add("fq", SolrFields.PUBLISHED + ":[* TO " + upper(request) + "]");
    p.add("fq", SolrFields.PUBLISHED_END + ":[" + lower(request) + " TO *]");
    p.add("fq", "*:* -(+" + String.join(" +", dateFilters(request)) + ")");
    return p;
  }

  /**
   * The date rules of {@code request} (see {@link Selection}): with a range, the whole period
   * inside it ({@code published} is its first minute, {@code publishedEnd} its last), so never an
   * undated statement; without one, undated statements excluded or the only ones, or no filter.
   */
  static List<String> dateFilters(Selection r) {
    if (r.hasDateRange()) {
      return List.of(
          SolrFields.PUBLISHED + ":[" + lower(r) + " TO *]",
          SolrFields.PUBLISHED_END + ":[* TO " + upper(r) + "]");
    }
    return switch (r.undated()) {
      case INCLUDE -> List.of();
      case EXCLUDE -> List.of(SolrFields.PUBLISHED + ":[* TO *]");
      case ONLY -> List.of("*:* -" + SolrFields.PUBLISHED + ":[* TO *]");
    };
  }

  private static String lower(Selection r) {
    return r.from() == null ? "*" : Long.toString(IndexedPeriod.rangeStart(r.from()));
  }

  private static String upper(Selection r) {
    return r.to() == null ? "*" : Long.toString(IndexedPeriod.rangeEnd(r.to()));
  }

  /** {@code q}, its parser settings and the filters of {@code request} but its date rules. */
  private static ModifiableSolrParams withoutDates(Selection request) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    if (request.query().isBlank()) {
      p.set("q", "*:*");
    } else {
      List<String> qf = new ArrayList<>();
      List<String> titles = new ArrayList<>();
      List<String> bodies = new ArrayList<>();
      for (TextGroup g : groups(request.language())) {
        qf.add(g.bodyField());
        qf.add(g.titleField() + "^2");
        titles.add(g.titleField());
        bodies.add(g.bodyField());
      }
      p.set("q", request.query());
      p.set("defType", "edismax");
      p.set("q.op", "OR");
      p.set("sow", "true");
      p.set("tie", "1.0");
      p.set("qf", String.join(" ", qf));
      p.set("uf", String.join(" ", USER_FIELDS));
      p.set("f.title.qf", String.join(" ", titles));
      p.set("f.body.qf", String.join(" ", bodies));
      p.set("f.speaker.qf", "speaker_txt");
      p.set("f.role.qf", "role_txt");
      p.set("f.place.qf", "place_txt");
      p.set("f.genre.qf", "genre_lc");
      p.set("f.language.qf", "language_lc");
      p.set("f.id.qf", "id_lc");
    }
    for (String fq : filters(request)) {
      p.add("fq", fq);
    }
    return p;
  }

  /**
   * The filter queries of {@code request} but its dates: one per field given, values OR-ed;
   * mentions one per entity when all are required.
   */
  static List<String> filters(Selection r) {
    List<String> fq = new ArrayList<>();
    if (r.language() != null) {
      fq.add(anyOf(SolrFields.LANGUAGE, List.of(r.language())));
    }
    addAnyOf(fq, SolrFields.SPEAKER, r.speakers());
    addAnyOf(fq, SolrFields.ROLE, r.roles());
    addAnyOf(fq, SolrFields.GENRE, r.genres());
    addAnyOf(fq, SolrFields.PLACE, r.places());
    addAnyOf(fq, SolrFields.FORMAT, r.formats());
    if (r.mentionMatch() == Selection.MentionMatch.ALL) {
      for (String entity : r.mentions()) {
        fq.add(anyOf(SolrFields.MENTION, List.of(entity)));
      }
    } else {
      addAnyOf(fq, SolrFields.MENTION, r.mentions());
    }
    return fq;
  }

  private static void addAnyOf(List<String> fq, String field, List<String> values) {
    if (!values.isEmpty()) {
      fq.add(anyOf(field, values));
    }
  }

  /** {@code field:("a" OR "b")}: exact values of a string field. */
  static String anyOf(String field, List<String> values) {
    StringBuilder b = new StringBuilder(field).append(":(");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(" OR ");
      }
      b.append(quoted(values.get(i)));
    }
    return b.append(')').toString();
  }

  /** {@code value} as a quoted term of the lucene parser. */
  static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** The Solr sort for {@code sort}; the id breaks every tie, as cursors need. */
  static String sort(SearchSort sort) {
    return switch (sort) {
      case RELEVANCE -> "score desc,id asc";
      case DATE_DESC -> SolrFields.PUBLISHED + " desc,id asc";
      case DATE_ASC -> SolrFields.PUBLISHED + " asc,id asc";
    };
  }

  /** True when {@code query} holds syntax that edismax might forgive silently. */
  static boolean needsSyntaxCheck(String query) {
    return !query.isBlank() && SYNTAX.matcher(query).find();
  }

  /**
   * Parameters that make Solr parse {@code query} strictly and match nothing: the answer is an
   * error when the query is malformed, an empty result otherwise.
   */
  static ModifiableSolrParams syntaxCheck(String query) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "{!lucene df=body q.op=OR v=$" + USER_QUERY + "}");
    p.set(USER_QUERY, query);
    p.set("fq", "-*:*");
    p.set("rows", 0);
    return p;
  }

  /** The {@link QuerySyntaxException} for Solr's error {@code message} about {@code query}. */
  static QuerySyntaxException syntaxError(String query, String message) {
    String m = String.valueOf(message);
    Matcher undefined = UNDEFINED_FIELD.matcher(m);
    if (undefined.find()) {
      String field = undefined.group(1);
      Matcher at =
          Pattern.compile("(?<![\\p{L}\\p{N}_.\\\\])" + Pattern.quote(field) + ":").matcher(query);
      return new QuerySyntaxException(
          query,
          at.find() ? at.start() : -1,
          "unknown field '" + field + "'; fields are: " + String.join(", ", USER_FIELDS));
    }
    int openQuote = unclosedQuote(query);
    if (openQuote >= 0) {
      return new QuerySyntaxException(
          query, openQuote, "the phrase opened here has no closing quote (\")");
    }
    Matcher column = COLUMN.matcher(m);
    if (column.find()) {
      String token = column.group(1).strip();
      if (token.contains("<EOF>")) {
        return new QuerySyntaxException(query, query.length(), "the query ends too early");
      }
      int position = Math.min(Integer.parseInt(column.group(2)), query.length());
      return new QuerySyntaxException(
          query, position, "unexpected '" + tokenImage(token) + "' here");
    }
    Matcher lexical = LEXICAL.matcher(m);
    if (lexical.find()) {
      int position = Math.min(Integer.parseInt(lexical.group(1)) - 1, query.length());
      return new QuerySyntaxException(
          query, position, "cannot read the characters here (an unfinished escape '\\'?)");
    }
    return new QuerySyntaxException(query, -1, firstLine(m));
  }

  /** {@code <RPAREN> ")"} or {@code ")"} as {@code )}. */
  private static String tokenImage(String token) {
    int quote = token.indexOf('"');
    int end = token.lastIndexOf('"');
    return quote >= 0 && end > quote ? token.substring(quote + 1, end) : token;
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** The position of the quote that opens a phrase never closed, or -1. */
  static int unclosedQuote(String query) {
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
}
