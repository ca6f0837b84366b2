package io.verbatim.lucene;

import io.verbatim.analysis.versions.VersionLikeness;
import io.verbatim.archive.VersionLink;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the other-language versions of a statement.
 *
 * <p><b>Explicit</b> links (confidence 1): the same kremlin.ru id ({@code extra.kremlinId} or a
 * {@code kremlin:<id>:} statement key), the same mid.ru id ({@code extra.midId} or a {@code
 * mid:<id>:} key) or the same document number (field, or a {@code mid:<number>:} key). A page's
 * {@code hreflang} alternates point at the counterpart's address, which on kremlin.ru carries the
 * same id, so they are covered by the kremlin id.
 *
 * <p><b>Inferred</b> links, only when there is no explicit one: statements in another language
 * published within a day, scored by {@link VersionLikeness} and kept from {@link
 * VersionLikeness#THRESHOLD}.
 *
 * <p>Versions are in another language than the statement (re-publications in the same language are
 * {@code Archive.versions}); a statement without a language is compared with every language.
 */
final class LuceneLanguageVersions {
  private LuceneLanguageVersions() {}

  private static final Pattern SITE_KEY = Pattern.compile("(kremlin|mid):(.+):[a-z]{2,3}");

  /** The identifiers a statement states that can link it to its versions. */
  private record Ids(String kremlin, String mid, String documentNumber) {
    static Ids of(Statement s) {
      String kremlin = s.extra().get("kremlinId");
      String mid = s.extra().get("midId");
      String number = s.documentNumber();
      if (s.statementKey() != null) {
        Matcher m = SITE_KEY.matcher(s.statementKey());
        if (m.matches()) {
          if (m.group(1).equals("kremlin") && kremlin == null) {
            kremlin = m.group(2);
          } else if (m.group(1).equals("mid") && mid == null && !m.group(2).equals(number)) {
            mid = m.group(2);
          }
        }
      }
      return new Ids(kremlin, mid, number);
    }
  }

  static List<VersionLink> find(IndexSearcher searcher, String id) throws IOException {
    Objects.requireNonNull(id, "statement id");
    int self = docOf(searcher, id);
    if (self < 0) {
      throw new IllegalArgumentException("no statement with id " + id);
    }
    Statement statement = LuceneArchive.record(searcher, self);
    List<VersionLink> links = explicit(searcher, statement);
    if (links.isEmpty()) {
      links = inferred(searcher, statement);
    }
    return links;
  }

  private static int docOf(IndexSearcher searcher, String id) throws IOException {
    var top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  private static List<VersionLink> explicit(IndexSearcher searcher, Statement statement)
      throws IOException {
    Ids ids = Ids.of(statement);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean hasAny = false;
    if (ids.kremlin() != null) {
      any.add(
          new TermQuery(new Term(IndexFields.KREMLIN_ID, ids.kremlin())),
          BooleanClause.Occur.SHOULD);
      any.add(keyPrefix("kremlin:" + ids.kremlin() + ":"), BooleanClause.Occur.SHOULD);
      hasAny = true;
    }
    if (ids.mid() != null) {
      any.add(new TermQuery(new Term(IndexFields.MID_ID, ids.mid())), BooleanClause.Occur.SHOULD);
      any.add(keyPrefix("mid:" + ids.mid() + ":"), BooleanClause.Occur.SHOULD);
      hasAny = true;
    }
    if (ids.documentNumber() != null) {
      any.add(
          new TermQuery(new Term(IndexFields.DOCUMENT_NUMBER, ids.documentNumber())),
          BooleanClause.Occur.SHOULD);
      any.add(keyPrefix("mid:" + ids.documentNumber() + ":"), BooleanClause.Occur.SHOULD);
      hasAny = true;
    }
    if (!hasAny) {
      return List.of();
    }
    List<VersionLink> links = new ArrayList<>();
    for (int doc : SelectedDocs.of(searcher, otherLanguages(any.build(), statement))) {
      Statement other = LuceneArchive.record(searcher, doc);
      if (other.id().equals(statement.id())) {
        continue;
      }
      Ids theirs = Ids.of(other);
      List<String> evidence = new ArrayList<>();
      if (ids.kremlin() != null && ids.kremlin().equals(theirs.kremlin())) {
        evidence.add("same kremlin id " + ids.kremlin());
      }
      if (ids.mid() != null && ids.mid().equals(theirs.mid())) {
        evidence.add("same mid.ru id " + ids.mid());
      }
      if (ids.documentNumber() != null
          && (ids.documentNumber().equals(theirs.documentNumber())
              || ids.documentNumber().equals(theirs.mid()))) {
        evidence.add("same document number " + ids.documentNumber());
      }
      if (!evidence.isEmpty()) {
        links.add(link(other, VersionLink.Kind.EXPLICIT, 1, evidence));
      }
    }
    links.sort(
        Comparator.comparing(VersionLink::language, Comparator.nullsLast(String::compareTo))
            .thenComparing(VersionLink::id));
    return links;
  }

  private static List<VersionLink> inferred(IndexSearcher searcher, Statement statement)
      throws IOException {
    if (statement.published() == null) {
      return List.of();
    }
    LocalDate day = statement.published().date();
    long from = IndexFields.epochMinutes(day.minusDays(1).atStartOfDay());
    long to = IndexFields.epochMinutes(day.plusDays(2).atStartOfDay()) - 1;
    Query nearby = LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to);
    Map<String, VersionLink> links = new LinkedHashMap<>();
    for (int doc : SelectedDocs.of(searcher, otherLanguages(nearby, statement))) {
      Statement other = LuceneArchive.record(searcher, doc);
      VersionLikeness likeness = VersionLikeness.of(statement, other);
      if (likeness.linked()) {
        links.put(
            other.id(),
            link(other, VersionLink.Kind.INFERRED, likeness.confidence(), likeness.evidence()));
      }
    }
    List<VersionLink> sorted = new ArrayList<>(links.values());
    sorted.sort(
        Comparator.comparingDouble(VersionLink::confidence)
            .reversed()
            .thenComparing(VersionLink::id));
    return sorted;
  }

  private static Query keyPrefix(String prefix) {
    return new PrefixQuery(new Term(IndexFields.STATEMENT_KEY, prefix));
  }

  /** {@code query} without statements in {@code statement}'s language (when it has one). */
  private static Query otherLanguages(Query query, Statement statement) {
    if (statement.language() == null) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(
            new TermQuery(new Term(IndexFields.LANGUAGE, statement.language())),
            BooleanClause.Occur.MUST_NOT)
        .build();
  }

  private static VersionLink link(
      Statement other, VersionLink.Kind kind, double confidence, List<String> evidence) {
    return new VersionLink(
        other.id(),
        other.language(),
        other.title(),
        other.published() == null ? null : other.published().date(),
        kind,
        confidence,
        evidence);
  }
}
