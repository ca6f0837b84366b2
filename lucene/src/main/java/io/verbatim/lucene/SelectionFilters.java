package io.verbatim.lucene;

import io.verbatim.analysis.people.SpeakerNames;
import io.verbatim.archive.IndexedKeyword;
import io.verbatim.archive.Selection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Adds a request's list filters (speaker, role, genre, place, format, mention) to the query of its
 * query text, language and dates: each filter matches its index keyword field exactly, values of
 * one field are OR-ed (mentions: all required unless the selection asks for any), fields are
 * AND-ed, and none of them affects scores. A speaker value matches by person too ({@link
 * SpeakerNames}): {@code Lavrov}, {@code Лавров} and {@code person:sergey-lavrov} find the same
 * statements. Genres are matched by their label ({@link Selection} keeps them so). Unless the
 * request asks for all versions, the superseded versions of statements are left out ({@link
 * #superseded()}).
 */
final class SelectionFilters {
  private SelectionFilters() {}

  /** {@code base} restricted by every filter of {@code request}; {@code base} when none. */
  static Query apply(Query base, Selection request) {
    Objects.requireNonNull(base, "base query");
    List<Query> filters = new ArrayList<>();
    if (!request.speakers().isEmpty()) {
      filters.add(speakers(request.speakers()));
    }
    add(filters, IndexFields.ROLE, request.roles());
    add(filters, IndexFields.GENRE, request.genres());
    add(filters, IndexFields.PLACE, request.places());
    add(filters, IndexFields.FORMAT, request.formats());
    if (request.mentionMatch() == Selection.MentionMatch.ALL) {
      for (String entity : request.mentions()) {
        add(filters, IndexFields.MENTION, List.of(entity));
      }
    } else {
      add(filters, IndexFields.MENTION, request.mentions());
    }
    if (filters.isEmpty() && request.allVersions()) {
      return base;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(base, Occur.MUST);
    for (Query f : filters) {
      all.add(f, Occur.FILTER);
    }
    if (!request.allVersions()) {
      all.add(superseded(), Occur.MUST_NOT);
    }
    return all.build();
  }

  /**
   * The statements a later version supersedes ({@link SupersededQuery}). Documents without the flag
   * (indexes written before it) are current.
   */
  static Query superseded() {
    return SupersededQuery.INSTANCE;
  }

  /** {@code query} without superseded versions. */
  static Query currentOnly(Query query) {
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(superseded(), Occur.MUST_NOT)
        .build();
  }

  /**
   * Statements by any of the speakers {@code values} names: the speaker's label is the value, or
   * their person id is one the value stands for ({@link SpeakerNames#filterIds}).
   */
  private static Query speakers(List<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Set<String> ids = new LinkedHashSet<>();
    for (String v : values) {
      any.add(new TermQuery(new Term(IndexFields.SPEAKER, IndexedKeyword.of(v))), Occur.SHOULD);
      ids.addAll(SpeakerNames.standard().filterIds(v));
    }
    for (String id : ids) {
      any.add(new TermQuery(new Term(IndexFields.SPEAKER_ID, IndexedKeyword.of(id))), Occur.SHOULD);
    }
    return new ConstantScoreQuery(any.build());
  }

  private static void add(List<Query> filters, String field, List<String> given) {
    if (given.isEmpty()) {
      return;
    }
    List<String> values = given.stream().map(IndexedKeyword::of).toList(); // as indexed
    if (values.size() == 1) {
      filters.add(new TermQuery(new Term(field, values.get(0))));
      return;
    }
    filters.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()));
  }
}
