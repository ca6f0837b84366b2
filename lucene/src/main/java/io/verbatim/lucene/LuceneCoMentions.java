package io.verbatim.lucene;

import io.verbatim.archive.AssociationRanking;
import io.verbatim.archive.CoMention;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Co-mentions over the {@code mention} doc values of every selected statement: each entity it
 * mentions counts once for that entity, and each pair of them once for the pair (all pairs, or only
 * those with one given entity). Scored and ranked by core's {@link AssociationRanking}.
 */
final class LuceneCoMentions {
  private LuceneCoMentions() {}

  /** Sees the distinct entities of one statement, in byte order. */
  private interface EntitySink {
    void accept(List<String> entities);
  }

  static List<CoMention> compute(IndexSearcher searcher, Query selection, int limit)
      throws IOException {
    AssociationRanking.requireLimit(limit);
    Map<String, Long> single = new HashMap<>();
    Map<String, Map<String, Long>> pairs = new HashMap<>();
    int statements =
        forEachStatement(
            searcher,
            selection,
            entities -> {
              // Sorted set values come in ord order, which is byte order: entities[i] <
              // entities[j].
              for (int i = 0; i < entities.size(); i++) {
                single.merge(entities.get(i), 1L, Long::sum);
                Map<String, Long> withA =
                    pairs.computeIfAbsent(entities.get(i), k -> new HashMap<>());
                for (int j = i + 1; j < entities.size(); j++) {
                  withA.merge(entities.get(j), 1L, Long::sum);
                }
              }
            });
    return AssociationRanking.coMentions(single, pairs, statements, limit);
  }

  static List<CoMention> of(IndexSearcher searcher, Query selection, String entity, int limit)
      throws IOException {
    Objects.requireNonNull(entity, "entity");
    AssociationRanking.requireLimit(limit);
    Map<String, Long> single = new HashMap<>();
    Map<String, Long> withEntity = new HashMap<>();
    int statements =
        forEachStatement(
            searcher,
            selection,
            entities -> {
              boolean mentionsEntity = entities.contains(entity);
              for (String e : entities) {
                single.merge(e, 1L, Long::sum);
                if (mentionsEntity && !e.equals(entity)) {
                  withEntity.merge(e, 1L, Long::sum);
                }
              }
            });
    return AssociationRanking.coMentionsOf(entity, single, withEntity, statements, limit);
  }

  /** Hands each selected statement's entities to {@code sink}; answers how many were selected. */
  private static int forEachStatement(IndexSearcher searcher, Query selection, EntitySink sink)
      throws IOException {
    int[] statements = {0};
    SelectedDocs.inIndexOrder(
        searcher,
        SelectedDocs.weight(searcher, selection),
        new SelectedDocs.Visitor() {
          private LeafReaderContext leaf;
          private SortedSetDocValues values;

          @Override
          public boolean visit(LeafReaderContext context, int doc) throws IOException {
            if (context != leaf) {
              leaf = context;
              values = DocValues.getSortedSet(context.reader(), IndexFields.MENTION);
            }
            List<String> entities = new ArrayList<>();
            if (values.advanceExact(doc)) {
              for (int i = 0; i < values.docValueCount(); i++) {
                entities.add(values.lookupOrd(values.nextOrd()).utf8ToString());
              }
            }
            statements[0]++;
            sink.accept(entities);
            return true;
          }
        });
    return statements[0];
  }
}
