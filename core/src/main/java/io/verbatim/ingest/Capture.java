package io.verbatim.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One captured file as given to ingest: its name and its exact original bytes.
 *
 * <p>The bytes are not copied; callers must not change them. {@link #text()} decodes them as strict
 * UTF-8 (a leading byte-order mark is dropped), so that invalid bytes are reported, never replaced
 * silently; the text is decoded once and shared by every reader that looks at the capture. Safe to
 * share between threads.
 */
public final class Capture {
  private final String name;
  private final Path file;
  private final byte[] bytes;
  private volatile Object decoded; // the String, or the BadInputException, once decoded

  /**
   * @param name the path or URL as the user gave it; used in every message about this file
   * @param file the file on disk, or null for uploads and in-memory input; readers may look beside
   *     it for companion files (e.g. a corpus' metadata table)
   * @param bytes the original bytes
   */
  public Capture(String name, Path file, byte[] bytes) {
    this.name = Objects.requireNonNull(name, "a capture needs a name for messages");
    this.file = file;
    this.bytes = Objects.requireNonNull(bytes, "a capture needs its bytes");
  }

  /** The path or URL as the user gave it; used in every message about this file. */
  public String name() {
    return name;
  }

  /** The file on disk, or null for uploads and in-memory input. */
  public Path file() {
    return file;
  }

  /** The original bytes (not a copy: do not change them). */
  public byte[] bytes() {
    return bytes;
  }

  @Override
  public String toString() {
    return "Capture[" + name + ", " + bytes.length + " bytes]";
  }

  /** A capture of an in-memory text, for tests and uploads. */
  public static Capture ofText(String name, String text) {
    return new Capture(name, null, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The file name without folders, e.g. {@code RUS_74_2019.txt}. */
  public String fileName() {
    String n = file != null && file.getFileName() != null ? file.getFileName().toString() : name;
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    return slash >= 0 ? n.substring(slash + 1) : n;
  }

  /**
   * The bytes as text.
   *
   * @throws BadInputException when the bytes are not valid UTF-8, naming the byte offset
   */
  public String text() throws BadInputException {
    Object d = decoded;
    if (d == null) {
      try {
        d = decode();
      } catch (BadInputException e) {
        d = e;
      }
      decoded = d;
    }
    if (d instanceof BadInputException e) {
      throw new BadInputException(e.locator(), e.getMessage());
    }
    return (String) d;
  }

  private String decode() throws BadInputException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String s = decoder.decode(in).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (MalformedInputException e) {
      throw new BadInputException(
          "byte " + in.position(),
          "not valid UTF-8 text (bad byte sequence at byte offset " + in.position() + ")");
    } catch (CharacterCodingException e) {
      throw new BadInputException("not valid UTF-8 text: " + e.getMessage());
    }
  }

  /** True when the bytes look like binary data (NUL bytes in the first 8 KiB). */
  public boolean looksBinary() {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
