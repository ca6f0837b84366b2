package io.verbatim.fuzz;

import io.verbatim.testing.Mutator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one {@link FuzzTarget} for a while: mutates its seeds (and inputs that passed) with a {@link
 * Mutator}, checks the property on each input on a worker thread, and keeps what fails.
 *
 * <p>A failure is an exception out of the property, an input that takes longer than {@link
 * #TIMEOUT_SECONDS} (a hang), or one that allocates more than {@link #allocationLimit} bytes
 * (unbounded memory). Failures are grouped by signature (the exception's type and first frame),
 * shrunk by deleting pieces while the same signature persists, and written to {@code
 * target/fuzz-findings/}.
 */
final class Fuzzer {
  /** Seconds one input may take before it counts as a hang; generous for loaded CI machines. */
  static final int TIMEOUT_SECONDS = 20;

  private static final int MAX_INPUT = 1 << 20;
  private static final int POOL = 200;

  /** A failing input, shrunk, and what it did. */
  record Finding(String target, String signature, String description, byte[] input, Path saved) {}

  /** What a run did, and its slowest input. */
  record Run(
      String target, long inputs, List<Finding> findings, long slowestMillis, int slowestSize) {}

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /**
   * Bytes one input of {@code length} bytes may allocate: 256 MiB plus 16,000 per input byte.
   * Linear costs pass (the CSV reader allocates about 45 KB per row, 10,000 times a three-byte
   * row); quadratic ones (a copy of the page per nesting level) do not.
   */
  static long allocationLimit(int length) {
    return (256L << 20) + 16_000L * length;
  }

  /** Fuzzes {@code target} for {@code millis} with random state from {@code seed}. */
  Run run(FuzzTarget target, long seed, long millis, Path findingsFolder) {
    SplittableRandom random = new SplittableRandom(seed ^ target.name().hashCode());
    Mutator mutator = new Mutator(random, target.tokens());
    List<byte[]> pool = new ArrayList<>(target.seeds());
    if (pool.isEmpty()) {
      pool.add(new byte[0]);
    }
    Map<String, Finding> findings = new LinkedHashMap<>();
    ExecutorService worker = newWorker();
    long deadline = System.nanoTime() + millis * 1_000_000;
    long inputs = 0;
    long slowest = 0;
    int slowestSize = 0;
    try {
      for (byte[] s : target.seeds()) { // every seed as it is, first
        inputs++;
        Failure f = check(worker, target, s);
        if (f != null) {
          record(findings, target, f, s, worker, findingsFolder);
        }
      }
      while (System.nanoTime() < deadline && findings.size() < 10) {
        byte[] base = pool.get(random.nextInt(pool.size()));
        byte[] other = pool.get(random.nextInt(pool.size()));
        byte[] input = mutator.mutate(base, other);
        if (input.length > MAX_INPUT) {
          continue;
        }
        inputs++;
        long started = System.nanoTime();
        Failure f = check(worker, target, input);
        long took = (System.nanoTime() - started) / 1_000_000;
        if (took > slowest) {
          slowest = took;
          slowestSize = input.length;
        }
        if (f == null) {
          if (random.nextInt(8) == 0) { // passing inputs join the pool, so mutations stack
            pool.set(pool.size() < POOL ? pool.size() - 1 : random.nextInt(pool.size()), input);
            if (pool.size() < POOL) {
              pool.add(base);
            }
          }
        } else if (f.hang()) {
          worker.shutdownNow(); // its thread is stuck; give up on this target
          findings.putIfAbsent(f.signature(), save(target, f, input, findingsFolder));
          break;
        } else if (!findings.containsKey(f.signature())) {
          record(findings, target, f, input, worker, findingsFolder);
        }
      }
    } finally {
      worker.shutdownNow();
    }
    return new Run(target.name(), inputs, List.copyOf(findings.values()), slowest, slowestSize);
  }

  /** How an input failed: its signature, a description, and whether it hung. */
  record Failure(String signature, String description, boolean hang) {}

  /** Checks one input on the worker; null when the property holds. */
  Failure check(ExecutorService worker, FuzzTarget target, byte[] input) {
    Future<Failure> result =
        worker.submit(
            () -> {
              long before = threads.getCurrentThreadAllocatedBytes();
              try {
                target.property().check(input);
              } catch (Throwable t) {
                return failure(t);
              }
              long allocated = threads.getCurrentThreadAllocatedBytes() - before;
              if (allocated > allocationLimit(input.length)) {
                return new Failure(
                    "memory",
                    "allocated " + (allocated >> 20) + " MiB for " + input.length + " bytes",
                    false);
              }
              return null;
            });
    try {
      return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      return new Failure("hang", "no answer within " + TIMEOUT_SECONDS + " s", true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("fuzzing was interrupted", e);
    } catch (ExecutionException e) {
      return failure(e.getCause());
    }
  }

  private static Failure failure(Throwable t) {
    StackTraceElement where = null;
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().startsWith("io.verbatim.") && !e.getClassName().contains(".fuzz.")) {
        where = e;
        break;
      }
    }
    if (where == null && t.getStackTrace().length > 0) {
      where = t.getStackTrace()[0];
    }
    String signature = t.getClass().getName() + " at " + where;
    return new Failure(signature, t + " at " + where, false);
  }

  private void record(
      Map<String, Finding> findings,
      FuzzTarget target,
      Failure f,
      byte[] input,
      ExecutorService worker,
      Path folder) {
    byte[] small = shrink(worker, target, input, f.signature());
    findings.put(f.signature(), save(target, f, small, folder));
  }

  /** Deletes pieces of {@code input}, halving their size, while the failure stays the same. */
  private byte[] shrink(ExecutorService worker, FuzzTarget target, byte[] input, String signature) {
    byte[] best = input;
    long stop = System.nanoTime() + 10_000_000_000L;
    for (int chunk = Math.max(1, best.length / 2); chunk >= 1; chunk /= 2) {
      for (int at = 0; at + chunk <= best.length && System.nanoTime() < stop; ) {
        byte[] candidate = new byte[best.length - chunk];
        System.arraycopy(best, 0, candidate, 0, at);
        System.arraycopy(best, at + chunk, candidate, at, best.length - at - chunk);
        Failure f = check(worker, target, candidate);
        if (f != null && f.signature().equals(signature)) {
          best = candidate;
        } else {
          at += chunk;
        }
      }
    }
    return best;
  }

  private static Finding save(FuzzTarget target, Failure f, byte[] input, Path folder) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(target.name() + "-" + sha(input).substring(0, 12) + ".bin");
      Files.write(file, input);
      return new Finding(target.name(), f.signature(), f.description(), input, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        Thread.ofPlatform().name("fuzz-worker").daemon(true).factory());
  }
}
