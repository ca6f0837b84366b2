package io.verbatim.archive;

/**
 * The order of search hits. By date, hits are ordered by the start of their date's period, ties by
 * id: a statement dated only {@code 2019} sorts as 1 January 2019 00:00, so it comes first among
 * the statements of 2019 oldest first, and after them newest first; undated statements come last in
 * both orders.
 */
public enum SearchSort {
  RELEVANCE,
  /** Newest first. */
  DATE_DESC,
  /** Oldest first. */
  DATE_ASC
}
