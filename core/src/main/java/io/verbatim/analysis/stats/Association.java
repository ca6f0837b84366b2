package io.verbatim.analysis.stats;

/**
 * The association scores of the analyses, as pure functions of counts. Every archive backend and
 * the records {@code KeyTerm}, {@code Collocate} and {@code CoMention} use these, so one formula
 * gives one number everywhere.
 *
 * <p>Keyness compares a term's frequency {@code a} in a subset of {@code c} tokens with its
 * frequency {@code b} in a reference of {@code d} tokens. Collocations and co-mentions relate a
 * joint count {@code f(xy)} to the counts {@code f(x)}, {@code f(y)} of either side, out of {@code
 * N}. Logarithms are natural in G2 and binary elsewhere.
 */
public final class Association {
  private static final double LN_2 = Math.log(2);

  private Association() {}

  /**
   * Dunning's log-likelihood G2: {@code 2·(a·ln(a/E1) + b·ln(b/E2))} with {@code E1 =
   * c·(a+b)/(c+d)}, {@code E2 = d·(a+b)/(c+d)} and {@code 0·ln 0 = 0}.
   */
  public static double logLikelihood(long a, long b, long c, long d) {
    double total = (double) c + d;
    double e1 = c * (a + b) / total;
    double e2 = d * (a + b) / total;
    return 2 * (xLnXOverY(a, e1) + xLnXOverY(b, e2));
  }

  /** The smoothed log-ratio {@code log2(((a+0.5)/c) / ((b+0.5)/d))}. */
  public static double logRatio(long a, long b, long c, long d) {
    return Math.log(((a + 0.5) / c) / ((b + 0.5) / d)) / LN_2;
  }

  /** logDice {@code 14 + log2(2·f(xy) / (f(x) + f(y)))}: at most 14, independent of N. */
  public static double logDice(long fxy, long fx, long fy) {
    return 14 + Math.log(2.0 * fxy / (fx + fy)) / LN_2;
  }

  /** Pointwise mutual information {@code log2(f(xy)·N / (f(x)·f(y)))}. */
  public static double mutualInformation(long fxy, long fx, long fy, long n) {
    return Math.log((double) fxy * n / ((double) fx * fy)) / LN_2;
  }

  private static double xLnXOverY(long x, double y) {
    return x == 0 ? 0 : x * Math.log(x / y);
  }
}
