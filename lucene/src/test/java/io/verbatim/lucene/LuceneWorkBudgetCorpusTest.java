package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.ArchiveTimeoutException;
import io.verbatim.archive.CollocationRequest;
import io.verbatim.archive.KeynessRequest;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.archive.Timeline;
import io.verbatim.archive.WorkBudget;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Json;
import io.verbatim.testing.SharedCorpus;
import io.verbatim.testing.StoppedWork;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A spent {@link WorkBudget} stops the work inside the embedded archive, not only the answer: over
 * the UN General Debate speeches in the shared corpus (1,517 long statements, read from {@code
 * ../shared}), calls that take seconds (a concordance of "the", keyness of word pairs against the
 * whole archive, collocations of "the", an export of everything, a search that highlights every
 * statement) are cut off at a 100 ms deadline or at an interrupt: each throws {@link
 * ArchiveTimeoutException} (never a partial answer), its thread ends soon after, and the JVM is
 * quiet afterwards (no search thread goes on counting).
 *
 * <p>Thresholds are generous (a shared two-core machine): the thread must end within 2 s of the
 * deadline, where each call unbounded takes several seconds, and the JVM may use at most 40% of one
 * core in the half second after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LuceneWorkBudgetCorpusTest {
  private static final Duration BUDGET = Duration.ofMillis(100);
  private static final Duration GRACE = Duration.ofSeconds(2);

  private LuceneArchive archive;

  @BeforeAll
  void ingestTheGeneralDebate(@TempDir Path temp) throws IOException {
    archive = LuceneArchive.open(temp.resolve("ungdc"), true);
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestPaths(List.of(SharedCorpus.path("corpus/ungdc")), new Ingestor.Listener() {});
    assertThat(report.getFailed()).isEmpty();
    assertThat(archive.stats().statements()).isEqualTo(1517);
  }

  @AfterAll
  void close() throws IOException {
    if (archive != null) {
      archive.close();
    }
  }

  /** Calls that take seconds over the whole General Debate. */
  Stream<Arguments> heavyCalls() {
    return Stream.of(
        Arguments.of(
            "concordance of 'the'",
            call(() -> archive.kwic(KwicRequest.of(Selection.of("\"the\"")), line -> {}))),
        Arguments.of(
            "concordance of 'the' sorted by the word on the left",
            call(
                () ->
                    archive.kwic(
                        KwicRequest.of(Selection.of("\"the\"")).withSort(KwicRequest.Sort.LEFT_1),
                        line -> {}))),
        Arguments.of(
            "keyness of word pairs against everything",
            call(
                () ->
                    archive.keyness(
                        new KeynessRequest(Selection.of("nuclear"), Selection.ALL, "en", 2, 50)))),
        Arguments.of(
            "collocations of 'the'",
            call(
                () ->
                    archive.collocations(
                        new CollocationRequest(Selection.ALL, "the", "en", 20, 1, 50)))),
        Arguments.of(
            "export of everything as JSON",
            call(
                () -> {
                  archive.export(
                      Selection.ALL,
                      SearchSort.DATE_ASC,
                      s -> {
                        try {
                          Json.mapper().writeValue(OutputStream.nullOutputStream(), s);
                        } catch (IOException e) {
                          throw new java.io.UncheckedIOException(e);
                        }
                      });
                  return null;
                })),
        Arguments.of(
            "search of every statement with snippets",
            call(
                () ->
                    archive.search(
                        SearchRequest.builder("peace OR securit* OR develop*")
                            .withLimit(1517)
                            .build()))));
  }

  private static Callable<Object> call(Callable<Object> c) {
    return c;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("heavyCalls")
  void aPassedDeadlineStopsTheWork(String name, Callable<Object> call) throws Exception {
    StoppedWork.Outcome o = StoppedWork.withBudget(BUDGET, BUDGET.plus(GRACE), Duration.ZERO, call);
    System.out.printf("lucene, %s within %s: %s%n", name, BUDGET, o);
    assertThat(o.ended()).as("%s still running %s after its deadline", name, GRACE).isTrue();
    assertThat(o.failure())
        .as(name)
        .isInstanceOf(ArchiveTimeoutException.class)
        .hasMessageContaining("100 ms");
    assertQuietAfter(o);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("heavyCalls")
  void anInterruptStopsTheWork(String name, Callable<Object> call) throws Exception {
    StoppedWork.Outcome o = StoppedWork.interruptedAfter(BUDGET, GRACE, Duration.ZERO, call);
    System.out.printf("lucene, %s interrupted after %s: %s%n", name, BUDGET, o);
    assertThat(o.ended()).as("%s still running %s after the interrupt", name, GRACE).isTrue();
    assertThat(o.failure()).as(name).isInstanceOf(ArchiveTimeoutException.class);
    assertQuietAfter(o);
  }

  @Test
  void theCallsFinishWithoutABudget() throws Exception {
    // The heavy calls above are heavy: unbounded, each takes longer than the budget and the grace
    // together would allow them to stop in, so stopping early is the budget's doing.
    AtomicLong lines = new AtomicLong();
    long t0 = System.nanoTime();
    archive.kwic(KwicRequest.of(Selection.of("\"the\"")), line -> lines.incrementAndGet());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf(
        "lucene: concordance of 'the' unbounded: %d lines in %d ms%n", lines.get(), ms);
    assertThat(lines.get()).isGreaterThan(200_000);
    assertThat(ms).isGreaterThan(BUDGET.toMillis() * 3);
  }

  @Test
  void aLongBudgetChangesNoAnswer() throws Exception {
    Timeline unbounded =
        archive.timeline(Selection.of("peace"), Timeline.Interval.YEAR, Timeline.Split.NONE);
    Timeline bounded =
        WorkBudget.call(
            Duration.ofMinutes(5),
            () ->
                archive.timeline(
                    Selection.of("peace"), Timeline.Interval.YEAR, Timeline.Split.NONE));
    assertThat(bounded).isEqualTo(unbounded);
    var search = SearchRequest.builder("nuclear").withLimit(20).build();
    assertThat(WorkBudget.call(Duration.ofMinutes(5), () -> archive.search(search)).total())
        .isEqualTo(archive.search(search).total());
  }

  private static void assertQuietAfter(StoppedWork.Outcome o) {
    assertThat(o.cpuAfterMillis())
        .as("CPU used in the %d ms after the work stopped", o.quietMillis())
        .isLessThan(o.quietMillis() * 40 / 100);
  }
}
