package io.verbatim.archive;

import io.verbatim.model.Genre;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which statements a search, concordance, timeline, export or analysis works on: a query in
 * Verbatim's query syntax (empty for all statements), a language, a date range and list filters.
 * Everything about how the answer is shaped (order, page, facets) is in {@link SearchRequest} or
 * the analysis's own request, never here, so two requests with equal selections select the same
 * statements.
 *
 * <p>Filters: each list filter keeps statements whose field has <em>any</em> of the listed values
 * (OR within a field: two genres widen), except mentioned entities, which by default must
 * <em>all</em> be mentioned ({@link MentionMatch#ALL}: each entity narrows, as a researcher asking
 * for statements naming Syria and the UN means) or, when asked, any of them; all filters given must
 * hold (AND across fields). Values are matched exactly as stored (a speaker's full name as the page
 * states it, a genre label such as {@code press release}, an entity id such as {@code RUS}); an
 * empty list does not filter. Genres are kept by their label, whatever spelling {@link
 * Genre#fromLabel} accepts.
 *
 * <p><b>Dates.</b> A statement's date covers a period: a year, a month, a day, a minute (see {@link
 * io.verbatim.model.Published}). A date range ({@code from}, {@code to}, whole days, both included)
 * keeps a statement when its <em>whole</em> period lies inside the range: a statement dated {@code
 * 2019} is kept by 2019-01-01..2019-12-31 (or any wider range), not by 2019-06-01..2019-12-31. A
 * statement whose period the range cuts is left out, and the answer counts it as partial ({@link
 * SearchResult#partial()}, {@link Timeline#partial()}) so that nothing drops out silently. Local
 * dates are compared as stated; zones are not applied. A date range cannot hold an undated
 * statement: with {@code from} or {@code to}, undated statements are never selected (whatever
 * {@code undated} says, except that {@link Undated#ONLY} with a range is refused as contradictory).
 * Without a range, {@code undated} says whether statements without a date are included (the
 * default), excluded, or the only ones selected.
 *
 * <p>Versions: a statement stored in several versions (re-captures, a print view; the same {@code
 * statementKey}) is selected once, by its current version ({@link VersionOrder}), unless {@link
 * #allVersions()} asks for every version.
 *
 * @param query the query; empty (never null) matches every statement
 * @param language only statements in this ISO 639-1 language, or null for all; also picks the
 *     analysis the query's words get (all languages' when null)
 * @param from only statements published on or after this date, or null
 * @param to only statements published on or before this date, or null
 * @param undated whether statements without a date are included (default), excluded or the only
 *     ones; never null (null given means {@link Undated#INCLUDE})
 * @param speakers only statements by one of these speakers (exact names)
 * @param roles only statements whose speaker has one of these roles (exact)
 * @param genres only statements of one of these genres (labels, e.g. {@code press release})
 * @param places only statements made at one of these places (exact)
 * @param formats only statements read by one of these source formats (e.g. {@code ungdc})
 * @param mentions only statements that mention these entity ids (e.g. {@code RUS}): all of them, or
 *     any of them, as {@code mentionMatch} says
 * @param mentionMatch whether a statement must mention all of {@code mentions} or any of them
 * @param allVersions every stored version of each statement; by default (false) only its current
 *     version ({@link VersionOrder}), so that each statement counts once
 */
public record Selection(
    String query,
    String language,
    LocalDate from,
    LocalDate to,
    Undated undated,
    List<String> speakers,
    List<String> roles,
    List<String> genres,
    List<String> places,
    List<String> formats,
    List<String> mentions,
    MentionMatch mentionMatch,
    boolean allVersions) {

  /** How several mentioned entities of a selection combine. */
  public enum MentionMatch {
    /** A statement must mention every one of them (the default). */
    ALL,
    /** A statement must mention at least one of them. */
    ANY;

    /**
     * The match named {@code name} ({@code all} or {@code any}, any case); null gives the default.
     *
     * @throws IllegalArgumentException naming the choices for anything else
     */
    public static MentionMatch parse(String name) {
      if (name == null) {
        return ALL;
      }
      return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "all" -> ALL;
        case "any" -> ANY;
        default ->
            throw new IllegalArgumentException(
                "mention match must be 'all' or 'any', not '" + name + "'");
      };
    }
  }

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  /** Every statement. */
  public static final Selection ALL = builder("").build();

  /** What a selection does with statements that have no date at all. */
  public enum Undated {
    /** Keep them, as any other statement (the default); a date range still leaves them out. */
    INCLUDE,
    /** Leave them out. */
    EXCLUDE,
    /** Select only them; refused together with a date range. */
    ONLY;

    /** The lower-case name used by the CLI, the API and the web form. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The option named {@code label} (any case).
     *
     * @throws IllegalArgumentException naming the bad value and the known ones
     */
    public static Undated fromLabel(String label) {
      for (Undated u : values()) {
        if (label != null && u.label().equalsIgnoreCase(label.strip())) {
          return u;
        }
      }
      throw new IllegalArgumentException(
          "undated statements are 'include', 'exclude' or 'only', not '" + label + "'");
    }
  }

  public Selection {
    query = query == null ? "" : query;
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "language must be an ISO 639-1 code such as 'en': " + language);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("'from' " + from + " is after 'to' " + to);
    }
    undated = undated == null ? Undated.INCLUDE : undated;
    if (undated == Undated.ONLY && (from != null || to != null)) {
      throw new IllegalArgumentException(
          "a date range ('from'/'to') cannot hold undated statements, so it cannot be combined"
              + " with 'undated' only; give one or the other");
    }
    speakers = values(speakers, "speaker");
    roles = values(roles, "role");
    genres = values(genres, "genre").stream().map(g -> Genre.fromLabel(g).label()).toList();
    genres = List.copyOf(new LinkedHashSet<>(genres));
    places = values(places, "place");
    formats = values(formats, "format");
    mentions = values(mentions, "mention");
    mentionMatch = mentionMatch == null ? MentionMatch.ALL : mentionMatch;
  }

  /** All statements matching {@code query}, with no filters. */
  public static Selection of(String query) {
    return builder(query).build();
  }

  /** True when the query is empty: every statement the filters keep is selected. */
  public boolean matchesAll() {
    return query.isBlank();
  }

  /** True when any filter beyond the query is set (asking for all versions is not a filter). */
  public boolean hasFilters() {
    return language != null
        || from != null
        || to != null
        || undated != Undated.INCLUDE
        || !speakers.isEmpty()
        || !roles.isEmpty()
        || !genres.isEmpty()
        || !places.isEmpty()
        || !formats.isEmpty()
        || !mentions.isEmpty();
  }

  /** True when a date range is given: undated statements are then never selected. */
  public boolean hasDateRange() {
    return from != null || to != null;
  }

  /** This selection with another query and the same filters. */
  public Selection withQuery(String newQuery) {
    return toBuilder().withQuery(newQuery).build();
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

  public static Builder builder(String query) {
    return new Builder().withQuery(query);
  }

  /** A builder holding this selection's values, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder().withQuery(query);
    b.language = language;
    b.from = from;
    b.to = to;
    b.undated = undated;
    b.speakers.addAll(speakers);
    b.roles.addAll(roles);
    b.genres.addAll(genres);
    b.places.addAll(places);
    b.formats.addAll(formats);
    b.mentions.addAll(mentions);
    b.mentionMatch = mentionMatch;
    b.allVersions = allVersions;
    return b;
  }

  /**
   * Builds a {@link Selection}; defaults: all languages, no dates, no filters. The list {@code
   * with…} methods add to what was given before; every value is checked when {@link #build} makes
   * the record.
   */
  public static final class Builder {
    private String query = "";
    private String language;
    private LocalDate from;
    private LocalDate to;
    private Undated undated = Undated.INCLUDE;
    private final List<String> speakers = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private final List<String> genres = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final List<String> formats = new ArrayList<>();
    private final List<String> mentions = new ArrayList<>();
    private MentionMatch mentionMatch = MentionMatch.ALL;
    private boolean allVersions;

    private Builder() {}

    public Builder withQuery(String query) {
      this.query = query == null ? "" : query;
      return this;
    }

    public Builder withLanguage(String language) {
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

    /** What to do with statements without a date (default {@link Undated#INCLUDE}). */
    public Builder withUndated(Undated undated) {
      this.undated = undated;
      return this;
    }

    /** Only statements by any of these speakers (full names, exact). */
    public Builder withSpeakers(Collection<String> names) {
      return add(speakers, names, "speaker");
    }

    /** Only statements whose speaker has any of these roles (exact). */
    public Builder withRoles(Collection<String> values) {
      return add(roles, values, "role");
    }

    /** Only statements of any of these genres, by label ({@code press release}) or name. */
    public Builder withGenres(Collection<String> values) {
      return add(genres, values, "genre");
    }

    /** Only statements made at any of these places (exact). */
    public Builder withPlaces(Collection<String> values) {
      return add(places, values, "place");
    }

    /** Only statements read by any of these source formats ({@code ungdc}, {@code capture}, …). */
    public Builder withFormats(Collection<String> values) {
      return add(formats, values, "format");
    }

    /**
     * Only statements that mention these entity ids ({@code RUS}, {@code org:nato}, …): all of them
     * unless {@link #withMentionMatch} says any.
     */
    public Builder withMentions(Collection<String> entityIds) {
      return add(mentions, entityIds, "mention");
    }

    /** Whether a statement must mention all the entities given, or any of them (default all). */
    public Builder withMentionMatch(MentionMatch match) {
      this.mentionMatch = match;
      return this;
    }

    /**
     * Every stored version of each statement (re-captures, print views) instead of only its current
     * one.
     */
    public Builder withAllVersions(boolean all) {
      this.allVersions = all;
      return this;
    }

    private Builder add(List<String> target, Collection<String> values, String what) {
      Objects.requireNonNull(values, what + " filter values");
      target.addAll(values);
      return this;
    }

    public Selection build() {
      return new Selection(
          query,
          language,
          from,
          to,
          undated,
          speakers,
          roles,
          genres,
          places,
          formats,
          mentions,
          mentionMatch,
          allVersions);
    }
  }
}
