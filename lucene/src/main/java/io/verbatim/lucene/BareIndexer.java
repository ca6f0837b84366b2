package io.verbatim.lucene;

import io.verbatim.lucene.analysis.RussianMorphologyAnalyzer;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The benchmark anchor: a bare Lucene indexer over the same texts with the same analyzers and the
 * same body field type as {@link LuceneArchive}, and nothing else (no stored record, no originals,
 * no doc values, no reading or extraction). {@code verbatim bench ingest} compares the whole
 * pipeline against it in the same run; {@code verbatim bench analysis} builds the same texts with
 * each {@link Analysis} and searches both with {@link BareSearch}.
 *
 * <p>Each document has the statement's title (unless the reader inferred it, as in the archive),
 * body and language group ({@code textGroup}, for the group filter of the archive's queries).
 */
public final class BareIndexer {
  private BareIndexer() {}

  /** How text fields are analysed. */
  public enum Analysis {
    /** The archive's analysis (format 2): every word, its exact form beside its stem. */
    WORDS,
    /**
     * The anchor: format 1's chains ({@code EnglishAnalyzer}, {@link RussianMorphologyAnalyzer},
     * {@code StandardAnalyzer}): stop words dropped, stems only, no surface forms.
     */
    FORMAT_1;

    /** A fresh per-field analyzer for the text fields. */
    public Analyzer newAnalyzer() {
      if (this == WORDS) {
        return IndexFields.newAnalyzer();
      }
      Map<String, Analyzer> perField = new HashMap<>();
      Analyzer en = new EnglishAnalyzer();
      Analyzer ru = new RussianMorphologyAnalyzer();
      Analyzer other = new StandardAnalyzer();
      for (IndexFields.TextGroup g : IndexFields.TextGroup.values()) {
        Analyzer a =
            switch (g) {
              case EN -> en;
              case RU -> ru;
              case OTHER -> other;
            };
        perField.put(g.titleField(), a);
        perField.put(g.bodyField(), a);
      }
      return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }
  }

  /**
   * Indexes the titles and bodies of {@code statements} into a new index in {@code folder} with the
   * archive's analysis and commits once.
   */
  public static void index(List<Statement> statements, Path folder) throws IOException {
    index(statements, folder, Analysis.WORDS);
  }

  /**
   * Indexes the titles and bodies of {@code statements} into a new index in {@code folder} with
   * {@code analysis} and commits once.
   */
  public static void index(List<Statement> statements, Path folder, Analysis analysis)
      throws IOException {
    Objects.requireNonNull(statements, "statements to index");
    Objects.requireNonNull(analysis, "analysis");
    try (Analyzer analyzer = analysis.newAnalyzer();
        FSDirectory dir = FSDirectory.open(folder);
        IndexWriter writer =
            new IndexWriter(
                dir,
                new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (Statement s : statements) {
        IndexFields.TextGroup group = IndexFields.TextGroup.of(s.language());
        Document doc = new Document();
        doc.add(new StringField(IndexFields.TEXT_GROUP, group.suffix(), Field.Store.NO));
        String title = IndexFields.searchableTitle(s);
        if (title != null) {
          doc.add(new Field(group.titleField(), title, TextField.TYPE_NOT_STORED));
        }
        doc.add(new Field(group.bodyField(), s.body(), IndexFields.BODY_TYPE));
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }

  /**
   * Merges the index in {@code folder} (made with {@code analysis}) into one segment, so that
   * indexes of different sizes compare without differing segment counts.
   */
  public static void mergeToOneSegment(Path folder, Analysis analysis) throws IOException {
    try (Analyzer analyzer = analysis.newAnalyzer();
        FSDirectory dir = FSDirectory.open(folder);
        IndexWriter writer =
            new IndexWriter(
                dir,
                new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.forceMerge(1);
      writer.commit();
    }
  }
}
