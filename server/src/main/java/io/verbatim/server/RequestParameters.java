package io.verbatim.server;

import io.verbatim.archive.KeynessRequest;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query-string parameters of a request, read the same way by the API and the web UI, with the
 * names of the CLI's options: {@code q} (the query), {@code lang}, {@code from}, {@code to} ({@code
 * YYYY-MM-DD}), {@code undated} ({@code include}, {@code exclude} or {@code only}), {@code
 * speaker}, {@code role}, {@code genre}, {@code place}, {@code format}, {@code mention} (each
 * repeatable: values of one field are OR-ed, fields AND-ed; several mentions all required unless
 * {@code mention-match=any}), {@code all-versions} ({@code true}: every stored version of each
 * statement, not only its current one), {@code facets} (comma-separated or repeated), {@code
 * facet-limit}, {@code sort} ({@code relevance}, {@code date}, {@code date-asc}), {@code page}
 * (1-based), {@code size} and {@code cursor}.
 *
 * <p>Every malformed value is an {@link ApiException} (400) naming the parameter; a value over a
 * limit of {@link ServerConfig.Limits} is a 413 naming the limit. Unknown parameter names are
 * refused too (a typo must not silently widen a selection), unless a route declares them.
 */
public final class RequestParameters {
  /** The parameters that select statements (query and filters). */
  public static final Set<String> SELECTION =
      Set.of(
          "q",
          "lang",
          "from",
          "to",
          "undated",
          "speaker",
          "role",
          "genre",
          "place",
          "format",
          "mention",
          "mention-match",
          "all-versions");

  /**
   * The parameters that select the reference of keyness: {@code reference} (its query) and {@code
   * reference-from}, {@code reference-to}, {@code reference-speaker}, … (its filters, named as the
   * selection's with the {@code reference-} prefix). Its language is always the analysis's.
   */
  public static final Set<String> REFERENCE =
      Set.of(
          "reference",
          "reference-from",
          "reference-to",
          "reference-speaker",
          "reference-role",
          "reference-genre",
          "reference-place",
          "reference-format",
          "reference-mention");

  /** The parameters of a search page: the selection plus order, facets and paging. */
  public static final Set<String> SEARCH =
      union(
          SELECTION,
          Set.of("facets", "facet-limit", "sort", "page", "size", "cursor", "group-versions"));

  private final Map<String, List<String>> values;
  private final ServerConfig.Limits limits;

  /**
   * @param values the decoded query parameters, name to values in the order given
   * @param limits the limits to enforce
   */
  public RequestParameters(Map<String, List<String>> values, ServerConfig.Limits limits) {
    Objects.requireNonNull(values, "parameter values");
    this.values = new LinkedHashMap<>();
    values.forEach((k, v) -> this.values.put(k, List.copyOf(v)));
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Unites parameter-name sets, for routes that take more than one group. */
  public static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return Set.copyOf(all);
  }

  /**
   * Refuses any parameter not in {@code known}.
   *
   * @throws ApiException 400 naming the unknown parameter and the known ones
   */
  public RequestParameters allowOnly(Set<String> known) {
    for (String name : values.keySet()) {
      if (!known.contains(name)) {
        throw ApiException.badRequest(
            "unknown parameter '"
                + name
                + "'; this request takes: "
                + String.join(", ", new TreeSet<>(known)));
      }
    }
    return this;
  }

  /** The single value of {@code name}, or null when absent or empty. */
  public String string(String name) {
    List<String> given = values.get(name);
    if (given == null || given.isEmpty()) {
      return null;
    }
    if (given.size() > 1) {
      throw ApiException.badRequest(
          "parameter '" + name + "' is given " + given.size() + " times; give it once");
    }
    String v = given.get(0).strip();
    return v.isEmpty() ? null : v;
  }

