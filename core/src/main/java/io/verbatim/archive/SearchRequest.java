package io.verbatim.archive;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A search: a query in Lucene's classic syntax (empty for all statements), filters, order and the
 * page wanted.
 *
 * @param query the query; empty matches every statement
 * @param language only statements in this ISO 639-1 language, or null for all; also picks the
 *     analyzer the query is parsed with (all languages' analyzers when null)
 * @param from only statements published on or after this date, or null
 * @param to only statements published on or before this date, or null
 * @param sort the order
 * @param offset how many hits to skip
 * @param limit how many hits to return (0 returns only the total)
 */
public record SearchRequest(
    String query,
    String language,
    LocalDate from,
    LocalDate to,
    SearchSort sort,
    int offset,
    int limit) {

  public SearchRequest {
    query = query == null ? "" : query;
    Objects.requireNonNull(sort, "sort");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0: " + offset);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("'from' " + from + " is after 'to' " + to);
    }
  }

  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** Builds a {@link SearchRequest}; defaults: all languages, relevance, first 10 hits. */
  public static final class Builder {
    private final String query;
    private String language;
    private LocalDate from;
    private LocalDate to;
    private SearchSort sort = SearchSort.RELEVANCE;
    private int offset = 0;
    private int limit = 10;

    private Builder(String query) {
      this.query = query;
    }

    public Builder withLanguage(String language) {
      if (language != null && !language.matches("[a-z]{2}")) {
        throw new IllegalArgumentException(
            "language must be an ISO 639-1 code such as 'en': " + language);
      }
      this.language = language;
      return this;
    }

    public Builder withFrom(LocalDate from) {
      this.from = from;
      return this;
    }

    public Builder withTo(LocalDate to) {
      this.to = to;
      return this;
    }

    public Builder withSort(SearchSort sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    public Builder withOffset(int offset) {
      if (offset < 0) {
        throw new IllegalArgumentException("offset must be >= 0: " + offset);
      }
      this.offset = offset;
      return this;
    }

    public Builder withLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("limit must be >= 0: " + limit);
      }
      this.limit = limit;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(query, language, from, to, sort, offset, limit);
    }
  }
}
