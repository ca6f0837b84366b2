package io.verbatim.extract.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads JSON Lines: one JSON object a line, each one statement, its keys found by a {@link
 * ColumnMapping} as a CSV header's columns are.
 *
 * <p>Each statement's original bytes are its line's bytes including the line break. Values that are
 * not strings are kept as their JSON text (arrays of strings as one value a line). A line that is
 * not a JSON object, or a row without text or with an unreadable date, is a {@link
 * ReadItem.Problem} naming the line; blank lines are skipped. A mapping naming a key that no line
 * has fails the whole file.
 */
public final class JsonLinesReader implements FormatReader {
  /** The records' mapper: a line's text may be as long as a record's body. */
  private static final ObjectMapper JSON = Json.mapper();

  private final ColumnMapping mapping;

  /** A reader with the default mapping (synonyms). */
  public JsonLinesReader() {
    this(ColumnMapping.defaults());
  }

  public JsonLinesReader(ColumnMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "column mapping");
  }

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public String description() {
    return "JSON Lines, one statement object a line (keys by name or --columns mapping)";
  }

  @Override
  public int recognise(Capture capture) {
    if (capture.looksBinary()) {
      return NO;
    }
    String text;
    try {
      text = capture.text();
    } catch (BadInputException e) {
      return NO;
    }
    int objects = 0;
    for (String line : text.split("\r?\n", 6)) {
      if (objects == 5) {
        break;
      }
      if (line.isBlank()) {
        continue;
      }
      String t = line.strip();
      if (!t.startsWith("{")) {
        return NO;
      }
      try {
        if (!JSON.readTree(t).isObject()) {
          return NO;
        }
      } catch (JsonProcessingException e) {
        return NO;
      }
      objects++;
    }
    return objects > 0 ? 70 : NO;
  }

  @Override
  public List<ReadItem> read(Capture capture) throws BadInputException {
    String text = capture.text();
    List<Line> lines = lines(text);
    List<ReadItem> items = new ArrayList<>();
    Map<Integer, Map<String, String>> objects = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      try {
        JsonNode node = JSON.readTree(line.content());
        if (node == null || !node.isObject()) {
          items.add(new ReadItem.Problem(line.locator(), "not a JSON object"));
          continue;
        }
        Map<String, String> values = values(node);
        keys.addAll(values.keySet());
        objects.put(i, values);
      } catch (JsonProcessingException e) {
        items.add(
            new ReadItem.Problem(
                line.locator(), "not valid JSON: " + e.getOriginalMessage().split("\n")[0]));
      }
    }
    if (objects.isEmpty() && items.isEmpty()) {
      throw new BadInputException("the file has no JSON lines");
    }
    mapping.resolve(List.copyOf(keys)); // a mapping naming a key no line has fails the file
    List<ReadItem> ordered = new ArrayList<>();
    int problem = 0;
    for (int i = 0; i < lines.size(); i++) {
      Map<String, String> values = objects.get(i);
      Line line = lines.get(i);
      if (values == null) {
        ordered.add(items.get(problem++));
        continue;
      }
      // each object is its own header: lines may use different keys
      List<String> header = new ArrayList<>(values.keySet());
      for (String explicit : mapping.columns().values()) {
        if (header.stream().noneMatch(k -> k.strip().equalsIgnoreCase(explicit))) {
          header.add(explicit);
        }
      }
      ColumnMapping.Resolved columns = mapping.resolve(header);
      if (!columns.hasText()) {
        ordered.add(
            new ReadItem.Problem(
                line.locator(),
                "no key holds the statement text (looked for "
                    + String.join(", ", ColumnMapping.Field.TEXT.synonyms())
                    + "); the keys are: "
                    + String.join(", ", values.keySet())));
        continue;
      }
      List<String> cells = new ArrayList<>(header.size());
      for (String key : header) {
        cells.add(values.get(key));
      }
      ordered.add(new RowStatements(mapping, columns).read(cells, line.bytes(), line.locator()));
    }
    return RowStatements.dropAmbiguousKeys(ordered);
  }

  private static Map<String, String> values(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode v = field.getValue();
      String text;
      if (v == null || v.isNull()) {
        text = null;
      } else if (v.isTextual()) {
        text = v.textValue();
      } else if (v.isArray() && allText(v)) {
        List<String> parts = new ArrayList<>();
        v.forEach(e -> parts.add(e.textValue()));
        text = String.join("\n", parts);
      } else {
        text = v.toString();
      }
      values.put(field.getKey(), text);
    }
    return values;
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode e : array) {
      if (!e.isTextual()) {
        return false;
      }
    }
    return true;
  }

  /** A non-blank line: its text without the break, its bytes with it, its 1-based number. */
  private record Line(String content, byte[] bytes, int number) {
    String locator() {
      return "line " + number;
    }
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      String raw = text.substring(start, end);
      if (!raw.isBlank()) {
        lines.add(new Line(raw.strip(), raw.getBytes(StandardCharsets.UTF_8), number));
      }
      start = end;
      number++;
    }
    return lines;
  }
}
