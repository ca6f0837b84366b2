package io.verbatim.extract;

import io.verbatim.model.Published;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and times in every form the sources use.
 *
 * <p>Accepted forms (each optionally preceded by a weekday such as {@code Thursday,} or {@code
 * четверг,} and followed or preceded by a time):
 *
 * <ul>
 *   <li>day, month name, year: {@code 28 April 2016}, {@code 28 Apr 2016}, {@code 28. April 2016},
 *       {@code 28 апреля 2016 года}, {@code 28 апреля 2016 г.}, {@code 28 avril 2016}, {@code 28 de
 *       abril de 2016};
 *   <li>month name, day, year: {@code April 28, 2016}, {@code Apr 28, 2016};
 *   <li>a time run together with the year, as mid.ru captures write it: {@code 28 April 201609:49};
 *   <li>ISO: {@code 2016-04-28}, {@code 2016-04-28T09:49}, with seconds and an offset;
 *   <li>numeric: {@code 28.04.2016} and {@code 28.04.16} (dots are always day-month-year), {@code
 *       28/04/2016}, {@code 04/28/2016}, {@code 28-04-2016} (slashes and dashes follow the {@link
 *       NumericOrder} the source profile gives).
 * </ul>
 *
 * <p>Month names are English, Russian (genitive and nominative), French, Spanish and German, with
 * the usual abbreviations. A two-digit year {@code yy} means 20yy when below 70, else 19yy. A time
 * is {@code H:MM} or {@code H:MM:SS}, optionally with AM/PM and a zone name ({@code UTC}, {@code
 * GMT}, {@code MSK}) which then becomes the zone of the result. Impossible dates and times ({@code
 * 31.02.2016}, {@code 25:10}) are not dates: the result is empty, never a nearby valid date.
 *
 * <p>{@link #parse} and {@link #find} read days (with or without a time). A field that holds only a
 * date may state less: {@link #parseAtAnyPrecision} also reads a month ({@code September 2019},
 * {@code сентябрь 2019 г.}, {@code 2019-09}, {@code 09.2019}, {@code 09/2019}) or a year alone
 * ({@code 2019}, {@code 2019 год}) and keeps that precision instead of inventing a day. Text
 * searched with {@link #find} is never read as a month or a year: any number there could be one.
 *
 * <p>Stateless and thread-safe.
 */
public final class DateReader {
  /** Which number comes first in an all-numeric date such as {@code 04/05/2016}. */
  public enum NumericOrder {
    DAY_FIRST,
    MONTH_FIRST
  }

  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH_NAME = alternation(MONTHS.keySet());

  private static final String WEEKDAY =
      alternation(
          List.of(
              "monday",
              "tuesday",
              "wednesday",
              "thursday",
              "friday",
              "saturday",
              "sunday",
              "mon",
              "tue",
              "tues",
              "wed",
              "thu",
              "thur",
              "thurs",
              "fri",
              "sat",
              "sun",
              "понедельник",
              "вторник",
              "среда",
              "четверг",
              "пятница",
              "суббота",
              "воскресенье",
              "lundi",
              "mardi",
              "mercredi",
              "jeudi",
              "vendredi",
              "samedi",
              "dimanche",
              "lunes",
              "martes",
              "miércoles",
              "miercoles",
              "jueves",
              "viernes",
              "sábado",
              "sabado",
              "domingo",
              "montag",
              "dienstag",
              "mittwoch",
              "donnerstag",
              "freitag",
              "samstag",
              "sonntag"));

  /** A time after the date; {@code (?!\d)} keeps it from eating a longer number. */
  private static final String TIME_AFTER =
      "(?:\\s*,?\\s*(?:at\\s+|в\\s+|à\\s+|um\\s+|a\\s+las\\s+|-\\s*|–\\s*)?"
          + "(?<h>\\d{1,2}):(?<min>\\d{2})(?::(?<s>\\d{2}))?(?:\\s*(?<ap>[ap]\\.?m\\.?)(?![\\p{L}]))?"
          + "(?:\\s*(?<tz>UTC|GMT|MSK)(?![\\p{L}]))?(?!\\d))";

  /** A time before the date, as in {@code 9:43 AM UTC, June 4, 2016}. */
  private static final String TIME_BEFORE =
      "(?:(?<!\\d)(?<bh>\\d{1,2}):(?<bmin>\\d{2})(?:\\s*(?<bap>[ap]\\.?m\\.?)(?![\\p{L}]))?"
          + "(?:\\s*(?<btz>UTC|GMT|MSK)(?![\\p{L}]))?\\s*,?\\s+)";

  /** After a year: an optional Russian "year" word, then a time or the end of the number. */
  private static final String YEAR_TAIL =
      "(?:\\s*(?:года|г\\.?)(?![\\p{L}]))?(?:" + TIME_AFTER + "|(?!\\d))";

  private static final String DAY = "(?<d>\\d{1,2})(?:st|nd|rd|th|er|\\.)?";

  private static final List<Pattern> PATTERNS =
      List.of(
          // 2016-04-28, 2016-04-28T09:49:05+03:00
          compile(
              "(?<!\\d)(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})"
                  + "(?:[T ](?<h>\\d{2}):(?<min>\\d{2})(?::(?<s>\\d{2})(?:\\.\\d+)?)?"
                  + "(?<off>Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d:])"),
          // 2016/04/28, 2016.04.28
          compile("(?<!\\d)(?<y>\\d{4})([/.])(?<m>\\d{1,2})\\2(?<d>\\d{1,2})" + YEAR_TAIL),
          // 28 April 2016, 28 de abril de 2016, 28th of April 2016, 28 апреля 201609:49
          compile(
              "(?<![\\d\\p{L}])"
                  + DAY
                  + "\\s*(?:of\\s+|de\\s+)?(?<mn>"
                  + MONTH_NAME
                  + ")\\.?,?\\s*(?:de\\s+|del\\s+)?(?<y>\\d{4})"
                  + YEAR_TAIL),
          // April 28, 2016
          compile(
              "(?<![\\d\\p{L}])(?<mn>"
                  + MONTH_NAME
                  + ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})"
                  + YEAR_TAIL),
          // 28.04.2016, 28.04.16 (always day first)
          compile(
              "(?<![\\d.])(?:(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})"
                  + "|(?<d2>\\d{2})\\.(?<m2>\\d{2})\\.(?<y2>\\d{2}))(?!\\.?\\d)"
                  + YEAR_TAIL),
          // 28/04/2016, 04/28/2016, 28-04-2016 (numeric order as given)
          compile(
              "(?<![\\d/-])(?<a>\\d{1,2})([/-])(?<b>\\d{1,2})\\2(?<y>\\d{4}|\\d{2})" + YEAR_TAIL));

  /** After a year alone: the Russian "year" word. */
  private static final String YEAR_WORD = "(?:\\s*(?:года|год|г\\.?)(?![\\p{L}]))?";

  /** A month or a year alone (whole text only): 2019-09, 09.2019, September 2019, 2019. */
  private static final List<Pattern> PERIODS =
      List.of(
          compile("(?<y>[12]\\d{3})-(?<m>\\d{2})"),
          compile("(?<m>\\d{1,2})[./](?<y>[12]\\d{3})"),
          compile(
              "(?<mn>" + MONTH_NAME + ")\\.?,?\\s*(?:de\\s+|del\\s+)?(?<y>[12]\\d{3})" + YEAR_WORD),
          compile("(?<y>[12]\\d{3})" + YEAR_WORD));

  private static final Pattern WEEKDAY_PREFIX = compile("^(?:" + WEEKDAY + ")\\.?\\s*,?\\s*");

  private DateReader() {}

  /**
   * The date (and time, when present) that {@code text} consists of, or empty. Surrounding
   * whitespace, a leading weekday and trailing punctuation are allowed; anything else is not.
   */
  public static Optional<Published> parse(String text, NumericOrder order) {
    Objects.requireNonNull(order, "numeric order");
    if (text == null) {
      return Optional.empty();
    }
    String t = normaliseSpaces(text).strip();
    t = WEEKDAY_PREFIX.matcher(t).replaceFirst("");
    t = t.replaceAll("[\\s.,;]+$", "");
    for (Pattern p : withTimeFirst()) {
      Matcher m = p.matcher(t);
      if (m.matches()) {
        return toPublished(m, order);
      }
    }
    return Optional.empty();
  }

  /**
   * What {@link #parse} reads, or else a month or a year alone (see the class comment), at that
   * precision; empty when {@code text} is none of these.
   */
  public static Optional<Published> parseAtAnyPrecision(String text, NumericOrder order) {
    Optional<Published> day = parse(text, order);
    if (day.isPresent() || text == null) {
      return day;
    }
    String t = normaliseSpaces(text).strip().replaceAll("[\\s.,;]+$", "");
    for (Pattern p : PERIODS) {
      Matcher m = p.matcher(t);
      if (m.matches()) {
        return toPeriod(m);
      }
    }
    return Optional.empty();
  }

  private static Optional<Published> toPeriod(Matcher m) {
    int year = Integer.parseInt(m.group("y"));
    Integer month = null;
    if (has(m, "mn")) {
      month = MONTHS.get(m.group("mn").toLowerCase(Locale.ROOT));
    } else if (has(m, "m")) {
      month = Integer.parseInt(m.group("m"));
    }
    try {
      return Optional.of(
          month == null
              ? Published.ofYear(year)
              : Published.ofMonth(java.time.YearMonth.of(year, month)));
    } catch (DateTimeException e) {
      return Optional.empty(); // 13.2019 is no month
    }
  }

  /**
   * The first date found anywhere in {@code text} (e.g. at the end of a title: {@code ..., Beijing,
   * April 28, 2016}), or empty. When candidates start at the same place the longest wins; a
   * candidate that is not a real date is skipped.
   */
  public static Optional<Published> find(String text, NumericOrder order) {
    return locate(text, order).map(Found::published);
  }

  /**
   * Like {@link #find} but also says where the date stands in {@code text}, so callers can cut it
   * out (e.g. to read the place before a title's trailing date).
   */
  public static Optional<Found> locate(String text, NumericOrder order) {
    Objects.requireNonNull(order, "numeric order");
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = normaliseSpaces(text);
    List<Found> candidates = new ArrayList<>();
    for (Pattern p : withTimeFirst()) {
      Matcher m = p.matcher(t);
      while (m.find()) {
        Optional<Published> published = toPublished(m, order);
        if (published.isPresent()) {
          candidates.add(new Found(published.get(), m.start(), m.end()));
          break;
        }
      }
    }
    return candidates.stream()
        .min(
            Comparator.comparingInt(Found::start)
                .thenComparing(Comparator.comparingInt(Found::end).reversed()));
  }

  /**
   * A date found in a text.
   *
   * @param published the date and time
   * @param start index of its first character in the text searched
   * @param end index after its last character
   */
  public record Found(Published published, int start, int end) {
    public Found {
      Objects.requireNonNull(published, "the date found");
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static final List<Pattern> ALL = buildAll();

  private static List<Pattern> withTimeFirst() {
    return ALL;
  }

  private static List<Pattern> buildAll() {
    List<Pattern> all = new ArrayList<>();
    for (Pattern p : PATTERNS) {
      // Time before the date only where the date itself carries no time: drop TIME_AFTER groups.
      all.add(compile(TIME_BEFORE + p.pattern().replace(TIME_AFTER, "(?!x)x")));
    }
    all.addAll(PATTERNS);
    return List.copyOf(all);
  }

  private static Optional<Published> toPublished(Matcher m, NumericOrder order) {
    try {
      int year;
      int month;
      int day;
      if (has(m, "mn")) {
        month = MONTHS.get(m.group("mn").toLowerCase(Locale.ROOT));
        day = Integer.parseInt(m.group("d"));
        year = Integer.parseInt(m.group("y"));
      } else if (has(m, "a")) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        day = order == NumericOrder.DAY_FIRST ? a : b;
        month = order == NumericOrder.DAY_FIRST ? b : a;
        year = fullYear(m.group("y"));
      } else if (has(m, "d2")) {
        day = Integer.parseInt(m.group("d2"));
        month = Integer.parseInt(m.group("m2"));
        year = fullYear(m.group("y2"));
      } else {
        day = Integer.parseInt(m.group("d"));
        month = Integer.parseInt(m.group("m"));
        year = Integer.parseInt(m.group("y"));
      }
      LocalDate date = LocalDate.of(year, month, day);
      LocalTime time = null;
      ZoneId zone = null;
      if (has(m, "bh")) {
        time = time(m.group("bh"), m.group("bmin"), null, m.group("bap"));
        zone = zone(m.group("btz"));
      } else if (has(m, "h")) {
        time = time(m.group("h"), m.group("min"), group(m, "s"), group(m, "ap"));
        zone = zone(group(m, "tz"));
        String offset = group(m, "off");
        if (offset != null) {
          zone =
              ZoneOffset.of(
                  offset.length() == 5
                      ? offset.substring(0, 3) + ":" + offset.substring(3)
                      : offset);
        }
      }
      return Optional.of(new Published(date, time, zone));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static LocalTime time(String hour, String minute, String second, String amPm) {
    int h = Integer.parseInt(hour);
    int min = Integer.parseInt(minute);
    int s = second == null ? 0 : Integer.parseInt(second);
    if (amPm != null) {
      if (h < 1 || h > 12) {
        throw new DateTimeException("not a 12-hour time: " + hour);
      }
      boolean pm = Character.toLowerCase(amPm.charAt(0)) == 'p';
      h = h % 12 + (pm ? 12 : 0);
    }
    return LocalTime.of(h, min, s);
  }

  private static ZoneId zone(String name) {
    if (name == null) {
      return null;
    }
    return name.equals("MSK") ? ZoneId.of("Europe/Moscow") : ZoneOffset.UTC;
  }

  private static int fullYear(String y) {
    int n = Integer.parseInt(y);
    if (y.length() == 2) {
      return n < 70 ? 2000 + n : 1900 + n;
    }
    return n;
  }

  private static boolean has(Matcher m, String group) {
    return group(m, group) != null;
  }

  /** The group's text, or null when the pattern has no such group or it did not take part. */
  private static String group(Matcher m, String group) {
    try {
      return m.group(group);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }

  private static String normaliseSpaces(String s) {
    return s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ');
  }

  private static Pattern compile(String regex) {
    return Pattern.compile(
        regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  /** Alternation of the words, longest first so that {@code Sept} wins over {@code Sep}. */
  private static String alternation(java.util.Collection<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder s = new StringBuilder("(?:");
    for (String w : sorted) {
      s.append(s.length() > 3 ? "|" : "").append(Pattern.quote(w));
    }
    return s.append(')').toString();
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {
        "january", "jan", "января", "январь", "янв", "janvier", "janv", "enero", "ene", "januar",
        "jänner"
      },
      {
        "february",
        "feb",
        "февраля",
        "февраль",
        "фев",
        "февр",
        "février",
        "fevrier",
        "févr",
        "febrero",
        "februar"
      },
      {"march", "mar", "марта", "март", "mars", "marzo", "märz", "maerz"},
      {"april", "apr", "апреля", "апрель", "апр", "avril", "avr", "abril", "abr"},
      {"may", "мая", "май", "mai", "mayo"},
      {"june", "jun", "июня", "июнь", "juin", "junio", "juni"},
      {"july", "jul", "июля", "июль", "juillet", "juil", "julio", "juli"},
      {"august", "aug", "августа", "август", "авг", "août", "aout", "agosto", "ago"},
      {
        "september",
        "sep",
        "sept",
        "сентября",
        "сентябрь",
        "сен",
        "сент",
        "septembre",
        "septiembre",
        "setiembre"
      },
      {"october", "oct", "октября", "октябрь", "окт", "octobre", "octubre", "oktober", "okt"},
      {"november", "nov", "ноября", "ноябрь", "ноя", "нояб", "novembre", "noviembre"},
      {
        "december",
        "dec",
        "декабря",
        "декабрь",
        "дек",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "dezember",
        "dez"
      }
    };
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        map.put(n, i + 1);
      }
    }
    return Map.copyOf(map);
  }
}
