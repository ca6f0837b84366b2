package io.verbatim.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A search: which statements ({@link Selection}), and how the answer is shaped: order, the page
 * wanted, facets, and whether language versions are grouped.
 *
 * <p>Paging: either {@code offset} (skip that many hits; fine for the first pages) or {@code
 * cursor} (the {@link SearchResult#nextCursor()} of the previous page: deep paging without a cap,
 * every hit exactly once), not both.
 *
 * @param selection which statements
 * @param sort the order
 * @param offset how many hits to skip
 * @param limit how many hits to return (0 returns only the total and facets)
 * @param facets the fields to count values of, from {@link #FACET_FIELDS}
 * @param facetLimit how many values each facet lists (the rest are counted as "other")
 * @param cursor where to continue (from {@link SearchResult#nextCursor()}), or null
 * @param groupVersions group the hits that are language versions of one another (see {@link
 *     Archive#search}): a page of groups, paged by offset only (no cursor)
 */
public record SearchRequest(
    Selection selection,
    SearchSort sort,
    int offset,
    int limit,
    List<String> facets,
    int facetLimit,
    String cursor,
    boolean groupVersions) {

  /** The fields facets can be counted for. */
  public static final List<String> FACET_FIELDS =
      List.of("language", "genre", "speaker", "role", "place", "format", "year", "mention");

  /** The number of values a facet lists unless told otherwise. */
  public static final int DEFAULT_FACET_LIMIT = 10;

  public SearchRequest {
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(sort, "sort");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0: " + offset);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
    LinkedHashSet<String> distinctFacets = new LinkedHashSet<>();
    for (String f : facets == null ? List.<String>of() : facets) {
      if (!FACET_FIELDS.contains(f)) {
        throw new IllegalArgumentException(
            "unknown facet field '" + f + "'; known: " + String.join(", ", FACET_FIELDS));
      }
      distinctFacets.add(f);
    }
    facets = List.copyOf(distinctFacets);
    if (facetLimit < 1) {
      throw new IllegalArgumentException("facet limit must be >= 1: " + facetLimit);
    }
    if (cursor != null && cursor.isBlank()) {
      cursor = null;
    }
    if (cursor != null && offset > 0) {
      throw new IllegalArgumentException(
          "give either an offset (" + offset + ") or a cursor to continue from, not both");
    }
    if (cursor != null && groupVersions) {
      throw new IllegalArgumentException(
          "grouped language versions are paged by offset; a cursor cannot continue them");
    }
  }

  /** The first {@code limit} hits of {@code selection} by relevance, without facets. */
  public static SearchRequest of(Selection selection, int limit) {
    return new SearchRequest(
        selection, SearchSort.RELEVANCE, 0, limit, List.of(), DEFAULT_FACET_LIMIT, null, false);
  }

  /** The selection's query. */
  public String query() {
    return selection.query();
  }

  public static Builder builder(String query) {
    return new Builder(Selection.builder(query));
  }

  /** A builder for a search of {@code selection}. */
  public static Builder builder(Selection selection) {
    return new Builder(selection.toBuilder());
  }

  /** A builder holding this request's values, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(selection.toBuilder());
    b.sort = sort;
    b.offset = offset;
    b.limit = limit;
    b.facets.addAll(facets);
    b.facetLimit = facetLimit;
    b.cursor = cursor;
    b.groupVersions = groupVersions;
    return b;
  }

  /**
   * Builds a {@link SearchRequest}; defaults: the selection's defaults (see {@link
   * Selection.Builder}), no facets, relevance, first 10 hits. The list {@code with…} methods add to
   * what was given before; values are checked when {@link #build} makes the records.
   */
  public static final class Builder {
    private final Selection.Builder selection;
    private SearchSort sort = SearchSort.RELEVANCE;
    private int offset = 0;
    private int limit = 10;
    private final List<String> facets = new ArrayList<>();
    private int facetLimit = DEFAULT_FACET_LIMIT;
    private String cursor;
    private boolean groupVersions;

    private Builder(Selection.Builder selection) {
      this.selection = selection;
    }

    public Builder withLanguage(String language) {
      selection.withLanguage(language);
      return this;
    }

    public Builder withFrom(LocalDate from) {
      selection.withFrom(from);
      return this;
    }

    public Builder withTo(LocalDate to) {
      selection.withTo(to);
      return this;
    }

    /** See {@link Selection.Builder#withUndated}. */
    public Builder withUndated(Selection.Undated undated) {
      selection.withUndated(undated);
      return this;
    }

    /** See {@link Selection.Builder#withSpeakers}. */
    public Builder withSpeakers(Collection<String> names) {
      selection.withSpeakers(names);
      return this;
    }

    /** See {@link Selection.Builder#withRoles}. */
    public Builder withRoles(Collection<String> roles) {
      selection.withRoles(roles);
      return this;
    }

    /** See {@link Selection.Builder#withGenres}. */
    public Builder withGenres(Collection<String> genres) {
      selection.withGenres(genres);
      return this;
    }

    /** See {@link Selection.Builder#withPlaces}. */
    public Builder withPlaces(Collection<String> places) {
      selection.withPlaces(places);
      return this;
    }

    /** See {@link Selection.Builder#withFormats}. */
    public Builder withFormats(Collection<String> formats) {
      selection.withFormats(formats);
      return this;
    }

    /** See {@link Selection.Builder#withMentions}. */
    public Builder withMentions(Collection<String> entityIds) {
      selection.withMentions(entityIds);
      return this;
    }

    /** See {@link Selection.Builder#withMentionMatch}. */
    public Builder withMentionMatch(Selection.MentionMatch match) {
      selection.withMentionMatch(match);
      return this;
    }

    /** See {@link Selection.Builder#withAllVersions}. */
    public Builder withAllVersions(boolean all) {
      selection.withAllVersions(all);
      return this;
    }

    public Builder withSort(SearchSort sort) {
      this.sort = sort;
      return this;
    }

    public Builder withOffset(int offset) {
      this.offset = offset;
      return this;
    }

    public Builder withLimit(int limit) {
      this.limit = limit;
      return this;
    }

    /** Count the values of these fields ({@link #FACET_FIELDS}) over all matching statements. */
    public Builder withFacets(Collection<String> fields) {
      facets.addAll(Objects.requireNonNull(fields, "facet fields"));
      return this;
    }

    /** How many values each facet lists (default {@value #DEFAULT_FACET_LIMIT}). */
    public Builder withFacetLimit(int facetLimit) {
      this.facetLimit = facetLimit;
      return this;
    }

    /** Continue after the page that returned this cursor; null starts at the top. */
    public Builder withCursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Group hits that are language versions of one another: each hit of the page is the best of its
     * group and lists the group's other versions (default: off).
     */
    public Builder withGroupVersions(boolean groupVersions) {
      this.groupVersions = groupVersions;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(
          selection.build(), sort, offset, limit, facets, facetLimit, cursor, groupVersions);
    }
  }
}
