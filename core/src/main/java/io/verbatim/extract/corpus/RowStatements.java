package io.verbatim.extract.corpus;

import io.verbatim.extract.DateReader;
import io.verbatim.extract.DateReader.NumericOrder;
import io.verbatim.extract.LanguageDetector;
import io.verbatim.extract.StatementKeys;
import io.verbatim.extract.corpus.ColumnMapping.Field;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one table row (a CSV record or a JSON Lines object) into a statement, or into a problem
 * naming what is wrong with the row. Shared by {@link CsvReader} and {@link JsonLinesReader}.
 *
 * <p>Per row: the text (numbered parts concatenated in order) loses its site chrome ({@link
 * SiteChrome}) and is brought to the body form; the date is read with {@link DateReader} at the
 * precision the cell states (a day, or a month or year alone: {@code 2019-09}, {@code 2019}; {@code
 * NA}, {@code null} and empty mean no date); the language comes from its column or is detected; the
 * speaker comes from its column, or for kremlin.ru texts with a turn {@code В.Путин:} is inferred
 * as the President; every other non-empty column goes to {@code extra}. A row with a title but no
 * text (or only site chrome) is a statement published without text, with an empty body; a row with
 * neither is a problem.
 */
final class RowStatements {
  private static final Set<String> NO_DATE = Set.of("", "na", "n/a", "null", "none", "nan", "-");
  private static final Pattern SLASH_DATE =
      Pattern.compile("^\\s*(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:[\\sT].*)?$");
  private static final Pattern PUTIN_TURN =
      Pattern.compile("(?:^|[\\s\\u00a0])В\\.[\\s\\u00a0]?Путин[\\s\\u00a0]*:");
  private static final Pattern LANGUAGE_CODE =
      Pattern.compile("([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)?");
  private static final Set<String> LEAD_COLUMNS = Set.of("summary", "lead", "description");

  private final ColumnMapping mapping;
  private final ColumnMapping.Resolved columns;

  RowStatements(ColumnMapping mapping, ColumnMapping.Resolved columns) {
    this.mapping = Objects.requireNonNull(mapping, "column mapping");
    this.columns = Objects.requireNonNull(columns, "resolved columns");
  }

  /**
   * Reads one row.
   *
   * @param cells the row's cells in header order (missing trailing cells count as empty)
   * @param original the row's exact bytes in the file
   * @param locator e.g. {@code row 17}
   */
  ReadItem read(List<String> cells, byte[] original, String locator) {
    String text = value(cells, Field.TEXT, "");
    String[] titleAndSite = SiteChrome.splitTitleSuffix(value(cells, Field.TITLE, " "));
    String title = titleAndSite[0];
    if ((text == null || isBlank(text)) && title == null) {
      return new ReadItem.Problem(
          locator,
          "no text in column '"
              + columnName(Field.TEXT)
              + "' and no title; the row is not a statement");
    }
    String place = value(cells, Field.PLACE, " ");
    String url = value(cells, Field.URL, " ");
    SiteChrome.Cleaned cleaned =
        SiteChrome.clean(text == null ? "" : text, title, lead(cells), place);
    String body = Paragraphs.fromBlankLines(cleaned.body());
    if (isBlank(body) && title == null) {
      return new ReadItem.Problem(
          locator,
          "the text in column '"
              + columnName(Field.TEXT)
              + "' is only site chrome (licence, footer) and there is no title; nothing is left as"
              + " a statement");
    }
    body = isBlank(body) ? "" : body;

    Statement.Builder b = Statement.builder().withTitle(title).withPlace(place).withBody(body);
    String rawDate = value(cells, Field.DATE, " ");
    Published published = null;
    if (rawDate != null && !NO_DATE.contains(rawDate.strip().toLowerCase(Locale.ROOT))) {
      Optional<Published> read = readDate(rawDate);
      if (read.isEmpty()) {
        return new ReadItem.Problem(
            locator,
            "date '"
                + rawDate.strip()
                + "' in column '"
                + columnName(Field.DATE)
                + "' cannot be read");
      }
      published = read.get();
      Published chrome = cleaned.published();
      if (chrome != null
          && published.precision() == Published.Precision.DAY
          && published.start().equals(chrome.day())) {
        published = chrome;
      }
    } else if (cleaned.published() != null) {
      published = cleaned.published();
    } else if (cleaned.documentDate() != null) {
      published = Published.of(cleaned.documentDate());
      b.markInferred("published");
    }
    b.withPublished(published);

    String language = language(cells, b);
    b.withLanguage(language);

    String speaker = value(cells, Field.SPEAKER, " ");
    if (speaker != null) {
      b.withSpeaker(Speaker.ofNullable(speaker, null));
    } else if (url != null
        && StatementKeys.kremlinId(url) != null
        && PUTIN_TURN.matcher(body).find()) {
      b.withSpeaker(new Speaker("Владимир Путин", "Президент России"));
      b.markInferred("speaker");
    }

    b.withDocumentNumber(cleaned.documentNumber());
    b.withStatementKey(
        url == null ? null : StatementKeys.forPage(url, cleaned.documentNumber(), language));
    b.putExtra("url", url);
    b.putExtra("kremlinId", url == null ? null : StatementKeys.kremlinId(url));
    b.putExtra("midId", url == null ? null : StatementKeys.midId(url));
    b.putExtra("site", titleAndSite[1]);
    b.putExtra("sections", cleaned.sections());
    b.putExtra("tags", cleaned.tags());
    b.putExtra("id", value(cells, Field.ID, " "));
    b.putExtra("participants", value(cells, Field.PARTICIPANTS, "\n"));
    for (Map.Entry<String, List<Integer>> column : columns.unmapped().entrySet()) {
      b.putExtra(column.getKey(), join(cells, column.getValue(), separatorFor(column.getKey())));
    }
    return new ReadItem.Read(b.build(), original, locator);
  }

