package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.SearchSort;
import io.verbatim.model.Json;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim search}: Lucene query syntax over the archive. */
@Command(
    name = "search",
    description = {
      "Searches the archive. QUERY uses Lucene's classic syntax: terms, \"phrases\", \"a b\"~5,",
      "wildcards (terror*), fuzzy (Lavrof~), AND/OR/NOT, and fields title:, body:, speaker:,",
      "role:, genre:, place:, language:. An empty query ('') lists everything."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Parameters(paramLabel = "QUERY", description = "The query.")
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

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip (default: 0).")
  int offset;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      description = "relevance, date (newest first) or date-asc (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--json", description = "Print {\"total\": N, \"hits\": [...]} as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchRequest request =
        SearchRequest.builder(query)
            .withLanguage(language)
            .withFrom(from)
            .withTo(to)
            .withSort(parseSort(sort))
            .withOffset(offset)
            .withLimit(limit)
            .build();
    SearchResult result;
    try (Archive a = archive.open(false)) {
      result = a.search(request);
    }
    if (json) {
      out.println(Json.pretty().writeValueAsString(result));
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "%d statement(s) match%s%n",
        result.total(),
        result.hits().isEmpty()
            ? ""
            : "; showing " + (offset + 1) + "-" + (offset + result.hits().size()));
    for (SearchHit h : result.hits()) {
      out.printf(
          Locale.ROOT,
          "%s  %-16s  %s  %s%n",
          h.id(),
          h.published() == null ? "(undated)" : h.published(),
          h.language() == null ? "??" : h.language(),
          h.title() == null ? "(untitled)" : h.title());
      if (h.snippet() != null) {
        out.println("    " + h.snippet().replace('\n', ' '));
      }
    }
    return 0;
  }

  static SearchSort parseSort(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "relevance", "score" -> SearchSort.RELEVANCE;
      case "date", "date-desc", "newest" -> SearchSort.DATE_DESC;
      case "date-asc", "oldest" -> SearchSort.DATE_ASC;
      default ->
          throw new IllegalArgumentException(
              "unknown sort '" + s + "'; use relevance, date or date-asc");
    };
  }
}
