package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoring, filtering, ordering and limiting of the counts a backend hands over. */
class AssociationRankingTest {
  private static final double LN_2 = Math.log(2);

  /** A tally of single words from {@code counts} (term → occurrences), without forms. */
  private static TermTally tally(Map<String, Long> counts, long tokens) {
    TermTally t = new TermTally(1, false);
    counts.forEach(t::add);
    long rest = tokens - t.tokens();
    if (rest > 0) {
      t.add("other", rest);
    }
    return t;
  }

  @Test
  void keyTermsKeepOverRepresentedTermsByLogLikelihoodThenTerm() throws Exception {
    TermTally subset = tally(Map.of("treaty", 10L, "accord", 10L, "summit", 30L, "rain", 1L), 1000);
    Map<String, Long> reference = Map.of("summit", 10L, "rain", 5L, "other", 1000L);

    List<KeyTerm> terms =
        AssociationRanking.keyTerms(
            subset, (term, a) -> reference.getOrDefault(term, 0L), 1000, 10);

    // accord, treaty: a=10, b=0, E1=E2=5, G2 = 20·ln 2 ≈ 13.86 (tie broken by term);
    // summit: a=30, b=10, E1=E2=20, G2 = 2·(30·ln 1.5 + 10·ln 0.5) ≈ 10.46;
    // rain: 1/1000 <= 5/1000, not key; other (949 vs 1000) not key.
    assertThat(terms).extracting(KeyTerm::stem).containsExactly("accord", "treaty", "summit");
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
  void keyTermsAreShownInTheirMostFrequentWrittenForm() throws Exception {
    TermTally subset = new TermTally(1, true);
    subset.add(
        BodyTokens.builder("Peace, peaceful peace")
            .add("peac", 0, 0, 5)
            .add("peac", 1, 7, 15)
            .add("peac", 2, 16, 21)
            .build());
    List<KeyTerm> terms = AssociationRanking.keyTerms(subset, (t, a) -> 0L, 10, 5);
    assertThat(terms)
        .extracting(KeyTerm::term, KeyTerm::stem)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("peace", "peac"));
  }

  @Test
  void keyTermsAreLimitedAndEmptyWithoutTokensOnEitherSide() throws Exception {
    TermTally subset = tally(Map.of("treaty", 10L, "summit", 30L), 40);
    assertThat(AssociationRanking.keyTerms(subset, (t, a) -> 0L, 1000, 1))
        .extracting(KeyTerm::term)
        .containsExactly("summit");
    assertThat(AssociationRanking.keyTerms(new TermTally(1, true), (t, a) -> 0L, 1000, 5))
        .isEmpty();
    assertThat(AssociationRanking.keyTerms(subset, (t, a) -> 0L, 0, 5)).isEmpty();
  }

  /** A collocation tally of {@code node} ±{@code window} over one text of single-word tokens. */
  private static CollocationTally collocationTally(String node, int window, String... words) {
    StringBuilder text = new StringBuilder();
    BodyTokens.Builder b = BodyTokens.builder(String.join(" ", words));
    for (int i = 0; i < words.length; i++) {
      int start = text.length();
      text.append(words[i]).append(' ');
      if (!words[i].equals("_")) {
        b.add(words[i], i, start, start + words[i].length());
      }
    }
    CollocationTally tally =
        new CollocationTally(
            NodePhrase.of(
                node, BodyTokens.builder(node).add(node, 0, 0, node.length()).build(), "en"),
            window);
    tally.add(b.build());
    return tally;
  }

  @Test
  void collocatesAreFilteredByMinimumFrequencyAndOrderedByLogDice() {
    // peace ×4, envoy ×2, talks ×4, border ×6: N = 16 words; "_" is a removed stop word.
    CollocationTally tally =
        collocationTally(
            "peace", 1, "envoy", "peace", "border", "_", "envoy", "peace", "border", "_", "peace",
            "talks", "_", "talks", "_", "peace", "_", "talks", "_", "talks", "_", "border", "_",
            "border", "_", "border", "_", "border");
    Collocations found = AssociationRanking.collocations(tally, 2, 10);
    // envoy: left 2, f(y) 2; border: right 2, f(y) 6; talks: right 1 (f(xy) 1 < 2, left out).
    assertThat(found.nodeFrequency()).isEqualTo(4);
    assertThat(found.tokens()).isEqualTo(16);
    assertThat(found.collocates()).extracting(Collocate::stem).containsExactly("envoy", "border");
    Collocate envoy = found.collocates().get(0);
    assertThat(envoy)
        .extracting(
            Collocate::left, Collocate::right, Collocate::cooccurrences, Collocate::frequency)
        .containsExactly(2L, 0L, 2L, 2L);
    assertThat(envoy.logDice()).isCloseTo(14 + Math.log(4.0 / 6) / LN_2, within(1e-9));
    assertThat(envoy.mutualInformation())
        .isCloseTo(Math.log(2.0 * 16 / (4 * 2)) / LN_2, within(1e-9));
    Collocate border = found.collocates().get(1);
    assertThat(border.logDice()).isCloseTo(14 + Math.log(4.0 / 10) / LN_2, within(1e-9));
  }

  @Test
  void collocatesWithEqualLogDiceGoByCooccurrencesThenTerm() {
    // node ×2; zeta near it twice (f 6), alpha and beta once each (f 2): logDice 13 for all.
    CollocationTally tally =
        collocationTally(
            "node", 1, "zeta", "node", "alpha", "_", "zeta", "node", "beta", "_", "zeta", "_",
            "zeta", "_", "zeta", "_", "zeta", "_", "alpha", "_", "beta");
    assertThat(AssociationRanking.collocations(tally, 1, 2).collocates())
        .extracting(Collocate::stem)
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
    assertThat(all.get(0).mutualInformation())
        .isCloseTo(Math.log(2.0 * 4 / (3 * 2)) / LN_2, within(1e-9));
    assertThat(all.get(1).logDice()).isCloseTo(13, within(1e-9));
    assertThat(all.get(0).statements()).isEqualTo(4);
    assertThat(AssociationRanking.coMentions(single, pairs, 4, 1)).hasSize(1);
  }

  @Test
  void coMentionsOfOneEntityPutItFirstAndTakeTheOthersCountsFromTheWholeSelection() {
    Map<String, Long> single = Map.of("A", 3L, "B", 5L, "C", 1L);
    List<CoMention> withA =
        AssociationRanking.coMentionsOf("A", single, Map.of("B", 2L, "C", 1L), 10, 10);
    assertThat(withA)
        .extracting(
            m -> m.entityA() + m.entityB() + " " + m.count() + "/" + m.countA() + "/" + m.countB())
        .containsExactly("AB 2/3/5", "AC 1/3/1");
    assertThat(withA.get(1).mutualInformation())
        .isCloseTo(Math.log(1.0 * 10 / (3 * 1)) / LN_2, within(1e-9));
  }

  @Test
  void limitBelowOneIsRejectedWithTheSharedMessage() {
    assertThatThrownBy(() -> AssociationRanking.coMentions(Map.of(), Map.of(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 1: 0");
  }
}
