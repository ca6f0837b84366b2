package io.verbatim.analysis.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The user corrections of one archive, in the order they were made: what an archive stores about
 * people (as JSON through {@link io.verbatim.model.Json}). The effective authority is {@code
 * PersonAuthority.standard().replay(corrections.list())}; the curated base is not stored, so a new
 * release's list applies with the archive's corrections over it.
 *
 * @param format the version of this shape ({@link #FORMAT})
 * @param list the corrections, oldest first
 */
public record Corrections(int format, List<Correction> list) {
  /** The current version of the stored shape. */
  public static final int FORMAT = 1;

  public Corrections {
    if (format < 1 || format > FORMAT) {
      throw new IllegalArgumentException(
          "people corrections of format " + format + " (this version reads 1 to " + FORMAT + ")");
    }
    list = List.copyOf(Objects.requireNonNull(list, "the corrections"));
  }

  /** No corrections. */
  public static Corrections none() {
    return new Corrections(FORMAT, List.of());
  }

  /** These corrections and one more, at the end. */
  public Corrections plus(Correction correction) {
    List<Correction> more = new ArrayList<>(list);
    more.add(Objects.requireNonNull(correction, "the correction"));
    return new Corrections(FORMAT, more);
  }
}