  /** Blank also when only no-break spaces are left. */
  private static boolean isBlank(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').isBlank();
  }

  /** The header name of a field's column, for messages. */
  String columnName(Field field) {
    List<Integer> at = columns.fields().get(field);
    if (at == null) {
      return field.key();
    }
    String first = columns.headers().get(at.get(0)).strip();
    return at.size() == 1 ? first : first + " …";
  }

  private Optional<Published> readDate(String raw) {
    NumericOrder order = mapping.numericOrder();
    if (order == null) {
      Matcher slash = SLASH_DATE.matcher(raw);
      order =
          slash.matches() && Integer.parseInt(slash.group(1)) <= 12
              ? NumericOrder.MONTH_FIRST
              : NumericOrder.DAY_FIRST;
    }
    return DateReader.parseAtAnyPrecision(raw, order);
  }

  private String language(List<String> cells, Statement.Builder b) {
    String stated = value(cells, Field.LANGUAGE, " ");
    if (stated != null) {
      Matcher code = LANGUAGE_CODE.matcher(stated.strip());
      if (code.matches()) {
        return code.group(1).toLowerCase(Locale.ROOT);
      }
      String byName = byEnglishName(stated.strip());
      if (byName != null) {
        return byName;
      }
      b.putExtra(columnName(Field.LANGUAGE), stated);
    }
    return LanguageDetector.detect(b.body().isEmpty() ? b.title() : b.body()).orElse(null);
  }

  private static final Map<String, String> LANGUAGE_NAMES = languageNames();

  private static Map<String, String> languageNames() {
    Map<String, String> names = new HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      names.put(Locale.of(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    return names;
  }

  private static String byEnglishName(String name) {
    return LANGUAGE_NAMES.get(name.toLowerCase(Locale.ROOT));
  }

  private String lead(List<String> cells) {
    for (Map.Entry<String, List<Integer>> column : columns.unmapped().entrySet()) {
      if (LEAD_COLUMNS.contains(column.getKey().toLowerCase(Locale.ROOT))) {
        return join(cells, column.getValue(), " ");
      }
    }
    return null;
  }

  private String value(List<String> cells, Field field, String separator) {
    List<Integer> at = columns.fields().get(field);
    return at == null ? null : join(cells, at, field == Field.TEXT ? "" : separator);
  }

  /** Text chunks are concatenated as they are; other numbered columns give one value a line. */
  private static String separatorFor(String column) {
    return column.toLowerCase(Locale.ROOT).contains("text") ? "" : "\n";
  }

  private static String join(List<String> cells, List<Integer> at, String separator) {
    if (at.size() == 1) {
      String v = at.get(0) < cells.size() ? cells.get(at.get(0)) : null;
      return v == null || v.isBlank() ? null : v;
    }
    List<String> parts = new ArrayList<>();
    for (int i : at) {
      String v = i < cells.size() ? cells.get(i) : null;
      if (v != null && !v.isEmpty()) {
        parts.add(separator.isEmpty() ? v : v.strip());
      }
    }
    String joined = String.join(separator, parts);
    return joined.isBlank() ? null : joined;
  }

  /**
   * Drops the statement key where one file gives it to rows that are plainly different documents
   * (other title or another opening): their URL does not identify them. Rows that share a key and
   * agree are re-scrapes of one document and keep it, becoming versions of one statement.
   */
  static List<ReadItem> dropAmbiguousKeys(List<ReadItem> items) {
    Map<String, List<Statement>> byKey = new HashMap<>();
    for (ReadItem item : items) {
      if (item instanceof ReadItem.Read read && read.statement().statementKey() != null) {
        byKey
            .computeIfAbsent(read.statement().statementKey(), k -> new ArrayList<>())
            .add(read.statement());
      }
    }
    Map<String, Boolean> agreed = new HashMap<>(); // once per key: rows sharing one are many
    byKey.forEach((key, statements) -> agreed.put(key, agree(statements)));
    List<ReadItem> out = new ArrayList<>(items.size());
    for (ReadItem item : items) {
      if (item instanceof ReadItem.Read read
          && read.statement().statementKey() != null
          && !agreed.get(read.statement().statementKey())) {
        Statement s =
            read.statement().toBuilder()
                .withStatementKey(null)
                .putExtra(
                    "keyNote",
                    "no statement key: rows with other texts in this file give the same URL")
                .build();
        out.add(new ReadItem.Read(s, read.original(), read.locator()));
      } else {
        out.add(item);
      }
    }
    return out;
  }

  private static boolean agree(List<Statement> sameKey) {
    Statement first = sameKey.get(0);
    for (Statement s : sameKey) {
      if (!Objects.equals(s.title(), first.title()) || !opening(s).equals(opening(first))) {
        return false;
      }
    }
    return true;
  }

  private static String opening(Statement s) {
    return s.body().substring(0, Math.min(200, s.body().length()));
  }
}
