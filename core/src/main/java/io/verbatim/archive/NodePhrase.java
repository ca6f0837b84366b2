package io.verbatim.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The node of a collocation analysis: one word or a phrase ({@code climate change}), analysed like
 * the bodies, found in a text the way a phrase query finds it.
 *
 * <p>Contract: the node is a list of slots, each at an offset from the first word's position
 * (removed stop words leave gaps: {@code weapons of mass destruction} is {@code weapon} +0, {@code
 * mass} +2, {@code destruct} +3); a slot holds every term the analysis stacked at that position (a
 * Russian word's several lemmas), any of which matches. An <b>occurrence</b> starts at a position
 * where the first slot matches and every other slot matches at its offset; it covers the positions
 * from its first to its last slot.
 *
 * @param given the node as the user typed it
 * @param offsets each slot's offset from the first slot's position, ascending, starting at 0
 * @param slots each slot's terms
 */
public record NodePhrase(String given, int[] offsets, List<Set<String>> slots) {

  /** The most words a node may have. */
  public static final int MAX_WORDS = 8;

  public NodePhrase {
    Objects.requireNonNull(given, "the node as given");
    offsets = offsets.clone();
    slots = slots.stream().map(Set::copyOf).toList();
    if (slots.isEmpty() || offsets.length != slots.size() || offsets[0] != 0) {
      throw new IllegalArgumentException("a node needs slots starting at offset 0: " + given);
    }
    for (int i = 1; i < offsets.length; i++) {
      if (offsets[i] <= offsets[i - 1]) {
        throw new IllegalArgumentException("node offsets must ascend: " + Arrays.toString(offsets));
      }
    }
  }

  /**
   * The node {@code given}, from its analysis {@code analysed} (the same analysis as the bodies).
   *
   * @throws IllegalArgumentException when the analysis leaves no word (only stop words or
   *     punctuation), or more than {@link #MAX_WORDS} words
   */
  public static NodePhrase of(String given, BodyTokens analysed, String language) {
    Objects.requireNonNull(given, "the node term");
    if (analysed.size() == 0) {
      throw new IllegalArgumentException(
          "'"
              + given
              + "' leaves no "
              + language
              + " word to look for once analysed (only stop words or punctuation?); give a"
              + " word that carries meaning");
    }
    List<Integer> offsets = new ArrayList<>();
    List<Set<String>> slots = new ArrayList<>();
    int first = analysed.position(0);
    for (int i = 0; i < analysed.size(); i++) {
      int offset = analysed.position(i) - first;
      if (offsets.isEmpty() || offsets.get(offsets.size() - 1) != offset) {
        offsets.add(offset);
        slots.add(new LinkedHashSet<>());
      }
      slots.get(slots.size() - 1).add(analysed.term(i));
    }
    if (slots.size() > MAX_WORDS) {
      throw new IllegalArgumentException(
          "'" + given + "' has " + slots.size() + " words; a node has at most " + MAX_WORDS);
    }
    return new NodePhrase(
        given, offsets.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(slots));
  }

  /** The number of word slots (1 for a single word). */
  public int words() {
    return slots.size();
  }

  /** Positions from the first slot to the last. */
  public int span() {
    return offsets[offsets.length - 1] + 1;
  }

  /** The node's terms, slots joined by spaces and alternatives by {@code |}, for messages. */
  public String terms() {
    List<String> parts = new ArrayList<>();
    for (Set<String> slot : slots) {
      parts.add(String.join("|", slot.stream().sorted().toList()));
    }
    return String.join(" ", parts);
  }

  /** One place where the node occurs in a text. */
  public record Occurrence(int firstPosition, int lastPosition, int firstToken, int lastToken) {}

  /** Every occurrence of the node in {@code body}, by position (they may overlap). */
  public List<Occurrence> occurrencesIn(BodyTokens body) {
    List<Occurrence> found = new ArrayList<>();
    int n = body.size();
    for (int i = 0; i < n; i++) {
      if (i > 0 && body.position(i) == body.position(i - 1)) {
        continue; // one occurrence per position, whichever stacked term matched
      }
      int start = body.position(i);
      int lastToken = -1;
      boolean all = true;
      for (int s = 0; s < slots.size() && all; s++) {
        int at = tokenAt(body, i, start + offsets[s], slots.get(s));
        all = at >= 0;
        lastToken = at;
      }
      if (all) {
        found.add(new Occurrence(start, start + offsets[offsets.length - 1], i, lastToken));
      }
    }
    return found;
  }

  /** The index of a token at {@code position} whose term is in {@code slot}, from {@code from}. */
  private static int tokenAt(BodyTokens body, int from, int position, Set<String> slot) {
    for (int j = from; j < body.size() && body.position(j) <= position; j++) {
      if (body.position(j) == position && slot.contains(body.term(j))) {
        return j;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NodePhrase p
        && p.given.equals(given)
        && Arrays.equals(p.offsets, offsets)
        && p.slots.equals(slots);
  }

  @Override
  public int hashCode() {
    return Objects.hash(given, Arrays.hashCode(offsets), slots);
  }

  @Override
  public String toString() {
    return "NodePhrase[" + given + " = " + terms() + "]";
  }
}
