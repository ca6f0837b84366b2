package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ConcordanceContractTest;
import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.KwicSummary;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.model.Published;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The concordance, timeline and export contract for the embedded Lucene archive, plus its paging.
 */
class LuceneConcordanceTest extends ConcordanceContractTest {
  @TempDir Path temp;

  @Override
  protected String newLocation() throws IOException {
    return Files.createTempDirectory(temp, "archive").resolve("a").toString();
  }

  @Override
  protected Archive openArchive(String location) throws IOException {
    return LuceneArchive.open(Path.of(location), true);
  }

  @Test
  void dateOrderPagesThroughMoreStatementsThanOnePage() throws IOException {
    int n = SelectedDocs.DATE_PAGE * 2 + 7;
    for (int i = 0; i < n; i++) {
      int day = (i * 37) % 3000;
      archive.add(
          statement(
              "Bulletin " + i + ": the ferry timetable changes again.",
              b ->
                  b.withLanguage("en")
                      .withPublished(Published.of(LocalDate.of(2015, 1, 1).plusDays(day)))));
    }
    archive.commit();
    List<Statement> newestFirst = new ArrayList<>();
    archive.export(Selection.of("ferry"), SearchSort.DATE_DESC, newestFirst::add);
    assertThat(newestFirst).hasSize(n);
    assertThat(newestFirst.stream().map(Statement::id).distinct()).hasSize(n);
    assertThat(newestFirst)
        .extracting(Statement::published)
        .isSortedAccordingTo(Comparator.reverseOrder());

    List<KwicLine> lines = new ArrayList<>();
    KwicSummary summary =
        archive.kwic(
            KwicRequest.of(Selection.of("ferry"))
                .withSort(KwicRequest.Sort.DATE_ASC)
                .withLimit(n - 1),
            lines::add);
    assertThat(lines).hasSize(n - 1);
    assertThat(summary.limitReached()).isTrue();
    assertThat(lines).extracting(KwicLine::published).isSorted();
  }
}
