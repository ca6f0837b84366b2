package io.verbatim.archive;

import java.util.List;
import java.util.Objects;

/**
 * The counts of one facet field over the statements a search matches.
 *
 * <p>For a single-valued field (every facet field except {@code mention}) each matching statement
 * is counted exactly once, so {@code sum(values) + other + missing == total}. {@code mention} is
 * multi-valued: a statement is counted once under each entity it mentions, so the sum of its counts
 * may exceed the total; {@code missing} still counts statements that mention nothing.
 *
 * @param field the facet field, one of {@link SearchRequest#FACET_FIELDS}
 * @param values the top values, by count (highest first), then by value
 * @param other the counts of all values not listed (for single-valued fields: the statements with
 *     such a value)
 * @param missing matching statements without a value for the field
 */
public record FacetCounts(String field, List<FacetValue> values, long other, long missing) {
  public FacetCounts {
    Objects.requireNonNull(field, "facet field");
    values = List.copyOf(values);
    if (other < 0 || missing < 0) {
      throw new IllegalArgumentException("facet counts must be >= 0");
    }
  }

  /** The sum of every count: listed values, other and missing. */
  public long sum() {
    long sum = other + missing;
    for (FacetValue v : values) {
      sum += v.count();
    }
    return sum;
  }
}
