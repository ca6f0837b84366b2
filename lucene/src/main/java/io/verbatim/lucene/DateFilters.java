package io.verbatim.lucene;

import io.verbatim.archive.IndexedPeriod;
import io.verbatim.archive.Selection;
import java.util.Objects;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Adds a selection's date rules to a query, as {@link Selection} states them, from the indexed
 * period of each date ({@link IndexedPeriod}: {@code published} is its first minute, {@code
 * publishedEnd} its last): a date range keeps the statements whose whole period lies inside it (so
 * never an undated one); without a range, undated statements are kept, left out or the only ones
 * kept. {@link #cut} selects what a range left out as partial. None of this affects scores.
 */
final class DateFilters {
  private DateFilters() {}

  /** {@code base} restricted by the date range and the undated option of {@code selection}. */
  static Query apply(Query base, Selection selection) {
    Objects.requireNonNull(base, "base query");
    Query filter = null;
    if (selection.hasDateRange()) {
      filter = inRange(selection);
    } else if (selection.undated() == Selection.Undated.EXCLUDE) {
      filter = dated();
    } else if (selection.undated() == Selection.Undated.ONLY) {
      filter =
          new BooleanQuery.Builder()
              .add(new MatchAllDocsQuery(), Occur.FILTER)
              .add(dated(), Occur.MUST_NOT)
              .build();
    }
    return filter == null ? base : filtered(base, filter);
  }

  /**
   * The statements {@code base} (the selection without its date rules) matches whose period the
   * selection's date range cuts: they overlap the range without lying inside it. Null without a
   * range.
   */
  static Query cut(Query base, Selection selection) {
    if (!selection.hasDateRange()) {
      return null;
    }
    long lower = IndexedPeriod.rangeStart(selection.from());
    long upper = IndexedPeriod.rangeEnd(selection.to());
    Query overlaps =
        new BooleanQuery.Builder()
            .add(
                LongPoint.newRangeQuery(IndexFields.PUBLISHED, Long.MIN_VALUE, upper), Occur.FILTER)
            .add(
                LongPoint.newRangeQuery(IndexFields.PUBLISHED_END, lower, Long.MAX_VALUE),
                Occur.FILTER)
            .add(inRange(selection), Occur.MUST_NOT)
            .build();
    return filtered(base, overlaps);
  }

  /** Statements whose whole period lies in the selection's range. */
  private static Query inRange(Selection selection) {
    long lower = IndexedPeriod.rangeStart(selection.from());
    long upper = IndexedPeriod.rangeEnd(selection.to());
    return new BooleanQuery.Builder()
        .add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, lower, Long.MAX_VALUE), Occur.FILTER)
        .add(
            LongPoint.newRangeQuery(IndexFields.PUBLISHED_END, Long.MIN_VALUE, upper), Occur.FILTER)
        .build();
  }

  private static Query dated() {
    return new FieldExistsQuery(IndexFields.PUBLISHED);
  }

  private static Query filtered(Query base, Query filter) {
    return new BooleanQuery.Builder().add(base, Occur.MUST).add(filter, Occur.FILTER).build();
  }
}
