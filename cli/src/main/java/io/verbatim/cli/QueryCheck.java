package io.verbatim.cli;

import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.query.QueryParser;

/**
 * Reads a user's query with the query language's own parser ({@link QueryParser}) before any
 * archive sees it, so that a malformed query, or one nested deeper than {@value
 * QueryParser#MAX_DEPTH} levels, is refused with its position whatever parser the backend uses.
 */
final class QueryCheck {
  private QueryCheck() {}

  /**
   * Returns {@code query} (null and blank pass: they select everything).
   *
   * @throws QuerySyntaxException when it is not a query
   */
  static String checked(String query) {
    if (query != null && !query.isBlank()) {
      QueryParser.parse(query);
    }
    return query;
  }
}
