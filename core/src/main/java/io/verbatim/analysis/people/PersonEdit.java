package io.verbatim.analysis.people;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One change a user makes to the person authority, as data: stored in order and replayed over the
 * curated base ({@link PersonAuthority#replay}), so that corrections survive re-ingest, re-index
 * and new releases of the curated list. No edit changes a stored original or the name a record
 * prints: they change which person id a printed name resolves to.
 *
 * <p>JSON: an object with {@code "op"} ({@code merge}, {@code split}, {@code rename}, {@code
 * alias}) and the fields of its record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
  @JsonSubTypes.Type(value = PersonEdit.Merge.class, name = "merge"),
  @JsonSubTypes.Type(value = PersonEdit.Split.class, name = "split"),
  @JsonSubTypes.Type(value = PersonEdit.Rename.class, name = "rename"),
  @JsonSubTypes.Type(value = PersonEdit.Alias.class, name = "alias")
})
public sealed interface PersonEdit {

  /**
   * {@code from} and {@code into} are one person, {@code into}: every name of {@code from} now
   * resolves to {@code into}, and its id becomes a redirect, so that records stored with it are
   * counted under {@code into}. Either id may be a derived one (a person known only from printed
   * names).
   */
  record Merge(String from, String into) implements PersonEdit {
    public Merge {
      requireId(from, "the person merged");
      requireId(into, "the person merged into");
      if (from.equals(into)) {
        throw new IllegalArgumentException("cannot merge " + from + " into itself");
      }
    }
  }

  /**
   * Names printed as {@code names} are another person, {@code into} (new or existing), not {@code
   * from}; optionally only for statements of one country or period (a father and son, two ministers
   * with one surname). The names stop being aliases of {@code from} when no condition is given.
   *
   * @param from the person the names resolved to
   * @param names the names as printed (compared by {@link NameKey}, forms of address ignored)
   * @param into the person they are
   * @param name the preferred name of {@code into} when it is new; null for the first of {@code
   *     names}
   * @param country only for statements of this country (ISO alpha-3), or null for any
   * @param since only for statements from this day on, or null
   * @param until only for statements up to this day, or null
   */
  record Split(
      String from,
      List<String> names,
      String into,
      String name,
      String country,
      LocalDate since,
      LocalDate until)
      implements PersonEdit {
    public Split {
      requireId(from, "the person split");
      requireId(into, "the new person");
      if (from.equals(into)) {
        throw new IllegalArgumentException("a split needs another id than " + from);
      }
      names = List.copyOf(Objects.requireNonNull(names, "the names that are the other person"));
      if (names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("a split needs the names that are the other person");
      }
      if (since != null && until != null && until.isBefore(since)) {
        throw new IllegalArgumentException("a split's period ends before it starts");
      }
    }

    /** Whether the split holds for a statement of {@code country} over {@code [first, last]}. */
    boolean appliesTo(String statementCountry, LocalDate first, LocalDate last) {
      if (country != null && !country.equals(statementCountry)) {
        return false;
      }
      if (since != null && (last == null || last.isBefore(since))) {
        return false;
      }
      return until == null || first != null && !first.isAfter(until);
    }

    boolean isConditional() {
      return country != null || since != null || until != null;
    }
  }

  /**
   * The preferred name of {@code id} in {@code language} ({@code en} or {@code ru}) is {@code
   * name}; the old one stays a name of the person.
   */
  record Rename(String id, String language, String name) implements PersonEdit {
    public Rename {
      requireId(id, "the person renamed");
      if (!"en".equals(language) && !"ru".equals(language)) {
        throw new IllegalArgumentException("a preferred name is en or ru, not '" + language + "'");
      }
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a rename needs the new name");
      }
    }
  }

  /** {@code name}, as printed, is a name of {@code id} (a spelling the rules do not join). */
  record Alias(String id, String name) implements PersonEdit {
    public Alias {
      requireId(id, "the person");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("an alias needs the name");
      }
    }
  }

  private static void requireId(String id, String what) {
    Objects.requireNonNull(id, what);
    if (!Person.ID.matcher(id).matches()) {
      throw new IllegalArgumentException(what + " is not a person id: '" + id + "'");
    }
  }
}
