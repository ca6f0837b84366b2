package io.verbatim.extract.corpus;

import io.verbatim.extract.zip.InflationLimits;
import io.verbatim.extract.zip.ZipInflationCheck;
import io.verbatim.ingest.BadInputException;
import io.verbatim.model.Speaker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The UN General Debate Corpus speaker table ({@code Speakers_by_session.xlsx}): who spoke for
 * which country at which session, and in what post.
 *
 * <p>The table is the sheet whose header row has the columns {@code Year}, {@code Session}, {@code
 * ISO Code}, {@code Country}, {@code Name of Person Speaking} and {@code Post} (found by name, in
 * any order and on any sheet). Cells are cleaned: surrounding spaces, runs of spaces and trailing
 * {@code *} note marks go. Some (country, session) pairs have several rows: when they name the same
 * person (ignoring case) the row with a post wins; when they name different people the speaker is
 * unknown and all names are kept in {@link Entry#listed()}.
 *
 * <p>{@link #at(Path)} parses a file once per path, size and modification time and shares the
 * result (the table, or why it cannot be read) between threads.
 *
 * <p>Hostile files are refused with bounded work: the workbook is checked against {@link
 * InflationLimits#DEFAULT} before it is parsed (a zip bomb fails in milliseconds), rows are
 * streamed, the header must stand in the first ten rows of a sheet, and a table of more than
 * {@value #MAX_ROWS} rows is refused.
 */
public final class SpeakerTable {
  /** The file name the corpus uses. */
  public static final String FILE_NAME = "Speakers_by_session.xlsx";

  private static final List<String> COLUMNS =
      List.of("year", "session", "iso code", "country", "name of person speaking", "post");

  /** The most rows a speaker table may have: about 20 times the real one (10,945 rows). */
  static final int MAX_ROWS = 200_000;

  private static final int HEADER_ROWS = 10;

  private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

  /** A file's table, or the message saying why it cannot be read. */
  private record Cached(FileTime modified, long size, SpeakerTable table, String failure) {
    SpeakerTable tableOrThrow() throws BadInputException {
      if (failure != null) {
        throw new BadInputException(failure);
      }
      return table;
    }
  }

  /**
   * One (country, session) of the table.
   *
   * @param iso the ISO 3166-1 alpha-3 code as the table writes it (e.g. {@code RUS}; {@code EU})
   * @param session the session number
   * @param year the year, or null when the cell is empty
   * @param country the country's name in that year (e.g. {@code Union of Soviet Socialist
   *     Republics}), or null
   * @param speaker the speaker, or null when the rows name no one or several different people
   * @param listed the names of all rows for this country and session, in table order
   */
  public record Entry(
      String iso, int session, Integer year, String country, Speaker speaker, List<String> listed) {
    public Entry {
      Objects.requireNonNull(iso, "iso");
      listed = List.copyOf(listed);
    }
  }

  private final Map<String, Entry> entries;

  private SpeakerTable(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  /**
   * The table in {@code file}, parsed once per path, size and modification time.
   *
   * @throws BadInputException when the file cannot be read or is not the speaker table
   */
  public static SpeakerTable at(Path file) throws BadInputException {
    Path key = file.toAbsolutePath().normalize();
    FileTime modified;
    long size;
    try {
      modified = Files.getLastModifiedTime(key);
      size = Files.size(key);
    } catch (IOException e) {
      throw new BadInputException(
          "the speaker table " + file + " cannot be read: " + e.getMessage());
    }
    Cached cached = CACHE.get(key);
    if (cached != null && cached.modified().equals(modified) && cached.size() == size) {
      return cached.tableOrThrow();
    }
    synchronized (SpeakerTable.class) {
      cached = CACHE.get(key);
      if (cached != null && cached.modified().equals(modified) && cached.size() == size) {
        return cached.tableOrThrow();
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(key);
      } catch (IOException e) {
        throw new BadInputException(
            "the speaker table " + file + " cannot be read: " + e.getMessage());
      }
      try {
        SpeakerTable table = read(bytes, file.toString());
        CACHE.put(key, new Cached(modified, size, table, null));
        return table;
      } catch (BadInputException e) {
        // Every speech near a bad table would otherwise read (and refuse) it again.
        CACHE.put(key, new Cached(modified, size, null, e.getMessage()));
        throw e;
      }
    }
  }

  /**
   * Parses the table from the bytes of an xlsx file.
   *
   * @param name the file's name, for messages
   * @throws BadInputException when the bytes are not an xlsx workbook (e.g. truncated), would
   *     inflate past {@link InflationLimits#DEFAULT}, no sheet has the table's columns, or the
   *     table has more than {@value #MAX_ROWS} rows
   */
  public static SpeakerTable read(byte[] bytes, String name) throws BadInputException {
    return read(bytes, name, MAX_ROWS);
  }

  /** {@link #read(byte[], String)} with another row limit (for tests). */
  static SpeakerTable read(byte[] bytes, String name, int maxRows) throws BadInputException {
    if (bytes.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(bytes)) {
      throw new BadInputException(
          name + " is not an xlsx workbook (it does not start as a zip archive)");
    }
    try {
      ZipInflationCheck.check(bytes, name, InflationLimits.DEFAULT);
    } catch (IOException e) {
      throw new BadInputException(
          name + " cannot be read as an xlsx workbook (truncated or corrupt?): " + e.getMessage());
    }
    try (InputStream in = new ByteArrayInputStream(bytes);
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      List<Sheet> sheets = workbook.getSheets().toList();
      for (Sheet sheet : sheets) {
        try (Stream<Row> stream = sheet.openStream()) {
          Iterator<Row> rows = stream.iterator();
          for (int r = 0; r < HEADER_ROWS && rows.hasNext(); r++) {
            Map<String, Integer> header = header(rows.next());
            if (header.keySet().containsAll(COLUMNS)) {
              return new SpeakerTable(entries(rows, header, name, maxRows));
            }
          }
        }
      }
      throw new BadInputException(
          name
              + " is not the UN General Debate speaker table: no sheet has the columns Year,"
              + " Session, ISO Code, Country, Name of Person Speaking, Post");
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(
          name + " cannot be read as an xlsx workbook (truncated or corrupt?): " + message(e));
    } catch (RuntimeException e) {
      throw new BadInputException(
          name + " cannot be read as an xlsx workbook (truncated or corrupt?): " + message(e));
    }
  }

  /** The entry for a country (ISO code) and session, if the table has one. */
  public Optional<Entry> find(String iso, int session) {
    return Optional.ofNullable(entries.get(key(iso, session)));
  }

  /** Every (country, session) of the table, ordered by country code and session. */
  public List<Entry> entries() {
    return entries.values().stream()
        .sorted(java.util.Comparator.comparing(Entry::iso).thenComparingInt(Entry::session))
        .toList();
  }

  /** How many (country, session) pairs the table has. */
  public int size() {
    return entries.size();
  }

  private static Map<String, Integer> header(Row row) {
    Map<String, Integer> header = new HashMap<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      String t = clean(text(row, c));
      if (t != null) {
        header.putIfAbsent(t.toLowerCase(Locale.ROOT), c);
      }
    }
    return header;
  }

  private static Map<String, Entry> entries(
      Iterator<Row> rows, Map<String, Integer> header, String name, int maxRows)
      throws BadInputException {
    Map<String, List<String[]>> byKey = new LinkedHashMap<>();
    for (int count = 1; rows.hasNext(); count++) {
      if (count > maxRows) {
        throw new BadInputException(
            name
                + " has more than "
                + maxRows
                + " rows under its header, the limit for the speaker table (the real one has"
                + " about 11,000)");
      }
      Row row = rows.next();
      String iso = clean(text(row, header.get("iso code")));
      Integer session = number(text(row, header.get("session")));
      if (iso == null || session == null) {
        continue;
      }
      String[] values = {
        iso.toUpperCase(Locale.ROOT),
        String.valueOf(session),
        clean(text(row, header.get("year"))),
        clean(text(row, header.get("country"))),
        clean(text(row, header.get("name of person speaking"))),
        clean(text(row, header.get("post")))
      };
      byKey.computeIfAbsent(key(values[0], session), k -> new ArrayList<>()).add(values);
    }
    Map<String, Entry> entries = new HashMap<>();
    byKey.forEach((k, list) -> entries.put(k, entry(list)));
    return entries;
  }

  private static Entry entry(List<String[]> rows) {
    String[] first = rows.get(0);
    List<String> listed = new ArrayList<>();
    String name = null;
    String post = null;
    boolean different = false;
    for (String[] row : rows) {
      if (row[4] != null) {
        listed.add(row[4]);
        if (name == null) {
          name = row[4];
        } else if (!name.equalsIgnoreCase(row[4])) {
          different = true;
        }
      }
      if (post == null && row[5] != null && (name == null || name.equalsIgnoreCase(row[4]))) {
        post = row[5];
      }
    }
    Speaker speaker = different ? null : Speaker.ofNullable(name, post);
    return new Entry(
        first[0], Integer.parseInt(first[1]), number(first[2]), first[3], speaker, listed);
  }

  private static String text(Row row, Integer column) {
    if (column == null || column >= row.getCellCount() || row.getCell(column) == null) {
      return null;
    }
    return row.getCellText(column);
  }

  /** Trims, collapses spaces and drops trailing note marks ({@code *}); null when empty. */
  static String clean(String cell) {
    if (cell == null) {
      return null;
    }
    String t = cell.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    t = t.replaceAll("[\\s*]+$", "").strip();
    return t.isEmpty() ? null : t;
  }

  private static Integer number(String cell) {
    String t = clean(cell);
    if (t == null) {
      return null;
    }
    try {
      return new BigDecimal(t).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }

  private static String key(String iso, int session) {
    return iso.strip().toUpperCase(Locale.ROOT) + "_" + session;
  }

  private static String message(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() == null) {
      t = t.getCause();
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
  }
}
