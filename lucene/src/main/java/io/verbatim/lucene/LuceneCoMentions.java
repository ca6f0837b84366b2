package io.verbatim.lucene;

import io.verbatim.archive.AssociationRanking;
import io.verbatim.archive.CoMention;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Co-mentions over the {@code mention} doc values: for each selected statement, every pair of the
 * distinct entities it mentions counts once. Scored with logDice (see {@link CoMention}).
 */
final class LuceneCoMentions {
  private LuceneCoMentions() {}

  static List<CoMention> compute(IndexSearcher searcher, Query selection, int limit)
      throws IOException {
    AssociationRanking.requireLimit(limit);
    int[] docs = SelectedDocs.of(searcher, selection);
    var leaves = searcher.getIndexReader().leaves();
    Map<String, Long> single = new HashMap<>();
    Map<String, Map<String, Long>> pairs = new HashMap<>();
    int currentLeaf = -1;
    SortedSetDocValues values = null;
    for (int doc : docs) {
      int leafIndex = ReaderUtil.subIndex(doc, leaves);
      LeafReaderContext leaf = leaves.get(leafIndex);
      if (leafIndex != currentLeaf) {
        values = DocValues.getSortedSet(leaf.reader(), IndexFields.MENTION);
        currentLeaf = leafIndex;
      }
      List<String> entities = new ArrayList<>();
      if (values.advanceExact(doc - leaf.docBase)) {
        for (int i = 0; i < values.docValueCount(); i++) {
          entities.add(values.lookupOrd(values.nextOrd()).utf8ToString());
        }
      }
      // Sorted set values come in ord order, which is byte order: entities[i] < entities[j].
      for (int i = 0; i < entities.size(); i++) {
        single.merge(entities.get(i), 1L, Long::sum);
        Map<String, Long> withA = pairs.computeIfAbsent(entities.get(i), k -> new HashMap<>());
        for (int j = i + 1; j < entities.size(); j++) {
          withA.merge(entities.get(j), 1L, Long::sum);
        }
      }
    }
    return AssociationRanking.coMentions(single, pairs, docs.length, limit);
  }
}
