package io.verbatim.lucene;

import io.verbatim.archive.BodyTokens;
import io.verbatim.archive.TermTally;
import io.verbatim.archive.WorkBudget;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The word counts of one language's body field over the live statements of an index, read from the
 * index's term statistics instead of re-analysing every body: a term's frequency is its {@code
 * totalTermFreq}, the token total the sum of that over every term that is a word ({@link
 * BodyTokens#isWord}: markers and symbols are left out, as in the re-analysed counts). Both
 * statistics still include deleted statements until their segment is merged, so what deleted
 * statements of the language hold (re-analysed from their stored records) is taken off.
 *
 * <p>Only for fields that hold one language (English, Russian). The per-segment word totals are
 * cached until the segment closes, so an unchanged index is walked once.
 */
final class IndexWordCounts {
  /** Per segment core: field → word tokens in it (deleted documents included). */
  private static final Map<IndexReader.CacheKey, Map<String, Long>> SEGMENT_WORDS =
      new ConcurrentHashMap<>();

  private final IndexReader reader;
  private final String field;
  private final TermTally deleted;
  private final long tokens;

  private IndexWordCounts(IndexReader reader, String field, TermTally deleted, long tokens) {
    this.reader = reader;
    this.field = field;
    this.deleted = deleted;
    this.tokens = tokens;
  }

  /** The counts of {@code field}, which holds the bodies of the statements in {@code language}. */
  static IndexWordCounts of(
      IndexSearcher searcher, Analyzer analyzer, String field, String language) throws IOException {
    Objects.requireNonNull(language, "language");
    IndexReader reader = searcher.getIndexReader();
    TermTally deleted = new TermTally(1, false);
    WorkBudget budget = WorkBudget.current();
    long words = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      budget.check();
      words += segmentWords(leaf, field);
      Bits live = leaf.reader().getLiveDocs();
      if (live == null) {
        continue;
      }
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live.get(doc)) {
          continue;
        }
        budget.check();
        String json = stored.document(doc).get(IndexFields.RECORD);
        if (json == null) {
          continue;
        }
        Statement s = io.verbatim.model.Json.readStatement(json);
        if (language.equals(s.language()) && s.body() != null) {
          deleted.add(AnalysedText.of(analyzer, field, s.body()));
        }
      }
    }
    return new IndexWordCounts(reader, field, deleted, words - deleted.tokens());
  }

  /** Word tokens of the live statements. */
  long tokens() {
    return tokens;
  }

  /** Occurrences of {@code term} in the live statements. */
  long frequency(String term) throws IOException {
    return reader.totalTermFreq(new Term(field, term)) - deleted.frequency(term);
  }

  private static long segmentWords(LeafReaderContext leaf, String field) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      return countWords(leaf, field);
    }
    Map<String, Long> fields =
        SEGMENT_WORDS.computeIfAbsent(
            helper.getKey(),
            key -> {
              helper.addClosedListener(SEGMENT_WORDS::remove);
              return new ConcurrentHashMap<>();
            });
    Long cached = fields.get(field);
    if (cached == null) {
      cached = countWords(leaf, field);
      fields.put(field, cached);
    }
    return cached;
  }

  private static long countWords(LeafReaderContext leaf, String field) throws IOException {
    Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return 0;
    }
    WorkBudget budget = WorkBudget.current();
    long words = 0;
    long seen = 0;
    TermsEnum it = terms.iterator();
    for (BytesRef term = it.next(); term != null; term = it.next()) {
      if ((++seen & 0xfff) == 0) {
        budget.check(); // the count is cached only when complete
      }
      if (Character.isLetterOrDigit(firstCodePoint(term))) {
        words += it.totalTermFreq();
      }
    }
    return words;
  }

  /** The first code point of a UTF-8 term. */
  static int firstCodePoint(BytesRef term) {
    if (term.length == 0) {
      return -1;
    }
    byte[] b = term.bytes;
    int i = term.offset;
    int lead = b[i] & 0xff;
    if (lead < 0x80) {
      return lead;
    }
    int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (term.length < length) {
      return -1;
    }
    int cp = lead & (0x3f >> (length - 1));
    for (int k = 1; k < length; k++) {
      cp = (cp << 6) | (b[i + k] & 0x3f);
    }
    return cp;
  }
}
