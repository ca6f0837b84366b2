package io.verbatim.lucene;

import io.verbatim.lucene.IndexFields.TextGroup;
import io.verbatim.model.Json;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A UnifiedHighlighter for the {@code body.xx} fields that reads the body from the stored record
 * (bodies are indexed with offsets but not stored twice).
 *
 * <p>Snippets are {@link io.verbatim.archive.SearchHit.Marked} ({@link SnippetFormatter}: plain
 * text and the offsets of the matched words); up to {@link #PASSAGES} best passages are joined with
 * {@code " … "}. The whole body is considered, whatever its length: nothing is truncated, so a word
 * only near the end of a long body is found. A statement with no matched word gets no snippet
 * (null).
 */
final class RecordHighlighter extends UnifiedHighlighter {
  /** How many passages a snippet has at most. */
  static final int PASSAGES = 2;

  private final IndexSearcher searcher;
  private final Map<Integer, Statement> known;

  RecordHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    this(searcher, analyzer, Map.of());
  }

  /**
   * A highlighter that takes the bodies of the documents in {@code known} from there, and reads the
   * others' stored records.
   */
  RecordHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Statement> known) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withMaxNoHighlightPassages(0)
            .withFormatter(new SnippetFormatter()));
    this.searcher = searcher;
    this.known = Map.copyOf(known);
  }

  /** Per field, per document of {@code docs}: its {@link SnippetFormatter} snippet or null. */
  Map<String, Object[]> snippets(String[] fields, Query query, int[] docs, int[] passages)
      throws IOException {
    return highlightFieldsAsObjects(fields, query, docs, passages);
  }

  /** The body fields, one per language group. */
  static String[] bodyFields() {
    TextGroup[] groups = TextGroup.values();
    String[] fields = new String[groups.length];
    for (int i = 0; i < groups.length; i++) {
      fields[i] = groups[i].bodyField();
    }
    return fields;
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (int doc = docIter.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = docIter.nextDoc()) {
      io.verbatim.archive.WorkBudget.current().check();
      Statement s = known.get(doc);
      if (s == null) {
        s = Json.readStatement(stored.document(doc).get(IndexFields.RECORD));
      }
      String bodyField = TextGroup.of(s.language()).bodyField();
      CharSequence[] perField = new CharSequence[fields.length];
      for (int i = 0; i < fields.length; i++) {
        perField[i] = fields[i].equals(bodyField) ? s.body() : "";
      }
      values.add(perField);
    }
    return values;
  }
}
