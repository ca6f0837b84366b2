package io.verbatim.lucene;

import io.verbatim.model.Statement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The benchmark anchor: a bare Lucene indexer over the same texts with the same analyzers and the
 * same body field type as {@link LuceneArchive}, and nothing else (no stored record, no originals,
 * no doc values, no reading or extraction). {@code verbatim bench ingest} compares the whole
 * pipeline against it in the same run.
 */
public final class BareIndexer {
  private BareIndexer() {}

  /**
   * Indexes the titles and bodies of {@code statements} into a new index in {@code folder} and
   * commits once.
   */
  public static void index(List<Statement> statements, Path folder) throws IOException {
    Objects.requireNonNull(statements, "statements to index");
    try (FSDirectory dir = FSDirectory.open(folder);
        IndexWriter writer =
            new IndexWriter(
                dir,
                new IndexWriterConfig(IndexFields.newAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (Statement s : statements) {
        IndexFields.TextGroup group = IndexFields.TextGroup.of(s.language());
        Document doc = new Document();
        if (s.title() != null) {
          doc.add(new Field(group.titleField(), s.title(), TextField.TYPE_NOT_STORED));
        }
        doc.add(new Field(group.bodyField(), s.body(), IndexFields.BODY_TYPE));
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }
}
