package io.verbatim.analysis.people;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's edit of the person authority with who made it, when and why: one entry of the ordered
 * list an archive stores ({@link Corrections}).
 *
 * @param at when the edit was made
 * @param by who made it (a user name or token label), or null
 * @param note why, or null
 * @param edit the edit
 */
public record Correction(Instant at, String by, String note, PersonEdit edit) {
  public Correction {
    Objects.requireNonNull(at, "when the correction was made");
    Objects.requireNonNull(edit, "the edit");
  }
}
