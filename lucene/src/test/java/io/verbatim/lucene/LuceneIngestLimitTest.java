package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.LimitsContractTest;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.RecordLimits;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 1, through ingest: a JSON Lines file of exactly the default largest size (64 MiB)
 * whose one statement's text is generated ({@link LimitsContractTest#longText}) with a marker word
 * 1,000 characters before its end is ingested with the default options, then found, highlighted,
 * concordanced with exact offsets and exported whole; a file one byte larger is refused by name.
 */
class LuceneIngestLimitTest {
  @TempDir Path dir;

  private static final String HEAD =
      "{\"title\":\"A very long statement\",\"date\":\"2020-01-01\",\"language\":\"en\",\"text\":\"";
  private static final String TAIL = "\"}\n";

  @Test
  void aFileAtTheDefaultSizeLimitIsIngestedAndReadBackWhole() throws IOException {
    int textLength = (int) RecordLimits.DEFAULT_MAX_FILE_BYTES - HEAD.length() - TAIL.length();
    int markerAt = textLength - 1000;
    String text = LimitsContractTest.longText(textLength, markerAt).stripTrailing();
    Path file = dir.resolve("long.jsonl");
    Files.writeString(file, HEAD + text + " ".repeat(textLength - text.length()) + TAIL);
    assertThat(Files.size(file)).isEqualTo(RecordLimits.DEFAULT_MAX_FILE_BYTES);
    Path tooLarge = dir.resolve("too-large.jsonl");
    Files.writeString(tooLarge, HEAD + text + " ".repeat(textLength - text.length() + 1) + TAIL);

    try (LuceneArchive archive = LuceneArchive.open(dir.resolve("archive"), true)) {
      IngestReport report =
          new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
              .ingestPaths(List.of(file, tooLarge), new Ingestor.Listener() {});
      assertThat(report.getIngested()).isEqualTo(1);
      assertThat(report.getFailed()).hasSize(1);
      assertThat(report.getFailed().get(0).file()).isEqualTo(tooLarge.toString());
      assertThat(report.getFailed().get(0).reason()).contains("over the limit of 67.1 MB");
      String id = report.getStatements().get(0).id();

      Statement got = archive.get(id).orElseThrow();
      assertThat(got.body()).isEqualTo(text);
      got = null;

      List<SearchHit> hits =
          archive
              .search(SearchRequest.builder(Selection.of(LimitsContractTest.MARKER)).build())
              .hits();
      assertThat(hits).extracting(SearchHit::id).containsExactly(id);
      assertThat(hits.get(0).markedSnippet("«", "»"))
          .contains("«" + LimitsContractTest.MARKER + "»");

      List<KwicLine> lines = new ArrayList<>();
      archive.kwic(KwicRequest.of(Selection.of(LimitsContractTest.MARKER)), lines::add);
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0).start()).isEqualTo(markerAt);
      assertThat(lines.get(0).end()).isEqualTo(markerAt + LimitsContractTest.MARKER.length());

      List<Statement> exported = new ArrayList<>();
      archive.export(Selection.ALL, SearchSort.RELEVANCE, exported::add);
      assertThat(exported).hasSize(1);
      assertThat(Ingestor.sha256(exported.get(0).body().getBytes(StandardCharsets.UTF_8)))
          .isEqualTo(Ingestor.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
