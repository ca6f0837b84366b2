package io.verbatim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each score against a value worked out by hand. */
class AssociationTest {
  private static final double EPSILON = 1e-9;

  @Test
  void logLikelihoodOfTermAbsentFromEqualSizedReference() {
    // a=10, b=0, c=d=100: E1 = E2 = 5, G2 = 2·(10·ln 2 + 0) = 20·ln 2.
    assertEquals(20 * Math.log(2), Association.logLikelihood(10, 0, 100, 100), EPSILON);
  }

  @Test
  void logLikelihoodOfEqualRelativeFrequenciesIsZero() {
    // a/c = b/d: each side equals its expectation, ln 1 = 0.
    assertEquals(0, Association.logLikelihood(4, 8, 100, 200), EPSILON);
  }

  @Test
  void logLikelihoodWithBothSidesPresent() {
    // a=30, b=10, c=d=1000: E1 = E2 = 20, G2 = 2·(30·ln 1.5 + 10·ln 0.5).
    double expected = 2 * (30 * Math.log(1.5) + 10 * Math.log(0.5));
    assertEquals(expected, Association.logLikelihood(30, 10, 1000, 1000), EPSILON);
    assertEquals(10.4650, Association.logLikelihood(30, 10, 1000, 1000), 1e-4);
  }

  @Test
  void logRatioIsSmoothedBinaryLogOfRelativeFrequencies() {
    // ((10+0.5)/100) / ((0+0.5)/100) = 21.
    assertEquals(Math.log(21) / Math.log(2), Association.logRatio(10, 0, 100, 100), EPSILON);
    // a=7, b=1, c=d: 7.5 / 1.5 = 5.
    assertEquals(Math.log(5) / Math.log(2), Association.logRatio(7, 1, 50, 50), EPSILON);
    // Equal smoothed relative frequencies, 1.5/10 = 4.5/30: 0.
    assertEquals(0, Association.logRatio(1, 4, 10, 30), EPSILON);
  }

  @Test
  void logDiceIsFourteenWhenAlwaysTogetherAndDropsByOnePerHalving() {
    assertEquals(14, Association.logDice(2, 2, 2), EPSILON);
    assertEquals(13, Association.logDice(1, 2, 2), EPSILON);
    // 2·3 / (4 + 8) = 0.5.
    assertEquals(13, Association.logDice(3, 4, 8), EPSILON);
    assertEquals(12, Association.logDice(1, 4, 4), EPSILON);
  }

  @Test
  void mutualInformationIsBinaryLogOfObservedOverExpected() {
    // 2·64 / (4·4) = 8.
    assertEquals(3, Association.mutualInformation(2, 4, 4, 64), EPSILON);
    // Independence: fxy = fx·fy/N gives 0.
    assertEquals(0, Association.mutualInformation(1, 10, 10, 100), EPSILON);
  }
}
