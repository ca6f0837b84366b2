package io.verbatim.archive;

/** A search query that cannot be parsed; says what is wrong and where. */
public class QuerySyntaxException extends IllegalArgumentException {
  private final String query;
  private final int position;

  /**
   * @param query the query as the user wrote it
   * @param position the 0-based character position of the problem, or -1 when unknown
   * @param message what is wrong
   */
  public QuerySyntaxException(String query, int position, String message) {
    super(
        "cannot parse query '"
            + query
            + "'"
            + (position >= 0 ? " at position " + position : "")
            + ": "
            + message);
    this.query = query;
    this.position = position;
  }

  public String query() {
    return query;
  }

  /** The 0-based character position of the problem, or -1 when unknown. */
  public int position() {
    return position;
  }
}
