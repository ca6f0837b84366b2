package io.verbatim.cli;

import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The selection options of the kwic, timeline and export commands: QUERY, {@code --lang}, {@code
 * --from}, {@code --to} (the same as {@code search}'s).
 */
final class QuerySelection {
  @Parameters(
      index = "0",
      paramLabel = "QUERY",
      description = "The query (Lucene classic syntax, as for search).")
  String query;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Only this language (ISO 639-1, e.g. en, ru).")
  String language;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Published on or after (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
  LocalDate to;

  /** The selection, in {@code sort} order, with no paging. */
  SearchRequest request(SearchSort sort) {
    return SearchRequest.builder(query)
        .withLanguage(language)
        .withFrom(from)
        .withTo(to)
        .withSort(sort)
        .withLimit(0)
        .build();
  }
}
