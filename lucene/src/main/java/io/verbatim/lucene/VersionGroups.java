package io.verbatim.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The language-version groups of every live statement of one index reader, for grouped search.
 *
 * <p>Two statements are in one group when an explicit identifier links them (the same links as
 * {@link LuceneLanguageVersions}' explicit ones, plus the statement key): the same {@code
 * statementKey} (versions in one language); or, between statements in different languages, the same
 * kremlin.ru id ({@code kremlinId}, or the id in a {@code kremlin:<id>:<lang>} key) or the same
 * mid.ru id or document number, which share one namespace ({@code midId}, {@code documentNumber},
 * or the id in a {@code mid:<id>:<lang>} key). An identifier stated only by statements of one
 * language links none of them (a CSV can give one page address to several texts). Links chain: the
 * groups are the connected components. Everything is read from doc values in one pass; the result
 * is immutable and belongs to the reader it was built from ({@link #readerKey()}).
 *
 * <p>Memory: three {@code int}s per document (12 MB for a million), while building about twice that
 * plus the index-wide ordinals of the statement keys; no string is made per document.
 */
final class VersionGroups {
  private static final Pattern SITE_KEY = Pattern.compile("(kremlin|mid):(.+):[a-z]{2,3}");

  private final Object readerKey;
  private final int[] groupOf;
  private final int[] groupStart;
  private final int[] members;
  private final int groupCount;

  private VersionGroups(Object readerKey, int[] groupOf, int[] groupStart, int[] members) {
    this.readerKey = readerKey;
    this.groupOf = groupOf;
    this.groupStart = groupStart;
    this.members = members;
    this.groupCount = groupStart.length - 1;
  }

  /** The reader's cache key this was built for. */
  Object readerKey() {
    return readerKey;
  }

  /** The number of groups (live statements without versions are groups of one). */
  int groupCount() {
    return groupCount;
  }

  /** The group of top-level document {@code doc}, or -1 when it is deleted. */
  int groupOf(int doc) {
    return groupOf[doc];
  }

  /** The top-level documents of {@code group}, in index order. */
  int[] members(int group) {
    return java.util.Arrays.copyOfRange(members, groupStart[group], groupStart[group + 1]);
  }

  /** Computes the groups of {@code reader}'s live documents. */
  static VersionGroups of(IndexReader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    int maxDoc = reader.maxDoc();
    UnionFind links = new UnionFind(maxDoc);
    Map<String, IdHolders> holders = new HashMap<>();
    Map<String, Integer> languageNumbers = new HashMap<>();
    boolean[] live = new boolean[maxDoc];
    // Statement keys by index-wide ordinal: no string per document.
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] keysPerLeaf = new SortedDocValues[leaves.size()];
    for (int i = 0; i < keysPerLeaf.length; i++) {
      keysPerLeaf[i] = DocValues.getSorted(leaves.get(i).reader(), IndexFields.STATEMENT_KEY);
    }
    OrdinalMap keyOrdinals = OrdinalMap.build(null, keysPerLeaf, PackedInts.DEFAULT);
    int[] firstWithKey = new int[Math.toIntExact(keyOrdinals.getValueCount())];
    java.util.Arrays.fill(firstWithKey, -1);
    for (LeafReaderContext leaf : leaves) {
      LeafReader r = leaf.reader();
      Bits liveDocs = r.getLiveDocs();
      SortedDocValues keys = DocValues.getSorted(r, IndexFields.STATEMENT_KEY);
      LongValues keyToGlobal = keyOrdinals.getGlobalOrds(leaf.ord);
      String[] keySiteIds = new String[keys.getValueCount()];
      SortedSetDocValues language = DocValues.getSortedSet(r, IndexFields.LANGUAGE);
      int[] languageOfOrd = new int[Math.toIntExact(language.getValueCount())];
      for (int ord = 0; ord < languageOfOrd.length; ord++) {
        String code = language.lookupOrd(ord).utf8ToString();
        languageOfOrd[ord] = languageNumbers.computeIfAbsent(code, c -> languageNumbers.size());
      }
      SortedSetDocValues kremlin = DocValues.getSortedSet(r, IndexFields.KREMLIN_ID);
      SortedSetDocValues mid = DocValues.getSortedSet(r, IndexFields.MID_ID);
      SortedSetDocValues number = DocValues.getSortedSet(r, IndexFields.DOCUMENT_NUMBER);
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if (liveDocs != null && !liveDocs.get(doc)) {
          continue;
        }
        int global = leaf.docBase + doc;
        live[global] = true;
        int lang = NO_LANGUAGE;
        if (language.advanceExact(doc)) {
          lang = languageOfOrd[(int) language.nextOrd()];
        }
        if (keys.advanceExact(doc)) {
          int ord = keys.ordValue();
          int keyOrd = (int) keyToGlobal.get(ord);
          if (firstWithKey[keyOrd] < 0) {
            firstWithKey[keyOrd] = global;
          } else {
            links.union(firstWithKey[keyOrd], global);
          }
          if (keySiteIds[ord] == null) {
            keySiteIds[ord] = siteId(keys.lookupOrd(ord));
          }
          if (!keySiteIds[ord].isEmpty()) {
            hold(keySiteIds[ord], global, lang, holders);
          }
        }
        holdAll("k:", kremlin, doc, global, lang, holders);
        holdAll("n:", mid, doc, global, lang, holders);
        holdAll("n:", number, doc, global, lang, holders);
      }
    }
    for (IdHolders h : holders.values()) {
      if (h.acrossLanguages) {
        for (int i = 1; i < h.size; i++) {
          links.union(h.docs[0], h.docs[i]);
        }
      }
    }
    return build(reader.getReaderCacheHelper() == null ? reader : cacheKey(reader), live, links);
  }

  private static final int NO_LANGUAGE = -1;

  /**
   * The statements that state one identifier, and whether they are in more than one language (a
   * statement without a language counts as another language than every other statement).
   */
  private static final class IdHolders {
    int[] docs = new int[2];
    int size;
    int language;
    boolean acrossLanguages;

    void add(int doc, int lang) {
      if (size == 0) {
        language = lang;
      } else if (lang == NO_LANGUAGE || lang != language) {
        acrossLanguages = true;
      }
      if (size == docs.length) {
        docs = java.util.Arrays.copyOf(docs, size * 2);
      }
      docs[size++] = doc;
    }
  }

  private static Object cacheKey(IndexReader reader) {
    return reader.getReaderCacheHelper().getKey();
  }

  private static final BytesRef KREMLIN_PREFIX = new BytesRef("kremlin:");
  private static final BytesRef MID_PREFIX = new BytesRef("mid:");

  /** The site id a statement key carries ({@code k:<id>} or {@code n:<id>}), or "" for none. */
  private static String siteId(BytesRef key) {
    if (!StringHelper.startsWith(key, KREMLIN_PREFIX)
        && !StringHelper.startsWith(key, MID_PREFIX)) {
      return "";
    }
    Matcher m = SITE_KEY.matcher(key.utf8ToString());
    if (!m.matches()) {
      return "";
    }
    return (m.group(1).equals("kremlin") ? "k:" : "n:") + m.group(2);
  }

  private static void holdAll(
      String namespace,
      SortedSetDocValues values,
      int doc,
      int global,
      int lang,
      Map<String, IdHolders> holders)
      throws IOException {
    if (!values.advanceExact(doc)) {
      return;
    }
    for (int i = 0; i < values.docValueCount(); i++) {
      String id = namespace + values.lookupOrd(values.nextOrd()).utf8ToString();
      hold(id, global, lang, holders);
    }
  }

  private static void hold(String id, int doc, int lang, Map<String, IdHolders> holders) {
    holders.computeIfAbsent(id, k -> new IdHolders()).add(doc, lang);
  }

  private static VersionGroups build(Object readerKey, boolean[] live, UnionFind links) {
    int maxDoc = live.length;
    int[] groupOf = new int[maxDoc];
    int[] groupOfRoot = new int[maxDoc];
    java.util.Arrays.fill(groupOfRoot, -1);
    int groups = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      if (!live[doc]) {
        groupOf[doc] = -1;
        continue;
      }
      int root = links.find(doc);
      if (groupOfRoot[root] < 0) {
        groupOfRoot[root] = groups++;
      }
      groupOf[doc] = groupOfRoot[root];
    }
    int[] start = new int[groups + 1];
    for (int g : groupOf) {
      if (g >= 0) {
        start[g + 1]++;
      }
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    int[] next = java.util.Arrays.copyOf(start, groups);
    int[] members = new int[start[groups]];
    for (int doc = 0; doc < maxDoc; doc++) {
      if (groupOf[doc] >= 0) {
        members[next[groupOf[doc]]++] = doc;
      }
    }
    return new VersionGroups(readerKey, groupOf, start, members);
  }

  /** Union-find over document numbers, with path halving and union by size. */
  private static final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }
  }
}
