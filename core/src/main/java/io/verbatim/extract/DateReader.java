package io.verbatim.extract;

import io.verbatim.model.Published;
import java.util.Optional;

/**
 * Reads dates and times in every form the sources use: {@code 28 April 201609:49}, {@code April 28,
 * 2016}, {@code 28.04.2016}, {@code 28-04-2016}, {@code 04/28/2016} (numeric order as the source
 * profile says), {@code 28 апреля 2016 года}, {@code 28 апреля 2016 09:49}, ISO.
 *
 * <p>PLACEHOLDER: only ISO dates until the capture work lands.
 */
public final class DateReader {
  /** Which number comes first in an all-numeric date such as {@code 04/05/2016}. */
  public enum NumericOrder {
    DAY_FIRST,
    MONTH_FIRST
  }

  private DateReader() {}

  /** The date (and time, when present) that {@code text} consists of, or empty. */
  public static Optional<Published> parse(String text, NumericOrder order) {
    try {
      return Optional.of(Published.parse(text));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The first date found anywhere in {@code text} (e.g. at the end of a title), or empty. */
  public static Optional<Published> find(String text, NumericOrder order) {
    return Optional.empty();
  }
}
