package io.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The limit and budget of heavy work, without HTTP. */
class HeavyWorkTest {
  @Test
  void beyondTheLimitAJobIsRefusedWith429NamingTheOptionAndWhenToRetry() throws Exception {
    try (HeavyWork work = new HeavyWork("exports", "--max-exports", 2, Duration.ofSeconds(30))) {
      HeavyWork.Job first = work.admit();
      HeavyWork.Job second = work.admit();
      assertThatThrownBy(work::admit)
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.status()).isEqualTo(429);
                assertThat(e.getMessage()).contains("2 exports").contains("--max-exports");
                assertThat(e.details()).containsEntry("limit", 2);
                // the soonest budget ends in at most 30 s
                assertThat((Long) e.details().get("retryAfter")).isBetween(1L, 30L);
              });
      first.abandon();
      HeavyWork.Job third = work.admit();
      assertThat(work.running()).isEqualTo(2);
      second.abandon();
      third.abandon();
      assertThat(work.running()).isZero();
    }
  }

  @Test
  void aStoppedJobKeepsItsPlaceUntilItsWorkHasFinished() throws Exception {
    try (HeavyWork work = new HeavyWork("analyses", "--max-analyses", 1, Duration.ofMillis(50))) {
      HeavyWork.Job job = work.admit();
      CountDownLatch running = new CountDownLatch(1);
      CountDownLatch windingDown = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Future<String> result =
          job.start(
              () -> {
                running.countDown();
                try {
                  Thread.sleep(60_000);
                  return "not stopped";
                } catch (InterruptedException e) {
                  windingDown.countDown();
                  release.await(); // work that takes a while to stop (e.g. a search not checking)
                  throw new CancellationException("stopped");
                }
              });
      assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(100);
      assertThat(job.remainingNanos()).as("the budget is spent").isNegative();
      job.stop();
      assertThat(windingDown.await(10, TimeUnit.SECONDS)).as("the work was interrupted").isTrue();
      assertThatThrownBy(work::admit)
          .as("the stopped job still counts while it winds down")
          .isInstanceOf(ApiException.class);
      release.countDown();
      assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(CancellationException.class);
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (work.running() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      work.admit().abandon();
    }
  }

  @Test
  void checkpointStopsWorkWhoseThreadWasInterrupted() throws Exception {
    try (HeavyWork work = new HeavyWork("exports", "--max-exports", 1, Duration.ofSeconds(30))) {
      HeavyWork.Job job = work.admit();
      CountDownLatch started = new CountDownLatch(1);
      Future<Long> items =
          job.start(
              () -> {
                long n = 0;
                started.countDown();
                while (true) {
                  HeavyWork.checkpoint();
                  n++;
                }
              });
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      job.stop();
      assertThatThrownBy(() -> items.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(CancellationException.class);
      // the thread is clean for the next job
      HeavyWork.Job next = null;
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (next == null && System.nanoTime() < deadline) {
        try {
          next = work.admit();
        } catch (ApiException busy) {
          Thread.sleep(10);
        }
      }
      assertThat(next).isNotNull();
      assertThat(next.start(() -> Thread.currentThread().isInterrupted()).get(10, TimeUnit.SECONDS))
          .isFalse();
    }
  }
}
