package io.verbatim.archive;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * How long the archive calls of the current thread may take: a deadline, and the thread's interrupt
 * flag. Backends honour it inside their work, so a call past its budget stops working instead of
 * only losing its answer.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #call(Duration, Callable)} runs work with a budget on the calling thread; inside it
 *       {@link #current()} is that budget. Outside any call {@link #current()} is {@link
 *       #UNBOUNDED}: no deadline, but an interrupt still stops the work.
 *   <li>A budget is <b>spent</b> when its deadline has passed or the thread doing the work is
 *       interrupted. {@link #check()} throws {@link ArchiveTimeoutException} then; it is cheap (a
 *       clock read and a flag), so loops over documents call it for every document.
 *   <li>Backends check it: in their loops over documents, lines and terms; inside Lucene's search
 *       (a {@code QueryTimeout} over {@link #spent(Thread)}); on SolrCloud as {@code timeAllowed}
 *       ({@link #remainingMillis()}), where a partial answer becomes an {@link
 *       ArchiveTimeoutException} too. A spent budget never yields a partial answer.
 *   <li>A bounded budget also interrupts the thread at its deadline (one shared watchdog thread;
 *       not {@link #withoutAlarm()}), so that blocking calls end too: a request to SolrCloud
 *       waiting for a page, Lucene waiting for its search threads. That interrupt is cleared when
 *       the call returns; an interrupt from elsewhere is left as it is (set), so work that follows
 *       on the thread sees it too.
 * </ul>
 */
public final class WorkBudget {
  /** No deadline; stops only when the thread is interrupted. */
  public static final WorkBudget UNBOUNDED = new WorkBudget(0, 0, false);

  private static final ThreadLocal<WorkBudget> CURRENT = new ThreadLocal<>();
  private static final ScheduledThreadPoolExecutor WATCHDOG = newWatchdog();

  private final long deadline; // System.nanoTime(); meaningless when millis == 0
  private final long millis; // the budget; 0 = none
  private final boolean alarm; // interrupt the thread at the deadline

  private WorkBudget(long deadline, long millis, boolean alarm) {
    this.deadline = deadline;
    this.millis = millis;
    this.alarm = alarm;
  }

  /**
   * This budget without the interrupt at the deadline, for callers that interrupt the work
   * themselves when its time is up (the server's query timeout and heavy work), so that it is
   * interrupted once, by them.
   */
  public WorkBudget withoutAlarm() {
    return new WorkBudget(deadline, millis, false);
  }

  /** A budget of {@code budget} starting now (not yet bound to a thread; see {@link #call}). */
  public static WorkBudget of(Duration budget) {
    Objects.requireNonNull(budget, "budget");
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("a time budget must be positive: " + budget);
    }
    long ms = Math.max(1, budget.toMillis());
    return new WorkBudget(System.nanoTime() + budget.toNanos(), ms, true);
  }

  /**
   * A budget of {@code budget} that ends at {@code deadlineNanos} (a {@link System#nanoTime()}
   * value), for work that started before it was handed to the thread that does it.
   */
  public static WorkBudget until(long deadlineNanos, Duration budget) {
    Objects.requireNonNull(budget, "budget");
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("a time budget must be positive: " + budget);
    }
    return new WorkBudget(deadlineNanos, Math.max(1, budget.toMillis()), true);
  }

  /** Runs {@code work} on this thread with a budget of {@code budget} starting now. */
  public static <T> T call(Duration budget, Callable<T> work) throws Exception {
    return of(budget).run(work);
  }

  /** Runs {@code work} on this thread within this budget; the previous budget is restored after. */
  public <T> T run(Callable<T> work) throws Exception {
    Objects.requireNonNull(work, "work");
    WorkBudget previous = CURRENT.get();
    CURRENT.set(this);
    Watch watch = bounded() && alarm ? new Watch(Thread.currentThread(), deadline) : null;
    try {
      return work.call();
    } finally {
      if (watch != null) {
        watch.end();
      }
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  private static ScheduledThreadPoolExecutor newWatchdog() {
    ScheduledThreadPoolExecutor e =
        new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().name("verbatim-budget-watchdog").daemon(true).factory());
    e.setRemoveOnCancelPolicy(true);
    return e;
  }

  /** Interrupts a thread at a deadline unless its work has ended before. */
  private static final class Watch implements Runnable {
    private final Thread thread;
    private final ScheduledFuture<?> alarm;
    private boolean ended;
    private boolean fired;

    Watch(Thread thread, long deadline) {
      this.thread = thread;
      this.alarm =
          WATCHDOG.schedule(this, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void run() {
      if (!ended) {
        fired = true;
        thread.interrupt();
      }
    }

    /** Called by the watched thread when its work has ended. */
    synchronized void end() {
      ended = true;
      alarm.cancel(false);
      if (fired) {
        Thread.interrupted(); // ours: the work it was meant to stop has ended
      }
    }
  }

  /** The budget of the calling thread's archive call, or {@link #UNBOUNDED}. */
  public static WorkBudget current() {
    WorkBudget b = CURRENT.get();
    return b == null ? UNBOUNDED : b;
  }

  /** True when this budget has a deadline. */
  public boolean bounded() {
    return millis > 0;
  }

  /** The budget in milliseconds; 0 when unbounded. */
  public long millis() {
    return millis;
  }

  /**
   * Milliseconds left before the deadline (0 when it has passed); {@link Long#MAX_VALUE} unbounded.
   */
  public long remainingMillis() {
    if (!bounded()) {
      return Long.MAX_VALUE;
    }
    return Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
  }

  /** True when the deadline has passed (never when unbounded). */
  public boolean pastDeadline() {
    return bounded() && System.nanoTime() - deadline >= 0;
  }

  /**
   * True when the deadline has passed or {@code worker}, the thread doing the work, is interrupted.
   */
  public boolean spent(Thread worker) {
    return worker.isInterrupted() || pastDeadline();
  }

  /**
   * Stops the calling work when the budget is spent.
   *
   * @throws ArchiveTimeoutException when the deadline has passed or this thread is interrupted
   */
  public void check() {
    if (spent(Thread.currentThread())) {
      throw exceeded();
    }
  }

  /** The exception that says this budget is spent. */
  public ArchiveTimeoutException exceeded() {
    return new ArchiveTimeoutException(
        bounded()
            ? "stopped: the time budget of " + millis + " ms is spent"
            : "stopped: the work was interrupted",
        millis);
  }

  @Override
  public String toString() {
    return bounded()
        ? "WorkBudget[" + millis + " ms, " + remainingMillis() + " ms left]"
        : "WorkBudget[unbounded]";
  }
}
