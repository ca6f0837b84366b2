package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkBudgetTest {
  @Test
  void outsideACallTheBudgetIsUnboundedButAnInterruptStillStops() {
    assertThat(WorkBudget.current()).isSameAs(WorkBudget.UNBOUNDED);
    assertThat(WorkBudget.current().remainingMillis()).isEqualTo(Long.MAX_VALUE);
    WorkBudget.current().check();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> WorkBudget.current().check())
          .isInstanceOf(ArchiveTimeoutException.class)
          .hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).as("the flag stays set").isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void insideACallTheBudgetIsTheCallsAndThePreviousOneComesBack() throws Exception {
    WorkBudget seen =
        WorkBudget.call(
            Duration.ofSeconds(30),
            () -> {
              WorkBudget inner = WorkBudget.call(Duration.ofSeconds(5), WorkBudget::current);
              assertThat(inner.millis()).isEqualTo(5_000);
              return WorkBudget.current();
            });
    assertThat(seen.bounded()).isTrue();
    assertThat(seen.millis()).isEqualTo(30_000);
    assertThat(seen.remainingMillis()).isBetween(1L, 30_000L);
    assertThat(WorkBudget.current()).isSameAs(WorkBudget.UNBOUNDED);
  }

  @Test
  void aPassedDeadlineStopsWithTheBudgetInTheMessage() throws Exception {
    WorkBudget.call(
        Duration.ofMillis(20),
        () -> {
          long until = System.nanoTime() + 40_000_000L;
          while (System.nanoTime() < until) {
            Thread.onSpinWait(); // busy, as a loop over documents is
          }
          assertThat(WorkBudget.current().pastDeadline()).isTrue();
          assertThat(WorkBudget.current().remainingMillis()).isZero();
          assertThatThrownBy(() -> WorkBudget.current().check())
              .isInstanceOf(ArchiveTimeoutException.class)
              .hasMessage("stopped: the time budget of 20 ms is spent")
              .extracting(e -> ((ArchiveTimeoutException) e).budgetMillis())
              .isEqualTo(20L);
          return null;
        });
  }

  @Test
  void anInterruptOfTheWorkingThreadSpendsTheBudgetForOthersWatchingIt() throws Exception {
    WorkBudget budget = WorkBudget.of(Duration.ofMinutes(1));
    Thread worker =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!stop) {
                    Thread.onSpinWait(); // ignores the interrupt, alive until the test ends it
                  }
                });
    assertThat(budget.spent(worker)).isFalse();
    worker.interrupt();
    assertThat(budget.spent(worker)).isTrue();
    assertThat(budget.spent(Thread.currentThread())).isFalse();
    stop = true;
    worker.join(5_000);
  }

  private static volatile boolean stop;

  @Test
  void theDeadlineInterruptsBlockingWorkAndTheInterruptIsClearedAfter() throws Exception {
    long t0 = System.nanoTime();
    assertThatThrownBy(
            () ->
                WorkBudget.call(
                    Duration.ofMillis(50),
                    () -> {
                      Thread.sleep(10_000); // a request waiting for its answer
                      return null;
                    }))
        .isInstanceOf(InterruptedException.class);
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
    assertThat(Thread.currentThread().isInterrupted())
        .as("cleared when the call returns")
        .isFalse();
    assertThat(WorkBudget.call(Duration.ofMillis(50), () -> "quick")).isEqualTo("quick");
    Thread.sleep(100); // past that budget's deadline: its watchdog must not fire any more
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void aBudgetMustBePositive() {
    assertThatThrownBy(() -> WorkBudget.of(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
