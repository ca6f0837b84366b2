package io.verbatim.ingest;

import io.verbatim.archive.AddOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What one ingest run did: counts, and every statement, skip and failure with the file (and line or
 * row) it concerns; statements kept without text (a title, date, place or materials only) are also
 * listed as such ({@link #getStoredWithoutText()}). Its JSON form is the {@code ingest --json}
 * output.
 */
public final class IngestReport {

  /**
   * One statement read and stored.
   *
   * @param id the statement id
   * @param file the file as given to ingest
   * @param locator where in the file (e.g. {@code row 17}), or null for a whole file
   * @param format the reader that read it
   * @param outcome what the archive did with it
   * @param withoutText true for a statement published without text (a title, date, place or
   *     materials only), kept as such
   */
  public record Stored(
      String id,
      String file,
      String locator,
      String format,
      AddOutcome outcome,
      boolean withoutText) {
    /** {@code file (row 17)}. */
    public String where() {
      return file + (locator == null ? "" : " (" + locator + ")");
    }
  }

  /** A file skipped on purpose (documentation, a corpus' metadata table), with why. */
  public record Skipped(String file, String reason) {}

  /**
   * A file, or a part of one, that could not be ingested.
   *
   * @param file the file as given to ingest
   * @param locator where in the file (e.g. {@code line 3}, {@code row 17}), or null for the whole
   * @param reason what is wrong, in words a user can act on
   */
  public record Failure(String file, String locator, String reason) {
    public Failure {
      Objects.requireNonNull(file, "a failure names its file");
      Objects.requireNonNull(reason, "a failure says why");
    }

    /** {@code file (row 17): reason}. */
    public String message() {
      return file + (locator == null ? "" : " (" + locator + ")") + ": " + reason;
    }
  }

  private int files;
  private long bytes;
  private final List<Stored> stored = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final List<Failure> failed = new ArrayList<>();

  synchronized void countFile(long size) {
    files++;
    bytes += size;
  }

  synchronized void add(Stored s) {
    stored.add(s);
  }

  synchronized void add(Skipped s) {
    skipped.add(s);
  }

  synchronized void add(Failure f) {
    failed.add(f);
  }

  /** Files looked at (ingested, skipped or failed). */
  public int getFiles() {
    return files;
  }

  /** Bytes read from those files. */
  public long getBytes() {
    return bytes;
  }

  /** Statements newly stored. */
  public long getIngested() {
    return count(AddOutcome.ADDED);
  }

  /** Statements whose exact bytes were already stored. */
  public long getDuplicates() {
    return count(AddOutcome.DUPLICATE);
  }

  /** Statements stored as a new version of one already stored. */
  public long getVersions() {
    return count(AddOutcome.NEW_VERSION);
  }

  /**
   * Statements stored by this run (not duplicates) that have no text: pages with a title, date,
   * place or materials only, listed so that a user sees they were kept without text.
   */
  public synchronized List<Stored> getStoredWithoutText() {
    return stored.stream()
        .filter(s -> s.withoutText() && s.outcome() != AddOutcome.DUPLICATE)
        .toList();
  }

  public synchronized List<Stored> getStatements() {
    return Collections.unmodifiableList(new ArrayList<>(stored));
  }

  public synchronized List<Skipped> getSkipped() {
    return Collections.unmodifiableList(new ArrayList<>(skipped));
  }

  public synchronized List<Failure> getFailed() {
    return Collections.unmodifiableList(new ArrayList<>(failed));
  }

  /** True when some file or row could not be ingested. */
  public synchronized boolean hasFailures() {
    return !failed.isEmpty();
  }

  private synchronized long count(AddOutcome outcome) {
    return stored.stream().filter(s -> s.outcome() == outcome).count();
  }

  /** A few lines for people. */
  public synchronized String summary() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            "%d file(s): %d statement(s) ingested, %d duplicate(s), %d new version(s), %d stored"
                + " without text, %d skipped, %d failed%n",
            files,
            getIngested(),
            getDuplicates(),
            getVersions(),
            getStoredWithoutText().size(),
            skipped.size(),
            failed.size()));
    for (Stored w : getStoredWithoutText()) {
      s.append("  stored without text ").append(w.where()).append(": ").append(w.id());
      s.append('\n');
    }
    for (Skipped k : skipped) {
      s.append("  skipped ").append(k.file()).append(": ").append(k.reason()).append('\n');
    }
    for (Failure f : failed) {
      s.append("  FAILED ").append(f.message()).append('\n');
    }
    return s.toString();
  }
}
