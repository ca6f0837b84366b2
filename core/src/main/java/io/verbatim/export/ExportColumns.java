package io.verbatim.export;

import io.verbatim.archive.KwicLine;
import io.verbatim.model.EntityCount;
import io.verbatim.model.Published;
import io.verbatim.model.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The CSV columns of an export: per statement, or per concordance line.
 *
 * <p>Dates are ISO 8601 at the precision the source states, without zone brackets, so spreadsheets
 * read them: {@code published} is {@code 2019}, {@code 2019-09}, {@code 2019-09-24}, {@code
 * 2019-09-24T10:00}, or with a known zone {@code 2013-04-05T19:00+04:00}; {@code
 * publishedPrecision} says which ({@code year}, {@code month}, {@code day}, {@code minute}, {@code
 * second}); both are empty for an undated statement.
 */
public final class ExportColumns {
  private ExportColumns() {}

  /** The columns of a statement row. */
  public static final List<String> STATEMENT =
      List.of(
          "id",
          "statementKey",
          "published",
          "publishedPrecision",
          "language",
          "title",
          "speaker",
          "role",
          "genre",
          "event",
          "place",
          "eventDate",
          "documentNumber",
          "format",
          "path",
          "sha256",
          "mentions",
          "body");

  /** The columns of a concordance line row. */
  public static final List<String> KWIC =
      List.of(
          "statementId",
          "published",
          "publishedPrecision",
          "language",
          "speaker",
          "title",
          "left",
          "match",
          "right",
          "start",
          "end");

  /** The values of {@link #STATEMENT} for {@code s}; null where the statement has none. */
  public static List<?> statementRow(Statement s) {
    return Arrays.asList(
        s.id(),
        s.statementKey(),
        text(s.published()),
        precision(s.published()),
        s.language(),
        s.title(),
        s.speaker() == null ? null : s.speaker().name(),
        s.speaker() == null ? null : s.speaker().role(),
        s.genre() == null ? null : s.genre().label(),
        s.event(),
        s.place(),
        text(s.eventDate()),
        s.documentNumber(),
        s.source() == null ? null : s.source().format(),
        s.source() == null ? null : s.source().path(),
        s.source() == null ? null : s.source().sha256(),
        mentions(s.mentions()),
        s.body());
  }

  /** The values of {@link #KWIC} for {@code line}. */
  public static List<?> kwicRow(KwicLine line) {
    return Arrays.asList(
        line.statementId(),
        text(line.published()),
        precision(line.published()),
        line.language(),
        line.speaker(),
        line.title(),
        line.left(),
        line.match(),
        line.right(),
        line.start(),
        line.end());
  }

  /** Mentions as {@code RUS:3;org:nato:1} (entity id, colon, count; in the record's order). */
  public static String mentions(List<EntityCount> mentions) {
    return mentions.stream()
        .map(m -> m.entityId() + ":" + m.count())
        .collect(Collectors.joining(";"));
  }

  private static String precision(Published published) {
    return published == null ? null : published.precision().label();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
