package io.verbatim.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When a statement was published, at the precision the source states it: a date, optionally a local
 * time, optionally the zone the source profile knows.
 *
 * <p>Its ISO-8601 form ({@link #toString()}) is {@code 2016-04-28}, {@code 2016-04-28T09:49} or
 * {@code 2016-04-28T09:49[Europe/Moscow]}; {@link #parse(String)} reads all three.
 *
 * @param date the local date; never null
 * @param time the local time, or null when the source gives only a date
 * @param zone the zone of {@code date}/{@code time}, or null when unknown
 */
public record Published(LocalDate date, LocalTime time, ZoneId zone)
    implements Comparable<Published> {
  public Published {
    Objects.requireNonNull(date, "a publication needs at least a date");
    if (time != null && time.getSecond() == 0 && time.getNano() == 0) {
      time = time.withSecond(0).withNano(0);
    }
  }

  public static Published of(LocalDate date) {
    return new Published(date, null, null);
  }

  public static Published of(LocalDateTime dateTime) {
    return new Published(dateTime.toLocalDate(), dateTime.toLocalTime(), null);
  }

  /** The same moment with the zone the source profile knows. */
  public Published withZone(ZoneId newZone) {
    return new Published(date, time, newZone);
  }

  /** The local date-time, at midnight when the source gives no time. */
  public LocalDateTime localDateTime() {
    return date.atTime(time == null ? LocalTime.MIDNIGHT : time);
  }

  /**
   * Reads the ISO form written by {@link #toString()}.
   *
   * @throws IllegalArgumentException when {@code text} is not in that form
   */
  @JsonCreator
  public static Published parse(String text) {
    Objects.requireNonNull(text, "text to parse as a publication date");
    String t = text.strip();
    ZoneId zone = null;
    int bracket = t.indexOf('[');
    if (bracket >= 0 && t.endsWith("]")) {
      zone = ZoneId.of(t.substring(bracket + 1, t.length() - 1));
      t = t.substring(0, bracket);
    }
    try {
      if (t.contains("T")) {
        return new Published(
            LocalDate.parse(t.substring(0, t.indexOf('T'))),
            LocalTime.parse(t.substring(t.indexOf('T') + 1)),
            zone);
      }
      return new Published(LocalDate.parse(t), null, zone);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not an ISO date or date-time: '" + text + "' (expected e.g. 2016-04-28T09:49)", e);
    }
  }

  @JsonValue
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(date.toString());
    if (time != null) {
      s.append('T').append(time);
    }
    if (zone != null) {
      s.append('[').append(zone.getId()).append(']');
    }
    return s.toString();
  }

  @Override
  public int compareTo(Published o) {
    return localDateTime().compareTo(o.localDateTime());
  }
}
