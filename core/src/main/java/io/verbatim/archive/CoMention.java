package io.verbatim.archive;

import io.verbatim.analysis.stats.Association;
import java.util.Objects;

/**
 * Two entities mentioned in the same statements of a selection.
 *
 * <p>The association score is <b>logDice</b>: {@code 14 + log2(2·count / (countA + countB))}. It is
 * at most 14 (the two entities always occur together) and does not depend on the size of the
 * selection; each drop of 1 halves the share of shared statements.
 *
 * @param entityA the entity id that sorts first
 * @param entityB the other entity id
 * @param count statements of the selection that mention both
 * @param countA statements of the selection that mention {@code entityA}
 * @param countB statements of the selection that mention {@code entityB}
 * @param statements statements in the selection (N)
 * @param logDice the association score, see above
 */
public record CoMention(
    String entityA,
    String entityB,
    long count,
    long countA,
    long countB,
    long statements,
    double logDice) {

  public CoMention {
    Objects.requireNonNull(entityA, "first entity");
    Objects.requireNonNull(entityB, "second entity");
    if (count < 1 || count > countA || count > countB || countA > statements) {
      throw new IllegalArgumentException(
          "inconsistent counts " + count + "/" + countA + "/" + countB + " of " + statements);
    }
  }

  /** logDice of a pair seen together {@code both} times, apart {@code a} and {@code b} times. */
  public static double logDiceOf(long both, long a, long b) {
    return Association.logDice(both, a, b);
  }
}
