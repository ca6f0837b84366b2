package io.verbatim.lucene;

import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * One search over a searcher: the page of hits (by offset or after a {@link SearchCursor}), the
 * exact total and the facet counts, all from one pass over the matching documents, then snippets
 * for the page.
 *
 * <p>Every order ends with the statement id, so it is total and a cursor continues exactly where
 * the previous page stopped: paging through all hits with cursors returns each one once. Undated
 * statements sort last in both date orders. Hits sorted by date carry score {@code NaN}.
 */
final class LuceneSearch {
  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final VersionGroupsSource groups;

  /** Gives the version groups of a searcher's reader (built once per reader, on first use). */
  @FunctionalInterface
  interface VersionGroupsSource {
    VersionGroups of(IndexSearcher searcher) throws IOException;
  }

  LuceneSearch(IndexSearcher searcher, Analyzer analyzer, VersionGroupsSource groups) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.groups = Objects.requireNonNull(groups, "version groups");
  }

  /** Runs {@code request}, whose query and filters are {@code selection}. */
  SearchResult run(SearchRequest request, Query selection) throws IOException {
    if (request.groupVersions()) {
      return new GroupedSearch(searcher, groups.of(searcher), this).run(request, selection);
    }
    SearchCursor cursor =
        request.cursor() == null ? null : SearchCursor.decode(request.cursor(), request);
    FacetCollectorManager facets =
        request.facets().isEmpty()
            ? null
            : new FacetCollectorManager(request.facets(), request.facetLimit());
    if (request.limit() == 0) {
      long total = searcher.count(selection);
      Map<String, FacetCounts> counts =
          facets == null ? Map.of() : searcher.search(selection, facets);
      return new SearchResult(total, List.of(), counts, null);
    }
    long skip = cursor == null ? request.offset() : 0;
    int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
    int wanted = (int) Math.min(maxDoc, skip + request.limit());
    TopFieldCollectorManager top =
        new TopFieldCollectorManager(
            sortFor(request), wanted, cursor == null ? null : cursor.after(), Integer.MAX_VALUE);
    TopFieldDocs docs;
    Map<String, FacetCounts> counts = Map.of();
    if (facets == null) {
      docs = searcher.search(selection, top);
    } else {
      Object[] both = searcher.search(selection, new MultiCollectorManager(top, facets));
      docs = (TopFieldDocs) both[0];
      @SuppressWarnings("unchecked")
      Map<String, FacetCounts> reduced = (Map<String, FacetCounts>) both[1];
      counts = reduced;
    }
    long total = docs.totalHits.value();
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
    for (int doc : docs) {
      records.put(doc, LuceneArchive.record(searcher, doc));
    }
    String[] snippets = snippets(selection, docs, records, request.query().isBlank());
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
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
              snippets[i],
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

  private String[] snippets(
      Query query, int[] docs, Map<Integer, Statement> records, boolean matchAll)
      throws IOException {
    String[] snippets = new String[docs.length];
    if (matchAll || docs.length == 0) {
      return snippets;
    }
    String[] fields = RecordHighlighter.bodyFields();
    int[] passages = new int[fields.length];
    Arrays.fill(passages, RecordHighlighter.PASSAGES);
    Map<String, String[]> perField =
        new RecordHighlighter(searcher, analyzer, records)
            .highlightFields(fields, query, docs, passages);
    for (int i = 0; i < docs.length; i++) {
      for (String field : fields) {
        String[] values = perField.get(field);
        if (snippets[i] == null && values != null && values[i] != null) {
          snippets[i] = values[i];
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
