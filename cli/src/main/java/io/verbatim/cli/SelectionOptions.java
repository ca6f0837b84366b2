package io.verbatim.cli;

import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.Selection;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Which statements a command works on: the query and every filter, shared by {@code search} and
 * every command that analyses a selection (concordance, timeline, export, analyses). Filters of one
 * field are repeatable and OR-ed; different fields are AND-ed.
 */
final class SelectionOptions {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      defaultValue = "",
      description = "The query in Lucene's classic syntax; empty or absent selects everything.")
  String query = "";

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Only this language (ISO 639-1, e.g. en, ru).")
  String language;

  @Mixin FilterOptions filters = new FilterOptions();

  /** The query and every filter: which statements the command works on. */
  Selection selection() {
    return filters.selection(query, language);
  }

  /** A search of the selection; callers add order, page and facets. */
  SearchRequest.Builder toBuilder() {
    return SearchRequest.builder(selection());
  }
}
