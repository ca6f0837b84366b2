package io.verbatim.ingest;

import io.verbatim.archive.AddOutcome;
import io.verbatim.archive.Archive;
import io.verbatim.extract.LanguageDetector;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ingest pipeline: files in, statements stored, a report out.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Every file is read whole (up to {@link Options#maxFileBytes()}, an explicit, reported
 *       limit), its reader chosen by name or by content, and each statement it yields gets its id
 *       (from the sha256 of its own original bytes) and its {@link Source}; the file's bytes and
 *       each row's bytes are stored verbatim.
 *   <li>Bad input never stops the batch: a file or row that cannot be read is recorded in the
 *       report with the file name, the line or row, and the reason, and ingest goes on. Nothing
 *       already stored is changed (statements are only added).
 *   <li>Statements are committed in batches; {@link Listener#committed} is told only after a
 *       commit, so whatever was reported done survives a crash. Re-running the same input stores
 *       nothing twice.
 * </ul>
 */
public final class Ingestor {

  /** Names of files that document a folder rather than hold statements; skipped in folders. */
  private static final Pattern DOCUMENTATION =
      Pattern.compile(
          "(?i)(readme|licen[cs]e|notice|changelog|copying)([._-].*)?|.*notes?\\.(txt|md)|.*\\.(md|tsv|sha256|json5)");

  /**
   * How to ingest.
   *
   * @param format a format name, or {@code auto} to detect by content
   * @param maxFileBytes files larger than this are refused with a message naming the limit
   * @param commitEvery statements per commit (a smaller batch reports progress sooner)
   */
  public record Options(String format, long maxFileBytes, int commitEvery) {
    /**
     * 64 MiB: hundreds of times a 120,000-character transcript, and a guard against feeding a dump
     * or a disk image by mistake. Larger corpus files are ingested with a raised limit.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

    public Options {
      format = format == null ? Formats.AUTO : format;
      if (maxFileBytes <= 0) {
        throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
      }
      if (commitEvery <= 0) {
        throw new IllegalArgumentException("commitEvery must be positive: " + commitEvery);
      }
    }

    public static Options defaults() {
      return new Options(Formats.AUTO, DEFAULT_MAX_FILE_BYTES, 1000);
    }

    public Options withFormat(String newFormat) {
      return new Options(newFormat, maxFileBytes, commitEvery);
    }

    public Options withMaxFileBytes(long newMax) {
      return new Options(format, newMax, commitEvery);
    }

    public Options withCommitEvery(int newCommitEvery) {
      return new Options(format, maxFileBytes, newCommitEvery);
    }
  }

  /** Hears about progress; every method has a default that does nothing. */
  public interface Listener {
    /** Before reading a file; {@code total} is the number of files in this run. */
    default void fileStarted(String file, int index, int total) {}

    /** After a commit: these statements are now durable. */
    default void committed(List<IngestReport.Stored> statements) {}

    /** A file or row failed. */
    default void failed(IngestReport.Failure failure) {}
  }

  private final Archive archive;
  private final Formats formats;
  private final Options options;
  private final Clock clock;

  public Ingestor(Archive archive, Formats formats, Options options) {
    this(archive, formats, options, Clock.systemUTC());
  }

  Ingestor(Archive archive, Formats formats, Options options, Clock clock) {
    this(Objects.requireNonNull(archive, "archive to store into"), formats, options, clock, true);
  }

  private Ingestor(Archive archive, Formats formats, Options options, Clock clock, boolean unused) {
    this.archive = archive;
    this.formats = Objects.requireNonNull(formats, "formats to read with");
    this.options = Objects.requireNonNull(options, "ingest options");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (!options.format().equalsIgnoreCase(Formats.AUTO)) {
      formats.byName(options.format()); // fail early on an unknown name
    }
  }

  /** An ingestor that only {@link #inspect inspects}: it has no archive to store into. */
  public static Ingestor inspector(Formats formats, Options options) {
    return new Ingestor(null, formats, options, Clock.systemUTC(), true);
  }

  /**
   * Ingests files and folders (recursively, in name order). Hidden files are ignored; files that
   * document a folder (README, LICENSE, notes, .md, .tsv) are skipped when found inside a folder,
   * and listed as skipped.
   *
   * @throws IOException only when the archive itself fails; input problems go into the report
   */
  public IngestReport ingestPaths(List<Path> paths, Listener listener) throws IOException {
    requireArchive();
    IngestReport report = new IngestReport();
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      collect(p, files, report);
    }
    Batch batch = new Batch(report, listener);
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      listener.fileStarted(file.toString(), i, files.size());
      Optional<Capture> capture = load(file, report, listener);
      if (capture.isPresent()) {
        ingestCapture(capture.get(), batch);
      }
    }
    batch.commit();
    return report;
  }

  /** Ingests captures already in memory (e.g. uploads). */
  public IngestReport ingestCaptures(List<Capture> captures, Listener listener) throws IOException {
    requireArchive();
    IngestReport report = new IngestReport();
    Batch batch = new Batch(report, listener);
    for (int i = 0; i < captures.size(); i++) {
      Capture c = captures.get(i);
      listener.fileStarted(c.name(), i, captures.size());
      if (c.bytes().length > options.maxFileBytes()) {
        fail(report, listener, c.name(), null, tooLarge(c.bytes().length));
        continue;
      }
      ingestCapture(c, batch);
    }
    batch.commit();
    return report;
  }

  private void requireArchive() {
    if (archive == null) {
      throw new IllegalStateException("this ingestor only inspects; it has no archive");
    }
  }

  private void collect(Path p, List<Path> files, IngestReport report) throws IOException {
    if (!Files.exists(p)) {
      report.add(new IngestReport.Failure(p.toString(), null, "no such file or folder"));
      return;
    }
    if (!Files.isDirectory(p)) {
      files.add(p);
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        if (isHidden(p.relativize(f))) {
          continue;
        }
        if (DOCUMENTATION.matcher(f.getFileName().toString()).matches()) {
          report.countFile(Files.size(f));
          report.add(
              new IngestReport.Skipped(
                  f.toString(), "documentation or index file, not a statement"));
          continue;
        }
        files.add(f);
      }
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private Optional<Capture> load(Path file, IngestReport report, Listener listener) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > options.maxFileBytes()) {
        report.countFile(size);
        fail(report, listener, name, null, tooLarge(size));
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      return Optional.of(new Capture(name, file, bytes));
    } catch (NoSuchFileException e) {
      fail(report, listener, name, null, "no such file");
    } catch (IOException e) {
      fail(report, listener, name, null, "cannot read the file: " + e.getMessage());
    }
    return Optional.empty();
  }

  private String tooLarge(long size) {
    return String.format(
        Locale.ROOT,
        "the file is %.1f MB, over the limit of %.1f MB per file (raise it with --max-file-size)",
        size / 1e6,
        options.maxFileBytes() / 1e6);
  }

  private void ingestCapture(Capture capture, Batch batch) throws IOException {
    IngestReport report = batch.report;
    report.countFile(capture.bytes().length);
    String name = capture.name();
    if (capture.bytes().length == 0) {
      fail(report, batch.listener, name, null, "the file is empty");
      return;
    }
    FormatReader reader;
    try {
      Optional<FormatReader> chosen = formats.choose(options.format(), capture);
      if (chosen.isEmpty()) {
        fail(report, batch.listener, name, null, unrecognised(capture));
        return;
      }
      reader = chosen.get();
    } catch (IllegalArgumentException e) {
      fail(report, batch.listener, name, null, e.getMessage());
      return;
    }
    List<ReadItem> items;
    try {
      items = reader.read(capture);
    } catch (BadInputException e) {
      fail(report, batch.listener, name, e.locator(), e.getMessage());
      return;
    } catch (RuntimeException e) {
      fail(
          report,
          batch.listener,
          name,
          null,
          "the " + reader.name() + " reader failed unexpectedly: " + e + " (please report this)");
      return;
    }
    String fileSha = null;
    for (ReadItem item : items) {
      switch (item) {
        case ReadItem.Problem p -> fail(report, batch.listener, name, p.locator(), p.message());
        case ReadItem.Skipped s -> report.add(new IngestReport.Skipped(name, s.reason()));
        case ReadItem.Read r -> {
          if (fileSha == null) {
            fileSha = archive.putOriginal(capture.bytes());
          }
          store(capture, reader, r, fileSha, batch);
        }
      }
    }
    if (items.isEmpty()) {
      fail(
          report,
          batch.listener,
          name,
          null,
          "the " + reader.name() + " reader found no statement in it");
    }
  }

  private static String unrecognised(Capture capture) {
    if (capture.looksBinary()) {
      return "binary data, not a format Verbatim reads (text captures, HTML, CSV, JSON Lines, UN"
          + " General Debate files)";
    }
    try {
      capture.text();
    } catch (BadInputException e) {
      return e.getMessage() + "; Verbatim reads UTF-8 text";
    }
    return "no reader recognises this file; name one with --format";
  }

  private void store(
      Capture capture, FormatReader reader, ReadItem.Read read, String fileSha, Batch batch)
      throws IOException {
    try {
      String sha = read.original() == null ? fileSha : archive.putOriginal(read.original());
      Statement statement = complete(capture, reader, read, sha, fileSha);
      AddOutcome outcome = archive.add(statement);
      batch.added(
          new IngestReport.Stored(
              statement.id(), capture.name(), read.locator(), reader.name(), outcome));
    } catch (IllegalArgumentException e) {
      fail(batch.report, batch.listener, capture.name(), read.locator(), e.getMessage());
    }
  }

  /**
   * Gives a statement read from {@code capture} what the pipeline adds: the language (detected and
   * marked inferred when the reader did not state it), the id, the source and a statement key.
   */
  private Statement complete(
      Capture capture, FormatReader reader, ReadItem.Read read, String sha, String fileSha) {
    Statement s = read.statement();
    Statement.Builder b = s.toBuilder();
    if (s.language() == null) {
      LanguageDetector.detect(s.body())
          .ifPresent(
              l -> {
                b.withLanguage(l);
                b.markInferred("language");
              });
    }
    Statement draft = b.build();
    b.withId(Statement.idFor(sha))
        .withSource(
            new Source(
                capture.name(), reader.name(), sha, fileSha, read.locator(), Instant.now(clock)));
    if (draft.statementKey() == null) {
      b.withStatementKey(derivedKey(draft));
    }
    return b.build();
  }

  /**
   * What ingest would store for {@code capture}, without storing anything: the complete statements
   * (with ids and sources), and the skips and failures, as in an ingest report.
   */
  public Inspection inspect(Capture capture) {
    List<Statement> statements = new ArrayList<>();
    IngestReport report = new IngestReport();
    Listener quiet = new Listener() {};
    report.countFile(capture.bytes().length);
    if (capture.bytes().length > options.maxFileBytes()) {
      fail(report, quiet, capture.name(), null, tooLarge(capture.bytes().length));
      return new Inspection(statements, report);
    }
    if (capture.bytes().length == 0) {
      fail(report, quiet, capture.name(), null, "the file is empty");
      return new Inspection(statements, report);
    }
    try {
      Optional<FormatReader> chosen = formats.choose(options.format(), capture);
      if (chosen.isEmpty()) {
        fail(report, quiet, capture.name(), null, unrecognised(capture));
        return new Inspection(statements, report);
      }
      FormatReader reader = chosen.get();
      String fileSha = sha256(capture.bytes());
      for (ReadItem item : reader.read(capture)) {
        switch (item) {
          case ReadItem.Problem p -> fail(report, quiet, capture.name(), p.locator(), p.message());
          case ReadItem.Skipped k ->
              report.add(new IngestReport.Skipped(capture.name(), k.reason()));
          case ReadItem.Read r -> {
            String sha = r.original() == null ? fileSha : sha256(r.original());
            try {
              statements.add(complete(capture, reader, r, sha, fileSha));
            } catch (IllegalArgumentException e) {
              fail(report, quiet, capture.name(), r.locator(), e.getMessage());
            }
          }
        }
      }
    } catch (BadInputException e) {
      fail(report, quiet, capture.name(), e.locator(), e.getMessage());
    } catch (IllegalArgumentException e) {
      fail(report, quiet, capture.name(), null, e.getMessage());
    }
    return new Inspection(statements, report);
  }

  /**
   * The result of {@link #inspect}.
   *
   * @param statements the statements as ingest would store them
   * @param report skips and failures (no statement in it is stored)
   */
  public record Inspection(List<Statement> statements, IngestReport report) {}

  /**
   * The key of a statement whose source names no identity of its own. Language, publication date
   * and title identify it when both title and date are known, so that a re-published copy with
   * other bytes (other chrome, a corrected paragraph) becomes a new version of the same statement;
   * otherwise the opening of the body is added, so that untitled or undated statements that merely
   * share a title are not taken for versions of one another.
   */
  static String derivedKey(Statement s) {
    StringBuilder basis = new StringBuilder();
    basis.append(s.language() == null ? "?" : s.language()).append('|');
    basis.append(s.published() == null ? "?" : s.published().date()).append('|');
    basis.append(s.title() == null ? "" : normalise(s.title()));
    if (s.title() == null || s.published() == null) {
      basis.append('|').append(normalise(s.body().substring(0, Math.min(300, s.body().length()))));
    }
    return "text:" + sha256(basis.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  private static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Hex sha256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  private static void fail(
      IngestReport report, Listener listener, String file, String locator, String reason) {
    IngestReport.Failure f = new IngestReport.Failure(file, locator, reason);
    report.add(f);
    listener.failed(f);
  }

  /** Statements added since the last commit, committed every {@code commitEvery}. */
  private final class Batch {
    final IngestReport report;
    final Listener listener;
    final List<IngestReport.Stored> pending = new ArrayList<>();

    Batch(IngestReport report, Listener listener) {
      this.report = report;
      this.listener = Objects.requireNonNull(listener, "listener");
    }

    void added(IngestReport.Stored s) throws IOException {
      pending.add(s);
      if (pending.size() >= options.commitEvery()) {
        commit();
      }
    }

    void commit() throws IOException {
      archive.commit();
      List<IngestReport.Stored> done = List.copyOf(pending);
      pending.clear();
      done.forEach(report::add);
      listener.committed(done);
    }
  }
}
