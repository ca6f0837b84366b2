package io.verbatim.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a keyword value (speaker, role, place, statement key, document number, entity id, language
 * version ids) is indexed by every backend, so that no value is too long to index.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>A value of at most {@value #MAX_BYTES} bytes in UTF-8 is indexed as it is.
 *   <li>A longer value is indexed as its first bytes, cut at a character boundary (never inside a
 *       surrogate pair), then {@code "…#"} and the first 16 hex digits of the sha256 of the whole
 *       value: {@value #MAX_BYTES} bytes at most in all. Two long values that begin alike stay
 *       apart (two statement keys are never merged by the cut); facets and timelines show the cut
 *       form; the analysed companions ({@code speaker:} in a query) index the cut form too, so its
 *       first words are found.
 *   <li>The function is idempotent ({@code of(of(v)).equals(of(v))}), and filters on a value apply
 *       it too, so a filter with the whole value matches.
 *   <li>The stored record keeps the whole value: {@code show}, export and the API give it back.
 * </ul>
 *
 * <p>Why: Lucene (and so Solr's {@code StrField}) refuses a term or a doc value over 32,766 bytes
 * ("immense term") and fails the document; 8 KiB leaves room under that limit, is far longer than
 * any real name, place or address, and keeps facet values small.
 */
public final class IndexedKeyword {
  /** The most UTF-8 bytes a keyword value is indexed with: 8,192. */
  public static final int MAX_BYTES = 8192;

  /** {@code "…#"} (4 bytes in UTF-8) and 16 hex digits. */
  private static final int SUFFIX_BYTES = 4 + 16;

  private IndexedKeyword() {}

  /** The value as indexed; null for null. */
  public static String of(String value) {
    if (value == null || value.length() * 3L <= MAX_BYTES || utf8Length(value) <= MAX_BYTES) {
      return value;
    }
    int budget = MAX_BYTES - SUFFIX_BYTES;
    int bytes = 0;
    int end = 0;
    while (end < value.length()) {
      char c = value.charAt(end);
      int chars = 1;
      int size;
      if (Character.isHighSurrogate(c)
          && end + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(end + 1))) {
        chars = 2;
        size = 4;
      } else {
        size = c < 0x80 ? 1 : c < 0x800 ? 2 : 3; // a lone surrogate is written as U+FFFD: 3
      }
      if (bytes + size > budget) {
        break;
      }
      bytes += size;
      end += chars;
    }
    return value.substring(0, end) + "…#" + sha256(value).substring(0, 16);
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** True when {@code value} is indexed other than as it is. */
  public static boolean isCut(String value) {
    return value != null && !value.equals(of(value));
  }

  private static long utf8Length(String value) {
    long n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
