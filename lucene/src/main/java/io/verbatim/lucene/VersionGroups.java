package io.verbatim.lucene;

import io.verbatim.archive.VersionGrouping;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The language-version groups of the live statements (current versions, or all) of one index
 * reader, for grouped search: the links of each document read from doc values in one pass and
 * grouped by core's {@link VersionGrouping} (which states the rules; the same as {@link
 * LuceneLanguageVersions}' explicit links, plus the statement key). Statement numbers are top-level
 * document numbers. The result is immutable and belongs to the reader it was built from ({@link
 * #readerKey()}).
 *
 * <p>Memory: three {@code int}s per document (12 MB for a million), while building about twice that
 * plus the index-wide ordinals of the statement keys; no string is made per document for keys.
 */
final class VersionGroups {
  private final Object readerKey;
  private final VersionGrouping grouping;

  private VersionGroups(Object readerKey, VersionGrouping grouping) {
    this.readerKey = readerKey;
    this.grouping = grouping;
  }

  /** The reader's cache key this was built for. */
  Object readerKey() {
    return readerKey;
  }

  /** The groups, by top-level document number. */
  VersionGrouping grouping() {
    return grouping;
  }

  /** The number of groups (live statements without versions are groups of one). */
  int groupCount() {
    return grouping.groupCount();
  }

  /** The group of top-level document {@code doc}, or -1 when it is deleted. */
  int groupOf(int doc) {
    return grouping.groupOf(doc);
  }

  /** The top-level documents of {@code group}, in index order. */
  int[] members(int group) {
    return grouping.members(group);
  }

  /**
   * Computes the groups of {@code reader}'s live documents: of every version when {@code
   * allVersions}, else of current versions only (superseded ones are in no group, as if deleted).
   */
  static VersionGroups of(IndexReader reader, boolean allVersions) throws IOException {
    Objects.requireNonNull(reader, "reader");
    VersionGrouping.Builder links = VersionGrouping.builder(reader.maxDoc());
    // Statement keys by index-wide ordinal: no string per document.
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] keysPerLeaf = new SortedDocValues[leaves.size()];
    for (int i = 0; i < keysPerLeaf.length; i++) {
      keysPerLeaf[i] = DocValues.getSorted(leaves.get(i).reader(), IndexFields.STATEMENT_KEY);
    }
    OrdinalMap keyOrdinals = OrdinalMap.build(null, keysPerLeaf, PackedInts.DEFAULT);
    for (LeafReaderContext leaf : leaves) {
      LeafReader r = leaf.reader();
      Bits liveDocs = r.getLiveDocs();
      SortedDocValues keys = DocValues.getSorted(r, IndexFields.STATEMENT_KEY);
      LongValues keyToGlobal = keyOrdinals.getGlobalOrds(leaf.ord);
      String[] keyIds = new String[keys.getValueCount()];
      SortedSetDocValues language = DocValues.getSortedSet(r, IndexFields.LANGUAGE);
      int[] languageOfOrd = new int[Math.toIntExact(language.getValueCount())];
      for (int ord = 0; ord < languageOfOrd.length; ord++) {
        languageOfOrd[ord] = links.language(language.lookupOrd(ord).utf8ToString());
      }
      SortedSetDocValues kremlin = DocValues.getSortedSet(r, IndexFields.KREMLIN_ID);
      SortedSetDocValues mid = DocValues.getSortedSet(r, IndexFields.MID_ID);
      SortedSetDocValues number = DocValues.getSortedSet(r, IndexFields.DOCUMENT_NUMBER);
      NumericDocValues superseded = DocValues.getNumeric(r, IndexFields.SUPERSEDED);
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if (liveDocs != null && !liveDocs.get(doc)) {
          continue;
        }
        if (!allVersions && superseded.advanceExact(doc) && superseded.longValue() == 1) {
          continue;
        }
        int global = leaf.docBase + doc;
        links.live(global);
        int lang = VersionGrouping.NO_LANGUAGE;
        if (language.advanceExact(doc)) {
          lang = languageOfOrd[(int) language.nextOrd()];
        }
        if (keys.advanceExact(doc)) {
          int ord = keys.ordValue();
          links.statementKey(global, Math.toIntExact(keyToGlobal.get(ord)));
          if (keyIds[ord] == null) {
            keyIds[ord] = VersionGrouping.keyIdentifier(keys.lookupOrd(ord).utf8ToString());
          }
          if (!keyIds[ord].isEmpty()) {
            links.identifier(global, keyIds[ord], lang);
          }
        }
        if (kremlin.advanceExact(doc)) {
          for (int i = 0; i < kremlin.docValueCount(); i++) {
            String id = kremlin.lookupOrd(kremlin.nextOrd()).utf8ToString();
            links.identifier(global, VersionGrouping.kremlinIdentifier(id), lang);
          }
        }
        midOrNumbers(mid, doc, global, lang, links);
        midOrNumbers(number, doc, global, lang, links);
      }
    }
    Object key =
        reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
    return new VersionGroups(key, links.build());
  }

  private static void midOrNumbers(
      SortedSetDocValues values, int doc, int global, int lang, VersionGrouping.Builder links)
      throws IOException {
    if (!values.advanceExact(doc)) {
      return;
    }
    for (int i = 0; i < values.docValueCount(); i++) {
      String id = values.lookupOrd(values.nextOrd()).utf8ToString();
      links.identifier(global, VersionGrouping.midOrNumberIdentifier(id), lang);
    }
  }
}
