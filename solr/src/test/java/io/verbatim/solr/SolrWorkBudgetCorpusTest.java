package io.verbatim.solr;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.ArchiveTimeoutException;
import io.verbatim.archive.CollocationRequest;
import io.verbatim.archive.KeynessRequest;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.archive.WorkBudget;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.testing.SharedCorpus;
import io.verbatim.testing.StoppedWork;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A spent {@link WorkBudget} stops the work on SolrCloud too: over the 2024 UN General Debate (192
 * long speeches from {@code ../shared}) on a 2-shard × 2-replica mini cluster, calls that take a
 * second or more (a concordance of "the", collocations and keyness read from term vectors, an
 * export of everything) are cut off at a 100 ms deadline or at an interrupt: each throws {@link
 * ArchiveTimeoutException}, never a partial answer, and the calling thread ends soon after. The
 * Solr nodes run in this JVM, so the CPU counted after the call ended includes theirs: a search
 * still running there would show.
 *
 * <p>Thresholds are generous (a shared two-core machine): the thread must end within 3 s of the
 * deadline, and once the node has finished the page it was serving ({@link #SETTLE}) the JVM may
 * use at most half of one core in the half second after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrWorkBudgetCorpusTest {
  private static final Duration BUDGET = Duration.ofMillis(100);
  private static final Duration GRACE = Duration.ofSeconds(3);

  /**
   * A Solr node answers the page it was asked for (up to 500 statements) even when the client has
   * gone: only a search without a cursor stops inside Solr ({@code timeAllowed}). The quiet window
   * starts after this much time for that page.
   */
  private static final Duration SETTLE = Duration.ofSeconds(2);

  private SolrTestCluster solr;
  private SolrArchive archive;

  @BeforeAll
  void ingest() throws Exception {
    solr = SolrTestCluster.start(2);
    archive = SolrArchive.open(solr.createArchive("budget"), false);
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestPaths(
                List.of(SharedCorpus.path("corpus/ungdc/TXT/Session 79 - 2024")),
                new Ingestor.Listener() {});
    assertThat(report.getFailed()).isEmpty();
    assertThat(archive.stats().statements()).isEqualTo(192);
  }

  @AfterAll
  void stop() throws Exception {
    if (archive != null) {
      archive.close();
    }
    if (solr != null) {
      solr.close();
    }
  }

  Stream<Arguments> heavyCalls() {
    return Stream.of(
        Arguments.of(
            "concordance of 'the'",
            (Callable<Object>)
                () -> archive.kwic(KwicRequest.of(Selection.of("\"the\"")), line -> {})),
        Arguments.of(
            "collocations of 'the'",
            (Callable<Object>)
                () ->
                    archive.collocations(
                        new CollocationRequest(Selection.ALL, "the", "en", 20, 1, 50))),
        Arguments.of(
            "keyness of word pairs against everything",
            (Callable<Object>)
                () ->
                    archive.keyness(
                        new KeynessRequest(Selection.of("nuclear"), Selection.ALL, "en", 2, 50))),
        Arguments.of(
            "export of everything by date",
            (Callable<Object>)
                () -> {
                  // A consumer that takes 2 ms of CPU per statement, as writing a file may: the
                  // whole export then lasts well past the budget on any machine, and the archive
                  // must stop between statements.
                  archive.export(Selection.ALL, SearchSort.DATE_ASC, s -> busy(2));
                  return null;
                }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("heavyCalls")
  void aPassedDeadlineStopsTheWork(String name, Callable<Object> call) throws Exception {
    StoppedWork.Outcome o = StoppedWork.withBudget(BUDGET, BUDGET.plus(GRACE), SETTLE, call);
    System.out.printf("solr, %s within %s: %s%n", name, BUDGET, o);
    assertThat(o.ended()).as("%s still running %s after its deadline", name, GRACE).isTrue();
    assertThat(o.failure()).as(name).isInstanceOf(ArchiveTimeoutException.class);
    assertQuietAfter(o);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("heavyCalls")
  void anInterruptStopsTheWork(String name, Callable<Object> call) throws Exception {
    StoppedWork.Outcome o = StoppedWork.interruptedAfter(BUDGET, GRACE, SETTLE, call);
    System.out.printf("solr, %s interrupted after %s: %s%n", name, BUDGET, o);
    assertThat(o.ended()).as("%s still running %s after the interrupt", name, GRACE).isTrue();
    assertThat(o.failure()).as(name).isInstanceOf(ArchiveTimeoutException.class);
    assertQuietAfter(o);
  }

  @Test
  void aSearchThatSolrCutsShortIsNeverAPartialAnswer() throws Exception {
    // 1 ms for a pattern over every word form: Solr stops at timeAllowed and marks the answer
    // partial; the archive must not pass it on as if complete.
    SearchRequest request = SearchRequest.builder("*e* OR *a*").withLimit(10).build();
    long full = archive.search(request).total();
    assertThat(full).isEqualTo(192);
    int timedOut = 0;
    for (int i = 0; i < 5; i++) {
      try {
        long total = WorkBudget.call(Duration.ofMillis(1), () -> archive.search(request)).total();
        assertThat(total).as("an answer given within the budget is complete").isEqualTo(full);
      } catch (ArchiveTimeoutException e) {
        timedOut++;
      }
    }
    assertThat(timedOut).as("1 ms is too short for this search").isPositive();
  }

  @Test
  void theCallsFinishWithoutABudget() throws Exception {
    AtomicLong lines = new AtomicLong();
    long t0 = System.nanoTime();
    archive.kwic(KwicRequest.of(Selection.of("\"the\"")), line -> lines.incrementAndGet());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("solr: concordance of 'the' unbounded: %d lines in %d ms%n", lines.get(), ms);
    // The work the budgets cut short is real: tens of thousands of lines (how long it takes
    // depends on the machine, so it is printed, not asserted).
    assertThat(lines.get()).isGreaterThan(10_000);
  }

  /** Spends {@code millis} of CPU on this thread. */
  private static void busy(long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  private static void assertQuietAfter(StoppedWork.Outcome o) {
    assertThat(o.cpuAfterMillis())
        .as("CPU used in the %d ms after the work stopped", o.quietMillis())
        .isLessThan(o.quietMillis() / 2);
  }
}
