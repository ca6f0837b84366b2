package io.verbatim.cli;

import io.verbatim.archive.Selection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The filters every command that works on a selection shares: date range, speaker, role, genre,
 * place, source format and mentioned entity. Values of one field are repeatable and OR-ed;
 * different fields are AND-ed. {@code --all-versions} sees every stored version of a statement
 * instead of its current one.
 */
final class FilterOptions {
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

  @Option(
      names = "--all-versions",
      description =
          "Every stored version of each statement (re-captures, print views), not only the latest"
              + " ingested: then a statement stored twice counts twice.")
  boolean allVersions;

  /** Sets every filter, and whether to see all versions, on {@code builder}. */
  Selection.Builder applyTo(Selection.Builder builder) {
    return builder
        .withFrom(from)
        .withTo(to)
        .withSpeakers(speakers)
        .withRoles(roles)
        .withGenres(genres)
        .withPlaces(places)
        .withFormats(formats)
        .withMentions(mentions)
        .withAllVersions(allVersions);
  }

  /**
   * The selection of {@code query} (empty: all) in {@code language} (null: all) with the filters.
   */
  Selection selection(String query, String language) {
    return applyTo(Selection.builder(query).withLanguage(language)).build();
  }
}
