package io.verbatim.solr;

import io.verbatim.analysis.people.SpeakerNames;
import io.verbatim.archive.IndexedKeyword;
import io.verbatim.archive.IndexedPeriod;
import io.verbatim.archive.Timeline;
import io.verbatim.model.EntityCount;
import io.verbatim.model.Json;
import io.verbatim.model.Statement;
import java.util.Objects;
import org.apache.solr.common.SolrInputDocument;

/**
 * The fields of the statements collection (see {@code configset/schema.xml}) and how a {@link
 * Statement} becomes a Solr document: the same fields as the embedded archive's index.
 *
 * <ul>
 *   <li>{@code id}, {@code statementKey}: exact; {@code record}: the whole statement as {@link
 *       Json}, stored only, the one source of truth when reading back.
 *   <li>{@code title_xx} / {@code body_xx}: analysed text of the statement's {@link TextGroup}
 *       (each word's exact form beside its stem); bodies are stored, with offsets, for the unified
 *       highlighter. A title the reader inferred ({@code "title"} in {@link Statement#inferred()})
 *       is not indexed: a search finds the statement's own words.
 *   <li>{@code language}, {@code genre}, {@code speaker}, {@code role}, {@code place}, {@code
 *       format}, {@code number}, {@code mention}, {@code kremlinId}, {@code midId}: exact strings
 *       with docValues (filters, facets); the schema copies some into analysed companions. Each is
 *       indexed as {@link IndexedKeyword} gives it (over 8 KiB in UTF-8: cut, with a hash), as in
 *       the embedded archive, so no value trips the limit of 32,766 bytes a term.
 *   <li>{@code published}, {@code publishedEnd}: the first and the last minute of the period the
 *       date covers ({@link IndexedPeriod}: epoch minutes of the local date-time as stated, zone
 *       not applied; a year-only date sorts as its 1 January 00:00); {@code publishedPrecision}:
 *       {@code year} … {@code second}; {@code year}, {@code month}, {@code day}: the periods a
 *       timeline by year, month or day counts it in ({@link IndexedPeriod#period}: a date coarser
 *       than the interval keeps its own, so {@code month} of a year-only date is {@code 2019});
 *       {@code ingestedAt}: epoch millis.
 *   <li>{@code superseded}: docValues only, 1 when a later version of the statement is stored, else
 *       0; updated in place ({@link SolrCurrentVersions}).
 * </ul>
 */
public final class SolrFields {
  private SolrFields() {}

  public static final String ID = "id";
  public static final String STATEMENT_KEY = "statementKey";
  public static final String RECORD = "record";
  public static final String TEXT_GROUP = "textGroup";
  public static final String LANGUAGE = "language";
  public static final String GENRE = "genre";
  public static final String SPEAKER = "speaker";

  /** The speaker's person id, merges followed ({@link SpeakerNames#id}). */
  public static final String SPEAKER_ID = "speakerId";

  /** Every name of the speaker, analysed, for {@code speaker:} ({@link SpeakerNames}). */
  public static final String SPEAKER_TEXT = "speaker_txt";

  public static final String ROLE = "role";
  public static final String PLACE = "place";
  public static final String FORMAT = "format";
  public static final String NUMBER = "number";
  public static final String MENTION = "mention";
  public static final String KREMLIN_ID = "kremlinId";
  public static final String MID_ID = "midId";
  public static final String PUBLISHED = "published";
  public static final String PUBLISHED_END = "publishedEnd";
  public static final String PRECISION = "publishedPrecision";
  public static final String YEAR = "year";
  public static final String MONTH = "month";
  public static final String DAY = "day";
  public static final String INGESTED_AT = "ingestedAt";
  public static final String SUPERSEDED = "superseded";

  /** Originals collection: the bytes and their length. */
  public static final String BYTES = "bytes";

  public static final String LENGTH = "length";

  /** Which analysis (and so which {@code title_xx}/{@code body_xx} fields) a statement uses. */
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
      return "title_" + suffix;
    }

    public String bodyField() {
      return "body_" + suffix;
    }
  }

  /** The document for {@code statement}, which must have an id and a source. */
  static SolrInputDocument toDocument(Statement statement) {
    Objects.requireNonNull(statement.id(), "a stored statement needs an id");
    Objects.requireNonNull(statement.source(), "a stored statement needs a source");
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(ID, statement.id());
    put(doc, STATEMENT_KEY, statement.statementKey());
    doc.addField(RECORD, Json.compact(statement));
    TextGroup group = TextGroup.of(statement.language());
    doc.addField(TEXT_GROUP, group.suffix());
    // A title the reader inferred is shown, not searched (as in the embedded archive).
    if (statement.title() != null && !statement.inferred().contains("title")) {
      doc.addField(group.titleField(), statement.title());
    }
    doc.addField(group.bodyField(), statement.body());
    put(doc, LANGUAGE, statement.language());
    put(doc, GENRE, statement.genre() == null ? null : statement.genre().label());
    if (statement.speaker() != null) {
      SpeakerNames names = SpeakerNames.standard();
      put(doc, SPEAKER, names.label(statement.speaker()));
      put(doc, SPEAKER_ID, names.id(statement.speaker()));
      for (String name : names.searchNames(statement.speaker())) {
        doc.addField(SPEAKER_TEXT, name);
      }
      put(doc, ROLE, statement.speaker().role());
    }
    put(doc, PLACE, statement.place());
    put(doc, FORMAT, statement.source().format());
    put(doc, NUMBER, statement.documentNumber());
    for (EntityCount mention : statement.mentions()) {
      put(doc, MENTION, mention.entityId());
    }
    put(doc, KREMLIN_ID, statement.extra().get("kremlinId"));
    put(doc, MID_ID, statement.extra().get("midId"));
    if (statement.published() != null) {
      IndexedPeriod period = IndexedPeriod.of(statement.published());
      doc.addField(PUBLISHED, period.start());
      doc.addField(PUBLISHED_END, period.end());
      doc.addField(PRECISION, period.precision().label());
      doc.addField(YEAR, period.period(Timeline.Interval.YEAR));
      doc.addField(MONTH, period.period(Timeline.Interval.MONTH));
      doc.addField(DAY, period.period(Timeline.Interval.DAY));
    }
    doc.addField(INGESTED_AT, statement.source().ingestedAt().toEpochMilli());
    return doc;
  }

  /** Adds a keyword value as {@link IndexedKeyword} gives it (the copies the schema makes too). */
  private static void put(SolrInputDocument doc, String field, String value) {
    if (value != null) {
      doc.addField(field, IndexedKeyword.of(value));
    }
  }
}
