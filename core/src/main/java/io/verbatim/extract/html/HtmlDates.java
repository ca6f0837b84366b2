package io.verbatim.extract.html;

import io.verbatim.extract.DateReader;
import io.verbatim.model.Published;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages put in markup: ISO values of {@code datetime} attributes and meta tags
 * ({@code 2023-08-02}, {@code 2023-08-02T14:30:00+03:00}, {@code 2023-08-02 14:30}), and the short
 * numeric dates of mid.ru ({@code 02.08.23}, {@code 02.08.2023 14:30}). Anything else goes to
 * {@link DateReader}, which also reads a value stating only a month or a year ({@code 2019-09},
 * {@code 2019}) at that precision.
 */
final class HtmlDates {
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})"
              + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
              + "(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern DOTTED =
      Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)");
  private static final Pattern TIME =
      Pattern.compile("(?<!\\d)([01]?\\d|2[0-3]):([0-5]\\d)(?!\\d)");

  private HtmlDates() {}

  /**
   * The date (and time) an attribute value states, at the precision it states, or empty when it is
   * no date.
   */
  static Optional<Published> attribute(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    Matcher m = ISO.matcher(v);
    if (m.lookingAt()) {
      try {
        LocalDate date =
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        LocalTime time = null;
        ZoneId zone = null;
        if (m.group(4) != null) {
          time =
              LocalTime.of(
                  Integer.parseInt(m.group(4)),
                  Integer.parseInt(m.group(5)),
                  m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
          if (m.group(7) != null) {
            zone = ZoneOffset.of(normaliseOffset(m.group(7)));
          }
        }
        return Optional.of(new Published(date, time, zone));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return DateReader.parseAtAnyPrecision(v, DateReader.NumericOrder.DAY_FIRST);
  }

  /**
   * A day-first dotted date ({@code 28.04.16}, {@code 28.04.2016}) with the first {@code HH:MM}
   * after it, as mid.ru shows them; two-digit years are taken as 20xx. Empty when none is found.
   */
  static Optional<Published> dotted(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher d = DOTTED.matcher(text);
    if (!d.find()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(d.group(3));
    if (d.group(3).length() == 2) {
      year += 2000;
    }
    try {
      LocalDate date =
          LocalDate.of(year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
      Matcher t = TIME.matcher(text);
      LocalTime time =
          t.find(d.end())
              ? LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)))
              : null;
      return Optional.of(new Published(date, time, null));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String normaliseOffset(String offset) {
    if (offset.equals("Z") || offset.contains(":")) {
      return offset;
    }
    return offset.substring(0, 3) + ":" + offset.substring(3);
  }
}
