package io.verbatim.lucene;

import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.VersionGrouping;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.FixedBitSet;

/**
 * A search whose page lists language-version groups ({@link VersionGroups}) instead of statements.
 *
 * <p>One pass over the matching documents marks them (and counts facets); the exact statement and
 * group totals come from those marks. The page comes from the top hits in the request's order,
 * keeping the first (best) hit of each group; when too few groups are among them, more top hits are
 * read. Each hit lists the other members of its group, and whether they match.
 */
final class GroupedSearch {
  private final IndexSearcher searcher;
  private final VersionGroups groups;
  private final LuceneSearch hits;

  GroupedSearch(IndexSearcher searcher, VersionGroups groups, LuceneSearch hits) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
    this.groups = Objects.requireNonNull(groups, "version groups");
    this.hits = Objects.requireNonNull(hits, "the search that makes hits");
  }

  SearchResult run(SearchRequest request, Query selection) throws IOException {
    int maxDoc = searcher.getIndexReader().maxDoc();
    MatchesCollectorManager marks = new MatchesCollectorManager(maxDoc);
    FixedBitSet matching;
    Map<String, FacetCounts> counts = Map.of();
    FacetCollectorManager facets = hits.facetsFor(request);
    if (facets == null) {
      matching = searcher.search(selection, marks);
    } else {
      Object[] both = searcher.search(selection, new MultiCollectorManager(marks, facets));
      matching = (FixedBitSet) both[0];
      @SuppressWarnings("unchecked")
      Map<String, FacetCounts> reduced = (Map<String, FacetCounts>) both[1];
      counts = reduced;
    }
    long total = matching.cardinality();
    long groupTotal = countGroups(matching);
    long wantedGroups = (long) request.offset() + request.limit();
    if (request.limit() == 0 || request.offset() >= groupTotal) {
      return new SearchResult(total, List.of(), counts, null, groupTotal);
    }
    List<ScoreDoc> best = bestOfEachGroup(request, selection, wantedGroups, total);
    List<ScoreDoc> page = best.subList(Math.min(request.offset(), best.size()), best.size());
    ScoreDoc[] pageDocs = page.toArray(new ScoreDoc[0]);
    List<SearchHit> list =
        hits.hits(request, selection, pageDocs, i -> otherVersions(pageDocs[i].doc, matching));
    return new SearchResult(total, list, counts, null, groupTotal);
  }

  private long countGroups(FixedBitSet matching) {
    return groups.grouping().countGroups(matching::get);
  }

  /**
   * The best hit of each of the first {@code wanted} groups, in the request's order: reads the top
   * {@code 2 × wanted} hits, and four times more while they hold too few groups.
   */
  private List<ScoreDoc> bestOfEachGroup(
      SearchRequest request, Query selection, long wanted, long total) throws IOException {
    int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
    long read = Math.min(maxDoc, Math.max(wanted * 2, 16));
    while (true) {
      int n = (int) Math.min(maxDoc, read);
      TopFieldDocs top =
          searcher.search(
              selection, new TopFieldCollectorManager(LuceneSearch.sortFor(request), n, null, n));
      Map<Integer, ScoreDoc> byDoc = new HashMap<>();
      int[] inOrder = new int[top.scoreDocs.length];
      for (int i = 0; i < inOrder.length; i++) {
        inOrder[i] = top.scoreDocs[i].doc;
        byDoc.put(inOrder[i], top.scoreDocs[i]);
      }
      List<ScoreDoc> best = new ArrayList<>();
      for (int doc : groups.grouping().firstOfEachGroup(inOrder, wanted)) {
        best.add(byDoc.get(doc));
      }
      if (best.size() == wanted || top.scoreDocs.length >= total || n >= maxDoc) {
        return best;
      }
      read = read * 4;
    }
  }

  private List<SearchHit.OtherVersion> otherVersions(int doc, FixedBitSet matching)
      throws IOException {
    List<SearchHit.OtherVersion> others = new ArrayList<>();
    for (int member : groups.members(groups.groupOf(doc))) {
      if (member == doc) {
        continue;
      }
      Statement s = LuceneArchive.record(searcher, member);
      others.add(new SearchHit.OtherVersion(s.id(), s.language(), s.title(), matching.get(member)));
    }
    others.sort(VersionGrouping.OTHER_VERSIONS_ORDER);
    return others;
  }

  /** Marks every matching document (top-level numbers) in a bit set. */
  private static final class MatchesCollectorManager
      implements CollectorManager<MatchesCollectorManager.Marks, FixedBitSet> {
    private final int maxDoc;

    MatchesCollectorManager(int maxDoc) {
      this.maxDoc = maxDoc;
    }

    @Override
    public Marks newCollector() {
      return new Marks(new FixedBitSet(Math.max(1, maxDoc)));
    }

    @Override
    public FixedBitSet reduce(Collection<Marks> collectors) {
      FixedBitSet all = new FixedBitSet(Math.max(1, maxDoc));
      for (Marks m : collectors) {
        all.or(m.bits);
      }
      return all;
    }

    record Marks(FixedBitSet bits) implements Collector {
      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) {
        int base = context.docBase;
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) {}

          @Override
          public void collect(int doc) {
            bits.set(base + doc);
          }
        };
      }
    }
  }
}
