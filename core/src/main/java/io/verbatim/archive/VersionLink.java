package io.verbatim.archive;

import io.verbatim.model.Published;
import java.util.List;
import java.util.Objects;

/**
 * Another language version of a statement: the same document published in another language.
 *
 * @param id the other statement's id
 * @param language its language (null when unknown)
 * @param title its title (null when none)
 * @param date its publication date at its precision (null when undated)
 * @param kind whether a stated identifier links the two, or only their likeness
 * @param confidence 1 for explicit links; for inferred ones, in {@code [0,1]} (see the backend's
 *     documentation for how it is computed and the threshold)
 * @param evidence what links the two, one item each, e.g. {@code "same kremlin id 38776"}
 */
public record VersionLink(
    String id,
    String language,
    String title,
    Published date,
    Kind kind,
    double confidence,
    List<String> evidence) {

  /** How a link was found. */
  public enum Kind {
    /** A shared identifier: kremlin id, mid.ru id or document number. */
    EXPLICIT,
    /** No shared identifier; date, speaker, entities and numbers agree. */
    INFERRED
  }

  public VersionLink {
    Objects.requireNonNull(id, "id of the other version");
    Objects.requireNonNull(kind, "kind of link");
    evidence = List.copyOf(evidence);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
  }
}
