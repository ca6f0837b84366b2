package io.verbatim.archive;

import java.util.Objects;

/**
 * One value of a facet and how many matching statements have it.
 *
 * @param value the value as stored (a year as digits, e.g. {@code 2021})
 * @param count the number of matching statements with this value
 */
public record FacetValue(String value, long count) {
  public FacetValue {
    Objects.requireNonNull(value, "facet value");
    if (count < 0) {
      throw new IllegalArgumentException("a facet count must be >= 0: " + count);
    }
  }
}
