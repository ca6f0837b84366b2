package io.verbatim.testing;

import io.verbatim.archive.WorkBudget;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an archive call on a thread of its own and watches whether it stops when its budget is
 * spent: how long the thread lived past the deadline (or the interrupt), how it ended, and how much
 * CPU the whole JVM burnt in a quiet window after it ended (the backend's own threads included:
 * Lucene's search threads, and on the mini SolrCloud cluster the Solr nodes, which run in the same
 * JVM). Compiler threads are left out of the CPU count: the JIT may still compile what just ran.
 *
 * <p>These are behaviour checks (the work stops), not speed checks: callers keep their thresholds
 * generous.
 */
public final class StoppedWork {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * What happened.
   *
   * @param failure what the call threw (null when it returned)
   * @param elapsedMillis from the start to the thread's end (or the end of waiting)
   * @param workerCpuMillis the CPU the worker thread used until its last sample before it ended
   * @param ended whether the thread ended within the wait
   * @param cpuAfterMillis CPU used by every thread but the compilers in {@code quietMillis} after
   *     the thread ended and a settling time the caller chose
   * @param quietMillis the length of that window
   */
  public record Outcome(
      Throwable failure,
      long elapsedMillis,
      long workerCpuMillis,
      boolean ended,
      long cpuAfterMillis,
      long quietMillis) {}

  private StoppedWork() {}

  /**
   * Runs {@code work} within a {@link WorkBudget} of {@code budget}; waits up to {@code wait}; the
   * quiet window starts {@code settle} after the thread ended.
   */
  public static Outcome withBudget(
      Duration budget, Duration wait, Duration settle, Callable<?> work)
      throws InterruptedException {
    return run(() -> WorkBudget.call(budget, work), null, wait, settle);
  }

  /** Runs {@code work} without a deadline and interrupts it after {@code after}. */
  public static Outcome interruptedAfter(
      Duration after, Duration wait, Duration settle, Callable<?> work)
      throws InterruptedException {
    return run(work, after, wait, settle);
  }

  private static Outcome run(
      Callable<?> work, Duration interruptAfter, Duration wait, Duration settle)
      throws InterruptedException {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker =
        Thread.ofPlatform()
            .name("stopped-work")
            .unstarted(
                () -> {
                  try {
                    work.call();
                  } catch (Throwable t) {
                    failure.set(t);
                  }
                });
    long start = System.nanoTime();
    worker.start();
    if (interruptAfter != null) {
      worker.join(interruptAfter);
      worker.interrupt();
    }
    long deadline =
        start + wait.toNanos() + (interruptAfter == null ? 0 : interruptAfter.toNanos());
    long workerCpu = 0;
    while (worker.isAlive() && System.nanoTime() < deadline) {
      long cpu = THREADS.getThreadCpuTime(worker.threadId());
      if (cpu > 0) {
        workerCpu = cpu;
      }
      worker.join(5);
    }
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    boolean ended = !worker.isAlive();
    long quiet = 500;
    long cpuAfter = -1;
    if (ended) {
      Thread.sleep(settle.toMillis());
      long before = jvmCpuNanos();
      Thread.sleep(quiet);
      cpuAfter = (jvmCpuNanos() - before) / 1_000_000;
    } else {
      worker.interrupt();
    }
    return new Outcome(failure.get(), elapsed, workerCpu / 1_000_000, ended, cpuAfter, quiet);
  }

  /** CPU time of every live thread but the JIT compilers, in nanoseconds. */
  private static long jvmCpuNanos() {
    long sum = 0;
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info == null || info.getThreadName().contains("CompilerThread")) {
        continue;
      }
      long cpu = THREADS.getThreadCpuTime(info.getThreadId());
      if (cpu > 0) {
        sum += cpu;
      }
    }
    return sum;
  }
}
