package io.verbatim.solr;

import io.verbatim.analysis.people.SpeakerNames;
import io.verbatim.archive.IndexedKeyword;
import io.verbatim.archive.IndexedPeriod;
import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.query.QueryParser;
import io.verbatim.solr.SolrFields.TextGroup;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Turns a {@link Selection}'s query and filters into Solr parameters.
 *
 * <p>The query is read here first with core's {@link QueryParser}, so a malformed query fails with
 * the same {@link QuerySyntaxException} and position as on the embedded archive, without a round
 * trip. It then runs with the plugin's {@code {!verbatim}} parser (the verbatim-solr-plugin jar's
 * {@code VerbatimQParserPlugin}), which renders it with the embedded archive's own renderer over
 * the collection's fields: words without a field search {@code body_xx} and {@code title_xx}
 * (boosted) of every language group, or only the requested language's, each group with its own
 * analysis and restricted to its statements. What only Lucene can refuse (a regular expression, a
 * query with too many clauses) comes back as an HTTP 400 whose message {@link #renderingError}
 * turns into the same exception.
 */
final class SolrQueries {
  private SolrQueries() {}

  /** The parameter holding the user's query text (referenced as {@code $uq}). */
  static final String USER_QUERY = "uq";

  /** The groups whose fields {@code request} searches. */
  static Set<TextGroup> groups(String language) {
    return language == null ? EnumSet.allOf(TextGroup.class) : EnumSet.of(TextGroup.of(language));
  }

  /**
   * {@code q}, its parser settings and every filter of {@code request}.
   *
   * @throws QuerySyntaxException when the query cannot be read
   */
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
      QueryParser.parse(request.query());
      List<String> groups = new ArrayList<>();
      for (TextGroup g : groups(request.language())) {
        groups.add(g.suffix());
      }
      p.set("q", "{!verbatim groups=" + String.join(",", groups) + " v=$" + USER_QUERY + "}");
      p.set(USER_QUERY, request.query());
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
    if (!r.speakers().isEmpty()) {
      fq.add(speakers(r.speakers()));
    }
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

  /**
   * Statements by any of the speakers {@code values} names: the speaker's label is the value, or
   * their person id is one the value stands for ({@link SpeakerNames#filterIds}), as in the
   * embedded archive.
   */
  private static String speakers(List<String> values) {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    for (String v : values) {
      ids.addAll(SpeakerNames.standard().filterIds(v));
    }
    String byLabel = anyOf(SolrFields.SPEAKER, values);
    return ids.isEmpty()
        ? byLabel
        : byLabel + " OR " + anyOf(SolrFields.SPEAKER_ID, List.copyOf(ids));
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
      b.append(quoted(IndexedKeyword.of(values.get(i)))); // keyword values as indexed
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

  /**
   * The {@link QuerySyntaxException} that Solr's error {@code message} reports for the user's
   * {@code query} (the plugin's message: "cannot parse query '…' at position N: …"), or null when
   * the message is about something else.
   */
  static QuerySyntaxException renderingError(String query, String message) {
    String m = String.valueOf(message);
    String head = "cannot parse query '" + query + "'";
    int at = m.indexOf(head);
    if (at < 0) {
      return null;
    }
    String rest = m.substring(at + head.length());
    Matcher position = POSITIONED.matcher(rest);
    if (position.lookingAt()) {
      return new QuerySyntaxException(
          query, Integer.parseInt(position.group(1)), firstLine(position.group(2)));
    }
    return new QuerySyntaxException(query, -1, firstLine(rest.replaceFirst("^:\\s*", "")));
  }

  private static final Pattern POSITIONED =
      Pattern.compile(" at position (\\d+): (.*)", Pattern.DOTALL);

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
