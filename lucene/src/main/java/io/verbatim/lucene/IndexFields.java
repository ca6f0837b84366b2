package io.verbatim.lucene;

import io.verbatim.analysis.people.SpeakerNames;
import io.verbatim.archive.IndexedKeyword;
import io.verbatim.archive.IndexedPeriod;
import io.verbatim.lucene.analysis.WordAnalyzer;
import io.verbatim.model.EntityCount;
import io.verbatim.model.Json;
import io.verbatim.model.Published;
import io.verbatim.model.Statement;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The index's fields, and how a {@link Statement} becomes a Lucene {@link Document}.
 *
 * <ul>
 *   <li>{@code id}: keyword, stored, sorted doc values (tie-break of every sort).
 *   <li>{@code statementKey}: keyword and sorted doc values.
 *   <li>{@code record}: the whole statement as {@link Json} (stored only); the one source of truth
 *       when reading back.
 *   <li>{@code title.xx} / {@code body.xx}: analysed text, where {@code xx} is the statement's
 *       {@link TextGroup}, with {@link WordAnalyzer} ({@code en}: English stems, {@code ru}:
 *       Russian lemmas, {@code other}: no stemming); every word is indexed twice at its position,
 *       as its exact form (marked, see {@link io.verbatim.analysis.words.SurfaceForms}) and as its
 *       stem or lemmas. Bodies have offsets in postings for the UnifiedHighlighter and the
 *       concordance. A title the reader inferred ({@code "title"} in {@link Statement#inferred()},
 *       e.g. built from a file name) is shown but not indexed: a search finds the statement's own
 *       words.
 *   <li>{@code textGroup}: keyword, which of those the statement uses.
 *   <li>{@code language}, {@code genre}, {@code speaker}, {@code role}, {@code place}, {@code
 *       format}, {@code documentNumber}: keyword plus sorted-set doc values (for facet counts);
 *       {@code speaker.text}, {@code role.text}, {@code place.text}: the same analysed for search
 *       ({@link WordAnalyzer.Chain#NAME}). The speaker is indexed by person ({@link SpeakerNames}):
 *       {@code speaker} holds the person's label (the preferred name of a known person), {@code
 *       speakerId} (keyword) their person id, and {@code speaker.text} every name of theirs,
 *       printed or known, one field value each.
 *   <li>{@code published}, {@code publishedEnd}: the first and the last minute of the period the
 *       date covers ({@link IndexedPeriod}: epoch minutes of the local date-time as the source
 *       states it, read as UTC, the zone not applied), points, and doc values for {@code published}
 *       (sort: a year-only date sorts as its 1 January 00:00); {@code publishedPrecision}: doc
 *       values, the {@link Published.Precision} ordinal (year 0 … second 4), for timelines. Undated
 *       statements have none of them.
 *   <li>{@code kremlinId}, {@code midId}: keyword plus sorted-set doc values, from {@code extra}.
 *   <li>Every keyword value (and the analysed companions) is indexed as {@link IndexedKeyword}
 *       gives it: values over 8 KiB in UTF-8 are cut (the record keeps them whole), so no value
 *       trips Lucene's limit of 32,766 bytes a term.
 *   <li>{@code year}: the year of the date (of every precision), point plus doc values; {@code
 *       ingestedAt}: epoch millis doc values.
 *   <li>{@code superseded}: numeric doc values only, 1 when a later version of the same statement
 *       is stored ({@link io.verbatim.archive.VersionOrder}), else 0; updated in place as versions
 *       come and go ({@link CurrentVersions}).
 * </ul>
 */
public final class IndexFields {
  private IndexFields() {}

  public static final String ID = "id";
  public static final String STATEMENT_KEY = "statementKey";
  public static final String RECORD = "record";
  public static final String TEXT_GROUP = "textGroup";
  public static final String LANGUAGE = "language";
  public static final String GENRE = "genre";
  public static final String SPEAKER = "speaker";

  /** The person id of the speaker ({@code person:sergey-lavrov}), merges followed; keyword. */
  public static final String SPEAKER_ID = "speakerId";

  public static final String ROLE = "role";
  public static final String PLACE = "place";
  public static final String FORMAT = "format";
  public static final String DOCUMENT_NUMBER = "documentNumber";

  /** Entity ids the body mentions (e.g. {@code RUS}, {@code org:nato}); one value per entity. */
  public static final String MENTION = "mention";

  /**
   * Identifiers that link language versions (issue 3, analysis): the kremlin.ru and mid.ru ids a
   * statement's {@code extra} states, as keywords.
   */
  public static final String KREMLIN_ID = "kremlinId";

  public static final String MID_ID = "midId";

  public static final String PUBLISHED = "published";
  public static final String PUBLISHED_END = "publishedEnd";
  public static final String PRECISION = "publishedPrecision";
  public static final String YEAR = "year";
  public static final String INGESTED_AT = "ingestedAt";

  /** 1 when a later version of the statement is stored, else 0 (doc values, updatable). */
  public static final String SUPERSEDED = "superseded";

  /** Suffix of the analysed companion of a keyword field, e.g. {@code speaker.text}. */
  public static final String TEXT_SUFFIX = ".text";

  /** Which analyzer (and so which {@code title.xx}/{@code body.xx} fields) a statement uses. */
  public enum TextGroup {
    EN("en"),
    RU("ru"),
    OTHER("other");

    private final String suffix;

    TextGroup(String suffix) {
      this.suffix = suffix;
    }

    /** The group for a statement in ISO 639-1 {@code language} (null when unknown). */
    public static TextGroup of(String language) {
      if ("en".equals(language)) {
        return EN;
      }
      if ("ru".equals(language)) {
        return RU;
      }
      return OTHER;
    }

    public String suffix() {
      return suffix;
    }

    public String titleField() {
      return "title." + suffix;
    }

    public String bodyField() {
      return "body." + suffix;
    }

    /** A fresh analyzer for this group's text. */
    Analyzer newAnalyzer() {
      return new WordAnalyzer(
          switch (this) {
            case EN -> WordAnalyzer.Chain.ENGLISH;
            case RU -> WordAnalyzer.Chain.RUSSIAN;
            case OTHER -> WordAnalyzer.Chain.PLAIN;
          });
    }
  }

  static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  /**
   * The analyzer for indexing and for queries: each text field gets its group's analyzer, the
   * analysed companions of names the name chain, keyword fields are matched exactly (genre,
   * language and id case-insensitively).
   */
  static Analyzer newAnalyzer() {
    Analyzer keyword = new KeywordAnalyzer();
    Analyzer lowerKeyword = lowercaseKeyword();
    Analyzer names = new WordAnalyzer(WordAnalyzer.Chain.NAME);
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    for (TextGroup g : TextGroup.values()) {
      Analyzer a = g.newAnalyzer();
      perField.put(g.titleField(), a);
      perField.put(g.bodyField(), a);
    }
    perField.put(SPEAKER + TEXT_SUFFIX, names);
    perField.put(ROLE + TEXT_SUFFIX, names);
    perField.put(PLACE + TEXT_SUFFIX, names);
    perField.put(ID, lowerKeyword);
    perField.put(LANGUAGE, lowerKeyword);
    perField.put(GENRE, lowerKeyword);
    perField.put(TEXT_GROUP, keyword);
    perField.put(FORMAT, keyword);
    perField.put(DOCUMENT_NUMBER, keyword);
    perField.put(MENTION, keyword);
    perField.put(KREMLIN_ID, keyword);
    perField.put(MID_ID, keyword);
    perField.put(STATEMENT_KEY, keyword);
    return new PerFieldAnalyzerWrapper(keyword, perField);
  }

  private static Analyzer lowercaseKeyword() {
    try {
      return CustomAnalyzer.builder().withTokenizer("keyword").addTokenFilter("lowercase").build();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The document for {@code statement}, which must have an id and a source; {@code superseded} when
   * a later version of it is stored.
   */
  static Document toDocument(Statement statement, boolean superseded) {
    Objects.requireNonNull(statement.id(), "a stored statement needs an id");
    Objects.requireNonNull(statement.source(), "a stored statement needs a source");
    Document doc = new Document();
    doc.add(new StringField(ID, statement.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(statement.id())));
    String key = IndexedKeyword.of(statement.statementKey());
    if (key != null) {
      doc.add(new StringField(STATEMENT_KEY, key, Field.Store.NO));
      doc.add(new SortedDocValuesField(STATEMENT_KEY, new BytesRef(key)));
    }
    doc.add(new StoredField(RECORD, Json.compact(statement)));

    TextGroup group = TextGroup.of(statement.language());
    doc.add(new StringField(TEXT_GROUP, group.suffix(), Field.Store.NO));
    if (searchableTitle(statement) != null) {
      doc.add(new Field(group.titleField(), statement.title(), TextField.TYPE_NOT_STORED));
    }
    doc.add(new Field(group.bodyField(), statement.body(), BODY_TYPE));

    addKeyword(doc, LANGUAGE, statement.language(), false);
    addKeyword(doc, GENRE, statement.genre() == null ? null : statement.genre().label(), false);
    if (statement.speaker() != null) {
      SpeakerNames names = SpeakerNames.standard();
      addKeyword(doc, SPEAKER, names.label(statement.speaker()), false);
      for (String name : names.searchNames(statement.speaker())) {
        doc.add(new Field(SPEAKER + TEXT_SUFFIX, name, TextField.TYPE_NOT_STORED));
      }
      String person = names.id(statement.speaker());
      if (person != null) {
        doc.add(new StringField(SPEAKER_ID, IndexedKeyword.of(person), Field.Store.NO));
      }
      addKeyword(doc, ROLE, statement.speaker().role(), true);
    }
    addKeyword(doc, PLACE, statement.place(), true);
    addKeyword(doc, FORMAT, statement.source().format(), false);
    addKeyword(doc, DOCUMENT_NUMBER, statement.documentNumber(), false);
    for (EntityCount mention : statement.mentions()) {
      addKeyword(doc, MENTION, mention.entityId(), false);
    }
    // Language-version links (issue 3, analysis).
    addKeyword(doc, KREMLIN_ID, statement.extra().get("kremlinId"), false);
    addKeyword(doc, MID_ID, statement.extra().get("midId"), false);

    if (statement.published() != null) {
      IndexedPeriod period = IndexedPeriod.of(statement.published());
      doc.add(new LongPoint(PUBLISHED, period.start()));
      doc.add(new NumericDocValuesField(PUBLISHED, period.start()));
      doc.add(new LongPoint(PUBLISHED_END, period.end()));
      doc.add(new NumericDocValuesField(PRECISION, period.precision().ordinal()));
      int year = period.year();
      doc.add(new IntPoint(YEAR, year));
      doc.add(new NumericDocValuesField(YEAR, year));
    }
    doc.add(new NumericDocValuesField(INGESTED_AT, statement.source().ingestedAt().toEpochMilli()));
    doc.add(new NumericDocValuesField(SUPERSEDED, superseded ? 1 : 0));
    return doc;
  }

  /** The statement's title when it is its own words, or null (none, or one the reader inferred). */
  static String searchableTitle(Statement statement) {
    return statement.inferred().contains("title") ? null : statement.title();
  }

  private static void addKeyword(Document doc, String field, String given, boolean analysedToo) {
    String value = IndexedKeyword.of(given); // the same value on both backends
    if (value == null) {
      return;
    }
    doc.add(new StringField(field, value, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    if (analysedToo) {
      doc.add(new Field(field + TEXT_SUFFIX, value, TextField.TYPE_NOT_STORED));
    }
  }
}
