package io.verbatim.query;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the query language users type into a {@link QueryNode}. The syntax is Lucene's classic one,
 * with the meaning Verbatim's users expect:
 *
 * <ul>
 *   <li>Clauses side by side must all hold (AND); {@code AND} and {@code &&} say it explicitly.
 *   <li>{@code OR} ({@code ||}) joins alternatives and binds tighter than AND: {@code Syria
 *       sanctions OR embargo} is {@code Syria AND (sanctions OR embargo)}. Parentheses group.
 *   <li>{@code NOT}, {@code !} and {@code -} before a clause exclude it; {@code +} is allowed and
 *       changes nothing (every clause is required anyway).
 *   <li>{@code "…"} is a phrase of exact word forms, {@code "…"~N} allows N moves; {@code
 *       lemma:"…"} matches every inflection of its words.
 *   <li>{@code word*}, {@code wo?d} are wildcards, {@code word~} and {@code word~1} fuzzy terms,
 *       {@code /regex/} a regular expression, {@code [a TO b]} and {@code {a TO b}} ranges ({@code
 *       *} open), {@code ^2} a boost; {@code \} escapes the next character.
 *   <li>{@code field:value} and {@code field:(…)} look at one field ({@link QueryField}); only
 *       ASCII names are fields, so a word ending in a colon ({@code Путин:}, {@code 12:30}) stays a
 *       word. Inside a field's value a colon is part of the value ({@code mention:org:un}).
 *   <li>{@code *} or {@code *:*} alone, or an empty query, selects every statement.
 * </ul>
 *
 * <p>Errors are {@link QuerySyntaxException}s with the 0-based position of the problem. Nesting
 * (parentheses and negations) deeper than {@value #MAX_DEPTH} levels is refused with such an error,
 * so no query can exhaust the stack. Not thread-safe; {@link #parse} makes a new one.
 */
public final class QueryParser {
  /** The deepest nesting of parentheses and negations a query may have. */
  public static final int MAX_DEPTH = 100;

  /** What the clauses being read apply to. */
  private record Context(QueryField field, boolean inflected, boolean fieldFixed) {
    static final Context TOP = new Context(QueryField.TEXT, false, false);
  }

  private final String query;
  private int pos;
  private int depth;

  private QueryParser(String query) {
    this.query = query;
  }

  /**
   * The query {@code text} stands for; blank text is {@link All}.
   *
   * @throws QuerySyntaxException when the text is not a query, with the position
   */
  public static QueryNode parse(String text) {
    Objects.requireNonNull(text, "query text");
    return new QueryParser(text).parseQuery();
  }

  private QueryNode parseQuery() {
    skipWhitespace();
    if (atEnd()) {
      return new All();
    }
    QueryNode node = parseAnd(Context.TOP);
    skipWhitespace();
    if (!atEnd()) {
      // parseAnd stops only at the end or at ')'.
      throw error(pos, "unexpected ')' here: no '(' opens it");
    }
    return node;
  }

  private QueryNode parseAnd(Context context) {
    List<QueryNode> clauses = new ArrayList<>();
    clauses.add(parseOr(context));
    while (true) {
      skipWhitespace();
      if (atEnd() || peek() == ')') {
        break;
      }
      int operator = pos;
      String op = operator("AND", "&&");
      if (op != null) {
        requireClauseAfter(op, operator);
      }
      clauses.add(parseOr(context));
    }
    return clauses.size() == 1 ? clauses.get(0) : new And(clauses);
  }

  private QueryNode parseOr(Context context) {
    List<QueryNode> clauses = new ArrayList<>();
    clauses.add(parseUnary(context));
    while (true) {
      int before = pos;
      skipWhitespace();
      int operator = pos;
      String op = operator("OR", "||");
      if (op == null) {
        pos = before;
        break;
      }
      requireClauseAfter(op, operator);
      clauses.add(parseUnary(context));
    }
    return clauses.size() == 1 ? clauses.get(0) : new Or(clauses);
  }

  private void requireClauseAfter(String op, int at) {
    skipWhitespace();
    if (atEnd()) {
      throw error(query.length(), "the query ends after '" + op + "'");
    }
    if (peek() == ')') {
      throw error(pos, "'" + op + "' at position " + at + " needs a clause after it");
    }
  }

  private QueryNode parseUnary(Context context) {
    skipWhitespace();
    if (atEnd()) {
      throw error(query.length(), "the query ends where a clause was expected");
    }
    int start = pos;
    String operator;
    if (keywordAhead("NOT")) {
      pos += 3;
      operator = "NOT";
    } else if (peek() == '!' || peek() == '-' || peek() == '+') {
      operator = String.valueOf(peek());
      pos++;
      requireAdjacentClause(start);
    } else {
      return parseBoosted(context);
    }
    enter(start);
    skipWhitespace();
    if (atEnd()) {
      throw error(query.length(), "the query ends after '" + operator + "'");
    }
    QueryNode operand = parseUnary(context);
    depth--;
    // '+' marks a required clause, which every clause is already.
    return operator.equals("+") ? operand : new Not(operand);
  }

  private void requireAdjacentClause(int operator) {
    if (atEnd() || Character.isWhitespace(peek())) {
      throw error(
          operator, "'" + query.charAt(operator) + "' needs a clause right after it, e.g. -word");
    }
  }

  private QueryNode parseBoosted(Context context) {
    QueryNode node = parsePrimary(context);
    if (!atEnd() && peek() == '^') {
      int caret = pos++;
      int numberStart = pos;
      while (!atEnd() && (Character.isDigit(peek()) || peek() == '.')) {
        pos++;
      }
      String number = query.substring(numberStart, pos);
      float boost;
      try {
        boost = Float.parseFloat(number);
      } catch (NumberFormatException e) {
        throw error(caret, "a boost '^' needs a number, e.g. word^2");
      }
      if (!Float.isFinite(boost)) {
        throw error(caret, "the boost " + number + " is too large");
      }
      node = new Boost(node, boost);
    }
    return node;
  }

  private QueryNode parsePrimary(Context context) {
    char c = peek();
    int start = pos;
    switch (c) {
      case '(' -> {
        return parseGroup(context);
      }
      case ')' -> throw error(pos, "unexpected ')' here");
      case '"' -> {
        return parsePhrase(context);
      }
      case '/' -> {
        return parseRegex(context);
      }
      case '[', '{' -> {
        return parseRange(context);
      }
      case '^', '~', ':', ']', '}' -> throw error(pos, "unexpected '" + c + "' here");
      default -> {}
    }
    if (query.startsWith("*:*", pos)) {
      pos += 3;
      return new All();
    }
    for (String op : List.of("AND", "OR", "&&", "||")) {
      if (op.charAt(0) == '&' || op.charAt(0) == '|'
          ? query.startsWith(op, pos)
          : keywordAhead(op)) {
        throw error(pos, "'" + op + "' needs a clause before it");
      }
    }
    TermText term = readTerm(!context.fieldFixed());
    if (!atEnd() && peek() == ':' && !context.fieldFixed()) {
      if (term.isFieldName()) {
        return parseFieldValue(context, term.text(), start);
      }
      // Not a field name (12:30, Путин:): the colon is part of the word.
      pos++;
      term = term.append(":").append(readTerm(false));
    }
    if (term.text().isEmpty()) {
      throw error(start, "unexpected '" + c + "' here");
    }
    if (!atEnd() && peek() == '~') {
      return new Fuzzy(context.field(), term.text(), fuzzyEdits());
    }
    if (term.wildcard()) {
      if (term.text().equals("*") && context.field() == QueryField.TEXT) {
        return new All();
      }
      return new Wildcard(context.field(), term.text());
    }
    return new Term(context.field(), term.text());
  }

  private QueryNode parseFieldValue(Context context, String name, int start) {
    Context inner;
    if (name.equals(QueryField.LEMMA)) {
      inner = new Context(QueryField.TEXT, true, false);
    } else {
      QueryField field =
          QueryField.byUserName(name)
              .orElseThrow(
                  () ->
                      error(
                          start,
                          "unknown field '"
                              + name
                              + "'; fields are: "
                              + String.join(", ", QueryField.userNames())));
      inner = new Context(field, context.inflected(), true);
    }
    pos++; // the colon
    if (atEnd()) {
      throw error(query.length(), "the field '" + name + ":' needs a value after the colon");
    }
    if (Character.isWhitespace(peek())) {
      throw error(pos, "the field '" + name + ":' needs a value right after the colon");
    }
    enter(start); // lemma:lemma:… nests too
    QueryNode value = parseBoosted(inner);
    depth--;
    return value;
  }

  private QueryNode parseGroup(Context context) {
    int open = pos++;
    enter(open);
    skipWhitespace();
    if (atEnd()) {
      throw error(query.length(), "the '(' at position " + open + " is never closed");
    }
    if (peek() == ')') {
      throw error(pos, "empty parentheses '()' hold no clause");
    }
    QueryNode inside = parseAnd(context);
    skipWhitespace();
    if (atEnd()) {
      throw error(query.length(), "the '(' at position " + open + " is never closed");
    }
    pos++; // ')'
    depth--;
    return inside;
  }

  private QueryNode parsePhrase(Context context) {
    int open = pos++;
    StringBuilder text = new StringBuilder();
    while (true) {
      if (atEnd()) {
        throw error(open, "the phrase opened here has no closing quote (\")");
      }
      char c = query.charAt(pos++);
      if (c == '"') {
        break;
      }
      if (c == '\\' && !atEnd()) {
        c = query.charAt(pos++);
      }
      text.append(c);
    }
    if (text.toString().isBlank()) {
      throw error(open, "an empty phrase \"\" matches nothing; put words between the quotes");
    }
    int slop = 0;
    if (!atEnd() && peek() == '~') {
      int tilde = pos++;
      int digits = pos;
      while (!atEnd() && Character.isDigit(peek())) {
        pos++;
      }
      if (digits == pos) {
        throw error(tilde, "a proximity '~' needs a number of moves, e.g. \"word other\"~5");
      }
      try {
        slop = Integer.parseInt(query.substring(digits, pos));
      } catch (NumberFormatException e) {
        throw error(digits, "the proximity " + query.substring(digits, pos) + " is too large");
      }
    }
    return new Phrase(context.field(), text.toString(), slop, context.inflected());
  }

  private QueryNode parseRegex(Context context) {
    int open = pos++;
    StringBuilder pattern = new StringBuilder();
    while (true) {
      if (atEnd()) {
        throw error(open, "the regular expression opened here has no closing '/'");
      }
      char c = query.charAt(pos++);
      if (c == '/') {
        break;
      }
      if (c == '\\' && !atEnd() && peek() == '/') {
        c = query.charAt(pos++);
      } else if (c == '\\' && !atEnd()) {
        pattern.append(c);
        c = query.charAt(pos++);
      }
      pattern.append(c);
    }
    return new Regex(context.field(), pattern.toString());
  }

  private QueryNode parseRange(Context context) {
    int open = pos;
    boolean includeLower = query.charAt(pos++) == '[';
    skipWhitespace();
    String lower = rangeBound(open);
    skipWhitespace();
    if (!keywordAhead("TO")) {
      throw error(atEnd() ? query.length() : pos, "a range needs 'TO' between its bounds");
    }
    pos += 2;
    skipWhitespace();
    String upper = rangeBound(open);
    skipWhitespace();
    if (atEnd() || (peek() != ']' && peek() != '}')) {
      throw error(
          atEnd() ? query.length() : pos, "the range opened at position " + open + " needs ] or }");
    }
    boolean includeUpper = query.charAt(pos++) == ']';
    return new Range(context.field(), lower, upper, includeLower, includeUpper);
  }

  private String rangeBound(int open) {
    if (atEnd()) {
      throw error(query.length(), "the range opened at position " + open + " is never closed");
    }
    if (peek() == '"') {
      int quote = pos;
      QueryNode phrase = parsePhrase(Context.TOP);
      if (!(phrase instanceof Phrase p) || p.slop() != 0) {
        throw error(quote, "a range bound is a word or a quoted value");
      }
      return p.text();
    }
    TermText bound = readTerm(false);
    if (bound.text().isEmpty()) {
      throw error(pos, "a range needs a bound here (a word, or * for open)");
    }
    return bound.text().equals("*") && bound.wildcard() ? null : bound.text();
  }

  private int fuzzyEdits() {
    int tilde = pos++;
    int digits = pos;
    while (!atEnd() && (Character.isDigit(peek()) || peek() == '.')) {
      pos++;
    }
    if (digits == pos) {
      return Fuzzy.MAX_EDITS;
    }
    String number = query.substring(digits, pos);
    if (!number.matches("[0-2]")) {
      throw error(tilde, "a fuzzy term allows 0, 1 or 2 edits (word~1), not " + number);
    }
    return Integer.parseInt(number);
  }

  /** A word as typed: escapes removed, with whether it had a wildcard or was a bare name. */
  private record TermText(String text, boolean wildcard, boolean escaped) {
    boolean isFieldName() {
      return !escaped && text.matches("[A-Za-z][A-Za-z0-9_.]*");
    }

    TermText append(String more) {
      return new TermText(text + more, wildcard, escaped);
    }

    TermText append(TermText more) {
      return new TermText(text + more.text, wildcard || more.wildcard, escaped || more.escaped);
    }
  }

  /**
   * Reads term characters: everything up to whitespace or a syntax character; a backslash takes the
   * next character as it is. A colon ends the term when {@code stopAtColon} is set.
   */
  private TermText readTerm(boolean stopAtColon) {
    StringBuilder text = new StringBuilder();
    boolean wildcard = false;
    boolean escaped = false;
    while (!atEnd()) {
      char c = peek();
      if (Character.isWhitespace(c) || "()\"[]{}^~".indexOf(c) >= 0) {
        break;
      }
      if (c == ':' && stopAtColon) {
        break;
      }
      if (c == '\\') {
        pos++;
        escaped = true;
        if (atEnd()) {
          throw error(pos - 1, "a '\\' at the end escapes nothing; write '\\\\' for a backslash");
        }
        text.append(query.charAt(pos++));
        continue;
      }
      if (c == '*' || c == '?') {
        wildcard = true;
      }
      text.append(c);
      pos++;
    }
    return new TermText(text.toString(), wildcard, escaped);
  }

  /** Consumes {@code word} or {@code symbol} when it stands at {@link #pos}; the one taken. */
  private String operator(String word, String symbol) {
    if (keywordAhead(word)) {
      pos += word.length();
      return word;
    }
    if (query.startsWith(symbol, pos)) {
      pos += symbol.length();
      return symbol;
    }
    return null;
  }

  /** True when the upper-case operator {@code word} stands alone at {@link #pos}. */
  private boolean keywordAhead(String word) {
    if (!query.startsWith(word, pos)) {
      return false;
    }
    int after = pos + word.length();
    return after == query.length()
        || Character.isWhitespace(query.charAt(after))
        || query.charAt(after) == '('
        || query.charAt(after) == '"';
  }

  private void enter(int at) {
    if (++depth > MAX_DEPTH) {
      throw error(at, "the query nests deeper than " + MAX_DEPTH + " levels");
    }
  }

  private void skipWhitespace() {
    while (!atEnd() && Character.isWhitespace(peek())) {
      pos++;
    }
  }

  private boolean atEnd() {
    return pos >= query.length();
  }

  private char peek() {
    return query.charAt(pos);
  }

  private QuerySyntaxException error(int position, String message) {
    return new QuerySyntaxException(query, Math.min(position, query.length()), message);
  }
}
