package io.verbatim.archive;

import io.verbatim.analysis.stats.Association;
import java.util.Objects;

/**
 * A word found near a node, within a window of token positions on either side ({@link
 * CollocationTally} says how it is counted).
 *
 * <p>With {@code f(xy)} = co-occurrences (left + right), {@code f(x)} = node frequency, {@code
 * f(y)} = collocate frequency and {@code N} = word tokens in the selection:
 *
 * <ul>
 *   <li><b>logDice</b>: {@code 14 + log2(2·f(xy) / (f(x) + f(y)))}: how exclusively the two go
 *       together; at most 14 (each only ever seen with the other), each point less halves that
 *       share; independent of N.
 *   <li><b>MI</b> (pointwise mutual information): {@code log2(f(xy)·N / (f(x)·f(y)))}: how many
 *       times more often they are near each other than chance would put them (in powers of 2);
 *       favours rare collocates.
 * </ul>
 *
 * @param term the collocate as shown: the form written most often near the node
 * @param stem the collocate as counted (analysed, as indexed)
 * @param left co-occurrences before the node
 * @param right co-occurrences after the node
 * @param cooccurrences {@code f(xy)} = left + right
 * @param frequency {@code f(y)}: its frequency in the selection
 * @param nodeFrequency {@code f(x)}: the node's frequency in the selection
 * @param tokens {@code N}
 * @param logDice see above
 * @param mutualInformation see above
 */
public record Collocate(
    String term,
    String stem,
    long left,
    long right,
    long cooccurrences,
    long frequency,
    long nodeFrequency,
    long tokens,
    double logDice,
    double mutualInformation) {

  public Collocate {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(stem, "stem");
    if (left < 0 || right < 0 || cooccurrences != left + right || cooccurrences < 1) {
      throw new IllegalArgumentException(
          "co-occurrences of '"
              + stem
              + "' must be left + right >= 1: "
              + left
              + " + "
              + right
              + " != "
              + cooccurrences);
    }
    if (frequency < 1 || nodeFrequency < 1 || tokens < frequency || tokens < nodeFrequency) {
      throw new IllegalArgumentException(
          "inconsistent frequencies of '"
              + stem
              + "': f(y) "
              + frequency
              + ", f(x) "
              + nodeFrequency
              + ", N "
              + tokens);
    }
  }

  /** The collocate seen {@code left} and {@code right} of the node, scored. */
  public static Collocate of(
      String term, String stem, long left, long right, long fy, long fx, long n) {
    long fxy = left + right;
    return new Collocate(
        term,
        stem,
        left,
        right,
        fxy,
        fy,
        fx,
        n,
        logDiceOf(fxy, fx, fy),
        mutualInformationOf(fxy, fx, fy, n));
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
