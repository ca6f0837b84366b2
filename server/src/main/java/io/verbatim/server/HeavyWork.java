package io.verbatim.server;

import io.verbatim.archive.WorkBudget;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Work of one heavy kind (exports, or analyses): at most a fixed number at once, each within a time
 * budget, on threads of its own.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #admit()} gives a {@link Job} or, when the limit is reached, throws a 429 that names
 *       the limit and the {@code serve} option that sets it, with {@code retryAfter} (seconds until
 *       the soonest running job's budget ends, at least 1).
 *   <li>{@link #start} runs the job's work on a thread of this kind. The job counts against the
 *       limit until that thread has finished the work, not merely until the answer is sent: work
 *       cut off at its budget still counts while it winds down, so cut-off work cannot pile up.
 *   <li>The threads are platform threads, not the requests' virtual threads: CPU-bound work there
 *       is time-sliced by the operating system, so it cannot hold the few carrier threads every
 *       request needs (a search beside eight exports stays fast).
 *   <li>The work runs within a {@link WorkBudget} that ends with the job's budget, so the backend
 *       stops inside its own work at the deadline (Lucene's search and document loops, Solr's
 *       {@code timeAllowed}) with an {@link io.verbatim.archive.ArchiveTimeoutException}.
 *   <li>When a job's budget is spent, {@link Job#stop()} interrupts its thread. Work that checks
 *       the interrupt stops there: the sinks the server passes to the archive call {@link
 *       #checkpoint()} for every item, and the backends check it beside the deadline.
 * </ul>
 */
public final class HeavyWork implements AutoCloseable {
  private final String what;
  private final String limitOption;
  private final int limit;
  private final Duration budget;
  private final Semaphore permits;
  private final ExecutorService threads;
  private final Set<Job> running = ConcurrentHashMap.newKeySet();

  /**
   * @param what the kind of work in messages, plural ("exports")
   * @param limitOption the {@code serve} option that sets {@code limit}, for messages
   * @param limit the most jobs at once
   * @param budget how long one job may take
   */
  public HeavyWork(String what, String limitOption, int limit, Duration budget) {
    this.what = Objects.requireNonNull(what, "what");
    this.limitOption = Objects.requireNonNull(limitOption, "limit option");
    if (limit < 1) {
      throw new IllegalArgumentException("the limit of " + what + " must be >= 1: " + limit);
    }
    this.limit = limit;
    this.budget = Objects.requireNonNull(budget, "budget");
    this.permits = new Semaphore(limit);
    this.threads =
        Executors.newCachedThreadPool(
            Thread.ofPlatform().name("verbatim-" + what + "-", 1).daemon(true).factory());
  }

  /** How long one job may take. */
  public Duration budget() {
    return budget;
  }

  /** The most jobs at once. */
  public int limit() {
    return limit;
  }

  /** How many jobs hold a place now (running, or winding down after their budget). */
  public int running() {
    return running.size();
  }

  /**
   * A place for one job, its budget starting now.
   *
   * @throws ApiException 429 when {@link #limit()} jobs are running
   */
  public Job admit() {
    if (!permits.tryAcquire()) {
      long soonest = Long.MAX_VALUE;
      for (Job j : running) {
        soonest = Math.min(soonest, j.remainingNanos());
      }
      long retryAfter =
          soonest == Long.MAX_VALUE ? 1 : Math.max(1, (soonest + 999_999_999L) / 1_000_000_000L);
      throw new ApiException(
          429,
          "the server is already running "
              + limit
              + " "
              + what
              + ", its limit (serve "
              + limitOption
              + "); retry in "
              + retryAfter
              + " s",
          Map.of("limit", limit, "option", limitOption, "retryAfter", retryAfter));
    }
    Job job = new Job(System.nanoTime() + budget.toNanos());
    running.add(job);
    return job;
  }

  /**
   * Stops the calling work when its job has been stopped: call it for every item a long piece of
   * work produces.
   *
   * @throws CancellationException when the thread was interrupted (the budget is spent)
   */
  public static void checkpoint() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("stopped: the time budget is spent");
    }
  }

  /** Stops taking work; running jobs are interrupted. */
  @Override
  public void close() {
    threads.shutdownNow();
  }

  /** One admitted piece of work: its deadline, and its place until its work has finished. */
  public final class Job {
    private final long deadline;
    private boolean started;
    private boolean stopped;
    private boolean released;
    private Thread worker;

    private Job(long deadline) {
      this.deadline = deadline;
    }

    /** Nanoseconds left of the budget (negative when spent). */
    public long remainingNanos() {
      return deadline - System.nanoTime();
    }

    /**
     * Runs {@code work} on a thread of this kind; the job's place is given back when it has
     * finished. May be called once.
     *
     * @return the work's result; {@code get} reports any failure of the work as an {@link
     *     java.util.concurrent.ExecutionException} whose cause is the work's exception ({@link
     *     CancellationException} when it stopped at a {@link HeavyWork#checkpoint()})
     */
    public <T> CompletableFuture<T> start(Callable<T> work) {
      Objects.requireNonNull(work, "work");
      synchronized (this) {
        if (started) {
          throw new IllegalStateException("this job has started already");
        }
        started = true;
      }
      CompletableFuture<T> result = new CompletableFuture<>();
      try {
        threads.execute(() -> run(work, result));
      } catch (RejectedExecutionException e) {
        release();
        throw new ApiException(503, "the server is stopping");
      }
      return result;
    }

    private <T> void run(Callable<T> work, CompletableFuture<T> result) {
      try {
        synchronized (this) {
          if (stopped) {
            throw new CancellationException("stopped before it started");
          }
          worker = Thread.currentThread();
        }
        // Job.stop() interrupts the work when the budget is spent: no second alarm
        result.complete(WorkBudget.until(deadline, budget).withoutAlarm().run(work));
      } catch (Throwable t) {
        // as a CompletionException, so that get() reports every failure, a cancellation included,
        // as an ExecutionException with the work's own exception as its cause
        result.completeExceptionally(new CompletionException(t));
      } finally {
        synchronized (this) {
          worker = null;
        }
        Thread.interrupted(); // a stop that came late must not reach the thread's next job
        release();
      }
    }

    /**
     * Interrupts the job's work (see {@link HeavyWork#checkpoint()}); the job keeps its place until
     * the work has finished.
     */
    public synchronized void stop() {
      stopped = true;
      if (worker != null) {
        worker.interrupt();
      }
    }

    /** Gives the place back when the job's work was never started. */
    public void abandon() {
      synchronized (this) {
        if (started) {
          return;
        }
      }
      release();
    }

    private synchronized void release() {
      if (!released) {
        released = true;
        running.remove(this);
        permits.release();
      }
    }
  }
}
