package io.verbatim.lucene;

import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.WorkBudget;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHitCountCollectorManager;

/**
 * One search over a searcher: the exact total and the facet counts from one pass over every
 * matching document without scoring (or Lucene's count, which needs no pass for a plain term), then
 * the page of hits (by offset or after a {@link SearchCursor}) from a second pass that may skip
 * documents that cannot make the page, then snippets for the page.
 *
 * <p>Every order ends with the statement id, so it is total and a cursor continues exactly where
 * the previous page stopped: paging through all hits with cursors returns each one once. Undated
 * statements sort last in both date orders. Hits sorted by date carry score {@code NaN}.
 */
final class LuceneSearch {
  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final Caches caches;

  /**
   * What searches keep per index reader: version groups (of current versions, and of all versions)
   * and global ordinals for facets.
   */
  record Caches(
      PerReader<VersionGroups> versionGroups,
      PerReader<VersionGroups> allVersionGroups,
      PerReader<GlobalOrdinals> ordinals) {
    Caches {
      Objects.requireNonNull(versionGroups, "version groups");
      Objects.requireNonNull(allVersionGroups, "version groups of all versions");
      Objects.requireNonNull(ordinals, "global ordinals");
    }

    /** The version groups a search of {@code request} uses. */
    VersionGroups groupsFor(SearchRequest request, IndexReader reader) throws IOException {
      return (request.selection().allVersions() ? allVersionGroups : versionGroups).get(reader);
    }
  }

  LuceneSearch(IndexSearcher searcher, Analyzer analyzer, Caches caches) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.caches = Objects.requireNonNull(caches, "per-reader caches");
  }

  /** A facet counter for {@code request} over this searcher's reader, or null for no facets. */
  FacetCollectorManager facetsFor(SearchRequest request) throws IOException {
    if (request.facets().isEmpty()) {
      return null;
    }
    return new FacetCollectorManager(
        request.facets(), request.facetLimit(), caches.ordinals().get(searcher.getIndexReader()));
  }

  /** Runs {@code request}, whose query and filters are {@code selection}. */
  SearchResult run(SearchRequest request, Query selection) throws IOException {
    if (request.groupVersions()) {
      return new GroupedSearch(searcher, caches.groupsFor(request, searcher.getIndexReader()), this)
          .run(request, selection);
    }
    SearchCursor cursor =
        request.cursor() == null ? null : SearchCursor.decode(request.cursor(), request);
    FacetCollectorManager facets = facetsFor(request);
    // Pass 1, without scores: the exact total and the facet counts (every matching document).
    long total;
    Map<String, FacetCounts> counts = Map.of();
    if (facets == null) {
      total = searcher.count(selection);
    } else {
      Object[] both =
          searcher.search(
              selection,
              new MultiCollectorManager(
                  new TotalHitCountCollectorManager(searcher.getSlices()), facets));
      total = ((Integer) both[0]).longValue();
      @SuppressWarnings("unchecked")
      Map<String, FacetCounts> reduced = (Map<String, FacetCounts>) both[1];
      counts = reduced;
    }
    if (request.limit() == 0) {
      return new SearchResult(total, List.of(), counts, null);
    }
    // Pass 2: the page. It need not count, so Lucene may skip documents that cannot compete
    // (block-max WAND for relevance, the points index for dates).
    long skip = cursor == null ? request.offset() : 0;
    int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
    int wanted = (int) Math.min(maxDoc, skip + request.limit());
    TopFieldDocs docs =
        searcher.search(
            selection,
            new TopFieldCollectorManager(
                sortFor(request), wanted, cursor == null ? null : cursor.after(), wanted));
    ScoreDoc[] all = docs.scoreDocs;
    int from = (int) Math.min(skip, all.length);
    ScoreDoc[] page = Arrays.copyOfRange(all, from, all.length);
    long before = cursor == null ? skip : cursor.position();
    long seen = before + page.length;
    String next =
        page.length > 0 && seen < total
            ? SearchCursor.after(request, seen, (FieldDoc) page[page.length - 1]).encode()
            : null;
    return new SearchResult(total, hits(request, selection, page), counts, next);
  }

  List<SearchHit> hits(SearchRequest request, Query selection, ScoreDoc[] page) throws IOException {
    return hits(request, selection, page, i -> List.of());
  }

  /** The other versions of the {@code i}th hit of a page. */
  @FunctionalInterface
  interface OtherVersions {
    List<SearchHit.OtherVersion> of(int i) throws IOException;
  }

  /** The page's hits, with snippets and each hit's {@code others}. */
  List<SearchHit> hits(
      SearchRequest request, Query selection, ScoreDoc[] page, OtherVersions others)
      throws IOException {
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    Map<Integer, Statement> records = new java.util.HashMap<>();
    WorkBudget budget = WorkBudget.current();
    for (int doc : docs) {
      budget.check(); // a page may be long
      records.put(doc, LuceneArchive.record(searcher, doc));
    }
    SearchHit.Marked[] snippets = snippets(selection, docs, records, request.query().isBlank());
    budget.check();
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      budget.check();
      Statement s = records.get(docs[i]);
      hits.add(
          new SearchHit(
              s.id(),
              s.title(),
              s.published(),
              s.language(),
              s.speaker(),
              s.genre(),
              s.place(),
              scoreOf(page[i]),
              snippets[i] == null ? null : snippets[i].text(),
              snippets[i] == null ? List.of() : snippets[i].highlights(),
              others.of(i)));
    }
    return hits;
  }

  /** The relevance score: the value of the score sort field, else NaN (sorted by date). */
  private static float scoreOf(ScoreDoc hit) {
    if (hit instanceof FieldDoc fd
        && fd.fields != null
        && fd.fields.length > 0
        && fd.fields[0] instanceof Float score) {
      return score;
    }
    return hit.score; // NaN when hits are sorted by date
  }

  private SearchHit.Marked[] snippets(
      Query query, int[] docs, Map<Integer, Statement> records, boolean matchAll)
      throws IOException {
    SearchHit.Marked[] snippets = new SearchHit.Marked[docs.length];
    if (matchAll || docs.length == 0) {
      return snippets;
    }
    String[] fields = RecordHighlighter.bodyFields();
    int[] passages = new int[fields.length];
    Arrays.fill(passages, RecordHighlighter.PASSAGES);
    Map<String, Object[]> perField =
        new RecordHighlighter(searcher, analyzer, records).snippets(fields, query, docs, passages);
    for (int i = 0; i < docs.length; i++) {
      for (String field : fields) {
        Object[] values = perField.get(field);
        if (snippets[i] == null
            && values != null
            && values[i] instanceof SearchHit.Marked m
            && !m.text().isBlank()) {
          snippets[i] = m;
        }
      }
    }
    return snippets;
  }

  /** The order of {@code request}, with the id as last tie-break. */
  static Sort sortFor(SearchRequest request) {
    return switch (request.sort()) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, idField());
      case DATE_DESC -> new Sort(publishedField(true), idField());
      case DATE_ASC -> new Sort(publishedField(false), idField());
    };
  }

  private static SortField publishedField(boolean newestFirst) {
    SortField f = new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, newestFirst);
    // Undated statements sort last either way.
    f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return f;
  }

  static SortField idField() {
    return new SortField(IndexFields.ID, SortField.Type.STRING);
  }
}
