package io.verbatim.export;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes items one by one to an export; {@link #close()} flushes and ends the export (it does not
 * close the underlying stream when that is standard output: see the implementations).
 */
public interface RowWriter<T> extends Closeable {
  void write(T item) throws IOException;

  /** The number of items written so far. */
  long written();
}
