package io.verbatim.archive;

import io.verbatim.analysis.stats.Association;
import java.util.Objects;

/**
 * Two entities mentioned in the same statements of a selection, with every count taken over the
 * whole selection: {@code N} statements, {@code N(a)} mentioning the first entity, {@code N(b)} the
 * second, {@code N(a,b)} both.
 *
 * <ul>
 *   <li><b>logDice</b>: {@code 14 + log2(2·N(a,b) / (N(a) + N(b)))}: how exclusively the two are
 *       named together; at most 14 (never one without the other), each point less halves the share
 *       of shared statements; does not depend on N.
 *   <li><b>MI</b> (pointwise mutual information): {@code log2(N(a,b)·N / (N(a)·N(b)))}: how many
 *       times more often they are named together than if they were independent (in powers of 2: 1 =
 *       twice as often, 0 = as chance would have it); favours rare entities.
 * </ul>
 *
 * @param entityA in a list of pairs, the entity id that sorts first; in the co-mentions of one
 *     entity ({@link Archive#comentionsOf}), that entity
 * @param entityB the other entity id
 * @param count {@code N(a,b)}: statements of the selection that mention both
 * @param countA {@code N(a)}: statements of the selection that mention {@code entityA}
 * @param countB {@code N(b)}: statements of the selection that mention {@code entityB}
 * @param statements {@code N}: statements in the selection
 * @param logDice see above
 * @param mutualInformation see above
 */
public record CoMention(
    String entityA,
    String entityB,
    long count,
    long countA,
    long countB,
    long statements,
    double logDice,
    double mutualInformation) {

  public CoMention {
    Objects.requireNonNull(entityA, "first entity");
    Objects.requireNonNull(entityB, "second entity");
    if (entityA.equals(entityB)) {
      throw new IllegalArgumentException("an entity is not co-mentioned with itself: " + entityA);
    }
    if (count < 1
        || count > countA
        || count > countB
        || countA > statements
        || countB > statements) {
      throw new IllegalArgumentException(
          "inconsistent counts " + count + "/" + countA + "/" + countB + " of " + statements);
    }
  }

  /** The pair seen together {@code both} times, scored. */
  public static CoMention of(String a, String b, long both, long countA, long countB, long n) {
    return new CoMention(
        a,
        b,
        both,
        countA,
        countB,
        n,
        logDiceOf(both, countA, countB),
        Association.mutualInformation(both, countA, countB, n));
  }

  /** logDice of a pair seen together {@code both} times, apart {@code a} and {@code b} times. */
  public static double logDiceOf(long both, long a, long b) {
    return Association.logDice(both, a, b);
  }
}
