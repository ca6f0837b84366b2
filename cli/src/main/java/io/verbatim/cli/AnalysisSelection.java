package io.verbatim.cli;

import io.verbatim.archive.SearchRequest;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The {@code --from}/{@code --to} filters of the analysis commands; with a query and a language
 * they make the {@link SearchRequest} the analysis runs over.
 */
final class AnalysisSelection {
  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Only statements published on or after (YYYY-MM-DD).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only statements published on or before (YYYY-MM-DD).")
  LocalDate to;

  /** The selection of {@code query} (empty: all) in {@code language} (null: all). */
  SearchRequest request(String query, String language) {
    return SearchRequest.builder(query == null ? "" : query)
        .withLanguage(language)
        .withFrom(from)
        .withTo(to)
        .build();
  }
}
