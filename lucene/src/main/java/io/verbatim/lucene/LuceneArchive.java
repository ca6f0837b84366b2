package io.verbatim.lucene;

import io.verbatim.archive.AddOutcome;
import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveLockedException;
import io.verbatim.archive.ArchiveStats;
import io.verbatim.archive.ArchiveTimeoutException;
import io.verbatim.archive.ArchiveVersionException;
import io.verbatim.archive.CoMention;
import io.verbatim.archive.CollocationRequest;
import io.verbatim.archive.Collocations;
import io.verbatim.archive.IndexedKeyword;
import io.verbatim.archive.KeyTerm;
import io.verbatim.archive.KeynessRequest;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.archive.VersionLink;
import io.verbatim.archive.VersionOrder;
import io.verbatim.archive.WorkBudget;
import io.verbatim.model.Json;
import io.verbatim.model.RecordLimits;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded {@link Archive}: a folder with a Lucene index and the original bytes.
 *
 * <p>Layout: {@code verbatim-archive.json} ({@link ArchiveMarker}), {@code originals/} ({@link
 * OriginalStore}), {@code index/} (fields in {@link IndexFields}). Behaviour beyond the {@link
 * Archive} contract:
 *
 * <ul>
 *   <li>Readers never take the index write lock: the {@link IndexWriter} is opened on the first
 *       {@link #add} (or when a new archive is created). While another process holds it, {@code
 *       add} (and {@code delete}) fails with an {@link ArchiveLockedException}: "the archive DIR is
 *       being written by another Verbatim process".
 *   <li>Searches see the last commit (this process's or another's): a directory-based {@link
 *       SearcherManager} is refreshed after {@link #commit} and before each read.
 *   <li>{@link #close} discards what was added since the last commit (with a warning); only {@link
 *       #commit} makes additions durable.
 *   <li>Every read honours the calling thread's {@link WorkBudget} inside the work: Lucene's search
 *       stops at it ({@link BudgetedSearcher}), and so do the loops over documents of concordance,
 *       timeline, export and the analyses ({@link SelectedDocs}); the call then throws {@link
 *       ArchiveTimeoutException}, never a partial answer.
 *   <li>Query syntax and snippets: see {@link QueryTranslator} and {@link RecordHighlighter}.
 *       Totals are exact. Hits sorted by date carry score {@code NaN}.
 * </ul>
 *
 * <p>Search: one pass over the matching documents gives the page, the exact total and the facet
 * counts ({@link LuceneSearch}, {@link FacetCollectorManager}); deep paging continues after the
 * last hit with an opaque {@link SearchCursor}; list filters are added by {@link SelectionFilters}.
 *
 * <p>Thread-safe: many concurrent readers and one writer (writes are serialised).
 */
public final class LuceneArchive implements Archive {
  private static final System.Logger LOG = System.getLogger(LuceneArchive.class.getName());
  static final String INDEX_FOLDER = "index";
  static final String ORIGINALS_FOLDER = "originals";

  private final Path dir;
  private final ArchiveMarker marker;
  private final OriginalStore originals;
  private final Directory indexDirectory;
  private final Analyzer analyzer;
  private final QueryTranslator translator;
  private final Object writeLock = new Object();
  private final Set<String> pendingIds = ConcurrentHashMap.newKeySet();
  private final Set<String> pendingDeletes = ConcurrentHashMap.newKeySet();
  private final CurrentVersions currentVersions = new CurrentVersions(new CommittedVersions());
  private final LuceneSearch.Caches caches =
      new LuceneSearch.Caches(
          new PerReader<>(reader -> VersionGroups.of(reader, false)),
          new PerReader<>(reader -> VersionGroups.of(reader, true)),
          new PerReader<>(GlobalOrdinals::new));
  private final ExecutorService searchThreads;
  private SearcherManager searchers;
  private IndexWriter writer;
  private volatile boolean closed;

  private LuceneArchive(Path dir, ArchiveMarker marker) throws IOException {
    this.dir = dir;
    this.marker = marker;
    this.originals = new OriginalStore(dir.resolve(ORIGINALS_FOLDER));
    this.indexDirectory = FSDirectory.open(dir.resolve(INDEX_FOLDER));
    this.analyzer = IndexFields.newAnalyzer();
    this.translator = new QueryTranslator(analyzer);
    this.searchThreads = newSearchThreads(dir);
  }

  /**
   * Opens the archive in folder {@code dir}, creating it when {@code create} is set and the folder
   * is missing or empty; older formats are migrated with {@link Migrations#standard()}, logging a
   * message per step.
   */
  public static LuceneArchive open(Path dir, boolean create) throws IOException {
    return open(
        dir, create, Migrations.standard(), message -> LOG.log(System.Logger.Level.INFO, message));
  }

  /**
   * Opens the archive in folder {@code dir}.
   *
   * @param create create the archive when the folder is missing or empty
   * @param migrations the migration steps for older formats
   * @param notices receives messages for the user (migration steps)
   * @throws ArchiveVersionException when the archive's format is newer, or older without a path
   * @throws IOException when there is no archive (and {@code create} is not set), or the folder is
   *     not an archive
   */
  public static LuceneArchive open(
      Path dir, boolean create, Migrations migrations, Consumer<String> notices)
      throws IOException {
    Objects.requireNonNull(dir, "archive folder");
    Objects.requireNonNull(migrations, "migrations");
    Objects.requireNonNull(notices, "notices");
    Path folder = dir.toAbsolutePath().normalize();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException(folder + " is a file, not a Verbatim archive folder");
    }
    ArchiveMarker marker;
    // A folder holding only the empty skeleton is an archive another process is creating this
    // moment (or whose creation was interrupted): it is created again, and the index write lock
    // then tells the two ingests apart ("being written by another Verbatim process").
    boolean fresh = !Files.exists(folder) || isEmptyFolder(folder) || isSkeleton(folder);
    if (fresh) {
      if (!create) {
        throw new IOException(
            "no archive at "
                + folder
                + "; create one with: verbatim ingest --archive "
                + folder
                + " FILES");
      }
      DurableFiles.createDirectories(folder.resolve(ORIGINALS_FOLDER));
      DurableFiles.createDirectories(folder.resolve(INDEX_FOLDER));
      marker = ArchiveMarker.createdNow();
      marker.write(folder);
    } else {
      if (!Files.exists(folder.resolve(ArchiveMarker.FILE_NAME))) {
        throw new IOException(
            folder
                + " is not a Verbatim archive (it has files but no "
                + ArchiveMarker.FILE_NAME
                + "); give a new or empty folder to create an archive");
      }
      marker = ArchiveMarker.read(folder);
      if (marker.formatVersion() > migrations.currentVersion()) {
        throw new ArchiveVersionException(
            "archive format "
                + marker.formatVersion()
                + " was written by a newer Verbatim; this one reads format "
                + migrations.currentVersion()
                + "; upgrade Verbatim, or export with the newer version and re-ingest"
                + " (archive: "
                + folder
                + ", written by "
                + marker.createdBy()
                + ")");
      }
      marker = migrations.migrate(folder, marker, notices);
      // A rebuild (a repair, see LuceneRepair) interrupted while swapping indexes is finished
      // first.
      IndexRebuild.finishSwap(folder);
    }
    LuceneArchive archive = new LuceneArchive(folder, marker);
    try {
      archive.openSearchers();
    } catch (IOException | RuntimeException e) {
      archive.close();
      throw e;
    }
    return archive;
  }

  private static boolean isEmptyFolder(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }

  /**
   * True when {@code folder} has no marker and holds nothing but what {@link #open} creates before
   * writing the marker: empty {@code originals/} and {@code index/} folders, and temporary marker
   * files.
   */
  private static boolean isSkeleton(Path folder) throws IOException {
    if (Files.exists(folder.resolve(ArchiveMarker.FILE_NAME))) {
      return false;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        boolean ours =
            name.equals(ORIGINALS_FOLDER) || name.equals(INDEX_FOLDER)
                ? Files.isDirectory(entry) && isEmptyFolder(entry)
                : name.startsWith("." + ArchiveMarker.FILE_NAME + ".") && name.endsWith(".tmp");
        if (!ours) {
          return false;
        }
      }
    }
    return true;
  }

  private void openSearchers() throws IOException {
    if (!DirectoryReader.indexExists(indexDirectory)) {
      // A new archive, or one whose creation was interrupted: start with an empty commit.
      synchronized (writeLock) {
        writer().commit();
      }
    }
    searchers =
        new SearcherManager(
            indexDirectory,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new IndexSearcher(reader, searchThreads);
              }
            });
  }

  /**
   * Threads that search slices of the index in parallel with the calling thread (one per core in
   * all): a search's passes over every matching document (totals, facets) divide among them.
   */
  private static ExecutorService newSearchThreads(Path dir) {
    int n = Math.max(1, Runtime.getRuntime().availableProcessors() - 1); // the caller searches too
    java.util.concurrent.atomic.AtomicInteger count =
        new java.util.concurrent.atomic.AtomicInteger();
    return Executors.newFixedThreadPool(
        n,
        task -> {
          Thread t = new Thread(task, "verbatim-search-" + count.incrementAndGet() + " " + dir);
          t.setDaemon(true);
          return t;
        });
  }

  /** The writer, opened on first use. Caller holds {@link #writeLock}. */
  private IndexWriter writer() throws IOException {
    if (writer == null) {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setCommitOnClose(false);
      try {
        writer = new IndexWriter(indexDirectory, config);
      } catch (LockObtainFailedException e) {
        throw new ArchiveLockedException(
            "the archive " + dir + " is being written by another Verbatim process", e);
      } catch (java.nio.file.FileSystemException e) {
        throw DurableFiles.notWritable(dir.resolve(INDEX_FOLDER), e);
      }
    }
    return writer;
  }

  @Override
  public String location() {
    return dir.toString();
  }

  /** The folder of the archive. */
  public Path folder() {
    return dir;
  }

  /** The archive's on-disk format marker (after any migration). */
  public ArchiveMarker marker() {
    return marker;
  }

  @Override
  public String putOriginal(byte[] bytes) throws IOException {
    ensureOpen();
    return originals.put(bytes);
  }

  @Override
  public Optional<InputStream> openOriginal(String sha256) throws IOException {
    ensureOpen();
    return originals.open(sha256);
  }

  @Override
  public AddOutcome add(Statement statement) throws IOException {
    Objects.requireNonNull(statement, "statement to add");
    if (statement.id() == null) {
      throw new IllegalArgumentException("a statement needs an id to be stored");
    }
    if (statement.source() == null) {
      throw new IllegalArgumentException(
          "statement " + statement.id() + " needs a source to be stored");
    }
    RecordLimits.check(statement); // nothing is stored that cannot be read back
    synchronized (writeLock) {
      ensureOpen();
      if (pendingIds.contains(statement.id())
          || (!pendingDeletes.contains(statement.id())
              && committedCount(IndexFields.ID, statement.id()) > 0)) {
        return AddOutcome.DUPLICATE;
      }
      String key = IndexedKeyword.of(statement.statementKey()); // as indexed
      VersionOrder.Ref ref = VersionOrder.Ref.of(statement);
      List<VersionOrder.Ref> others = currentVersions.versions(key);
      boolean superseded = CurrentVersions.isSuperseded(ref, others);
      writer().addDocument(IndexFields.toDocument(statement, superseded));
      pendingIds.add(statement.id());
      currentVersions.added(writer(), key, ref, others);
      return others.isEmpty() ? AddOutcome.ADDED : AddOutcome.NEW_VERSION;
    }
  }

  /** The committed index as {@link CurrentVersions} needs it, less deletions since the commit. */
  private final class CommittedVersions implements CurrentVersions.Committed {
    @Override
    public List<VersionOrder.Ref> versions(String key) throws IOException {
      IndexSearcher searcher = searchers.acquire();
      try {
        List<VersionOrder.Ref> refs = new ArrayList<>();
        Query q = new TermQuery(new Term(IndexFields.STATEMENT_KEY, key));
        for (int doc : SelectedDocs.of(searcher, q)) {
          String id = stringValue(searcher, doc, IndexFields.ID);
          if (!pendingDeletes.contains(id)) {
            refs.add(new VersionOrder.Ref(id, longValue(searcher, doc, IndexFields.INGESTED_AT)));
          }
        }
        return refs;
      } finally {
        searchers.release(searcher);
      }
    }

    @Override
    public String keyOf(String id) throws IOException {
      IndexSearcher searcher = searchers.acquire();
      try {
        int[] docs = SelectedDocs.of(searcher, new TermQuery(new Term(IndexFields.ID, id)));
        return docs.length == 0 ? null : stringValue(searcher, docs[0], IndexFields.STATEMENT_KEY);
      } finally {
        searchers.release(searcher);
      }
    }

    private static String stringValue(IndexSearcher searcher, int doc, String field)
        throws IOException {
      var leaves = searcher.getIndexReader().leaves();
      var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
      return values.advanceExact(doc - leaf.docBase)
          ? values.lookupOrd(values.ordValue()).utf8ToString()
          : null;
    }

    private static long longValue(IndexSearcher searcher, int doc, String field)
        throws IOException {
      var leaves = searcher.getIndexReader().leaves();
      var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
      return values.advanceExact(doc - leaf.docBase) ? values.longValue() : 0;
    }
  }

  private int committedCount(String field, String value) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(new TermQuery(new Term(field, value)));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public boolean contains(String id) throws IOException {
    ensureOpen();
    Objects.requireNonNull(id, "id");
    return pendingIds.contains(id)
        || (!pendingDeletes.contains(id) && committedCount(IndexFields.ID, id) > 0);
  }

  @Override
  public boolean delete(String id) throws IOException {
    Objects.requireNonNull(id, "id of the statement to delete");
    synchronized (writeLock) {
      ensureOpen();
      boolean stored =
          pendingIds.contains(id)
              || (!pendingDeletes.contains(id) && committedCount(IndexFields.ID, id) > 0);
      if (stored) {
        String key = currentVersions.keyOf(id);
        pendingIds.remove(id);
        writer().deleteDocuments(new Term(IndexFields.ID, id));
        pendingDeletes.add(id);
        currentVersions.afterDelete(writer(), key, id);
      }
      return stored;
    }
  }

  @Override
  public void commit() throws IOException {
    synchronized (writeLock) {
      ensureOpen();
      if (writer != null) {
        writer.commit();
      }
      searchers.maybeRefreshBlocking();
      pendingIds.clear();
      pendingDeletes.clear();
      currentVersions.clearPending();
    }
  }

  @Override
  public Optional<Statement> get(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    IndexSearcher searcher = acquireFresh();
    try {
      TopFieldDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1, idOrder());
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(record(searcher, top.scoreDocs[0].doc));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public List<Statement> versions(String statementKey) throws IOException {
    Objects.requireNonNull(statementKey, "statementKey");
    IndexSearcher searcher = acquireFresh();
    try {
      Query q = new TermQuery(new Term(IndexFields.STATEMENT_KEY, IndexedKeyword.of(statementKey)));
      int n = searcher.count(q);
      if (n == 0) {
        return List.of();
      }
      Sort oldestFirst = // VersionOrder: ingest time in milliseconds, then id
          new Sort(
              new SortField(IndexFields.INGESTED_AT, SortField.Type.LONG),
              new SortField(IndexFields.ID, SortField.Type.STRING));
      List<Statement> result = new ArrayList<>(n);
      for (ScoreDoc d : searcher.search(q, n, oldestFirst).scoreDocs) {
        result.add(record(searcher, d.doc));
      }
      return result;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    Objects.requireNonNull(request, "search request");
    Query query = selection(request.selection());
    return withSearcher(
        searcher ->
            new LuceneSearch(searcher, analyzer, caches)
                .run(request, query)
                .withPartial(partial(searcher, request.selection())));
  }

  private static Sort idOrder() {
    return new Sort(LuceneSearch.idField());
  }

  @Override
  public ArchiveStats stats() throws IOException {
    IndexSearcher searcher = acquireFresh();
    try {
      var reader = searcher.getIndexReader();
      return new ArchiveStats(
          reader.numDocs(),
          DocValueCounts.distinct(reader, IndexFields.STATEMENT_KEY),
          originals.count(),
          DocValueCounts.byKeyword(reader, IndexFields.LANGUAGE),
          DocValueCounts.byKeyword(reader, IndexFields.FORMAT),
          DocValueCounts.byNumber(reader, IndexFields.YEAR),
          marker.formatVersion());
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The Lucene query that selects what {@code selection} asks for (its query and every filter).
   * Search, concordance, timeline, export and the analyses all select statements through this one
   * method.
   */
  Query selection(Selection selection) {
    Objects.requireNonNull(selection, "the selection");
    return DateFilters.apply(withoutDates(selection), selection);
  }

  /** The query, language and list filters of {@code selection}, without its date rules. */
  private Query withoutDates(Selection selection) {
    return SelectionFilters.apply(
        translator.translate(selection.query(), selection.language()), selection);
  }

  /**
   * How many statements {@code selection}'s date range left out because it cuts their period (see
   * {@link SearchResult#partial()}); 0 without a range.
   */
  long partial(IndexSearcher searcher, Selection selection) throws IOException {
    Query cut = DateFilters.cut(withoutDates(selection), selection);
    return cut == null ? 0 : searcher.count(cut);
  }

  /** Work done with a searcher over the committed index. */
  @FunctionalInterface
  interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code work} on a fresh searcher within the calling thread's {@link WorkBudget} ({@link
   * BudgetedSearcher}) and releases it afterwards. A failure while the budget is spent (an
   * interrupted read, say) is reported as the {@link ArchiveTimeoutException} it is.
   */
  <T> T withSearcher(SearcherWork<T> work) throws IOException {
    WorkBudget budget = WorkBudget.current();
    budget.check();
    IndexSearcher searcher = null;
    try {
      searcher = acquireFresh(); // opening new segments may be interrupted too
      return work.apply(BudgetedSearcher.of(searcher, searchThreads));
    } catch (ArchiveTimeoutException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      if (budget.spent(Thread.currentThread())) {
        ArchiveTimeoutException stopped = budget.exceeded();
        stopped.initCause(e);
        throw stopped;
      }
      throw e;
    } finally {
      if (searcher != null) {
        searchers.release(searcher);
      }
    }
  }

  /** The analyzer the index was built with (per field), for re-analysing stored texts. */
  Analyzer analyzer() {
    return analyzer;
  }

  // ---- search: filters, facets, deep paging (issue 3, search) ----

  // ---- concordance, timeline, export (issue 3, kwic) ----

  /** See {@link LuceneConcordance}. */
  @Override
  public io.verbatim.archive.KwicSummary kwic(
      io.verbatim.archive.KwicRequest request, Consumer<io.verbatim.archive.KwicLine> sink)
      throws IOException {
    Objects.requireNonNull(request, "concordance request");
    Query query = selection(request.selection());
    return withSearcher(searcher -> new LuceneConcordance(searcher, query, request).run(sink));
  }

  /** See {@link LuceneTimeline}. */
  @Override
  public io.verbatim.archive.Timeline timeline(
      Selection selection,
      io.verbatim.archive.Timeline.Interval interval,
      io.verbatim.archive.Timeline.Split split)
      throws IOException {
    Query query = selection(selection);
    return withSearcher(
        searcher ->
            new LuceneTimeline(searcher, query, interval, split)
                .run()
                .withPartial(partial(searcher, selection)));
  }

  /** See {@link LuceneExport}. */
  @Override
  public void export(Selection selection, SearchSort order, Consumer<Statement> sink)
      throws IOException {
    Query query = selection(selection);
    withSearcher(
        searcher -> {
          LuceneExport.run(searcher, query, order, sink);
          return null;
        });
  }

  // ---- analysis: co-mentions, keyness, collocations, language versions (issue 3, analysis) ----

  @Override
  public List<CoMention> comentions(Selection selection, int limit) throws IOException {
    Query query = selection(selection);
    return withSearcher(searcher -> LuceneCoMentions.compute(searcher, query, limit));
  }

  @Override
  public List<CoMention> comentionsOf(Selection selection, String entity, int limit)
      throws IOException {
    Query query = selection(selection);
    return withSearcher(searcher -> LuceneCoMentions.of(searcher, query, entity, limit));
  }

  @Override
  public List<KeyTerm> keyness(KeynessRequest request) throws IOException {
    Query subsetQuery = selection(request.subset());
    Query referenceQuery = request.againstRest() ? null : selection(request.reference());
    Query hidden = request.subset().allVersions() ? null : SelectionFilters.superseded();
    return withSearcher(
        searcher ->
            LuceneKeyness.compute(
                searcher, analyzer, subsetQuery, referenceQuery, hidden, request));
  }

  @Override
  public Collocations collocations(CollocationRequest request) throws IOException {
    Query query = selection(request.selection());
    return withSearcher(searcher -> LuceneCollocations.compute(searcher, analyzer, query, request));
  }

  @Override
  public List<VersionLink> languageVersions(String id) throws IOException {
    return withSearcher(searcher -> LuceneLanguageVersions.find(searcher, id));
  }

  private IndexSearcher acquireFresh() throws IOException {
    ensureOpen();
    searchers.maybeRefresh();
    return searchers.acquire();
  }

  /** The stored record of index document {@code doc}. */
  static Statement record(IndexSearcher searcher, int doc) throws IOException {
    String json = searcher.storedFields().document(doc).get(IndexFields.RECORD);
    if (json == null) {
      throw new IOException("index document " + doc + " has no stored record");
    }
    return Json.readStatement(json);
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the archive " + dir + " is closed");
    }
  }

  /** Closes the archive, discarding statements added since the last {@link #commit}. */
  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      IOException failure = null;
      if (writer != null) {
        if (!pendingIds.isEmpty()) {
          LOG.log(
              System.Logger.Level.WARNING,
              "closing the archive "
                  + dir
                  + " discards "
                  + pendingIds.size()
                  + " statement(s) added since the last commit");
        }
        try {
          writer.rollback();
        } catch (IOException e) {
          failure = e;
        }
        writer = null;
      }
      searchThreads.shutdown();
      try {
        if (searchers != null) {
          searchers.close();
        }
        indexDirectory.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
      analyzer.close();
      if (failure != null) {
        throw failure;
      }
    }
  }

  @Override
  public String toString() {
    return "LuceneArchive[" + dir + ", format " + marker.formatVersion() + "]";
  }
}
