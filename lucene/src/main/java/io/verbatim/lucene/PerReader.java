package io.verbatim.lucene;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;

/**
 * A value computed from an index reader, kept until a search comes with another reader (after a
 * commit): built on first use, by one thread, and shared by the searches on the same reader.
 */
final class PerReader<T> {
  /** Computes the value for a reader. */
  @FunctionalInterface
  interface Builder<T> {
    T build(IndexReader reader) throws IOException;
  }

  private record Entry<T>(Object readerKey, T value) {}

  private final Builder<T> builder;
  private volatile Entry<T> current;

  PerReader(Builder<T> builder) {
    this.builder = Objects.requireNonNull(builder, "builder");
  }

  /** The value for {@code reader}, built now if the kept one is for another reader. */
  T get(IndexReader reader) throws IOException {
    Object key = keyOf(reader);
    Entry<T> known = current;
    if (known != null && known.readerKey() == key) {
      return known.value();
    }
    synchronized (this) {
      known = current;
      if (known == null || known.readerKey() != key) {
        known = new Entry<>(key, builder.build(reader));
        current = known;
      }
      return known.value();
    }
  }

  private static Object keyOf(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    return helper == null ? reader : helper.getKey();
  }
}
