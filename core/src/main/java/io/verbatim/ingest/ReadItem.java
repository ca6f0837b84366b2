package io.verbatim.ingest;

import io.verbatim.model.Statement;
import java.util.Objects;

/** What a {@link FormatReader} yields for one capture: statements, problems, or a skip. */
public sealed interface ReadItem {

  /**
   * A statement read from the capture, without id and source (the pipeline adds them).
   *
   * @param statement the statement
   * @param original the statement's own original bytes when it is one part of a larger file (e.g. a
   *     CSV row), or null when the statement is the whole file
   * @param locator where in the file it stands (e.g. {@code row 17}), or null for a whole file
   */
  record Read(Statement statement, byte[] original, String locator) implements ReadItem {
    public Read {
      Objects.requireNonNull(statement, "the statement read");
    }

    public static Read wholeFile(Statement statement) {
      return new Read(statement, null, null);
    }
  }

  /**
   * A part of the capture that could not be read; the rest of the capture goes on.
   *
   * @param locator where (e.g. {@code row 17}, {@code line 3})
   * @param message what is wrong, in words a user can act on
   */
  record Problem(String locator, String message) implements ReadItem {
    public Problem {
      Objects.requireNonNull(message, "a problem needs a message");
    }
  }

  /**
   * The capture holds no statements by design (e.g. a corpus' metadata table that another reader
   * uses); it is reported as skipped, not failed.
   */
  record Skipped(String reason) implements ReadItem {
    public Skipped {
      Objects.requireNonNull(reason, "a skip needs a reason");
    }
  }
}
