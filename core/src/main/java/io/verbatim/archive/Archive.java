package io.verbatim.archive;

import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * A store of statements and of the original bytes they were read from, with search.
 *
 * <p>Contract, for every backend:
 *
 * <ul>
 *   <li><b>Verbatim:</b> {@link #putOriginal} keeps bytes exactly; {@link #openOriginal} returns
 *       them byte for byte. Originals are addressed by their sha256, so storing the same bytes
 *       twice stores them once.
 *   <li><b>Idempotent:</b> {@link #add} of a statement whose id is already stored changes nothing
 *       and answers {@link AddOutcome#DUPLICATE}; a statement with a new id but the {@code
 *       statementKey} of a stored one is kept beside it as {@link AddOutcome#NEW_VERSION}.
 *   <li><b>One statement, one count:</b> of the versions of one statement, one is current: the most
 *       recently ingested ({@link VersionOrder}: latest {@code source.ingestedAt}, then greatest
 *       id), whatever order they were added in; when it is deleted, the previous version becomes
 *       current. Search (totals, facets, grouped versions), concordance, timeline, export and the
 *       analyses see only current versions unless the {@link Selection} asks for {@link
 *       Selection#allVersions() all versions}; {@link #get}, {@link #versions}, {@link #contains}
 *       and {@link #stats} see every version, and {@link #languageVersions} links current ones.
 *   <li><b>Durable at commit:</b> what was added becomes durable and visible to {@link #get} and
 *       {@link #search} at {@link #commit}; a crash before it loses only the uncommitted additions
 *       and leaves an archive that opens. Originals are durable before the statements that name
 *       them are committed.
 *   <li><b>Within budget:</b> reads (search, concordance, timeline, export, the analyses) honour
 *       the calling thread's {@link WorkBudget}: when its deadline passes or the thread is
 *       interrupted, the work stops inside the backend and the call throws {@link
 *       ArchiveTimeoutException}, never a partial answer. Without a budget only an interrupt stops
 *       them.
 *   <li><b>Versioned on disk:</b> the archive records its format version; opening an archive of an
 *       unknown or newer version fails with {@link ArchiveVersionException} saying what to do.
 * </ul>
 *
 * <p>Implementations are safe for one writer and many concurrent readers; {@link #putOriginal} may
 * also be called from several threads at once (ingest stores originals on its reader threads).
 */
public interface Archive extends AutoCloseable {

  /** Where the archive is (a folder, or a SolrCloud address), for messages. */
  String location();

  /**
   * Keeps {@code bytes} verbatim.
   *
   * @return the hex sha256 that addresses them
   */
  String putOriginal(byte[] bytes) throws IOException;

  /** The original bytes with this hex sha256, or empty when none are stored. */
  Optional<InputStream> openOriginal(String sha256) throws IOException;

  /**
   * Adds a statement; it must have an id and a source. Durable and visible after {@link #commit}.
   */
  AddOutcome add(Statement statement) throws IOException;

  /**
   * Adds statements in order, answering for each exactly what {@link #add} one by one would (a
   * statement repeated in the list is a {@link AddOutcome#DUPLICATE} the second time). Backends
   * where each add asks a remote store about duplicates and versions ask once per call instead.
   */
  default List<AddOutcome> addAll(List<Statement> statements) throws IOException {
    List<AddOutcome> outcomes = new java.util.ArrayList<>(statements.size());
    for (Statement s : statements) {
      outcomes.add(add(s));
    }
    return outcomes;
  }

  /** True when a statement with this id is stored (committed or added since the last commit). */
  boolean contains(String id) throws IOException;

  /**
   * Removes the statement with this id (committed, or added since the last commit); the removal is
   * durable and visible at {@link #commit}. Its original bytes stay in the store: they are
   * content-addressed and may be shared by other statements (a CSV file holds many rows).
   *
   * @return true when a statement with this id was stored
   */
  boolean delete(String id) throws IOException;

  /** Makes everything added so far durable and visible. */
  void commit() throws IOException;

  /** The committed statement with this id. */
  Optional<Statement> get(String id) throws IOException;

  /**
   * All committed versions of the statement with this key in {@link VersionOrder} (oldest ingest
   * first), so the last is the current one.
   */
  List<Statement> versions(String statementKey) throws IOException;

  /**
   * Searches committed statements.
   *
   * <p><b>Grouped language versions</b> ({@link SearchRequest#groupVersions()}, issue 3): two
   * statements are versions of one another when an explicit identifier links them: the same {@code
   * statementKey}; or, in different languages, the same kremlin.ru id, or the same mid.ru id or
   * document number (a document number equal to a mid.ru id links too); a chain of such links makes
   * one group. Inferred links ({@link #languageVersions}) do not group. The page then lists groups,
   * in the request's order of each group's best matching statement, which is the hit; the hit's
   * {@link SearchHit#otherVersions()} are every other statement of its group, matching or not.
   * {@link SearchResult#total()} still counts statements and {@link SearchResult#groups()} counts
   * groups, both exactly; facets count statements. Grouped pages go by offset (no cursor).
   *
   * @throws QuerySyntaxException when the query cannot be parsed, with the position
   */
  SearchResult search(SearchRequest request) throws IOException;

  // ---- search: filters, facets, deep paging (issue 3, search) ----

  // ---- concordance, timeline, export (issue 3, kwic) ----

  /**
   * Delivers the concordance lines of {@code request} to {@code sink}, in the requested order, and
   * says how many were delivered. Lines come only from statement bodies (a statement matched only
   * by its title gives none). Nothing is capped silently: all lines are delivered unless the
   * request sets a limit, and the summary says when the limit was reached.
   *
   * <p>Memory: in index order ({@link KwicRequest.Sort#NONE}) lines stream as they are found and
   * delivery stops at the limit; in date order statements are read a page at a time and delivery
   * stops at the limit too; sorted by context words, every line (about 2 × width words of text
   * each) is collected before the first is delivered, or with a limit only the first limit + 1.
   *
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  default KwicSummary kwic(KwicRequest request, java.util.function.Consumer<KwicLine> sink)
      throws IOException {
    throw new UnsupportedOperationException("concordance is not supported by this backend");
  }

  /**
   * Counts the statements {@code selection} selects per period of {@code interval}, split as asked.
   * Buckets plus undated equal the search total.
   */
  default Timeline timeline(Selection selection, Timeline.Interval interval, Timeline.Split split)
      throws IOException {
    throw new UnsupportedOperationException("timeline is not supported by this backend");
  }

  /**
   * Delivers every statement {@code selection} selects, complete, to {@code sink}: oldest or newest
   * first when {@code order} is by date (undated last), else in index order.
   */
  default void export(
      Selection selection, SearchSort order, java.util.function.Consumer<Statement> sink)
      throws IOException {
    throw new UnsupportedOperationException("export is not supported by this backend");
  }

  // ---- analysis: co-mentions, keyness, collocations, language versions (issue 3, analysis) ----

  /**
   * Entity pairs mentioned in the same statements of {@code selection}, most frequent pairs first,
   * then by {@link CoMention#logDice}. Every count is over the whole selection.
   *
   * @param limit at most this many pairs (at least 1)
   */
  default List<CoMention> comentions(Selection selection, int limit) throws IOException {
    throw new UnsupportedOperationException("co-mentions are not supported by this backend");
  }

  /**
   * The entities mentioned in the same statements of {@code selection} as {@code entity}, each as a
   * {@link CoMention} whose {@code entityA} is {@code entity}, most frequent first, then by {@link
   * CoMention#logDice}. Every count is over the whole selection, not over the statements that
   * mention {@code entity}: {@code countB} counts the other entity in all of the selection. Empty
   * when the selection never mentions {@code entity}.
   *
   * @param limit at most this many entities (at least 1)
   */
  default List<CoMention> comentionsOf(Selection selection, String entity, int limit)
      throws IOException {
    throw new UnsupportedOperationException("co-mentions are not supported by this backend");
  }

  /**
   * The terms over-represented in {@code request}'s subset against its reference (see {@link
   * KeynessRequest}): only terms relatively more frequent in the subset, by descending {@link
   * KeyTerm#logLikelihood}, each shown in the form written most often in the subset. Empty when
   * either side has no words.
   *
   * @throws QuerySyntaxException when a query cannot be parsed
   */
  default List<KeyTerm> keyness(KeynessRequest request) throws IOException {
    throw new UnsupportedOperationException("keyness is not supported by this backend");
  }

  /**
   * The words within {@code request.window()} token positions of the node (a word or a phrase, see
   * {@link NodePhrase}) in the bodies of the selection in the request's language, seen at least
   * {@code minFrequency} times near it, counted on the left and on the right ({@link
   * CollocationTally}), by descending {@link Collocate#logDice}.
   *
   * @throws IllegalArgumentException when the node leaves no word once analysed (only stop words)
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  default Collocations collocations(CollocationRequest request) throws IOException {
    throw new UnsupportedOperationException("collocations are not supported by this backend");
  }

  /**
   * The other-language versions of statement {@code id}: explicit links first, then inferred ones
   * (only when there is no explicit link), by descending confidence.
   *
   * @throws IllegalArgumentException when no statement has this id
   */
  default List<VersionLink> languageVersions(String id) throws IOException {
    throw new UnsupportedOperationException("language versions are not supported by this backend");
  }

  /** Counts of what is stored. */
  ArchiveStats stats() throws IOException;

  @Override
  void close() throws IOException;
}