  /** Every non-empty value of a repeatable parameter. */
  public List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    for (String v : values.getOrDefault(name, List.of())) {
      if (!v.isBlank()) {
        out.add(v.strip());
      }
    }
    return out;
  }

  /** The integer value of {@code name} within [{@code min}, {@code max}], or {@code otherwise}. */
  public int integer(String name, int otherwise, int min, int max) {
    String v = string(name);
    if (v == null) {
      return otherwise;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("parameter '" + name + "' must be a whole number: '" + v + "'");
    }
    if (n < min || n > max) {
      throw ApiException.badRequest(
          "parameter '" + name + "' must be between " + min + " and " + max + ": " + n);
    }
    return n;
  }

  /** A date parameter ({@code YYYY-MM-DD}), or null. */
  public LocalDate date(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "parameter '" + name + "' must be a date YYYY-MM-DD: '" + v + "'");
    }
  }

  /** What to do with undated statements ({@code undated}): include when absent. */
  public Selection.Undated undated() {
    String v = string("undated");
    if (v == null) {
      return Selection.Undated.INCLUDE;
    }
    try {
      return Selection.Undated.fromLabel(v);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("parameter 'undated': " + e.getMessage());
    }
  }

  /** The query ({@code q}), empty when absent; refused when over the query length limit. */
  public String query() {
    String q = string("q");
    if (q == null) {
      return "";
    }
    if (q.length() > limits.maxQueryLength()) {
      throw ApiException.overLimit(
          "query length (characters of 'q')", limits.maxQueryLength(), q.length());
    }
    return q;
  }

  /** A selection builder with the query and every filter set, to add more filters. */
  public Selection.Builder selectionBuilder() {
    try {
      return Selection.builder(query())
          .withLanguage(string("lang"))
          .withFrom(date("from"))
          .withTo(date("to"))
          .withUndated(undated())
          .withSpeakers(strings("speaker"))
          .withRoles(strings("role"))
          .withGenres(strings("genre"))
          .withPlaces(strings("place"))
          .withFormats(strings("format"))
          .withMentions(strings("mention"))
          .withMentionMatch(Selection.MentionMatch.parse(string("mention-match")))
          .withAllVersions(bool("all-versions"));
    } catch (ApiException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** The query and every filter: which statements a search or analysis works on. */
  public Selection selection() {
    return selection(selectionBuilder());
  }

  /**
   * The reference selection of keyness in {@code language} ({@link #REFERENCE}), or null when no
   * reference parameter is given: then the reference is the rest of the archive.
   *
   * @throws ApiException 400 for a bad value, 413 for a reference query over the length limit
   */
  public Selection referenceSelection(String language, boolean allVersions) {
    boolean given = false;
    for (String name : REFERENCE) {
      given |= !strings(name).isEmpty();
    }
    if (!given) {
      return null;
    }
    String q = string("reference");
    if (q != null && q.length() > limits.maxQueryLength()) {
      throw ApiException.overLimit(
          "query length (characters of 'reference')", limits.maxQueryLength(), q.length());
    }
    try {
      return selection(
          Selection.builder(q)
              .withLanguage(language)
              .withFrom(date("reference-from"))
              .withTo(date("reference-to"))
              .withSpeakers(strings("reference-speaker"))
              .withRoles(strings("reference-role"))
              .withGenres(strings("reference-genre"))
              .withPlaces(strings("reference-place"))
              .withFormats(strings("reference-format"))
              .withMentions(strings("reference-mention"))
              .withAllVersions(allVersions));
    } catch (ApiException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /**
   * A keyness request: this selection in {@code language} as the subset, the reference parameters
   * ({@link #referenceSelection}) and {@code ngram} (1 or 2, default 1).
   *
   * @throws ApiException 400 for a bad value
   */
  public KeynessRequest keynessRequest(String language, int limit) {
    Selection subset = selection(selectionBuilder().withLanguage(language));
    Selection reference = referenceSelection(language, subset.allVersions());
    int ngram = integer("ngram", 1, 1, 2);
    try {
      return new KeynessRequest(subset, reference, language, ngram, limit);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** {@code builder}'s selection; a bad value is a 400. */
  public static Selection selection(Selection.Builder builder) {
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /**
   * The whole search page: selection, {@code sort}, {@code facets}, {@code facet-limit}, {@code
   * page} or {@code cursor}, and {@code size} (default 10, at most the page size limit: 413 over
   * it).
   */
  public SearchRequest searchRequest() {
    int size = integer("size", 10, 0, Integer.MAX_VALUE);
    if (size > limits.maxPageSize()) {
      throw ApiException.overLimit(
          "page size ('size')", limits.maxPageSize(), size, "--max-page-size");
    }
    int page = integer("page", 1, 1, Integer.MAX_VALUE);
    String cursor = string("cursor");
    if (cursor != null && page > 1) {
      throw ApiException.badRequest("give either 'page' or 'cursor', not both");
    }
    long offset = (long) (page - 1) * size;
    if (offset > Integer.MAX_VALUE) {
      throw ApiException.badRequest(
          "page " + page + " of size " + size + " is too deep; use 'cursor'");
    }
    List<String> facets = new ArrayList<>();
    for (String f : strings("facets")) {
      for (String part : f.split(",")) {
        if (!part.isBlank()) {
          facets.add(part.strip());
        }
      }
    }
    SearchRequest.Builder b = SearchRequest.builder(selection());
    try {
      b.withSort(sort(string("sort")))
          .withLimit(size)
          .withOffset((int) offset)
          .withCursor(cursor)
          .withFacets(facets)
          .withFacetLimit(integer("facet-limit", SearchRequest.DEFAULT_FACET_LIMIT, 1, 1000))
          .withGroupVersions(bool("group-versions"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    return build(b);
  }

  /**
   * A yes/no parameter: absent, {@code false} or {@code 0} is no; {@code true} or {@code 1} yes.
   */
  private boolean bool(String name) {
    String v = string(name);
    if (v == null || v.equalsIgnoreCase("false") || v.equals("0")) {
      return false;
    }
    if (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("on")) {
      return true;
    }
    throw ApiException.badRequest("'" + name + "' is true or false, not '" + v + "'");
  }

  /** The order named by {@code sort}: relevance (default), date (newest first) or date-asc. */
  public static SearchSort sort(String s) {
    if (s == null) {
      return SearchSort.RELEVANCE;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "relevance", "score" -> SearchSort.RELEVANCE;
      case "date", "date-desc", "newest" -> SearchSort.DATE_DESC;
      case "date-asc", "oldest" -> SearchSort.DATE_ASC;
      default ->
          throw ApiException.badRequest(
              "unknown sort '" + s + "'; use relevance, date or date-asc");
    };
  }

  private static SearchRequest build(SearchRequest.Builder b) {
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
