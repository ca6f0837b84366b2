package io.verbatim.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * The one JSON form of the model, used by the archive's stored records, the CLI and the API.
 *
 * <p>Dates and times are ISO-8601 strings ({@code 2016-04-28}, {@code 2016-04-28T09:49}); field
 * names are those of {@link Statement}; absent values are written as {@code null} so a reader sees
 * what a page did not state. Unknown fields are ignored when reading, so newer archives' records
 * stay readable.
 *
 * <p>Reading honours {@link RecordLimits}: a string or field name may be as long as the longest
 * body a record holds ({@link RecordLimits#readConstraints()}, not Jackson's default of 20 M
 * characters), so every record that ingest stored is read back. This is the one mapper that reads
 * records and JSON input; there is no other.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder().streamReadConstraints(RecordLimits.readConstraints()).build())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .setSerializationInclusion(JsonInclude.Include.ALWAYS);

  private Json() {}

  /** The shared mapper; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A writer that indents, for people. */
  public static ObjectWriter pretty() {
    return MAPPER.writerWithDefaultPrettyPrinter();
  }

  /** One line of JSON, for machines and storage. */
  public static String compact(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a statement written by {@link #compact(Object)}. */
  public static Statement readStatement(String json) {
    try {
      return MAPPER.readValue(json, Statement.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("not a stored statement record: " + e.getOriginalMessage(), e);
    }
  }
}
