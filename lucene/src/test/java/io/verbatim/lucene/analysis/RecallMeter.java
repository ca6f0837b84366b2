package io.verbatim.lucene.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Measures how well an analyzer lets a query in one word form find documents that hold another.
 *
 * <p>Indexes one tiny document per (key, word) with the analyzer, then runs queries built by
 * Lucene's {@link QueryBuilder} (as the query parsers do) with the same analyzer and reports which
 * keys each query finds. Nothing is tuned per analyzer: the same index layout and queries serve
 * every analyzer measured.
 */
final class RecallMeter implements AutoCloseable {
  private static final String FIELD = "text";
  private static final String KEY = "key";

  private final String analyzerName;
  private final QueryBuilder queries;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /** Indexes {@code documents} (key to text) with {@code analyzer}. */
  RecallMeter(String analyzerName, Analyzer analyzer, Map<String, String> documents) {
    this.analyzerName = analyzerName;
    this.queries = new QueryBuilder(analyzer);
    try {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (Map.Entry<String, String> document : documents.entrySet()) {
          Document doc = new Document();
          doc.add(new StoredField(KEY, document.getKey()));
          doc.add(new TextField(FIELD, document.getValue(), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String analyzerName() {
    return analyzerName;
  }

  /** The keys of the documents a query for {@code text} finds; empty if it analyzes to nothing. */
  Set<String> find(String text) {
    Query query = queries.createBooleanQuery(FIELD, text);
    if (query == null) {
      return Set.of();
    }
    try {
      Set<String> keys = new HashSet<>();
      for (ScoreDoc hit : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
        keys.add(searcher.storedFields().document(hit.doc).get(KEY));
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }

  /** The documents for a list of tables: one per (lemma, form), keyed {@code lemma|form}. */
  static Map<String, String> formDocuments(List<InflectionTable> tables) {
    Map<String, String> documents = new LinkedHashMap<>();
    for (InflectionTable table : tables) {
      for (String form : table.forms()) {
        documents.put(key(table.lemma(), form), form);
      }
    }
    return documents;
  }

  static String key(String lemma, String form) {
    return lemma + "|" + form;
  }

  /** Outcome of one kind of check: how many (query, document) pairs, which ones missed. */
  record Score(int pairs, List<String> misses) {
    Score {
      misses = List.copyOf(misses);
    }

    int hits() {
      return pairs - misses.size();
    }

    double rate() {
      return pairs == 0 ? 0 : (double) hits() / pairs;
    }
  }

  /** Query each lemma; does it find each of its other forms? */
  Score lemmaToForm(List<InflectionTable> tables) {
    int pairs = 0;
    List<String> misses = new ArrayList<>();
    for (InflectionTable table : tables) {
      Set<String> found = find(table.lemma());
      for (String form : table.forms()) {
        if (form.equals(table.lemma())) {
          continue;
        }
        pairs++;
        if (!found.contains(key(table.lemma(), form))) {
          misses.add(table.lemma() + " -> " + form);
        }
      }
    }
    return new Score(pairs, misses);
  }

  /** Query each form; does it find each other form of the same lemma? */
  Score formToForm(List<InflectionTable> tables) {
    int pairs = 0;
    List<String> misses = new ArrayList<>();
    for (InflectionTable table : tables) {
      for (String query : table.forms()) {
        Set<String> found = find(query);
        for (String form : table.forms()) {
          if (form.equals(query)) {
            continue;
          }
          pairs++;
          if (!found.contains(key(table.lemma(), form))) {
            misses.add(query + " -> " + form);
          }
        }
      }
    }
    return new Score(pairs, misses);
  }

  /**
   * For pairs of different words (indexed with {@link #pairDocuments}): a pair counts as a miss (a
   * false match) when a query for either word finds the document holding the other.
   */
  Score falseMatches(List<List<String>> distinctPairs) {
    List<String> falseMatches = new ArrayList<>();
    for (List<String> pair : distinctPairs) {
      String first = pair.get(0);
      String second = pair.get(1);
      if (find(first).contains(pairKey(second)) || find(second).contains(pairKey(first))) {
        falseMatches.add(first + " ~ " + second);
      }
    }
    return new Score(distinctPairs.size(), falseMatches);
  }

  /** The documents for the distinct-word pairs: one per word, keyed {@code pair|word}. */
  static Map<String, String> pairDocuments(List<List<String>> distinctPairs) {
    Map<String, String> documents = new LinkedHashMap<>();
    for (List<String> pair : distinctPairs) {
      for (String word : pair) {
        documents.put(pairKey(word), word);
      }
    }
    return documents;
  }

  private static String pairKey(String word) {
    return "pair|" + word;
  }
}
