package io.verbatim.archive;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a concordance delivered.
 *
 * @param lines the number of lines delivered
 * @param statements the number of distinct statements they come from
 * @param limitReached true when the request's limit stopped delivery and more lines exist
 * @param groups the delivered lines counted by the request's group (sorted by value; empty when not
 *     grouped); the counts sum to {@code lines}
 */
public record KwicSummary(
    long lines, long statements, boolean limitReached, Map<String, Long> groups) {
  /** The group value of lines without a speaker, or without a date. */
  public static final String NO_VALUE = "(none)";

  public KwicSummary {
    groups = java.util.Collections.unmodifiableMap(new TreeMap<>(groups));
  }
}
