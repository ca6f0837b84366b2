package io.verbatim.archive;

import java.util.Objects;

/**
 * A concordance (keyword in context): every place in the bodies of the selected statements where
 * the selection's query matches, with the words around it.
 *
 * @param selection which statements and what to find in them (its query must not be empty)
 * @param contextWords how many words of context on each side, at least 1
 * @param sort the order of the lines
 * @param limit the most lines to deliver, 0 for all; when more exist {@link
 *     KwicSummary#limitReached()} says so
 * @param groupBy what {@link KwicSummary#groups()} counts the delivered lines by
 */
public record KwicRequest(
    Selection selection, int contextWords, Sort sort, int limit, Group groupBy) {

  /** The default number of context words on each side. */
  public static final int DEFAULT_CONTEXT_WORDS = 8;

  /** The order of concordance lines. */
  public enum Sort {
    /** Index order: streamed as found, the fastest first lines. */
    NONE,
    /** By the nearest word left of the match. */
    LEFT_1,
    /** By the second word left of the match. */
    LEFT_2,
    /** By the third word left of the match. */
    LEFT_3,
    /** By the first word right of the match. */
    RIGHT_1,
    /** By the second word right of the match. */
    RIGHT_2,
    /** By the third word right of the match. */
    RIGHT_3,
    /** Oldest statement first, undated last. */
    DATE_ASC,
    /** Newest statement first, undated last. */
    DATE_DESC;

    /** For LEFT_n and RIGHT_n, n (1-3); else 0. */
    public int wordIndex() {
      return switch (this) {
        case LEFT_1, RIGHT_1 -> 1;
        case LEFT_2, RIGHT_2 -> 2;
        case LEFT_3, RIGHT_3 -> 3;
        default -> 0;
      };
    }

    /** True for the orders that need every line collected before the first is delivered. */
    public boolean byContext() {
      return wordIndex() > 0;
    }
  }

  /** What the delivered lines are counted by. */
  public enum Group {
    NONE,
    /** The speaker's name (or role when unnamed); {@link KwicSummary#NO_VALUE} when none. */
    SPEAKER,
    /** The year of publication; {@link KwicSummary#NO_VALUE} when undated. */
    YEAR
  }

  public KwicRequest {
    Objects.requireNonNull(selection, "the selection");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(groupBy, "groupBy");
    if (selection.query().isBlank()) {
      throw new IllegalArgumentException(
          "a concordance needs a query: the words, phrase or pattern to show in context");
    }
    if (contextWords < 1) {
      throw new IllegalArgumentException("context width must be at least 1 word: " + contextWords);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0 (0 = all lines): " + limit);
    }
  }

  /** All lines in index order, {@value #DEFAULT_CONTEXT_WORDS} words each side, no grouping. */
  public static KwicRequest of(Selection selection) {
    return new KwicRequest(selection, DEFAULT_CONTEXT_WORDS, Sort.NONE, 0, Group.NONE);
  }

  public KwicRequest withContextWords(int words) {
    return new KwicRequest(selection, words, sort, limit, groupBy);
  }

  public KwicRequest withSort(Sort newSort) {
    return new KwicRequest(selection, contextWords, newSort, limit, groupBy);
  }

  public KwicRequest withLimit(int newLimit) {
    return new KwicRequest(selection, contextWords, sort, newLimit, groupBy);
  }

  public KwicRequest withGroupBy(Group group) {
    return new KwicRequest(selection, contextWords, sort, limit, group);
  }
}
