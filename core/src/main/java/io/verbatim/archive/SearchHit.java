package io.verbatim.archive;

import io.verbatim.model.Genre;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import java.util.List;
import java.util.Objects;

/**
 * One statement found by a search, with what a result list shows.
 *
 * @param snippet the best passage with matched words marked {@code «like this»}, or null
 * @param otherVersions when the search groups language versions ({@link
 *     SearchRequest#groupVersions()}): the other statements of this hit's group, matching ones
 *     first, then by language and id; otherwise empty
 */
public record SearchHit(
    String id,
    String title,
    Published published,
    String language,
    Speaker speaker,
    Genre genre,
    String place,
    float score,
    String snippet,
    List<OtherVersion> otherVersions) {

  public SearchHit {
    otherVersions = otherVersions == null ? List.of() : List.copyOf(otherVersions);
  }

  /** A hit without grouped versions (the form before grouping existed). */
  public SearchHit(
      String id,
      String title,
      Published published,
      String language,
      Speaker speaker,
      Genre genre,
      String place,
      float score,
      String snippet) {
    this(id, title, published, language, speaker, genre, place, score, snippet, List.of());
  }

  /**
   * Another statement of a hit's version group.
   *
   * @param id its id
   * @param language its language, or null when unknown
   * @param title its title, or null
   * @param matches whether it matches the search too (then it is not listed as a hit of its own)
   */
  public record OtherVersion(String id, String language, String title, boolean matches) {
    public OtherVersion {
      Objects.requireNonNull(id, "id of the other version");
    }
  }
}
