package io.verbatim.archive;

/**
 * An archive call stopped because its {@link WorkBudget} was spent: its deadline passed, or the
 * thread it ran on was interrupted. Nothing of the call's answer is returned, not even the part
 * found so far: a partial answer would read as a complete one. Servers answer it as 503.
 */
public class ArchiveTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long budgetMillis;

  /**
   * @param message what stopped, for the user
   * @param budgetMillis the budget that was spent, in milliseconds; 0 when the call had none (it
   *     was interrupted)
   */
  public ArchiveTimeoutException(String message, long budgetMillis) {
    super(message);
    this.budgetMillis = budgetMillis;
  }

  /** The budget that was spent, in milliseconds; 0 when the call had none (it was interrupted). */
  public long budgetMillis() {
    return budgetMillis;
  }
}
