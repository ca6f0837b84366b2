package io.verbatim.solr;

import io.verbatim.archive.AddOutcome;
import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveStats;
import io.verbatim.archive.ArchiveTimeoutException;
import io.verbatim.archive.ArchiveVersionException;
import io.verbatim.archive.CoMention;
import io.verbatim.archive.CollocationRequest;
import io.verbatim.archive.Collocations;
import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.IndexedKeyword;
import io.verbatim.archive.KeyTerm;
import io.verbatim.archive.KeynessRequest;
import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.KwicSummary;
import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.archive.Timeline;
import io.verbatim.archive.VersionLink;
import io.verbatim.archive.VersionOrder;
import io.verbatim.archive.WorkBudget;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Json;
import io.verbatim.model.RecordLimits;
import io.verbatim.model.Statement;
import io.verbatim.query.QueryParser;
import io.verbatim.solr.SolrFields.TextGroup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The {@link Archive} on a SolrCloud collection, through SolrJ's cloud client over the JDK's HTTP
 * client ({@link JdkCloudSolrClient}: no Jetty; cluster state from ZooKeeper).
 *
 * <p>Storage: statements are documents of the collection (fields in {@link SolrFields}; the whole
 * record as JSON, so {@link #get} returns exactly what was added); original bytes are documents of
 * {@code <collection>_originals} with id = sha256, read back with real-time get and checked against
 * their sha256.
 *
 * <p>Contract as for every backend: additions are buffered and sent in batches, and become visible
 * at {@link #commit} (a hard commit that opens a new searcher; the configset has no auto soft
 * commit). Duplicates and new versions are found among committed documents and those added since
 * the last commit (which this writer remembers). Originals are sent at once (durable in Solr's
 * update log) and committed before the statements. One writer, many readers; {@link #putOriginal}
 * may be called from several threads.
 *
 * <p>Versions: which version of a statement is current is kept in the {@code superseded} flag
 * ({@link SolrCurrentVersions}), and selections leave superseded versions out ({@link #selection}).
 * Collections of format 2 or older have no flag: there every version counts.
 */
public final class SolrArchive implements Archive {
  /**
   * The format version of the collections this class writes and reads: 3, every word indexed with
   * its exact form beside its stem, queries through the plugin's {@code {!verbatim}} parser, body
   * term vectors with offsets (written forms of counted terms), dates indexed as periods with their
   * precision ({@code publishedEnd}, {@code publishedPrecision}), and the {@code superseded} flag
   * of statement versions. Older collections (1: no term vectors; 2: stop words dropped, stems
   * only, dates as points, no version flag) are refused until {@link #upgrade} has re-indexed them.
   */
  public static final int FORMAT_VERSION = 3;

  /** Statements sent to Solr in one update request. */
  static final int BATCH = 500;

  private static final int PAGE = 500;

  private final SolrLocation location;
  private final CloudSolrClient client;
  private final int formatVersion;

  // The single writer's state since the last commit.
  private final List<SolrInputDocument> buffer = new ArrayList<>();
  private final Map<String, String> pendingIds = new HashMap<>(); // id -> statementKey
  private final Map<String, Integer> pendingKeys = new HashMap<>(); // statementKey -> count
  private final java.util.Set<String> pendingDeletes = new java.util.HashSet<>();
  private final Map<String, SolrInputDocument> bufferedById = new HashMap<>();
  private final SolrCurrentVersions currentVersions = new SolrCurrentVersions();
  private final AtomicBoolean originalsDirty = new AtomicBoolean();

  private SolrArchive(SolrLocation location, CloudSolrClient client, int formatVersion) {
    this.location = location;
    this.client = client;
    this.formatVersion = formatVersion;
  }

  /**
   * The format version recorded in the collections at {@code location}, which must be the one this
   * Verbatim reads; collections made before the version was recorded are format 1.
   *
   * @throws ArchiveVersionException when the collections are of another format, saying what to do
   */
  private static int checkFormat(CloudSolrClient client, SolrLocation location) throws IOException {
    Integer recorded = SolrAdmin.formatVersion(client, location);
    int version = recorded == null ? 1 : recorded;
    if (version == FORMAT_VERSION) {
      return version;
    }
    String where =
        "archive format "
            + version
            + " at "
            + location
            + " (collection property "
            + SolrAdmin.FORMAT_PROPERTY
            + " of "
            + location.collection()
            + (recorded == null ? ", not set" : "")
            + ")";
    if (version > FORMAT_VERSION) {
      throw new ArchiveVersionException(
          where
              + " was written by a newer Verbatim; this one reads format "
              + FORMAT_VERSION
              + "; upgrade Verbatim, or export with the newer version and re-ingest");
    }
    if (version < 1) {
      throw new ArchiveVersionException(
          where
              + " is not a format; the property is damaged: set it back with the Collections API's"
              + " COLLECTIONPROP if you know the format, else export and re-ingest");
    }
    throw new ArchiveVersionException(
        where
            + " was written by an older Verbatim, whose index holds other words (format "
            + FORMAT_VERSION
            + " indexes every word, with its exact form beside its stem); upgrade it in place with"
            + " 'verbatim solr upgrade --archive "
            + location
            + "', which installs the new configset and re-indexes every stored record (the"
            + " original bytes are kept as they are)");
  }

  /**
   * Upgrades the archive at {@code location} in place to {@link #FORMAT_VERSION}: see {@link
   * SolrUpgrade}.
   *
   * @param progress receives one line per step
   * @return the number of statements re-indexed (0 when the archive was already current)
   * @throws ArchiveVersionException when the archive is of a newer format
   * @throws IOException when there is no archive at {@code location} or the cluster fails
   */
  public static long upgrade(SolrLocation location, Consumer<String> progress) throws IOException {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(progress, "progress");
    try (CloudSolrClient client = newClient(location)) {
      return new SolrUpgrade(client, location, progress).run();
    }
  }

  /** A cloud client for {@code location}'s ZooKeeper ensemble. */
  static CloudSolrClient newClient(SolrLocation location) {
    return JdkCloudSolrClient.connect(
        location.zkHosts(), location.chroot().orElse(null), 15_000, 30_000);
  }

  /**
   * Opens the archive at {@code location}; with {@code create}, sets it up first when absent (one
   * shard, one replica: use {@link #init} for more).
   *
   * @throws IOException when the cluster cannot be reached or the archive does not exist
   * @throws ArchiveVersionException when the archive is of a format this Verbatim cannot read
   */
  public static SolrArchive open(SolrLocation location, boolean create) throws IOException {
    Objects.requireNonNull(location, "location");
    CloudSolrClient client = newClient(location);
    try {
      if (!SolrAdmin.exists(client, location)) {
        if (!create) {
          throw new IOException(
              "no Verbatim archive at "
                  + location
                  + " (collections "
                  + location.collection()
                  + " and "
                  + location.originals()
                  + "); create it with 'verbatim solr init --archive "
                  + location
                  + "'");
        }
        SolrAdmin.init(client, location, 1, 1);
      }
      int version = checkFormat(client, location);
      return new SolrArchive(location, client, version);
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /**
   * Uploads the configset and creates the collections of {@code location} when absent (idempotent).
   *
   * @return true when anything was created
   */
  public static boolean init(SolrLocation location, int shards, int replicationFactor)
      throws IOException {
    try (CloudSolrClient client = newClient(location)) {
      return SolrAdmin.init(client, location, shards, replicationFactor);
    }
  }

  /**
   * {@link #init(SolrLocation, int, int)} from its parts.
   *
   * @param zkHosts the ZooKeeper ensemble, {@code host:port,host:port[/chroot]}
   */
  public static boolean init(String zkHosts, String collection, int shards, int replicationFactor)
      throws IOException {
    return init(
        SolrLocation.parse(SolrLocation.SCHEME + zkHosts + "/" + collection),
        shards,
        replicationFactor);
  }

  @Override
  public String location() {
    return location.toString();
  }

  /** The statements collection. */
  String collection() {
    return location.collection();
  }

  /**
   * The Solr parameters that select what {@code selection} asks for: its query and filters ({@link
   * SolrQueries#selection}), and, unless it asks for all versions, only current versions. Search,
   * concordance, timeline, export and the analyses all select statements through this one method.
   */
  ModifiableSolrParams selection(Selection selection) {
    ModifiableSolrParams p = SolrQueries.selection(selection);
    if (!selection.allVersions()) {
      currentOnly(p);
    }
    return p;
  }

  /** Adds to {@code params} the filter that leaves superseded versions out. */
  void currentOnly(ModifiableSolrParams params) {
    params.add("fq", CURRENT_ONLY);
  }

  /** Leaves out the versions a later one supersedes (documents without the flag are current). */
  private static final String CURRENT_ONLY = "-" + SolrFields.SUPERSEDED + ":1";

  /** The client this archive talks through (for tests and tools). */
  SolrClient client() {
    return client;
  }

  /** The cloud client, with the cluster's state (for the check). */
  CloudSolrClient cloudClient() {
    return client;
  }

  // ---- originals --------------------------------------------------------------------------------

  @Override
  public String putOriginal(byte[] bytes) throws IOException {
    Objects.requireNonNull(bytes, "bytes");
    String sha = Ingestor.sha256(bytes);
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(SolrFields.ID, sha);
    doc.addField(SolrFields.BYTES, bytes);
    doc.addField(SolrFields.LENGTH, (long) bytes.length);
    update(location.originals(), new UpdateRequest().add(doc));
    originalsDirty.set(true);
    return sha;
  }

  @Override
  public Optional<InputStream> openOriginal(String sha256) throws IOException {
    Objects.requireNonNull(sha256, "sha256");
    SolrDocument doc;
    try {
      doc = client.getById(location.originals(), sha256);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("cannot read original " + sha256 + " from " + location, e);
    }
    if (doc == null) {
      return Optional.empty();
    }
    Object value = doc.getFirstValue(SolrFields.BYTES);
    byte[] bytes =
        value == null
            ? new byte[0]
            : value instanceof java.nio.ByteBuffer bb ? toArray(bb) : (byte[]) value;
    String actual = Ingestor.sha256(bytes);
    if (!actual.equals(sha256)) {
      throw new IOException(
          "the original "
              + sha256
              + " stored in "
              + location.originals()
              + " is damaged: its bytes have sha256 "
              + actual);
    }
    return Optional.of(new ByteArrayInputStream(bytes));
  }

  private static byte[] toArray(java.nio.ByteBuffer bb) {
    byte[] out = new byte[bb.remaining()];
    bb.duplicate().get(out);
    return out;
  }

  // ---- statements -------------------------------------------------------------------------------

  @Override
  public AddOutcome add(Statement statement) throws IOException {
    return addAll(List.of(statement)).get(0);
  }

  /**
   * Adds statements in order with one query for the whole list: the committed documents that have
   * one of their ids or statement keys (less those deleted since the last commit); the rest is
   * decided from what this writer added since the last commit.
   */
  @Override
  public List<AddOutcome> addAll(List<Statement> statements) throws IOException {
    Objects.requireNonNull(statements, "statements");
    for (Statement s : statements) {
      Objects.requireNonNull(s, "statement");
      Objects.requireNonNull(s.id(), "a stored statement needs an id");
      Objects.requireNonNull(s.source(), "a stored statement needs a source");
      RecordLimits.check(s); // nothing is stored that cannot be read back; checked before any add
    }
    java.util.Set<String> committedIds = new java.util.HashSet<>();
    Map<String, List<VersionOrder.Ref>> committedKeys = new HashMap<>();
    for (int from = 0; from < statements.size(); from += LOOKUP) {
      lookUpCommitted(
          statements.subList(from, Math.min(statements.size(), from + LOOKUP)),
          committedIds,
          committedKeys);
    }
    List<AddOutcome> outcomes = new ArrayList<>(statements.size());
    for (Statement statement : statements) {
      String id = statement.id();
      String key = IndexedKeyword.of(statement.statementKey()); // as indexed
      if (pendingIds.containsKey(id) || committedIds.contains(id)) {
        outcomes.add(AddOutcome.DUPLICATE);
        continue;
      }
      boolean otherVersion =
          key != null && (pendingKeys.getOrDefault(key, 0) > 0 || committedKeys.containsKey(key));
      SolrInputDocument doc = SolrFields.toDocument(statement);
      doc.addField(
          SolrFields.SUPERSEDED,
          supersededAtAdd(key, VersionOrder.Ref.of(statement), committedKeys) ? 1L : 0L);
      buffer.add(doc);
      bufferedById.put(id, doc);
      pendingIds.put(id, key);
      if (key != null) {
        pendingKeys.merge(key, 1, Integer::sum);
      }
      if (buffer.size() >= BATCH) {
        flush();
      }
      outcomes.add(otherVersion ? AddOutcome.NEW_VERSION : AddOutcome.ADDED);
    }
    return outcomes;
  }

  /**
   * Whether version {@code added} of {@code key} is superseded by a stored one; when it comes after
   * the stored ones, the previous latest is flagged superseded instead.
   */
  private boolean supersededAtAdd(
      String key, VersionOrder.Ref added, Map<String, List<VersionOrder.Ref>> committed) {
    if (key == null) {
      return false;
    }
    VersionOrder.Ref latest = currentVersions.latest(key, committed.getOrDefault(key, List.of()));
    currentVersions.added(key, added);
    if (latest == null) {
      return false;
    }
    if (!added.isAfter(latest)) {
      return true;
    }
    setFlag(latest.id(), true);
    return false;
  }

  /** Sets the superseded flag of {@code id}: in the buffered document, or by an in-place update. */
  private void setFlag(String id, boolean superseded) {
    SolrInputDocument buffered = bufferedById.get(id);
    if (buffered != null) {
      buffered.setField(SolrFields.SUPERSEDED, superseded ? 1L : 0L);
    } else {
      buffer.add(SolrCurrentVersions.flag(id, superseded));
    }
  }

  /** Ids and keys looked up in one query (two boolean clauses of at most this many terms each). */
  static final int LOOKUP = 400;

  /**
   * Adds to {@code ids} and {@code keys} those of the committed documents (less the ones deleted
   * since the last commit) that have an id or a statement key of {@code statements}; {@code keys}
   * maps each key to its committed versions.
   */
  private void lookUpCommitted(
      List<Statement> statements,
      java.util.Set<String> ids,
      Map<String, List<VersionOrder.Ref>> keys)
      throws IOException {
    List<String> wantedIds = new ArrayList<>();
    java.util.Set<String> wantedKeys = new java.util.LinkedHashSet<>();
    for (Statement s : statements) {
      wantedIds.add(s.id());
      if (s.statementKey() != null) {
        wantedKeys.add(IndexedKeyword.of(s.statementKey()));
      }
    }
    String q = SolrQueries.anyOf(SolrFields.ID, wantedIds);
    if (!wantedKeys.isEmpty()) {
      q += " OR " + SolrQueries.anyOf(SolrFields.STATEMENT_KEY, List.copyOf(wantedKeys));
    }
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", q);
    p.set("fl", VERSION_FIELDS);
    forEachDocument(
        p,
        d -> {
          String found = (String) d.getFirstValue(SolrFields.ID);
          if (pendingDeletes.contains(found)) {
            return;
          }
          ids.add(found);
          Object key = d.getFirstValue(SolrFields.STATEMENT_KEY);
          if (key != null) {
            keys.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(ref(d));
          }
        });
  }

  /** The fields that say which version a document is. */
  private static final String VERSION_FIELDS =
      SolrFields.ID + "," + SolrFields.STATEMENT_KEY + "," + SolrFields.INGESTED_AT;

  private static VersionOrder.Ref ref(SolrDocument d) {
    Object at = d.getFirstValue(SolrFields.INGESTED_AT);
    return new VersionOrder.Ref(
        (String) d.getFirstValue(SolrFields.ID), at instanceof Number n ? n.longValue() : 0);
  }

  /** The committed versions of {@code key}, less those deleted since the last commit. */
  private List<VersionOrder.Ref> committedVersions(String key) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("fq", SolrQueries.anyOf(SolrFields.STATEMENT_KEY, List.of(key)));
    p.set("fl", VERSION_FIELDS);
    List<VersionOrder.Ref> refs = new ArrayList<>();
    forEachDocument(
        p,
        d -> {
          VersionOrder.Ref r = ref(d);
          if (!pendingDeletes.contains(r.id())) {
            refs.add(r);
          }
        });
    return refs;
  }

  /** The statement key of committed statement {@code id}, or null. */
  private String committedKey(String id) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("fq", SolrQueries.anyOf(SolrFields.ID, List.of(id)));
    p.set("fl", SolrFields.STATEMENT_KEY);
    p.set("rows", 1);
    SolrDocumentList docs = query(p).getResults();
    Object key = docs.isEmpty() ? null : docs.get(0).getFirstValue(SolrFields.STATEMENT_KEY);
    return key == null ? null : key.toString();
  }

  private void flush() throws IOException {
    if (buffer.isEmpty()) {
      return;
    }
    update(location.collection(), new UpdateRequest().add(new ArrayList<>(buffer)));
    buffer.clear();
    bufferedById.clear();
  }

  @Override
  public boolean contains(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    if (pendingIds.containsKey(id)) {
      return true;
    }
    return !pendingDeletes.contains(id) && committedExists(id);
  }

  private boolean committedExists(String id) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("fq", SolrQueries.anyOf(SolrFields.ID, List.of(id)));
    p.set("rows", 0);
    return query(p).getResults().getNumFound() > 0;
  }

  @Override
  public boolean delete(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    boolean found = false;
    String key = null;
    if (pendingIds.containsKey(id)) {
      key = pendingIds.remove(id);
      if (key != null) {
        pendingKeys.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
      }
      buffer.removeIf(d -> id.equals(d.getFieldValue(SolrFields.ID)));
      bufferedById.remove(id);
      found = true;
    }
    if (!pendingDeletes.contains(id) && committedExists(id)) {
      key = key != null ? key : committedKey(id);
      pendingDeletes.add(id);
      found = true;
    }
    if (found) {
      flush();
      update(location.collection(), new UpdateRequest().deleteById(id));
      if (key != null) {
        // The latest remaining version becomes current.
        currentVersions.removed(key, id);
        VersionOrder.Ref latest = currentVersions.latest(key, committedVersions(key));
        if (latest != null) {
          update(
              location.collection(),
              new UpdateRequest().add(SolrCurrentVersions.flag(latest.id(), false)));
        }
      }
    }
    return found;
  }

  @Override
  public void commit() throws IOException {
    flush();
    if (originalsDirty.getAndSet(false)) {
      commit(location.originals());
    }
    commit(location.collection());
    pendingIds.clear();
    pendingKeys.clear();
    pendingDeletes.clear();
    currentVersions.clearPending();
  }

  private void commit(String collection) throws IOException {
    try {
      client.commit(collection, true, true);
    } catch (SolrServerException | SolrException e) {
      throw new IOException(
          "cannot commit " + collection + " at " + location + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Statement> get(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("fq", SolrQueries.anyOf(SolrFields.ID, List.of(id)));
    p.set("fl", SolrFields.RECORD);
    p.set("rows", 1);
    SolrDocumentList docs = query(p).getResults();
    return docs.isEmpty() ? Optional.empty() : Optional.of(record(docs.get(0)));
  }

  @Override
  public List<Statement> versions(String statementKey) throws IOException {
    Objects.requireNonNull(statementKey, "statementKey");
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("fq", SolrQueries.anyOf(SolrFields.STATEMENT_KEY, List.of(statementKey)));
    p.set("fl", SolrFields.RECORD);
    p.set("sort", SolrFields.INGESTED_AT + " asc,id asc"); // VersionOrder
    List<Statement> out = new ArrayList<>();
    forEachDocument(p, d -> out.add(record(d)));
    return out;
  }

  static Statement record(SolrDocument d) {
    return Json.readStatement((String) d.getFirstValue(SolrFields.RECORD));
  }

  // ---- search -----------------------------------------------------------------------------------

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    checkSyntax(request.query());
    if (request.groupVersions()) {
      return new SolrGroupedSearch(this).run(request).withPartial(partial(request.selection()));
    }
    ModifiableSolrParams p = selection(request.selection());
    p.set("sort", SolrQueries.sort(request.sort()));
    long position;
    String mark;
    if (request.cursor() != null) {
      SolrCursor cursor = SolrCursor.decode(request.cursor(), request);
      position = cursor.position();
      mark = cursor.cursorMark();
    } else if (request.offset() == 0) {
      position = 0;
      mark = CursorMarkParams.CURSOR_MARK_START;
    } else {
      position = request.offset();
      mark = skip(p, request.offset());
    }
    p.set("rows", request.limit());
    if (request.limit() > 0) {
      p.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      p.set("fl", SolrFields.ID + "," + SolrFields.RECORD + ",score");
      if (!request.query().isBlank()) {
        SolrSnippets.snippetParams(p, request.selection().language());
      }
    } else {
      p.set("fl", SolrFields.ID);
    }
    if (!request.facets().isEmpty()) {
      p.set("json.facet", SolrFacets.json(request.facets(), request.facetLimit()));
    }
    QueryResponse response = query(p);
    SolrDocumentList docs = response.getResults();
    long total = docs.getNumFound();
    List<SearchHit> hits = new ArrayList<>(docs.size());
    Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
    for (SolrDocument d : docs) {
      Statement s = record(d);
      Object score = d.getFirstValue("score");
      SearchHit.Marked snippet = SolrSnippets.snippet(highlighting, s);
      hits.add(
          new SearchHit(
              s.id(),
              s.title(),
              s.published(),
              s.language(),
              s.speaker(),
              s.genre(),
              s.place(),
              score instanceof Number n ? n.floatValue() : Float.NaN,
              snippet == null ? null : snippet.text(),
              snippet == null ? List.of() : snippet.highlights()));
    }
    Map<String, FacetCounts> facets =
        request.facets().isEmpty()
            ? Map.of()
            : SolrFacets.read(response.getResponse().get("facets"), request.facets(), total);
    long delivered = position + hits.size();
    String next =
        !hits.isEmpty() && delivered < total && response.getNextCursorMark() != null
            ? SolrCursor.next(request, delivered, response.getNextCursorMark()).encode()
            : null;
    return new SearchResult(total, hits, facets, next).withPartial(partial(request.selection()));
  }

  /**
   * How many statements {@code selection}'s date range left out because it cuts their period (see
   * {@link SearchResult#partial()}): one more count query, only when a range is given.
   */
  long partial(Selection selection) throws IOException {
    ModifiableSolrParams p = SolrQueries.cut(selection);
    if (p == null) {
      return 0;
    }
    p.set("rows", 0);
    return query(p).getResults().getNumFound();
  }

  /** Solr's cursor mark after the first {@code count} hits of the search {@code selection}. */
  private String skip(ModifiableSolrParams selection, int count) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams(selection);
    p.set("fl", SolrFields.ID);
    p.set("rows", count);
    p.set(CursorMarkParams.CURSOR_MARK_PARAM, CursorMarkParams.CURSOR_MARK_START);
    return query(p).getNextCursorMark();
  }

  /**
   * Refuses a malformed query the way the embedded archive does: with core's parser, before any
   * request.
   *
   * @throws QuerySyntaxException with the position of the problem
   */
  void checkSyntax(String query) {
    QueryParser.parse(query);
  }

  // ---- timeline, export, concordance ------------------------------------------------------------

  @Override
  public Timeline timeline(Selection selection, Timeline.Interval interval, Timeline.Split split)
      throws IOException {
    Objects.requireNonNull(selection, "selection");
    checkSyntax(selection.query());
    ModifiableSolrParams p = selection(selection);
    p.set("rows", 0);
    p.set("json.facet", SolrFacets.timelineJson(interval, split));
    QueryResponse r = query(p);
    return SolrFacets.readTimeline(
            r.getResponse().get("facets"), interval, split, r.getResults().getNumFound())
        .withPartial(partial(selection));
  }

  @Override
  public void export(Selection selection, SearchSort order, Consumer<Statement> sink)
      throws IOException {
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(sink, "sink");
    checkSyntax(selection.query());
    ModifiableSolrParams p = selection(selection);
    p.set("sort", order == SearchSort.RELEVANCE ? "id asc" : SolrQueries.sort(order));
    p.set("fl", SolrFields.RECORD);
    forEachDocument(p, d -> sink.accept(record(d)));
  }

  @Override
  public KwicSummary kwic(KwicRequest request, Consumer<KwicLine> sink) throws IOException {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(sink, "sink");
    checkSyntax(request.selection().query());
    return new SolrConcordance(this).run(request, sink);
  }

  /**
   * Streams every document {@code params} selects, in its sort (which must end with the id), a page
   * at a time with Solr's cursor; {@code sink} may stop early by throwing {@link StopPaging}. The
   * calling thread's {@link WorkBudget} is checked before each page and each document.
   */
  void forEachDocument(ModifiableSolrParams params, DocumentSink sink) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams(params);
    if (p.get("sort") == null) {
      p.set("sort", "id asc");
    }
    p.set("rows", PAGE);
    WorkBudget budget = WorkBudget.current();
    String mark = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      p.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      QueryResponse r = query(p);
      try {
        for (SolrDocument d : r.getResults()) {
          budget.check();
          sink.accept(d);
        }
        sink.endOfPage(r);
      } catch (StopPaging stop) {
        return;
      }
      String next = r.getNextCursorMark();
      if (next == null || next.equals(mark) || r.getResults().size() < PAGE) {
        return;
      }
      mark = next;
    }
  }

  /** Receives documents from {@link #forEachDocument}. */
  interface DocumentSink {
    void accept(SolrDocument document) throws IOException;

    /** After each page, with its whole response (highlighting, …). */
    default void endOfPage(QueryResponse response) throws IOException {}
  }

  /** Thrown by a {@link DocumentSink} that wants no more documents. */
  static final class StopPaging extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopPaging() {
      super(null, null, false, false);
    }
  }

  // ---- analyses ---------------------------------------------------------------------------------

  @Override
  public List<CoMention> comentions(Selection selection, int limit) throws IOException {
    Objects.requireNonNull(selection, "selection");
    checkSyntax(selection.query());
    return new SolrAnalyses(this).comentions(selection, limit);
  }

  @Override
  public List<CoMention> comentionsOf(Selection selection, String entity, int limit)
      throws IOException {
    Objects.requireNonNull(selection, "selection");
    checkSyntax(selection.query());
    return new SolrAnalyses(this).comentionsOf(selection, entity, limit);
  }

  @Override
  public List<KeyTerm> keyness(KeynessRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    checkSyntax(request.subset().query());
    if (!request.againstRest()) {
      checkSyntax(request.reference().query());
    }
    return new SolrAnalyses(this).keyness(request);
  }

  @Override
  public Collocations collocations(CollocationRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    checkSyntax(request.selection().query());
    return new SolrAnalyses(this).collocations(request);
  }

  @Override
  public List<VersionLink> languageVersions(String id) throws IOException {
    return new SolrAnalyses(this).languageVersions(id);
  }

  // ---- stats ------------------------------------------------------------------------------------

  @Override
  public ArchiveStats stats() throws IOException {
    if (originalsDirty.getAndSet(false)) {
      commit(location.originals());
    }
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("rows", 0);
    p.set(
        "json.facet",
        "{keys:\"unique(statementKey)\","
            + "language:{type:terms,field:language,limit:-1,missing:true},"
            + "format:{type:terms,field:format,limit:-1,missing:true},"
            + "year:{type:terms,field:year,limit:-1,missing:true}}");
    QueryResponse r = query(p);
    long statements = r.getResults().getNumFound();
    org.apache.solr.common.util.NamedList<?> f =
        (org.apache.solr.common.util.NamedList<?>) r.getResponse().get("facets");
    Object keyCount = f == null ? null : f.get("keys");
    long keys = keyCount instanceof Number n ? n.longValue() : 0;
    ModifiableSolrParams o = new ModifiableSolrParams();
    o.set("q", "*:*");
    o.set("rows", 0);
    long originals = query(location.originals(), o).getResults().getNumFound();
    return new ArchiveStats(
        statements,
        keys,
        originals,
        SolrFacets.counts(f, "language"),
        SolrFacets.counts(f, "format"),
        SolrFacets.counts(f, "year"),
        formatVersion);
  }

  // ---- plumbing ---------------------------------------------------------------------------------

  QueryResponse query(ModifiableSolrParams params) throws IOException {
    return query(location.collection(), params);
  }

  /**
   * Runs a query; a user's query ({@link SolrQueries#USER_QUERY}) that the plugin refuses fails
   * with its {@link QuerySyntaxException}.
   *
   * <p>Within the calling thread's {@link WorkBudget}: a bounded budget goes to Solr as {@code
   * timeAllowed} (what is left of it; not on cursor pages, which Solr refuses to time: those are
   * bounded by the checks between documents and pages); an answer Solr marks {@code partialResults}
   * is never returned as if complete but throws {@link ArchiveTimeoutException}, as does any
   * failure once the budget is spent (an interrupted request, say).
   */
  QueryResponse query(String collection, ModifiableSolrParams params) throws IOException {
    WorkBudget budget = WorkBudget.current();
    budget.check();
    ModifiableSolrParams p = params;
    if (budget.bounded() && params.get(CursorMarkParams.CURSOR_MARK_PARAM) == null) {
      p = new ModifiableSolrParams(params);
      p.set(CommonParams.TIME_ALLOWED, String.valueOf(Math.max(1, budget.remainingMillis())));
    }
    QueryResponse response;
    try {
      response = new QueryRequest(p, SolrRequest.METHOD.POST).process(client, collection);
    } catch (SolrServerException | IOException | RuntimeException e) {
      if (budget.spent(Thread.currentThread())) {
        ArchiveTimeoutException stopped = budget.exceeded();
        stopped.initCause(e);
        throw stopped;
      }
      if (e instanceof IOException io) {
        throw io;
      }
      throw failed(params, e);
    }
    Object partial =
        response.getResponseHeader() == null
            ? null
            : response.getResponseHeader().get("partialResults");
    if (Boolean.TRUE.equals(partial) || "true".equals(String.valueOf(partial))) {
      if (budget.bounded()) {
        throw budget.exceeded();
      }
      throw new IOException(
          "SolrCloud at " + location + " answered with partial results; try again");
    }
    return response;
  }

  private IOException failed(ModifiableSolrParams params, Exception failure) {
    if (failure instanceof SolrException e) {
      String userQuery = params.get(SolrQueries.USER_QUERY);
      if (e.code() == 400 && userQuery != null) {
        QuerySyntaxException refused = SolrQueries.renderingError(userQuery, e.getMessage());
        if (refused != null) {
          throw refused;
        }
      }
    } else if (failure instanceof RuntimeException e) {
      throw e;
    }
    return new IOException("query failed at " + location + ": " + failure.getMessage(), failure);
  }

  private void update(String collection, UpdateRequest request) throws IOException {
    try {
      request.process(client, collection);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("update failed at " + location + ": " + e.getMessage(), e);
    }
  }

  /** Group of a statement's body field. */
  static String bodyField(Statement s) {
    return TextGroup.of(s.language()).bodyField();
  }

  @Override
  public void close() throws IOException {
    buffer.clear();
    bufferedById.clear();
    client.close();
  }
}
