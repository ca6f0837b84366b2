package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoring, filtering, ordering and limiting of the counts a backend hands over. */
class AssociationRankingTest {
  private static final double LN_2 = Math.log(2);

  @Test
  void keyTermsKeepOverRepresentedTermsByLogLikelihoodThenTerm() throws Exception {
    Map<String, Long> subset = Map.of("treaty", 10L, "accord", 10L, "summit", 30L, "rain", 1L);
    Map<String, Long> reference = Map.of("summit", 10L, "rain", 5L);

    List<KeyTerm> terms =
        AssociationRanking.keyTerms(
            subset, 1000, (term, a) -> reference.getOrDefault(term, 0L), 1000, 10);

    // accord, treaty: a=10, b=0, E1=E2=5, G2 = 20·ln 2 ≈ 13.86 (tie broken by term);
    // summit: a=30, b=10, E1=E2=20, G2 = 2·(30·ln 1.5 + 10·ln 0.5) ≈ 10.46;
    // rain: 1/1000 <= 5/1000, not key.
    assertThat(terms).extracting(KeyTerm::term).containsExactly("accord", "treaty", "summit");
    assertThat(terms.get(0).logLikelihood()).isCloseTo(20 * LN_2, within(1e-9));
    assertThat(terms.get(0).logRatio()).isCloseTo(Math.log(21) / LN_2, within(1e-9));
    KeyTerm summit = terms.get(2);
    assertThat(summit)
        .extracting(
            KeyTerm::subsetFrequency,
            KeyTerm::referenceFrequency,
            KeyTerm::subsetTokens,
            KeyTerm::referenceTokens)
        .containsExactly(30L, 10L, 1000L, 1000L);
    assertThat(summit.logLikelihood())
        .isCloseTo(2 * (30 * Math.log(1.5) + 10 * Math.log(0.5)), within(1e-9));
    assertThat(summit.logRatio()).isCloseTo(Math.log(30.5 / 10.5) / LN_2, within(1e-9));
  }

  @Test
  void keyTermsAreLimitedAndEmptyWithoutTokensOnEitherSide() throws Exception {
    Map<String, Long> subset = Map.of("treaty", 10L, "summit", 30L);
    assertThat(AssociationRanking.keyTerms(subset, 1000, (t, a) -> 0L, 1000, 1))
        .extracting(KeyTerm::term)
        .containsExactly("summit");
    assertThat(AssociationRanking.keyTerms(subset, 0, (t, a) -> 0L, 1000, 5)).isEmpty();
    assertThat(AssociationRanking.keyTerms(subset, 1000, (t, a) -> 0L, 0, 5)).isEmpty();
  }

  @Test
  void windowCountsNeighboursByPositionNotByIndex() {
    // Position 3 is a removed stop word; the node is never its own collocate.
    List<String> terms = List.of("talks", "peace", "envoy", "border", "peace");
    int[] positions = {0, 1, 2, 4, 5};
    Map<String, Long> window1 = new HashMap<>();
    AssociationRanking.countWithinWindow(terms, positions, "peace", 1, window1);
    assertThat(window1).containsOnly(entry("talks", 1), entry("envoy", 1), entry("border", 1));

    Map<String, Long> window3 = new HashMap<>();
    AssociationRanking.countWithinWindow(terms, positions, "peace", 3, window3);
    assertThat(window3).containsOnly(entry("talks", 1), entry("envoy", 2), entry("border", 2));
  }

  @Test
  void windowCountsStackedTermsAtTheNodePosition() {
    Map<String, Long> together = new HashMap<>();
    AssociationRanking.countWithinWindow(
        List.of("accord", "agreement", "signed"), new int[] {0, 0, 1}, "accord", 1, together);
    assertThat(together).containsOnly(entry("agreement", 1), entry("signed", 1));
  }

  @Test
  void windowRejectsMismatchedPositions() {
    assertThatThrownBy(
            () ->
                AssociationRanking.countWithinWindow(
                    List.of("a", "b"), new int[] {0}, "a", 1, new HashMap<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 terms but 1 positions");
  }

  @Test
  void collocatesAreFilteredByMinimumFrequencyAndOrderedByLogDice() {
    Map<String, Long> together = Map.of("envoy", 2L, "talks", 1L, "border", 2L);
    Map<String, Long> frequencies = Map.of("peace", 4L, "envoy", 2L, "talks", 4L, "border", 6L);

    List<Collocate> collocates =
        AssociationRanking.collocates(together, frequencies, "peace", 64, 2, 10);

    // envoy: 14 + log2(4/6) ≈ 13.42, MI log2(2·64/(4·2)) = 4; border: 14 + log2(4/10) ≈ 12.68.
    assertThat(collocates).extracting(Collocate::term).containsExactly("envoy", "border");
    Collocate envoy = collocates.get(0);
    assertThat(envoy)
        .extracting(
            Collocate::cooccurrences,
            Collocate::frequency,
            Collocate::nodeFrequency,
            Collocate::tokens)
        .containsExactly(2L, 2L, 4L, 64L);
    assertThat(envoy.logDice()).isCloseTo(14 + Math.log(4.0 / 6) / LN_2, within(1e-9));
    assertThat(envoy.mutualInformation()).isCloseTo(4, within(1e-9));
    assertThat(collocates.get(1).mutualInformation())
        .isCloseTo(Math.log(2.0 * 64 / 24) / LN_2, within(1e-9));
  }

  @Test
  void collocatesWithEqualLogDiceGoByCooccurrencesThenTerm() {
    // (fxy, fx, fy) = (2, 2, 6), (1, 2, 2), (1, 2, 2): logDice 13 for all three.
    Map<String, Long> together = Map.of("zeta", 2L, "beta", 1L, "alpha", 1L);
    Map<String, Long> frequencies = Map.of("node", 2L, "zeta", 6L, "beta", 2L, "alpha", 2L);
    assertThat(AssociationRanking.collocates(together, frequencies, "node", 50, 1, 2))
        .extracting(Collocate::term)
        .containsExactly("zeta", "alpha");
  }

  @Test
  void coMentionsGoByCountThenLogDiceThenEntities() {
    Map<String, Long> single = Map.of("A", 3L, "B", 2L, "C", 2L);
    Map<String, Map<String, Long>> pairs =
        Map.of("A", Map.of("B", 2L, "C", 1L), "B", Map.of("C", 1L), "C", Map.of());

    List<CoMention> all = AssociationRanking.coMentions(single, pairs, 4, 10);

    // A-B: 2 together; B-C: 14 + log2(2/4) = 13; A-C: 14 + log2(2/5) ≈ 12.68.
    assertThat(all).extracting(m -> m.entityA() + m.entityB()).containsExactly("AB", "BC", "AC");
    assertThat(all.get(0).logDice()).isCloseTo(14 + Math.log(4.0 / 5) / LN_2, within(1e-9));
    assertThat(all.get(1).logDice()).isCloseTo(13, within(1e-9));
    assertThat(all.get(0).statements()).isEqualTo(4);
    assertThat(AssociationRanking.coMentions(single, pairs, 4, 1)).hasSize(1);
  }

  @Test
  void limitBelowOneIsRejectedWithTheSharedMessage() {
    assertThatThrownBy(() -> AssociationRanking.coMentions(Map.of(), Map.of(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 1: 0");
  }

  private static Map.Entry<String, Long> entry(String key, long value) {
    return Map.entry(key, value);
  }
}
