package io.verbatim.archive;

import io.verbatim.analysis.stats.Association;
import java.util.Objects;

/**
 * A term found near a node term, within a window of token positions.
 *
 * <p>With {@code f(xy)} = co-occurrences, {@code f(x)} = node frequency, {@code f(y)} = collocate
 * frequency and {@code N} = tokens in the selection:
 *
 * <ul>
 *   <li><b>logDice</b>: {@code 14 + log2(2·f(xy) / (f(x) + f(y)))}, at most 14, independent of N.
 *   <li><b>MI</b> (pointwise mutual information): {@code log2(f(xy)·N / (f(x)·f(y)))}; favours rare
 *       collocates.
 * </ul>
 *
 * @param term the collocate (analysed, as indexed)
 * @param cooccurrences {@code f(xy)}: how often it is within the window of an occurrence of the
 *     node (counted once per node occurrence and position)
 * @param frequency {@code f(y)}: its frequency in the selection
 * @param nodeFrequency {@code f(x)}: the node's frequency in the selection
 * @param tokens {@code N}
 * @param logDice see above
 * @param mutualInformation see above
 */
public record Collocate(
    String term,
    long cooccurrences,
    long frequency,
    long nodeFrequency,
    long tokens,
    double logDice,
    double mutualInformation) {

  public Collocate {
    Objects.requireNonNull(term, "term");
  }

  /** {@code 14 + log2(2·fxy / (fx + fy))}. */
  public static double logDiceOf(long fxy, long fx, long fy) {
    return Association.logDice(fxy, fx, fy);
  }

  /** {@code log2(fxy·n / (fx·fy))}. */
  public static double mutualInformationOf(long fxy, long fx, long fy, long n) {
    return Association.mutualInformation(fxy, fx, fy, n);
  }
}
