package io.verbatim.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The backend-independent half of keyness, collocations and co-mentions: a backend counts (terms,
 * windows, entity pairs) in its own way and hands the counts here, which scores them (see {@link
 * io.verbatim.analysis.stats.Association}), orders them as {@link Archive} promises and keeps the
 * first {@code limit}. Every backend therefore ranks the same counts identically.
 */
public final class AssociationRanking {
  private AssociationRanking() {}

  /** The reference frequency {@code b} of a term whose subset frequency is {@code a}. */
  @FunctionalInterface
  public interface ReferenceFrequency {
    long of(String term, long subsetFrequency) throws IOException;
  }

  /**
   * Rejects a {@code limit} below 1 with the message every analysis uses.
   *
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public static void requireLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }

  /**
   * The key terms of a subset: every term relatively more frequent in the subset than in the
   * reference, by log-likelihood descending then term; none if either side has no tokens.
   *
   * @param subsetFrequencies {@code a} of each term of the subset
   * @param subsetTokens {@code c}
   * @param reference {@code b} of a term
   * @param referenceTokens {@code d}
   * @param limit the most key terms to return, at least 1
   */
  public static List<KeyTerm> keyTerms(
      Map<String, Long> subsetFrequencies,
      long subsetTokens,
      ReferenceFrequency reference,
      long referenceTokens,
      int limit)
      throws IOException {
    Objects.requireNonNull(subsetFrequencies, "subset frequencies");
    Objects.requireNonNull(reference, "reference frequencies");
    requireLimit(limit);
    long c = subsetTokens;
    long d = referenceTokens;
    if (c == 0 || d <= 0) {
      return List.of();
    }
    List<KeyTerm> keyTerms = new ArrayList<>();
    for (Map.Entry<String, Long> e : subsetFrequencies.entrySet()) {
      long a = e.getValue();
      long b = reference.of(e.getKey(), a);
      if ((double) a / c <= (double) b / d) {
        continue;
      }
      keyTerms.add(
          new KeyTerm(
              e.getKey(),
              a,
              b,
              c,
              d,
              KeyTerm.logLikelihoodOf(a, b, c, d),
              KeyTerm.logRatioOf(a, b, c, d)));
    }
    keyTerms.sort(
        Comparator.comparingDouble(KeyTerm::logLikelihood).reversed().thenComparing(KeyTerm::term));
    return first(keyTerms, limit);
  }

  /**
   * Counts, for each occurrence of {@code node} in one body, every other term within {@code
   * ±window} positions into {@code together}.
   *
   * @param terms the body's analysed terms in position order (stacked terms share a position)
   * @param positions the position of each term
   */
  public static void countWithinWindow(
      List<String> terms, int[] positions, String node, int window, Map<String, Long> together) {
    if (terms.size() != positions.length) {
      throw new IllegalArgumentException(
          terms.size() + " terms but " + positions.length + " positions");
    }
    for (int i = 0; i < terms.size(); i++) {
      if (!terms.get(i).equals(node)) {
        continue;
      }
      for (int j = i - 1; j >= 0 && positions[i] - positions[j] <= window; j--) {
        countNear(together, terms.get(j), node);
      }
      for (int j = i + 1; j < terms.size() && positions[j] - positions[i] <= window; j++) {
        countNear(together, terms.get(j), node);
      }
    }
  }

  private static void countNear(Map<String, Long> together, String term, String node) {
    if (!term.equals(node)) {
      together.merge(term, 1L, Long::sum);
    }
  }

  /**
   * The collocates of {@code node} seen at least {@code minFrequency} times near it, by logDice
   * descending, then co-occurrences descending, then term.
   *
   * @param together {@code f(xy)} of each term near the node
   * @param frequencies {@code f(y)} of every term of the selection (including the node)
   * @param tokens {@code N}, the tokens of the selection
   */
  public static List<Collocate> collocates(
      Map<String, Long> together,
      Map<String, Long> frequencies,
      String node,
      long tokens,
      int minFrequency,
      int limit) {
    Objects.requireNonNull(node, "the node term");
    requireLimit(limit);
    long fx = frequencies.getOrDefault(node, 0L);
    List<Collocate> collocates = new ArrayList<>();
    for (Map.Entry<String, Long> e : together.entrySet()) {
      long fxy = e.getValue();
      if (fxy < minFrequency) {
        continue;
      }
      long fy = frequencies.get(e.getKey());
      collocates.add(
          new Collocate(
              e.getKey(),
              fxy,
              fy,
              fx,
              tokens,
              Collocate.logDiceOf(fxy, fx, fy),
              Collocate.mutualInformationOf(fxy, fx, fy, tokens)));
    }
    collocates.sort(
        Comparator.comparingDouble(Collocate::logDice)
            .reversed()
            .thenComparing(Comparator.comparingLong(Collocate::cooccurrences).reversed())
            .thenComparing(Collocate::term));
    return first(collocates, limit);
  }

  /**
   * The co-mentions of a selection, by count descending, then logDice descending, then entities.
   *
   * @param single statements mentioning each entity
   * @param pairs for each entity A, statements mentioning both A and each entity B sorting after A
   * @param statements statements in the selection
   */
  public static List<CoMention> coMentions(
      Map<String, Long> single, Map<String, Map<String, Long>> pairs, long statements, int limit) {
    requireLimit(limit);
    List<CoMention> all = new ArrayList<>();
    pairs.forEach(
        (a, withA) ->
            withA.forEach(
                (b, count) -> {
                  long ca = single.get(a);
                  long cb = single.get(b);
                  all.add(
                      new CoMention(
                          a, b, count, ca, cb, statements, CoMention.logDiceOf(count, ca, cb)));
                }));
    all.sort(
        Comparator.comparingLong(CoMention::count)
            .reversed()
            .thenComparing(Comparator.comparingDouble(CoMention::logDice).reversed())
            .thenComparing(CoMention::entityA)
            .thenComparing(CoMention::entityB));
    return first(all, limit);
  }

  private static <T> List<T> first(List<T> sorted, int limit) {
    return List.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
  }
}
