package io.verbatim.export;

import io.verbatim.model.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/** JSON Lines: each item as one line of compact {@link Json}, ending in {@code \n}. */
public final class JsonLinesWriter<T> implements RowWriter<T> {
  private final Writer out;
  private long written;

  /** Writes to {@code out}; {@link #close()} flushes it but leaves it open. */
  public JsonLinesWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "output");
  }

  @Override
  public void write(T item) throws IOException {
    out.write(Json.compact(item));
    out.write('\n');
    written++;
  }

  @Override
  public long written() {
    return written;
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
