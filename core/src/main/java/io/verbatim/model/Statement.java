package io.verbatim.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One statement as published: one document in one language.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@code id} is 16 lowercase hex digits derived from the sha256 of the statement's own
 *       original bytes, so the same bytes always give the same id (see {@link #idFor(String)}).
 *   <li>{@code statementKey} groups versions: the same document re-published with other bytes has
 *       another id but the same key.
 *   <li>A statement has a text or at least a title: {@code body} is never null; it is empty only
 *       for a statement published without text (a news item with a title, date, place and photos),
 *       whose title is then never null ({@link #hasText()}). Paragraphs are separated by one blank
 *       line ({@code "\n\n"}).
 *   <li>A field the source does not state is null (lists and maps empty); {@code inferred} names
 *       the fields whose values were read indirectly (e.g. the speaker read from the title).
 *   <li>{@code published} is kept at the precision the source states (a year, a month, a day, a
 *       time); null only when the source gives no date at all. Its JSON form is ISO 8601 without
 *       zone brackets ({@link Published}); the JSON also carries {@code publishedPrecision} ({@code
 *       year}, {@code month}, {@code day}, {@code minute}, {@code second}) and {@code
 *       publishedZone} (the zone's name, e.g. {@code Europe/Moscow}, or null), derived from it and
 *       read back with it.
 *   <li>{@code mentions} are the countries, organisations and people the body names, found by
 *       analysis at ingest (not stated by the page), with char offsets into {@code body}.
 * </ul>
 *
 * <p>Readers build statements without {@code id} and {@code source}; the ingest pipeline adds them.
 * Use {@link #builder()} or {@link #toBuilder()}.
 */
@JsonDeserialize(builder = Statement.Builder.class)
@JsonPropertyOrder({
  "id",
  "statementKey",
  "title",
  "published",
  "publishedPrecision",
  "publishedZone",
  "language",
  "versions",
  "speaker",
  "genre",
  "event",
  "place",
  "eventDate",
  "documentNumber",
  "materials",
  "extra",
  "inferred",
  "mentions",
  "source",
  "body"
})
public record Statement(
    String id,
    String statementKey,
    Source source,
    String title,
    Published published,
    String language,
    List<String> versions,
    Speaker speaker,
    Genre genre,
    String event,
    String place,
    LocalDate eventDate,
    String documentNumber,
    String body,
    List<Material> materials,
    Map<String, String> extra,
    Set<String> inferred,
    List<EntityCount> mentions) {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final Pattern VERSION_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  /** Field names, as used in JSON and in {@link #inferred()}. */
  public static final Set<String> FIELDS =
      Set.of(
          "id",
          "statementKey",
          "source",
          "title",
          "published",
          "language",
          "versions",
          "speaker",
          "genre",
          "event",
          "place",
          "eventDate",
          "documentNumber",
          "body",
          "materials",
          "extra",
          "mentions");

  public Statement {
    versions = List.copyOf(versions == null ? List.of() : versions);
    materials = List.copyOf(materials == null ? List.of() : materials);
    mentions = List.copyOf(mentions == null ? List.of() : mentions);
    extra =
        extra == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    inferred =
        inferred == null
            ? Set.of()
            : java.util.Collections.unmodifiableSet(new TreeSet<>(inferred));
    body = body == null || body.isBlank() ? "" : body;
    if (body.isEmpty() && (title == null || title.isBlank())) {
      throw new IllegalArgumentException(
          "a statement needs a text or at least a title; this one has neither");
    }
  }

  /** The precision of {@code published} (JSON {@code publishedPrecision}), or null when undated. */
  @JsonProperty("publishedPrecision")
  public Published.Precision publishedPrecision() {
    return published == null ? null : published.precision();
  }

  /**
   * The name of the zone of {@code published} (JSON {@code publishedZone}, e.g. {@code
   * Europe/Moscow}), or null when undated or the zone is unknown.
   */
  @JsonProperty("publishedZone")
  public String publishedZone() {
    return published == null || published.zone() == null ? null : published.zone().getId();
  }

  /** True when the statement has a text; false for one published without text (a title only). */
  public boolean hasText() {
    return !body.isEmpty();
  }

  /** The id for a statement whose original bytes have this sha256 (hex). */
  public static String idFor(String sha256Hex) {
    Objects.requireNonNull(sha256Hex, "sha256 of the original bytes");
    if (sha256Hex.length() < 16) {
      throw new IllegalArgumentException("not a sha256: " + sha256Hex);
    }
    return sha256Hex.substring(0, 16).toLowerCase(Locale.ROOT);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.statementKey = statementKey;
    b.source = source;
    b.title = title;
    b.published = published;
    b.language = language;
    b.versions = new ArrayList<>(versions);
    b.speaker = speaker;
    b.genre = genre;
    b.event = event;
    b.place = place;
    b.eventDate = eventDate;
    b.documentNumber = documentNumber;
    b.body = body;
    b.materials = new ArrayList<>(materials);
    b.extra = new LinkedHashMap<>(extra);
    b.inferred = new TreeSet<>(inferred);
    b.mentions = new ArrayList<>(mentions);
    return b;
  }

  /** Builds a {@link Statement}; each {@code with…} method checks its value. */
  @JsonPOJOBuilder(withPrefix = "with")
  public static final class Builder {
    private String id;
    private String statementKey;
    private Source source;
    private String title;
    private Published published;
    private ZoneId publishedZone; // read from JSON beside "published"; applied by build()
    private String language;
    private List<String> versions = new ArrayList<>();
    private Speaker speaker;
    private Genre genre;
    private String event;
    private String place;
    private LocalDate eventDate;
    private String documentNumber;
    private String body;
    private List<Material> materials = new ArrayList<>();
    private Map<String, String> extra = new LinkedHashMap<>();
    private Set<String> inferred = new TreeSet<>();
    private List<EntityCount> mentions = new ArrayList<>();

    private Builder() {}

    /** Sets the id: 16 lowercase hex digits (see {@link Statement#idFor(String)}). */
    public Builder withId(String id) {
      if (id != null && !ID.matcher(id).matches()) {
        throw new IllegalArgumentException("id must be 16 lowercase hex digits: " + id);
      }
      this.id = id;
      return this;
    }

    public Builder withStatementKey(String statementKey) {
      this.statementKey = Text.blankToNull(statementKey);
      return this;
    }

    public Builder withSource(Source source) {
      this.source = source;
      return this;
    }

    public Builder withTitle(String title) {
      this.title = Text.blankToNull(title);
      return this;
    }

    public Builder withPublished(Published published) {
      this.published = published;
      return this;
    }

    /**
     * The JSON field {@code publishedZone}: the zone's name, which the ISO text of {@code
     * published} gives only as an offset. Applied to {@code published} when the statement is built.
     */
    @JsonProperty("publishedZone")
    private Builder readPublishedZone(String zone) {
      try {
        this.publishedZone = zone == null || zone.isBlank() ? null : ZoneId.of(zone.strip());
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("publishedZone '" + zone + "' is not a time zone", e);
      }
      return this;
    }

    /** Sets the ISO 639-1 language code (two lowercase letters, e.g. {@code en}). */
    public Builder withLanguage(String language) {
      String l = Text.blankToNull(language);
      if (l != null && !LANGUAGE.matcher(l).matches()) {
        throw new IllegalArgumentException(
            "language must be an ISO 639-1 code such as 'en': " + language);
      }
      this.language = l;
      return this;
    }

    /** Sets the language versions the page lists, as tags such as {@code en-GB}. */
    public Builder withVersions(Collection<String> versions) {
      List<String> checked = new ArrayList<>();
      for (String v : versions == null ? List.<String>of() : versions) {
        Objects.requireNonNull(v, "a language version tag");
        if (!VERSION_TAG.matcher(v).matches()) {
          throw new IllegalArgumentException("not a language tag such as 'en-GB': " + v);
        }
        if (!checked.contains(v)) {
          checked.add(v);
        }
      }
      this.versions = checked;
      return this;
    }

    public Builder withSpeaker(Speaker speaker) {
      this.speaker = speaker;
      return this;
    }

    public Builder withGenre(Genre genre) {
      this.genre = genre;
      return this;
    }

    public Builder withEvent(String event) {
      this.event = Text.blankToNull(event);
      return this;
    }

    public Builder withPlace(String place) {
      this.place = Text.blankToNull(place);
      return this;
    }

    public Builder withEventDate(LocalDate eventDate) {
      this.eventDate = eventDate;
      return this;
    }

    public Builder withDocumentNumber(String documentNumber) {
      this.documentNumber = Text.blankToNull(documentNumber);
      return this;
    }

    public Builder withBody(String body) {
      this.body = body;
      return this;
    }

    public Builder withMaterials(Collection<Material> materials) {
      this.materials = new ArrayList<>(materials == null ? List.of() : materials);
      return this;
    }

    public Builder addMaterial(Material material) {
      this.materials.add(Objects.requireNonNull(material, "material to add"));
      return this;
    }

    public Builder withExtra(Map<String, String> extra) {
      this.extra = new LinkedHashMap<>(extra == null ? Map.of() : extra);
      return this;
    }

    /** Keeps one more field the source gives that the record has no place for. */
    public Builder putExtra(String key, String value) {
      Objects.requireNonNull(key, "extra field name");
      if (value != null && !value.isBlank()) {
        this.extra.put(key, value);
      }
      return this;
    }

    public Builder withInferred(Collection<String> inferred) {
      this.inferred = new TreeSet<>();
      for (String f : inferred == null ? List.<String>of() : inferred) {
        markInferred(f);
      }
      return this;
    }

    /** Notes that {@code field} was read indirectly (e.g. speaker from the title). */
    public Builder markInferred(String field) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException("unknown statement field: " + field);
      }
      this.inferred.add(field);
      return this;
    }

    /** Sets the entity mentions found in the body (offsets into it). */
    public Builder withMentions(Collection<EntityCount> mentions) {
      this.mentions = new ArrayList<>(mentions == null ? List.of() : mentions);
      return this;
    }

    public String body() {
      return body;
    }

    public String title() {
      return title;
    }

    public String language() {
      return language;
    }

    public Published published() {
      return published;
    }

    /**
     * Builds the statement.
     *
     * @throws IllegalArgumentException when there is neither a text nor a title
     */
    public Statement build() {
      return new Statement(
          id,
          statementKey,
          source,
          title,
          published != null && publishedZone != null
              ? published.withZone(publishedZone)
              : published,
          language,
          versions,
          speaker,
          genre,
          event,
          place,
          eventDate,
          documentNumber,
          body,
          materials,
          extra,
          inferred,
          mentions);
    }
  }
}
