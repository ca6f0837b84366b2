package io.verbatim.cli;

import io.verbatim.archive.SearchRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Published on or after (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
  LocalDate to;

  @Option(
      names = "--speaker",
      paramLabel = "NAME",
      description = "Only this speaker (full name, exact); repeat for any of several.")
  List<String> speakers = new ArrayList<>();

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "Only speakers with this role (exact); repeatable.")
  List<String> roles = new ArrayList<>();

  @Option(
      names = "--genre",
      paramLabel = "GENRE",
      description = "Only this genre (e.g. speech, interview, 'press release'); repeatable.")
  List<String> genres = new ArrayList<>();

  @Option(
      names = "--place",
      paramLabel = "PLACE",
      description = "Only statements made at this place (exact); repeatable.")
  List<String> places = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Only statements read by this source format (e.g. ungdc, capture); repeatable.")
  List<String> formats = new ArrayList<>();

  @Option(
      names = "--mention",
      paramLabel = "ENTITY",
      description = "Only statements mentioning this entity id (e.g. RUS, org:nato); repeatable.")
  List<String> mentions = new ArrayList<>();

  /** A request builder with the query and every filter set; callers add order, page and facets. */
  SearchRequest.Builder toBuilder() {
    return SearchRequest.builder(query == null ? "" : query)
        .withLanguage(language)
        .withFrom(from)
        .withTo(to)
        .withSpeakers(speakers)
        .withRoles(roles)
        .withGenres(genres)
        .withPlaces(places)
        .withFormats(formats)
        .withMentions(mentions);
  }
}
