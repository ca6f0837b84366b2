package io.verbatim.solr;

import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.FacetValue;
import io.verbatim.archive.Timeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.common.util.NamedList;

/**
 * Facet counts, statistics and timelines with Solr's JSON Facet API: terms facets on the exact
 * string fields, with {@code missing} buckets, exact across shards (refinement, or every bucket).
 */
final class SolrFacets {
  private SolrFacets() {}

  /** The JSON facet request for the search facet fields {@code fields}. */
  static String json(List<String> fields, int limit) {
    StringBuilder b = new StringBuilder("{");
    for (String field : fields) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append(field)
          .append(":{type:terms,field:")
          .append(field)
          .append(",limit:")
          .append(limit)
          .append(",sort:\"count desc\",missing:true,allBuckets:true,refine:true,overrequest:")
          .append(Math.max(10, limit))
          .append('}');
    }
    return b.append('}').toString();
  }

  /**
   * The counts of each of {@code fields} from Solr's {@code facets} response, with "other" derived
   * from the total (single-valued fields) or from the sum of all buckets ({@code mention}).
   */
  static Map<String, FacetCounts> read(Object facetsResponse, List<String> fields, long total) {
    NamedList<?> facets = (NamedList<?>) facetsResponse;
    Map<String, FacetCounts> out = new LinkedHashMap<>();
    for (String field : fields) {
      NamedList<?> f = facets == null ? null : (NamedList<?>) facets.get(field);
      List<FacetValue> values = new ArrayList<>();
      long listed = 0;
      long missing = 0;
      long all = 0;
      if (f != null) {
        for (NamedList<?> bucket : buckets(f)) {
          long count = count(bucket);
          values.add(new FacetValue(String.valueOf(bucket.get("val")), count));
          listed += count;
        }
        missing = count((NamedList<?>) f.get("missing"));
        all = count((NamedList<?>) f.get("allBuckets"));
      }
      long other =
          SolrFields.MENTION.equals(field)
              ? Math.max(0, all - listed)
              : Math.max(0, total - listed - missing);
      out.put(field, new FacetCounts(field, values, other, missing));
    }
    return out;
  }

  /** Every value of one stats facet, {@code "?"} for the missing ones. */
  static Map<String, Long> counts(Object facetsResponse, String name) {
    NamedList<?> f = (NamedList<?>) ((NamedList<?>) facetsResponse).get(name);
    Map<String, Long> out = new TreeMap<>();
    if (f == null) {
      return out;
    }
    for (NamedList<?> bucket : buckets(f)) {
      out.put(String.valueOf(bucket.get("val")), count(bucket));
    }
    long missing = count((NamedList<?>) f.get("missing"));
    if (missing > 0) {
      out.put("?", missing);
    }
    return out;
  }

  /** The JSON facet request of a timeline. */
  static String timelineJson(Timeline.Interval interval, Timeline.Split split) {
    String periodField =
        switch (interval) {
          case DAY -> SolrFields.DAY;
          case MONTH -> SolrFields.MONTH;
          case YEAR -> SolrFields.YEAR;
        };
    String sub =
        switch (split) {
          case NONE -> "";
          case LANGUAGE -> splitJson(SolrFields.LANGUAGE);
          case SPEAKER -> splitJson(SolrFields.SPEAKER);
        };
    return "{periods:{type:terms,field:"
        + periodField
        + ",limit:-1,sort:\"index asc\""
        + sub
        + "}}";
  }

  private static String splitJson(String field) {
    return ",facet:{split:{type:terms,field:"
        + field
        + ",limit:-1,sort:\"index asc\",missing:true}}";
  }

  /**
   * The timeline from the response of {@link #timelineJson}. The period fields hold each date's
   * period for that interval, its own when it is coarser ({@link SolrFields}), so a year-only
   * statement is counted in its own bucket ({@code 2019}) by month and by day.
   */
  static Timeline readTimeline(
      Object facetsResponse, Timeline.Interval interval, Timeline.Split split, long total) {
    NamedList<?> facets = (NamedList<?>) facetsResponse;
    NamedList<?> periods = facets == null ? null : (NamedList<?>) facets.get("periods");
    List<Timeline.Bucket> buckets = new ArrayList<>();
    long dated = 0;
    if (periods != null) {
      for (NamedList<?> period : buckets(periods)) {
        String name = String.valueOf(period.get("val"));
        long count = count(period);
        dated += count;
        if (split == Timeline.Split.NONE) {
          buckets.add(new Timeline.Bucket(name, null, count));
          continue;
        }
        NamedList<?> values = (NamedList<?>) period.get("split");
        for (NamedList<?> v : buckets(values)) {
          buckets.add(new Timeline.Bucket(name, String.valueOf(v.get("val")), count(v)));
        }
        long none = count((NamedList<?>) values.get("missing"));
        if (none > 0) {
          buckets.add(new Timeline.Bucket(name, null, none));
        }
      }
    }
    return new Timeline(interval, split, total, buckets, total - dated);
  }

  @SuppressWarnings("unchecked")
  static List<NamedList<?>> buckets(NamedList<?> facet) {
    Object b = facet == null ? null : facet.get("buckets");
    return b == null ? List.of() : (List<NamedList<?>>) b;
  }

  static long count(NamedList<?> bucket) {
    if (bucket == null) {
      return 0;
    }
    Object c = bucket.get("count");
    return c instanceof Number n ? n.longValue() : 0;
  }
}
