package io.verbatim.archive;

import io.verbatim.analysis.words.FunctionWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The backend-independent half of keyness, collocations and co-mentions: a backend counts (terms
 * into a {@link TermTally}, windows into a {@link CollocationTally}, entity pairs) in its own way
 * and hands the counts here, which scores them (see {@link
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
   * reference, by log-likelihood descending then term as counted; none if either side is empty.
   * Each is shown in the form written most often in the subset; terms written as function words
   * ({@link FunctionWords}) are counted in the totals but not listed.
   *
   * @param subset {@code a} of each term, {@code c}, and the written forms
   * @param reference {@code b} of a term
   * @param referenceTokens {@code d}
   * @param limit the most key terms to return, at least 1
   */
  public static List<KeyTerm> keyTerms(
      TermTally subset, ReferenceFrequency reference, long referenceTokens, int limit)
      throws IOException {
    Objects.requireNonNull(subset, "subset counts");
    Objects.requireNonNull(reference, "reference frequencies");
    requireLimit(limit);
    long c = subset.tokens();
    long d = referenceTokens;
    if (c == 0 || d <= 0) {
      return List.of();
    }
    List<KeyTerm> keyTerms = new ArrayList<>();
    for (Map.Entry<String, Long> e : subset.frequencies().entrySet()) {
      long a = e.getValue();
      long b = reference.of(e.getKey(), a);
      if ((double) a / c <= (double) b / d) {
        continue;
      }
      keyTerms.add(KeyTerm.of(e.getKey(), e.getKey(), a, b, c, d));
    }
    keyTerms.sort(
        Comparator.comparingDouble(KeyTerm::logLikelihood).reversed().thenComparing(KeyTerm::stem));
    keyTerms.removeIf(k -> FunctionWords.anyIn(subset.formOf(k.stem())));
    List<KeyTerm> shown = new ArrayList<>();
    for (KeyTerm k : first(keyTerms, limit)) {
      shown.add(
          new KeyTerm(
              subset.formOf(k.stem()),
              k.stem(),
              k.subsetFrequency(),
              k.referenceFrequency(),
              k.subsetTokens(),
              k.referenceTokens(),
              k.logLikelihood(),
              k.logRatio()));
    }
    return List.copyOf(shown);
  }

  /**
   * The collocates counted in {@code tally} seen at least {@code minFrequency} times near the node
   * (left + right), by logDice descending, then co-occurrences descending, then term as counted;
   * each shown in the form written most often near the node; function words ({@link FunctionWords})
   * are counted but not listed.
   */
  public static Collocations collocations(CollocationTally tally, int minFrequency, int limit) {
    Objects.requireNonNull(tally, "collocation counts");
    requireLimit(limit);
    long fx = tally.nodeFrequency();
    long n = tally.tokens();
    Set<String> near = new HashSet<>(tally.left().keySet());
    near.addAll(tally.right().keySet());
    List<Collocate> collocates = new ArrayList<>();
    for (String stem : near) {
      long left = tally.left().getOrDefault(stem, 0L);
      long right = tally.right().getOrDefault(stem, 0L);
      if (left + right < minFrequency || FunctionWords.anyIn(tally.formOf(stem))) {
        continue;
      }
      collocates.add(
          Collocate.of(tally.formOf(stem), stem, left, right, tally.frequency(stem), fx, n));
    }
    collocates.sort(
        Comparator.comparingDouble(Collocate::logDice)
            .reversed()
            .thenComparing(Comparator.comparingLong(Collocate::cooccurrences).reversed())
            .thenComparing(Collocate::stem));
    return new Collocations(
        tally.node().given(), tally.nodeForm(), tally.window(), fx, n, first(collocates, limit));
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
                (b, count) ->
                    all.add(CoMention.of(a, b, count, single.get(a), single.get(b), statements))));
    return ordered(all, limit);
  }

  /**
   * The co-mentions of {@code entity} in a selection ({@code entity} as {@link
   * CoMention#entityA()}), by count descending, then logDice descending, then the other entity.
   *
   * @param entity the entity whose co-mentions these are
   * @param single statements of the selection mentioning each entity (including {@code entity})
   * @param withEntity for each other entity, statements of the selection mentioning it and {@code
   *     entity}
   * @param statements statements in the selection
   */
  public static List<CoMention> coMentionsOf(
      String entity,
      Map<String, Long> single,
      Map<String, Long> withEntity,
      long statements,
      int limit) {
    Objects.requireNonNull(entity, "entity");
    requireLimit(limit);
    List<CoMention> all = new ArrayList<>();
    long countA = single.getOrDefault(entity, 0L);
    withEntity.forEach(
        (b, count) -> {
          if (!b.equals(entity)) {
            all.add(CoMention.of(entity, b, count, countA, single.get(b), statements));
          }
        });
    return ordered(all, limit);
  }

  private static List<CoMention> ordered(List<CoMention> all, int limit) {
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
