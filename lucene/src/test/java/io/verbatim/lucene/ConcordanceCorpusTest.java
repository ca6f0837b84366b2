package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.KwicSummary;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.archive.Timeline;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.lucene.IndexFields.TextGroup;
import io.verbatim.model.Statement;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concordance, timeline and export over the UN General Debate speeches in the shared corpus (read
 * from {@code ../shared}, never copied): every analyzer match of a word is one concordance line of
 * exact text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcordanceCorpusTest {
  private LuceneArchive archive;
  private final Map<String, Statement> statements = new HashMap<>();

  @BeforeAll
  void ingestTheGeneralDebate(@TempDir Path temp) throws IOException {
    archive = LuceneArchive.open(temp.resolve("ungdc"), true);
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestPaths(List.of(SharedCorpus.path("corpus/ungdc")), new Ingestor.Listener() {});
    assertThat(report.getFailed()).isEmpty();
    archive.export(Selection.ALL, SearchSort.RELEVANCE, s -> statements.put(s.id(), s));
    assertThat(statements).hasSize(1517);
  }

  @AfterAll
  void close() throws IOException {
    if (archive != null) {
      archive.close();
    }
  }

  /** The spans where {@code group}'s analyzer yields {@code term} in {@code body}. */
  private static List<int[]> analyzerMatches(TextGroup group, String body, String term)
      throws IOException {
    List<int[]> spans = new ArrayList<>();
    try (Analyzer analyzer = group.newAnalyzer();
        TokenStream tokens = analyzer.tokenStream(group.bodyField(), body)) {
      CharTermAttribute text = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (text.toString().equals(term)) {
          spans.add(new int[] {offsets.startOffset(), offsets.endOffset()});
        }
      }
      tokens.end();
    }
    return spans;
  }

  @Test
  void everyAnalyzerMatchOfNuclearIsALineOfExactText() throws IOException {
    Map<String, List<int[]>> expected = new HashMap<>();
    long expectedLines = 0;
    for (Statement s : statements.values()) {
      List<int[]> spans = analyzerMatches(TextGroup.of(s.language()), s.body(), "nuclear");
      if (!spans.isEmpty()) {
        expected.put(s.id(), spans);
        expectedLines += spans.size();
      }
    }
    List<KwicLine> lines = new ArrayList<>();
    long start = System.nanoTime();
    KwicSummary summary = archive.kwic(KwicRequest.of(Selection.of("nuclear")), lines::add);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(expectedLines).isGreaterThan(1000);
    assertThat(summary.lines()).isEqualTo(lines.size()).isEqualTo(expectedLines);
    assertThat(summary.statements()).isEqualTo(expected.size());
    Map<String, Integer> seen = new HashMap<>();
    for (KwicLine line : lines) {
      String body = statements.get(line.statementId()).body();
      assertThat(
              body.substring(
                  line.start() - line.left().length(), line.end() + line.right().length()))
          .isEqualTo(line.left() + line.match() + line.right());
      int i = seen.merge(line.statementId(), 1, Integer::sum) - 1;
      int[] span = expected.get(line.statementId()).get(i);
      assertThat(new int[] {line.start(), line.end()}).isEqualTo(span);
      assertThat(line.match().toLowerCase(Locale.ROOT)).startsWith("nuclear");
    }
    System.out.printf(
        Locale.ROOT,
        "kwic 'nuclear' over %d UNGDC speeches: %d lines in %d statements, %d ms%n",
        statements.size(),
        lines.size(),
        summary.statements(),
        millis);
  }

  @Test
  void theFirstHundredLinesStreamWithoutReadingTheRest() throws IOException {
    List<KwicLine> lines = new ArrayList<>();
    long start = System.nanoTime();
    KwicSummary summary =
        archive.kwic(KwicRequest.of(Selection.of("nations")).withLimit(100), lines::add);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(lines).hasSize(100);
    assertThat(summary.limitReached()).isTrue();
    System.out.printf(Locale.ROOT, "first 100 kwic lines of 'nations': %d ms%n", millis);
  }

  @Test
  void timelineOfNuclearSumsToTheSearchTotal() throws IOException {
    SearchRequest nuclear = SearchRequest.builder("nuclear").withLimit(0).build();
    long total = archive.search(nuclear).total();
    for (Timeline.Split split : Timeline.Split.values()) {
      Timeline t = archive.timeline(nuclear.selection(), Timeline.Interval.YEAR, split);
      assertThat(t.dated() + t.undated()).as(split.name()).isEqualTo(total);
    }
    assertThat(total).isGreaterThan(500);
    // The speeches are dated by the session year of their file name: none is undated, and by
    // month each is in the bucket of its year alone.
    Timeline byYear =
        archive.timeline(nuclear.selection(), Timeline.Interval.YEAR, Timeline.Split.NONE);
    assertThat(byYear.undated()).isZero();
    Timeline byMonth =
        archive.timeline(nuclear.selection(), Timeline.Interval.MONTH, Timeline.Split.NONE);
    assertThat(byMonth.buckets())
        .allSatisfy(
            b -> assertThat(b.precision()).isEqualTo(io.verbatim.model.Published.Precision.YEAR));
    assertThat(byMonth.buckets()).isEqualTo(byYear.buckets());
  }
}
