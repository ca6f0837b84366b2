package io.verbatim.model;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Locale;
import java.util.Map;

/**
 * How much one statement record may hold: the one limit that ingest checks and that every reader of
 * stored records ({@link Json}, so search, snippets, concordance, analyses, show and export on
 * every backend) reads back.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>The body is at most {@link #MAX_BODY_CHARS} characters (UTF-16 units, as Java and Jackson
 *       count them): {@value #MAX_BODY_CHARS}, the number of bytes of {@link
 *       #DEFAULT_MAX_FILE_BYTES the largest file ingest and upload accept by default} (64 MiB).
 *       UTF-8 never decodes to more characters than bytes (one to three bytes give one character,
 *       four give two), so the text of any file within that limit fits; JSON escaping only
 *       lengthens the stored form, and the reading limit applies to the decoded value.
 *   <li>All the other values together (title, speaker, place, key, source, materials, every {@code
 *       extra} name and value, mention ids, ...) hold at most {@link #MAX_OTHER_CHARS} characters
 *       ({@value #MAX_OTHER_CHARS}): metadata, not a second text. So a record is at most {@code 65
 *       Mi} characters, and its JSON at most six times that (an escaped control character is six),
 *       within Lucene's limit on a stored string (about 715 M characters).
 *   <li>{@link #readConstraints()} lets a JSON reader read any string or field name up to {@link
 *       #MAX_BODY_CHARS}: whatever {@link #check} accepts is read back. Ingest refuses a statement
 *       over either limit as a problem of its row ({@link #check}'s message names the field and the
 *       limit), and the backends refuse to add one, so nothing is stored that cannot be read.
 *   <li>A file larger than the default ({@code --max-file-size 1g}) may hold many statements within
 *       these limits; one statement over them is refused with this message, the others stored.
 * </ul>
 */
public final class RecordLimits {
  /** The largest file that ingest and upload accept unless told otherwise: 64 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

  /** The longest body, in characters: the default largest file, in bytes (67,108,864). */
  public static final int MAX_BODY_CHARS = (int) DEFAULT_MAX_FILE_BYTES;

  /** All the values of a record but its body, together, in characters (1,048,576). */
  public static final int MAX_OTHER_CHARS = 1 << 20;

  private static final StreamReadConstraints READ =
      StreamReadConstraints.builder()
          .maxStringLength(MAX_BODY_CHARS)
          .maxNameLength(MAX_BODY_CHARS)
          .build();

  private RecordLimits() {}

  /**
   * What a JSON reader of records (and of JSON Lines input) allows: strings and names this long.
   */
  public static StreamReadConstraints readConstraints() {
    return READ;
  }

  /**
   * Checks {@code statement} against both limits.
   *
   * @return the statement
   * @throws IllegalArgumentException naming the limit exceeded, with the numbers
   */
  public static Statement check(Statement statement) {
    int body = statement.body().length();
    if (body > MAX_BODY_CHARS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the text is %,d characters, over the limit of %,d characters a statement holds"
                  + " (the default largest file, 64 MiB, in characters); not stored",
              body,
              MAX_BODY_CHARS));
    }
    long other = otherChars(statement);
    if (other > MAX_OTHER_CHARS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the values other than the text (title, speaker, extra fields, ...) are %,d"
                  + " characters together, over the limit of %,d; not stored",
              other,
              MAX_OTHER_CHARS));
    }
    return statement;
  }

  /**
   * The characters of every string value of {@code s} but its body, {@code extra} names included.
   */
  public static long otherChars(Statement s) {
    long n = len(s.id()) + len(s.statementKey()) + len(s.title()) + len(s.language());
    n += len(s.event()) + len(s.place()) + len(s.documentNumber());
    if (s.published() != null) {
      n += s.published().toString().length();
    }
    if (s.speaker() != null) {
      n += len(s.speaker().name()) + len(s.speaker().role()) + len(s.speaker().id());
    }
    if (s.source() != null) {
      Source src = s.source();
      n += len(src.path()) + len(src.format()) + len(src.sha256()) + len(src.fileSha256());
      n += len(src.locator());
    }
    for (String v : s.versions()) {
      n += len(v);
    }
    for (Material m : s.materials()) {
      n += len(m.title()) + len(m.url());
    }
    for (Map.Entry<String, String> e : s.extra().entrySet()) {
      n += len(e.getKey()) + len(e.getValue());
    }
    for (String f : s.inferred()) {
      n += len(f);
    }
    for (EntityCount m : s.mentions()) {
      n += len(m.entityId());
    }
    return n;
  }

  private static int len(String s) {
    return s == null ? 0 : s.length();
  }
}
