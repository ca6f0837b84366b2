package io.verbatim.archive;

import io.verbatim.analysis.stats.Association;
import java.util.Objects;

/**
 * A term over-represented in a subset of the archive compared with a reference.
 *
 * <p>With {@code a} = subset frequency, {@code b} = reference frequency, {@code c} = subset size
 * and {@code d} = reference size (in word tokens, or in word pairs for two-word terms):
 *
 * <ul>
 *   <li><b>log-likelihood</b> (Dunning's G2): {@code 2·(a·ln(a/E1) + b·ln(b/E2))} with {@code E1 =
 *       c·(a+b)/(c+d)}, {@code E2 = d·(a+b)/(c+d)} and {@code 0·ln 0 = 0}: how surprising the
 *       difference is. Above 3.84 the difference is significant at p &lt; 0.05, above 10.83 at p
 *       &lt; 0.001 (one degree of freedom).
 *   <li><b>log-ratio</b>: {@code log2(((a+0.5)/c) / ((b+0.5)/d))}, the binary log of the ratio of
 *       relative frequencies, with 0.5 added to both frequencies so that a term absent from the
 *       reference has a finite value: how big the difference is. 1 means twice as frequent in the
 *       subset, 2 four times.
 * </ul>
 *
 * @param term the term as shown: the form written most often in the subset ({@link WordForms})
 * @param stem the term as counted: the analysed word (stem or lemma, as indexed), or two of them
 *     separated by a space
 * @param subsetFrequency {@code a}
 * @param referenceFrequency {@code b}
 * @param subsetTokens {@code c}
 * @param referenceTokens {@code d}
 * @param logLikelihood G2, see above
 * @param logRatio see above
 */
public record KeyTerm(
    String term,
    String stem,
    long subsetFrequency,
    long referenceFrequency,
    long subsetTokens,
    long referenceTokens,
    double logLikelihood,
    double logRatio) {

  public KeyTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(stem, "stem");
    if (subsetFrequency < 1
        || referenceFrequency < 0
        || subsetFrequency > subsetTokens
        || referenceFrequency > referenceTokens) {
      throw new IllegalArgumentException(
          "inconsistent counts for '"
              + stem
              + "': "
              + subsetFrequency
              + " of "
              + subsetTokens
              + " against "
              + referenceFrequency
              + " of "
              + referenceTokens);
    }
  }

  /** The key term of counts {@code a}, {@code b}, {@code c}, {@code d}, scored. */
  public static KeyTerm of(String term, String stem, long a, long b, long c, long d) {
    return new KeyTerm(term, stem, a, b, c, d, logLikelihoodOf(a, b, c, d), logRatioOf(a, b, c, d));
  }

  /**
   * Dunning's G2 for frequencies {@code a}, {@code b} in corpora of {@code c}, {@code d} tokens.
   */
  public static double logLikelihoodOf(long a, long b, long c, long d) {
    return Association.logLikelihood(a, b, c, d);
  }

  /** The smoothed log-ratio, see the class description. */
  public static double logRatioOf(long a, long b, long c, long d) {
    return Association.logRatio(a, b, c, d);
  }
}
