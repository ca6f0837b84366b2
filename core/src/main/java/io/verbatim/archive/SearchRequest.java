package io.verbatim.archive;

import io.verbatim.model.Genre;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A search: a query in Lucene's classic syntax (empty for all statements), filters, facets, order
 * and the page wanted.
 *
 * <p>Filters: each list filter keeps statements whose field has <em>any</em> of the listed values
 * (OR within a field); all filters given must hold (AND across fields). Values are matched exactly
 * as stored (a speaker's full name as the page states it, a genre label such as {@code press
 * release}, an entity id such as {@code RUS}); an empty list does not filter.
 *
 * <p>Paging: either {@code offset} (skip that many hits; fine for the first pages) or {@code
 * cursor} (the {@link SearchResult#nextCursor()} of the previous page: deep paging without a cap,
 * every hit exactly once), not both.
 *
 * @param query the query; empty matches every statement
 * @param language only statements in this ISO 639-1 language, or null for all; also picks the
 *     analyzer the query is parsed with (all languages' analyzers when null)
 * @param from only statements published on or after this date, or null
 * @param to only statements published on or before this date, or null
 * @param sort the order
 * @param offset how many hits to skip
 * @param limit how many hits to return (0 returns only the total and facets)
 * @param speakers only statements by one of these speakers (exact names)
 * @param roles only statements whose speaker has one of these roles (exact)
 * @param genres only statements of one of these genres (labels, e.g. {@code press release})
 * @param places only statements made at one of these places (exact)
 * @param formats only statements read by one of these source formats (e.g. {@code ungdc})
 * @param mentions only statements that mention one of these entity ids (e.g. {@code RUS})
 * @param facets the fields to count values of, from {@link #FACET_FIELDS}
 * @param facetLimit how many values each facet lists (the rest are counted as "other")
 * @param cursor where to continue (from {@link SearchResult#nextCursor()}), or null
 * @param groupVersions group the hits that are language versions of one another (see {@link
 *     Archive#search}): a page of groups, paged by offset only (no cursor)
 */
public record SearchRequest(
    String query,
    String language,
    LocalDate from,
    LocalDate to,
    SearchSort sort,
    int offset,
    int limit,
    List<String> speakers,
    List<String> roles,
    List<String> genres,
    List<String> places,
    List<String> formats,
    List<String> mentions,
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
    query = query == null ? "" : query;
    Objects.requireNonNull(sort, "sort");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0: " + offset);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("'from' " + from + " is after 'to' " + to);
    }
    speakers = values(speakers, "speaker");
    roles = values(roles, "role");
    genres = values(genres, "genre");
    places = values(places, "place");
    formats = values(formats, "format");
    mentions = values(mentions, "mention");
    facets = values(facets, "facet");
    for (String f : facets) {
      checkFacetField(f);
    }
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

  /** A request that does not group language versions (the form before grouping existed). */
  public SearchRequest(
      String query,
      String language,
      LocalDate from,
      LocalDate to,
      SearchSort sort,
      int offset,
      int limit,
      List<String> speakers,
      List<String> roles,
      List<String> genres,
      List<String> places,
      List<String> formats,
      List<String> mentions,
      List<String> facets,
      int facetLimit,
      String cursor) {
    this(
        query,
        language,
        from,
        to,
        sort,
        offset,
        limit,
        speakers,
        roles,
        genres,
        places,
        formats,
        mentions,
        facets,
        facetLimit,
        cursor,
        false);
  }

  /** A request with no list filters, no facets and no cursor (the original form). */
  public SearchRequest(
      String query,
      String language,
      LocalDate from,
      LocalDate to,
      SearchSort sort,
      int offset,
      int limit) {
    this(
        query,
        language,
        from,
        to,
        sort,
        offset,
        limit,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        DEFAULT_FACET_LIMIT,
        null,
        false);
  }

  /** True when any filter beyond the query is set. */
  public boolean hasFilters() {
    return language != null
        || from != null
        || to != null
        || !speakers.isEmpty()
        || !roles.isEmpty()
        || !genres.isEmpty()
        || !places.isEmpty()
        || !formats.isEmpty()
        || !mentions.isEmpty();
  }

  private static List<String> values(List<String> given, String what) {
    if (given == null) {
      return List.of();
    }
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (String v : given) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException("a " + what + " filter value must not be empty");
      }
      distinct.add(v);
    }
    return List.copyOf(distinct);
  }

  private static void checkFacetField(String field) {
    if (!FACET_FIELDS.contains(field)) {
      throw new IllegalArgumentException(
          "unknown facet field '" + field + "'; known: " + String.join(", ", FACET_FIELDS));
    }
  }

  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** A builder holding this request's values, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(query);
    b.language = language;
    b.from = from;
    b.to = to;
    b.sort = sort;
    b.offset = offset;
    b.limit = limit;
    b.speakers.addAll(speakers);
    b.roles.addAll(roles);
    b.genres.addAll(genres);
    b.places.addAll(places);
    b.formats.addAll(formats);
    b.mentions.addAll(mentions);
    b.facets.addAll(facets);
    b.facetLimit = facetLimit;
    b.cursor = cursor;
    b.groupVersions = groupVersions;
    return b;
  }

  /**
   * Builds a {@link SearchRequest}; defaults: all languages, no filters, no facets, relevance,
   * first 10 hits. The list {@code with…} methods add to what was given before.
   */
  public static final class Builder {
    private final String query;
    private String language;
    private LocalDate from;
    private LocalDate to;
    private SearchSort sort = SearchSort.RELEVANCE;
    private int offset = 0;
    private int limit = 10;
    private final List<String> speakers = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private final List<String> genres = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final List<String> formats = new ArrayList<>();
    private final List<String> mentions = new ArrayList<>();
    private final List<String> facets = new ArrayList<>();
    private int facetLimit = DEFAULT_FACET_LIMIT;
    private String cursor;
    private boolean groupVersions;

    private Builder(String query) {
      this.query = query;
    }

    public Builder withLanguage(String language) {
      if (language != null && !language.matches("[a-z]{2}")) {
        throw new IllegalArgumentException(
            "language must be an ISO 639-1 code such as 'en': " + language);
      }
      this.language = language;
      return this;
    }

    public Builder withFrom(LocalDate from) {
      this.from = from;
      return this;
    }

    public Builder withTo(LocalDate to) {
      this.to = to;
      return this;
    }

    public Builder withSort(SearchSort sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    public Builder withOffset(int offset) {
      if (offset < 0) {
        throw new IllegalArgumentException("offset must be >= 0: " + offset);
      }
      this.offset = offset;
      return this;
    }

    public Builder withLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("limit must be >= 0: " + limit);
      }
      this.limit = limit;
      return this;
    }

    /** Only statements by any of these speakers (full names, exact). */
    public Builder withSpeakers(Collection<String> names) {
      return add(speakers, names, "speaker");
    }

    /** Only statements whose speaker has any of these roles (exact). */
    public Builder withRoles(Collection<String> roles) {
      return add(this.roles, roles, "role");
    }

    /**
     * Only statements of any of these genres, given by label ({@code press release}) or name.
     *
     * @throws IllegalArgumentException naming the known genres when one is unknown
     */
    public Builder withGenres(Collection<String> genres) {
      Objects.requireNonNull(genres, "genres");
      for (String g : genres) {
        Objects.requireNonNull(g, "a genre");
        this.genres.add(Genre.fromLabel(g).label());
      }
      return this;
    }

    /** Only statements made at any of these places (exact). */
    public Builder withPlaces(Collection<String> places) {
      return add(this.places, places, "place");
    }

    /** Only statements read by any of these source formats ({@code ungdc}, {@code capture}, …). */
    public Builder withFormats(Collection<String> formats) {
      return add(this.formats, formats, "format");
    }

    /** Only statements that mention any of these entity ids ({@code RUS}, {@code org:nato}, …). */
    public Builder withMentions(Collection<String> entityIds) {
      return add(mentions, entityIds, "mention");
    }

    /**
     * Count the values of these fields over all matching statements.
     *
     * @throws IllegalArgumentException naming the known fields ({@link #FACET_FIELDS}) when one is
     *     unknown
     */
    public Builder withFacets(Collection<String> fields) {
      Objects.requireNonNull(fields, "facet fields");
      for (String f : fields) {
        Objects.requireNonNull(f, "a facet field");
        checkFacetField(f);
        facets.add(f);
      }
      return this;
    }

    /** How many values each facet lists (default {@value #DEFAULT_FACET_LIMIT}). */
    public Builder withFacetLimit(int facetLimit) {
      if (facetLimit < 1) {
        throw new IllegalArgumentException("facet limit must be >= 1: " + facetLimit);
      }
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

    private Builder add(List<String> target, Collection<String> values, String what) {
      Objects.requireNonNull(values, what + " filter values");
      for (String v : values) {
        if (v == null || v.isBlank()) {
          throw new IllegalArgumentException("a " + what + " filter value must not be empty");
        }
        target.add(v);
      }
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(
          query,
          language,
          from,
          to,
          sort,
          offset,
          limit,
          speakers,
          roles,
          genres,
          places,
          formats,
          mentions,
          facets,
          facetLimit,
          cursor,
          groupVersions);
    }
  }
}
