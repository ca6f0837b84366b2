package io.verbatim.lucene;

import io.verbatim.archive.ArchiveTimeoutException;
import io.verbatim.archive.WorkBudget;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Weight;

/**
 * A searcher for one archive call that stops when the call's {@link WorkBudget} is spent, and then
 * throws {@link ArchiveTimeoutException} instead of returning what it found so far.
 *
 * <p>Lucene's own {@link IndexSearcher#setTimeout} stops scoring a segment when the {@link
 * QueryTimeout} fires ({@link BudgetTimeout}: the deadline passed, or the thread that made the call
 * was interrupted), checked every so many documents, on whichever search thread scores the slice;
 * Lucene then marks the result partial ({@link #timedOut()}). This searcher turns a partial result
 * into the exception, and does not start a segment once the budget is spent. Loops of our own over
 * documents ({@link SelectedDocs}, the analyses) check the budget themselves.
 *
 * <p>Made per call over the shared reader (cheap: no index is opened), so the timeout of one call
 * never reaches another's.
 */
final class BudgetedSearcher extends IndexSearcher {
  private final WorkBudget budget;
  private final QueryTimeout timeout;

  private BudgetedSearcher(IndexReader reader, Executor threads, WorkBudget budget, Thread caller) {
    super(reader, threads);
    this.budget = budget;
    this.timeout = new BudgetTimeout(budget, caller);
    setTimeout(timeout);
  }

  /**
   * A searcher over {@code shared}'s reader within the calling thread's budget ({@link
   * WorkBudget#current()}), searching slices on {@code threads} like {@code shared}.
   */
  static BudgetedSearcher of(IndexSearcher shared, Executor threads) {
    Objects.requireNonNull(shared, "searcher");
    BudgetedSearcher searcher =
        new BudgetedSearcher(
            shared.getIndexReader(), threads, WorkBudget.current(), Thread.currentThread());
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setQueryCache(shared.getQueryCache());
    searcher.setQueryCachingPolicy(shared.getQueryCachingPolicy());
    return searcher;
  }

  /** The budget of the call this searcher serves. */
  WorkBudget budget() {
    return budget;
  }

  @Override
  protected void searchLeaf(
      LeafReaderContext ctx, int minDocId, int maxDocId, Weight weight, Collector collector)
      throws IOException {
    if (timeout.shouldExit()) {
      throw budget.exceeded();
    }
    super.searchLeaf(ctx, minDocId, maxDocId, weight, collector);
    if (timedOut()) {
      throw budget.exceeded();
    }
  }

  /** Fires when the budget's deadline has passed or the calling thread is interrupted. */
  record BudgetTimeout(WorkBudget budget, Thread caller) implements QueryTimeout {
    BudgetTimeout {
      Objects.requireNonNull(budget, "budget");
      Objects.requireNonNull(caller, "calling thread");
    }

    @Override
    public boolean shouldExit() {
      return budget.spent(caller);
    }
  }
}
