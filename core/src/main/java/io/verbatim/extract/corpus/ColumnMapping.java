package io.verbatim.extract.corpus;

import io.verbatim.extract.DateReader.NumericOrder;
import io.verbatim.ingest.BadInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column of a table (CSV header or JSON key) holds which statement field.
 *
 * <p>A field not named explicitly is found by its synonyms ({@link Field#synonyms()}), compared
 * case-insensitively with the column names. A column may also be a numbered group: {@code
 * article_full_text_1 … article_full_text_10} stands for the one column {@code article_full_text},
 * whose parts are read in number order. Every column that is not mapped is kept in the statement's
 * {@code extra}.
 *
 * <p>{@link #numericOrder()} says how all-numeric dates are read; null (the default) means: dashes
 * and dots day first ({@code 28-04-2016}), slashes month first ({@code 04/28/2016}) unless the
 * first number is above 12.
 *
 * @param columns the columns named explicitly, by field; fields not in the map use synonyms
 * @param numericOrder the order of all-numeric dates, or null for the default described above
 */
public record ColumnMapping(Map<Field, String> columns, NumericOrder numericOrder) {

  /** The statement fields a table column can fill. */
  public enum Field {
    TITLE("title", "headline"),
    DATE("date", "published", "datetime", "raw_date"),
    TEXT("text", "body", "content", "article_full_text", "full_text"),
    URL("url", "link", "source_url"),
    SPEAKER("speaker", "author"),
    LANGUAGE("language", "lang"),
    PLACE("place", "location"),
    ID("id", "doc_id"),
    PARTICIPANTS("participants", "participant", "name");

    private final List<String> synonyms;

    Field(String... synonyms) {
      this.synonyms = List.of(synonyms);
    }

    /** The column names that mean this field, most specific first. */
    public List<String> synonyms() {
      return synonyms;
    }

    /** The field's name in a mapping string, e.g. {@code title}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Field byKey(String key) {
      for (Field f : values()) {
        if (f.key().equalsIgnoreCase(key.strip())) {
          return f;
        }
      }
      List<String> known = new ArrayList<>();
      for (Field f : values()) {
        known.add(f.key());
      }
      throw new IllegalArgumentException(
          "unknown field '" + key.strip() + "' in the column mapping; known fields: " + known);
    }
  }

  private static final Pattern NUMBERED = Pattern.compile("(.+?)_?(\\d{1,3})");

  public ColumnMapping {
    EnumMap<Field, String> copy = new EnumMap<>(Field.class);
    if (columns != null) {
      columns.forEach(
          (f, c) ->
              copy.put(
                  Objects.requireNonNull(f, "mapped field"),
                  Objects.requireNonNull(c, "mapped column").strip()));
    }
    columns = Collections.unmodifiableMap(copy);
  }

  /** Synonyms only, default date order. */
  public static ColumnMapping defaults() {
    return new ColumnMapping(Map.of(), null);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the string form {@code title=headline,date=pub,text=content}.
   *
   * @throws IllegalArgumentException naming the part that is not {@code field=column} or the
   *     unknown field
   */
  public static ColumnMapping parse(String spec) {
    Objects.requireNonNull(spec, "column mapping text");
    Builder b = builder();
    for (String part : spec.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq <= 0 || eq == part.length() - 1 || part.substring(eq + 1).isBlank()) {
        throw new IllegalArgumentException(
            "column mapping part '" + part.strip() + "' is not field=column (e.g. title=headline)");
      }
      b.map(Field.byKey(part.substring(0, eq)), part.substring(eq + 1));
    }
    return b.build();
  }

  /**
   * Finds this mapping's columns among {@code headers}.
   *
   * @throws BadInputException when a column named explicitly is not among the headers (the message
   *     lists the headers)
   */
  public Resolved resolve(List<String> headers) throws BadInputException {
    Map<String, List<Integer>> groups = groups(headers);
    EnumMap<Field, List<Integer>> found = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      String explicit = columns.get(f);
      if (explicit != null) {
        List<Integer> at = groups.get(explicit.toLowerCase(Locale.ROOT));
        if (at == null) {
          throw new BadInputException(
              "header",
              "the column mapping names column '"
                  + explicit
                  + "' for "
                  + f.key()
                  + ", but there is no such column; the columns are: "
                  + String.join(", ", headers));
        }
        found.put(f, at);
      }
    }
    for (Field f : Field.values()) {
      if (found.containsKey(f)) {
        continue;
      }
      for (String synonym : f.synonyms()) {
        List<Integer> at = groups.get(synonym);
        if (at != null && found.values().stream().noneMatch(v -> v.equals(at))) {
          found.put(f, at);
          break;
        }
      }
    }
    List<Integer> mapped = new ArrayList<>();
    found.values().forEach(mapped::addAll);
    Map<String, List<Integer>> unmapped = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      List<Integer> rest = new ArrayList<>(g.getValue());
      rest.removeAll(mapped);
      if (!rest.isEmpty()) {
        String name =
            rest.size() == 1 ? headers.get(rest.get(0)).strip() : groupName(headers, rest);
        unmapped.put(name, rest);
      }
    }
    return new Resolved(found, unmapped, List.copyOf(headers));
  }

  private static String groupName(List<String> headers, List<Integer> at) {
    Matcher m = NUMBERED.matcher(headers.get(at.get(0)).strip());
    return m.matches() ? m.group(1) : headers.get(at.get(0)).strip();
  }

  /**
   * Column name (lowercase) to positions: a plain column is itself; columns {@code base_1 … base_n}
   * also form the group {@code base}, ordered by number. A plain column wins over a group of the
   * same name.
   */
  private static Map<String, List<Integer>> groups(List<String> headers) {
    Map<String, List<Integer>> plain = new LinkedHashMap<>();
    Map<String, Map<Integer, Integer>> numbered = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i) == null ? "" : headers.get(i).strip().toLowerCase(Locale.ROOT);
      if (h.isEmpty()) {
        continue;
      }
      plain.putIfAbsent(h, List.of(i));
      Matcher m = NUMBERED.matcher(h);
      if (m.matches()) {
        numbered
            .computeIfAbsent(m.group(1), k -> new java.util.TreeMap<>())
            .putIfAbsent(Integer.parseInt(m.group(2)), i);
      }
    }
    Map<String, List<Integer>> all = new LinkedHashMap<>();
    Map<Integer, String> inGroup = new java.util.HashMap<>();
    numbered.forEach(
        (base, parts) -> {
          if (!plain.containsKey(base)) {
            parts.values().forEach(i -> inGroup.put(i, base));
          }
        });
    for (Map.Entry<String, List<Integer>> p : plain.entrySet()) {
      int i = p.getValue().get(0);
      String base = inGroup.get(i);
      if (base == null) {
        all.put(p.getKey(), p.getValue());
      } else if (!all.containsKey(base)) {
        all.put(base, List.copyOf(numbered.get(base).values()));
      }
    }
    return all;
  }

  /**
   * A mapping applied to one table's header.
   *
   * @param fields the positions of each found field (several for a numbered group)
   * @param unmapped the other columns, by the name used in {@code extra}
   * @param headers the header as read
   */
  public record Resolved(
      Map<Field, List<Integer>> fields, Map<String, List<Integer>> unmapped, List<String> headers) {
    public Resolved {
      fields = Collections.unmodifiableMap(new EnumMap<>(fields));
      unmapped = Collections.unmodifiableMap(new LinkedHashMap<>(unmapped));
      headers = List.copyOf(headers);
    }

    /** True when the table has a column for the statement text. */
    public boolean hasText() {
      return fields.containsKey(Field.TEXT);
    }
  }

  /** Builds a {@link ColumnMapping}. */
  public static final class Builder {
    private final EnumMap<Field, String> columns = new EnumMap<>(Field.class);
    private NumericOrder numericOrder;

    private Builder() {}

    /** Reads {@code field} from the column named {@code column} (case-insensitive). */
    public Builder map(Field field, String column) {
      Objects.requireNonNull(field, "field to map");
      Objects.requireNonNull(column, "column to map " + field.key() + " to");
      if (column.isBlank()) {
        throw new IllegalArgumentException("a blank column name for " + field.key());
      }
      columns.put(field, column.strip());
      return this;
    }

    /** Reads all-numeric dates in this order (null for the default rule). */
    public Builder numericOrder(NumericOrder order) {
      this.numericOrder = order;
      return this;
    }

    public ColumnMapping build() {
      return new ColumnMapping(columns, numericOrder);
    }
  }
}
