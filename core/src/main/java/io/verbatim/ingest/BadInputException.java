package io.verbatim.ingest;

/**
 * A file (or a part of it) cannot be read as a statement. The message says what is wrong in words a
 * user can act on; the ingest report adds the file name and, where known, the line or row.
 */
public class BadInputException extends Exception {
  private final String locator;

  public BadInputException(String message) {
    this(null, message, null);
  }

  public BadInputException(String locator, String message) {
    this(locator, message, null);
  }

  public BadInputException(String locator, String message, Throwable cause) {
    super(message, cause);
    this.locator = locator;
  }

  /** Where in the file the problem is (e.g. {@code line 3}, {@code row 17}), or null. */
  public String locator() {
    return locator;
  }
}
