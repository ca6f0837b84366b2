package io.verbatim.ingest;

import io.verbatim.analysis.entities.EntityRecognizer;
import io.verbatim.analysis.people.Period;
import io.verbatim.analysis.people.PersonResolver;
import io.verbatim.archive.AddOutcome;
import io.verbatim.archive.Archive;
import io.verbatim.extract.LanguageDetector;
import io.verbatim.model.RecordLimits;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 *   <li>A statement over {@link RecordLimits} (a text longer than a record holds) is such a problem
 *       of its row: what is stored can always be read back. Original bytes are stored only for
 *       statements that are then added, so a refused row or file leaves no original behind.
 *   <li>Statements are committed in batches; {@link Listener#committed} is told only after a
 *       commit, so whatever was reported done survives a crash. Re-running the same input stores
 *       nothing twice.
 * </ul>
 */
public final class Ingestor {

  /** Names of files that document a folder rather than hold statements; skipped in folders. */
  private static final Pattern DOCUMENTATION =
      Pattern.compile(
          "(?i)((.*[._-])?(readme|licen[cs]e|changelog|copying)([._-].*)?|.*notes?\\.(txt|md)|.*\\.(md|tsv|sha256))");

  /**
   * How to ingest.
   *
   * @param format a format name, or {@code auto} to detect by content
   * @param maxFileBytes files larger than this are refused with a message naming the limit
   * @param commitEvery statements per commit (a smaller batch reports progress sooner)
   */
  public record Options(String format, long maxFileBytes, int commitEvery, int readerThreads) {
    /**
     * 64 MiB ({@link RecordLimits#DEFAULT_MAX_FILE_BYTES}): hundreds of times a 120,000-character
     * transcript, and a guard against feeding a dump or a disk image by mistake; every file within
     * it holds a text short enough to be read back ({@link RecordLimits}). Larger corpus files are
     * ingested with a raised limit; a statement in them over the record limits is refused alone.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = RecordLimits.DEFAULT_MAX_FILE_BYTES;

    public Options {
      format = format == null ? Formats.AUTO : format;
      if (maxFileBytes <= 0) {
        throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
      }
      if (commitEvery <= 0) {
        throw new IllegalArgumentException("commitEvery must be positive: " + commitEvery);
      }
      if (readerThreads <= 0) {
        throw new IllegalArgumentException("readerThreads must be positive: " + readerThreads);
      }
    }

    /** Auto-detected format, 64 MiB files, commits of 1000, one reader thread per core. */
    public static Options defaults() {
      return new Options(
          Formats.AUTO,
          DEFAULT_MAX_FILE_BYTES,
          1000,
          Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public Options withFormat(String newFormat) {
      return new Options(newFormat, maxFileBytes, commitEvery, readerThreads);
    }

    public Options withMaxFileBytes(long newMax) {
      return new Options(format, newMax, commitEvery, readerThreads);
    }

    public Options withCommitEvery(int newCommitEvery) {
      return new Options(format, maxFileBytes, newCommitEvery, readerThreads);
    }

    public Options withReaderThreads(int newReaderThreads) {
      return new Options(format, maxFileBytes, commitEvery, newReaderThreads);
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
   * <p>Files are read and extracted by {@link Options#readerThreads()} threads ahead of the
   * indexing thread; statements are still added, reported and committed in file order.
   *
   * @throws IOException only when the archive itself fails; input problems go into the report
   */
  public IngestReport ingestPaths(List<Path> paths, Listener listener) throws IOException {
    requireArchive();
    IngestReport report = new IngestReport();
    List<Path> files = filesToRead(paths, report);
    List<Callable<Prepared>> work = new ArrayList<>(files.size());
    for (Path f : files) {
      work.add(
          () -> {
            Optional<Capture> capture = load(f);
            return capture.isPresent() ? prepare(capture.get(), true) : unreadable(f);
          });
    }
    return run(work, files.size(), report, listener);
  }

  /** Ingests captures already in memory (e.g. uploads), like {@link #ingestPaths}. */
  public IngestReport ingestCaptures(List<Capture> captures, Listener listener) throws IOException {
    requireArchive();
    List<Callable<Prepared>> work = new ArrayList<>(captures.size());
    for (Capture c : captures) {
      work.add(() -> prepare(c, true));
    }
    return run(work, captures.size(), new IngestReport(), listener);
  }

  /**
   * The files that {@link #ingestPaths} reads for {@code paths}, in order; documentation files
   * found in folders, and missing paths, are noted in {@code report}.
   */
  public static List<Path> filesToRead(List<Path> paths, IngestReport report) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      collect(p, files, report);
    }
    return files;
  }

  /** Prepares captures on reader threads (a bounded window ahead), stores them in order. */
  private IngestReport run(
      List<Callable<Prepared>> work, int total, IngestReport report, Listener listener)
      throws IOException {
    Batch batch = new Batch(report, listener);
    int threads = options.readerThreads();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("verbatim-reader-", 0).daemon(true).factory());
    try {
      ArrayDeque<Future<Prepared>> window = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < total; i++) {
        while (next < total && window.size() < threads * 2) {
          window.add(pool.submit(work.get(next++)));
        }
        Prepared prepared = await(window.poll());
        listener.fileStarted(prepared.name(), i, total);
        apply(prepared, batch);
      }
    } finally {
      pool.shutdownNow();
    }
    batch.commit();
    return report;
  }

  private static Prepared await(Future<Prepared> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io; // the archive failed while storing originals
      }
      throw new IllegalStateException("reading failed unexpectedly", e.getCause());
    }
  }

  /** Records one prepared capture: failures, skips, and its statements added to the archive. */
  private void apply(Prepared p, Batch batch) throws IOException {
    batch.report.countFile(p.size());
    for (IngestReport.Skipped s : p.skipped()) {
      batch.report.add(s);
    }
    for (IngestReport.Failure f : p.failures()) {
      batch.report.add(f);
      batch.listener.failed(f);
    }
    for (Ready r : p.ready()) {
      batch.queue(p.name(), r);
    }
  }

  private void requireArchive() {
    if (archive == null) {
      throw new IllegalStateException("this ingestor only inspects; it has no archive");
    }
  }

  private static void collect(Path p, List<Path> files, IngestReport report) throws IOException {
    if (!Files.exists(p)) {
      report.add(new IngestReport.Failure(p.toString(), null, "no such file or folder"));
      return;
    }
    if (!Files.isDirectory(p)) {
      if (Files.isRegularFile(p)) {
        files.add(p);
      } else { // reading a pipe or a device would wait forever or never end
        report.add(
            new IngestReport.Failure(
                p.toString(), null, "not a regular file (a device, pipe or socket); not read"));
      }
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

  /** Reads a file unless it is over the limit; the reason is kept for {@link #unreadable}. */
  private Optional<Capture> load(Path file) {
    try {
      if (Files.size(file) > options.maxFileBytes()) {
        return Optional.empty();
      }
      return Optional.of(new Capture(file.toString(), file, Files.readAllBytes(file)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Why a file could not be loaded: too large, vanished, or unreadable. */
  private Prepared unreadable(Path file) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > options.maxFileBytes()) {
        return Prepared.failed(name, size, new IngestReport.Failure(name, null, tooLarge(size)));
      }
      Files.readAllBytes(file); // it failed a moment ago: say why
      return Prepared.failed(
          name, size, new IngestReport.Failure(name, null, "cannot read the file"));
    } catch (NoSuchFileException e) {
      return Prepared.failed(name, 0, new IngestReport.Failure(name, null, "no such file"));
    } catch (IOException e) {
      return Prepared.failed(
          name, 0, new IngestReport.Failure(name, null, "cannot read the file: " + e.getMessage()));
    }
  }

  private String tooLarge(long size) {
    return String.format(
        Locale.ROOT,
        "the file is %.1f MB, over the limit of %.1f MB per file (raise it with --max-file-size)",
        size / 1e6,
        options.maxFileBytes() / 1e6);
  }

  /**
   * Reads one capture into complete statements (ids, sources, keys, languages); with {@code store},
   * also stores its original bytes. Bad input becomes failures in the result, never an exception;
   * only the archive failing throws.
   */
  private Prepared prepare(Capture capture, boolean store) throws IOException {
    String name = capture.name();
    long size = capture.bytes().length;
    if (size > options.maxFileBytes()) {
      return Prepared.failed(name, size, new IngestReport.Failure(name, null, tooLarge(size)));
    }
    if (size == 0) {
      return Prepared.failed(name, 0, new IngestReport.Failure(name, null, "the file is empty"));
    }
    FormatReader reader;
    List<ReadItem> items;
    try {
      Optional<FormatReader> chosen = formats.choose(options.format(), capture);
      if (chosen.isEmpty()) {
        return Prepared.failed(
            name, size, new IngestReport.Failure(name, null, unrecognised(capture)));
      }
      reader = chosen.get();
      items = reader.read(capture);
    } catch (BadInputException e) {
      return Prepared.failed(
          name, size, new IngestReport.Failure(name, e.locator(), e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in a reader: this file fails, the batch goes on.
      return Prepared.failed(
          name,
          size,
          new IngestReport.Failure(
              name, null, "the reader failed unexpectedly: " + e + " (please report this)"));
    }
    Prepared prepared =
        new Prepared(name, size, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    String fileSha = null;
    boolean fileStored = false;
    for (ReadItem item : items) {
      switch (item) {
        case ReadItem.Problem p ->
            prepared.failures().add(new IngestReport.Failure(name, p.locator(), p.message()));
        case ReadItem.Skipped k ->
            prepared.skipped().add(new IngestReport.Skipped(name, k.reason()));
        case ReadItem.Read r -> {
          if (fileSha == null) {
            fileSha = sha256(capture.bytes());
          }
          String sha = r.original() == null ? fileSha : sha256(r.original());
          Statement statement;
          try {
            RecordLimits.check(r.statement()); // before detection and analysis of a huge text
            statement = RecordLimits.check(complete(capture, reader, r, sha, fileSha));
          } catch (IllegalArgumentException e) {
            prepared.failures().add(new IngestReport.Failure(name, r.locator(), e.getMessage()));
            continue;
          }
          // Originals only for statements that will be added: a refused row leaves none behind.
          if (store && !fileStored) {
            requireSame(fileSha, archive.putOriginal(capture.bytes()));
            fileStored = true;
          }
          if (store && r.original() != null) {
            requireSame(sha, archive.putOriginal(r.original()));
          }
          prepared.ready().add(new Ready(statement, r.locator(), reader.name()));
        }
      }
    }
    if (items.isEmpty()) {
      prepared
          .failures()
          .add(
              new IngestReport.Failure(
                  name, null, "the " + reader.name() + " reader found no statement in it"));
    }
    return prepared;
  }

  private static void requireSame(String expected, String stored) {
    if (!expected.equals(stored)) {
      throw new IllegalStateException(
          "the archive stored an original under " + stored + ", not its sha256 " + expected);
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

  /**
   * Gives a statement read from {@code capture} what the pipeline adds: the language (detected from
   * the text, or the title of a statement without text, and marked inferred when the reader did not
   * state it), the entity mentions of its body (none without text), the id, the source and a
   * statement key.
   */
  private Statement complete(
      Capture capture, FormatReader reader, ReadItem.Read read, String sha, String fileSha) {
    Statement s = read.statement();
    Statement.Builder b = s.toBuilder();
    if (s.language() == null) {
      LanguageDetector.detect(s.hasText() ? s.body() : s.title())
          .ifPresent(
              l -> {
                b.withLanguage(l);
                b.markInferred("language");
              });
    }
    Statement draft = b.build();
    b.withMentions(
        EntityRecognizer.standard().count(draft.body(), draft.language(), Period.of(draft)));
    b.withSpeaker(Speakers.INSTANCE.identify(draft));
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
    Prepared p;
    try {
      p = prepare(capture, false);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "inspection stores nothing, so cannot fail this way", e);
    }
    IngestReport report = new IngestReport();
    report.countFile(p.size());
    p.skipped().forEach(report::add);
    p.failures().forEach(report::add);
    return new Inspection(p.ready().stream().map(Ready::statement).toList(), report);
  }

  /**
   * The result of {@link #inspect}.
   *
   * @param statements the statements as ingest would store them
   * @param report skips and failures (no statement in it is stored)
   */
  public record Inspection(List<Statement> statements, IngestReport report) {}

  /**
   * Speaker ids from the curated person authority, loaded on first use (an archive's own authority,
   * with its users' corrections, comes with the wiring step).
   */
  private static final class Speakers {
    static final SpeakerIdentity INSTANCE =
        new SpeakerIdentity(PersonResolver.standard(), EntityRecognizer.standard());
  }

  /** A statement ready to add, with where it came from. */
  private record Ready(Statement statement, String locator, String format) {}

  /** One capture read and prepared on a reader thread. */
  private record Prepared(
      String name,
      long size,
      List<Ready> ready,
      List<IngestReport.Failure> failures,
      List<IngestReport.Skipped> skipped) {
    static Prepared failed(String name, long size, IngestReport.Failure failure) {
      return new Prepared(name, size, List.of(), List.of(failure), List.of());
    }
  }

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
    // The day (or the month or year a coarser date states), without the time: as before precision.
    basis
        .append(
            s.published() == null
                ? "?"
                : s.published().truncatedTo(io.verbatim.model.Published.Precision.DAY))
        .append('|');
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

  /** Statements handed to {@link Archive#addAll} at once (fewer round trips to a remote store). */
  static final int ADD_GROUP = 200;

  /**
   * Statements added since the last commit, committed every {@code commitEvery}. Statements are
   * queued and added in groups ({@link Archive#addAll}, in order, never across a commit).
   */
  private final class Batch {
    final IngestReport report;
    final Listener listener;
    final List<IngestReport.Stored> pending = new ArrayList<>();
    final List<String> queuedNames = new ArrayList<>();
    final List<Ready> queued = new ArrayList<>();

    /** The ingest time given to the statement last queued for the archive, or null. */
    private Instant lastIngestedAt;

    /**
     * {@code ready} with an ingest time after every statement queued before it, a millisecond apart
     * at least. Statements are completed (and stamped) on reader threads, in no fixed order; they
     * are queued in file order, on one thread, so within one ingest this makes "the latest
     * ingested" ({@link io.verbatim.archive.VersionOrder}) the last in file order: a page and its
     * print view ingested together have one current version on every run and every backend.
     */
    private Ready inIngestOrder(Ready ready) {
      Source source = ready.statement().source();
      Instant at = source.ingestedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
      if (lastIngestedAt != null && !at.isAfter(lastIngestedAt)) {
        at = lastIngestedAt.plusMillis(1);
      }
      lastIngestedAt = at;
      if (at.equals(source.ingestedAt())) {
        return ready;
      }
      Source stamped =
          new Source(
              source.path(),
              source.format(),
              source.sha256(),
              source.fileSha256(),
              source.locator(),
              at);
      return new Ready(
          ready.statement().toBuilder().withSource(stamped).build(),
          ready.locator(),
          ready.format());
    }

    Batch(IngestReport report, Listener listener) {
      this.report = report;
      this.listener = Objects.requireNonNull(listener, "listener");
    }

    void queue(String name, Ready ready) throws IOException {
      queuedNames.add(name);
      queued.add(inIngestOrder(ready));
      if (queued.size() >= ADD_GROUP || pending.size() + queued.size() >= options.commitEvery()) {
        addQueued();
        if (pending.size() >= options.commitEvery()) {
          commit();
        }
      }
    }

    private void addQueued() throws IOException {
      if (queued.isEmpty()) {
        return;
      }
      List<AddOutcome> outcomes = archive.addAll(queued.stream().map(Ready::statement).toList());
      for (int i = 0; i < queued.size(); i++) {
        Ready r = queued.get(i);
        pending.add(
            new IngestReport.Stored(
                r.statement().id(),
                queuedNames.get(i),
                r.locator(),
                r.format(),
                outcomes.get(i),
                !r.statement().hasText()));
      }
      queued.clear();
      queuedNames.clear();
    }

    void commit() throws IOException {
      addQueued();
      archive.commit();
      List<IngestReport.Stored> done = List.copyOf(pending);
      pending.clear();
      done.forEach(report::add);
      listener.committed(done);
    }
  }
}
