package io.verbatim.archive;

/** The order of search hits. */
public enum SearchSort {
  RELEVANCE,
  DATE_DESC,
  DATE_ASC
}
