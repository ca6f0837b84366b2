package io.verbatim.cli;

import io.verbatim.archive.Selection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The filters every command that works on a selection shares: date range, undated statements,
 * speaker, role, genre, place, source format and mentioned entity. Values of one field are
 * repeatable and OR-ed, except mentioned entities, which must all be mentioned unless {@code
 * --mention-match any}; different fields are AND-ed. {@code
 * --all-versions} sees every stored version of a statement instead of its current one.
 */
final class FilterOptions {
  @Option(
      names = "--from",
      paramLabel = "DATE",
      description =
          "Published on or after (YYYY-MM-DD): the whole period of a statement's date must lie in"
              + " the range (one dated 2019 needs --from 2019-01-01 or earlier); statements the"
              + " range cuts are counted as partial, undated ones are left out.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Published on or before (YYYY-MM-DD); see --from.")
  LocalDate to;

  @Option(
      names = "--undated",
      paramLabel = "WHICH",
      defaultValue = "include",
      description =
          "Statements without a date: include (default), exclude or only. A date range leaves"
              + " them out whatever this says.")
  String undated = "include";

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
      description =
          "Only statements mentioning this entity id (e.g. RUS, org:nato); repeat to require"
              + " several (all of them, or any with --mention-match any).")
  List<String> mentions = new ArrayList<>();

  @Option(
      names = "--mention-match",
      paramLabel = "all|any",
      description =
          "With several --mention: a statement must mention all of them (default) or any.")
  String mentionMatch;

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
        .withUndated(Selection.Undated.fromLabel(undated))
        .withSpeakers(speakers)
        .withRoles(roles)
        .withGenres(genres)
        .withPlaces(places)
        .withFormats(formats)
        .withMentions(mentions)
        .withMentionMatch(Selection.MentionMatch.parse(mentionMatch))
        .withAllVersions(allVersions);
  }

  /**
   * The selection of {@code query} (empty: all) in {@code language} (null: all) with the filters.
   */
  Selection selection(String query, String language) {
    return applyTo(Selection.builder(QueryCheck.checked(query)).withLanguage(language)).build();
  }
}
