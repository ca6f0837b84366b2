package io.verbatim.cli;

import io.verbatim.archive.Selection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The reference of {@code keyness}: a second selection, with the selection options' names behind
 * {@code --reference-} ({@code --reference QUERY}, {@code --reference-from}, {@code
 * --reference-genre}, …). None given: the rest of the archive in the analysis's language.
 */
final class ReferenceOptions {
  @Option(
      names = "--reference",
      paramLabel = "QUERY",
      description = "The reference's query ('' for all; default: the rest of the archive in LANG).")
  String query;

  @Option(names = "--reference-from", paramLabel = "DATE", description = "Reference: from date.")
  LocalDate from;

  @Option(names = "--reference-to", paramLabel = "DATE", description = "Reference: to date.")
  LocalDate to;

  @Option(names = "--reference-speaker", paramLabel = "NAME", description = "Reference: speaker.")
  List<String> speakers = new ArrayList<>();

  @Option(names = "--reference-role", paramLabel = "ROLE", description = "Reference: role.")
  List<String> roles = new ArrayList<>();

  @Option(names = "--reference-genre", paramLabel = "GENRE", description = "Reference: genre.")
  List<String> genres = new ArrayList<>();

  @Option(names = "--reference-place", paramLabel = "PLACE", description = "Reference: place.")
  List<String> places = new ArrayList<>();

  @Option(
      names = "--reference-format",
      paramLabel = "FORMAT",
      description = "Reference: source format.")
  List<String> formats = new ArrayList<>();

  @Option(
      names = "--reference-mention",
      paramLabel = "ENTITY",
      description = "Reference: mentioned entity id.")
  List<String> mentions = new ArrayList<>();

  /** The reference in {@code language} (all versions when the subset asks for them), or null. */
  Selection selection(String language, boolean allVersions) {
    boolean given =
        query != null
            || from != null
            || to != null
            || !speakers.isEmpty()
            || !roles.isEmpty()
            || !genres.isEmpty()
            || !places.isEmpty()
            || !formats.isEmpty()
            || !mentions.isEmpty();
    if (!given) {
      return null;
    }
    return Selection.builder(QueryCheck.checked(query))
        .withLanguage(language)
        .withFrom(from)
        .withTo(to)
        .withSpeakers(speakers)
        .withRoles(roles)
        .withGenres(genres)
        .withPlaces(places)
        .withFormats(formats)
        .withMentions(mentions)
        .withAllVersions(allVersions)
        .build();
  }
}
