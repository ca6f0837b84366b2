package io.verbatim.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The query parameters of a page, as an immutable ordered multimap, for building links that keep
 * the current search and change one thing (add a filter, open a tab, sort a column).
 *
 * <p>Contract: blank values are dropped; the order of names and values is kept; every change
 * returns a new instance; {@link #toQuery()} URL-encodes names and values (UTF-8). Changing a
 * filter drops the paging parameters ({@link #PAGING}), since the next page of another selection
 * makes no sense.
 */
public final class PageParams {
  /** The parameters that say where in a result list a page is. */
  public static final Set<String> PAGING = Set.of("cursor", "page", "offset");

  private final Map<String, List<String>> values;

  private PageParams(Map<String, List<String>> values) {
    this.values = values;
  }

  /** The parameters of a request (e.g. Javalin's {@code queryParamMap()}), blank values dropped. */
  public static PageParams of(Map<String, List<String>> given) {
    Objects.requireNonNull(given, "query parameters");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    given.forEach(
        (name, list) -> {
          List<String> kept = new ArrayList<>();
          for (String v : list == null ? List.<String>of() : list) {
            if (v != null && !v.isBlank()) {
              kept.add(v);
            }
          }
          if (!kept.isEmpty()) {
            copy.put(name, List.copyOf(kept));
          }
        });
    return new PageParams(Collections.unmodifiableMap(copy));
  }

  public static PageParams empty() {
    return new PageParams(Map.of());
  }

  /** The first value of {@code name}, or null. */
  public String first(String name) {
    List<String> list = values.get(name);
    return list == null ? null : list.get(0);
  }

  /** The first value of {@code name}, or {@code fallback}. */
  public String first(String name, String fallback) {
    String v = first(name);
    return v == null ? fallback : v;
  }

  /** Every value of {@code name}, in order (empty when none). */
  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public boolean has(String name, String value) {
    return all(name).contains(value);
  }

  /** The names given, in order. */
  public Set<String> names() {
    return values.keySet();
  }

  /** These parameters with {@code value} added to {@code name} (a filter: paging is dropped). */
  public PageParams with(String name, String value) {
    Map<String, List<String>> copy = withoutPaging();
    List<String> list = new ArrayList<>(copy.getOrDefault(name, List.of()));
    if (value != null && !value.isBlank() && !list.contains(value)) {
      list.add(value);
    }
    copy.put(name, list);
    return of(copy);
  }

  /** These parameters without that one value of {@code name} (paging is dropped). */
  public PageParams without(String name, String value) {
    Map<String, List<String>> copy = withoutPaging();
    List<String> list = new ArrayList<>(copy.getOrDefault(name, List.of()));
    list.remove(value);
    copy.put(name, list);
    return of(copy);
  }

  /** These parameters with {@code name} set to {@code value} alone, or removed when null. */
  public PageParams set(String name, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(values);
    if (value == null || value.isBlank()) {
      copy.remove(name);
    } else {
      copy.put(name, List.of(value));
    }
    return of(copy);
  }

  /** These parameters without any value of the given names. */
  public PageParams remove(String... names) {
    Map<String, List<String>> copy = new LinkedHashMap<>(values);
    for (String n : names) {
      copy.remove(n);
    }
    return of(copy);
  }

  /** These parameters without the paging parameters. */
  public PageParams firstPage() {
    return of(withoutPaging());
  }

  /** {@code ?a=1&b=2}, URL-encoded; empty when there are no parameters. */
  public String toQuery() {
    StringBuilder s = new StringBuilder();
    values.forEach(
        (name, list) -> {
          for (String v : list) {
            s.append(s.isEmpty() ? '?' : '&').append(encode(name)).append('=').append(encode(v));
          }
        });
    return s.toString();
  }

  /** A path of this site with these parameters. */
  public String link(String path) {
    return path + toQuery();
  }

  /** URL-encodes one query component (UTF-8, spaces as {@code %20}). */
  public static String encode(String component) {
    return URLEncoder.encode(component, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private Map<String, List<String>> withoutPaging() {
    Map<String, List<String>> copy = new LinkedHashMap<>(values);
    PAGING.forEach(copy::remove);
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageParams p && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return toQuery();
  }
}
