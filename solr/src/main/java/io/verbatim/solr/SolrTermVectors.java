package io.verbatim.solr;

import io.verbatim.archive.BodyTokens;
import io.verbatim.archive.WorkBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The body term vectors of selected statements, read with Solr's term vector component a page of
 * statements at a time (only the one body field asked for), as keyness and collocations count them.
 *
 * <p>Two ways: {@link #forEachBody} gives each body's words in position order with the offsets of
 * the written words in the stored body ({@link BodyTokens}; offsets need archive format 3, before
 * which they are unknown); {@link #forEachCounts} gives only each term's frequency, which is all
 * that single-word counts without written forms need. Terms that are not words ({@link
 * BodyTokens#isWord}: markers, symbols) are left out either way. The calling thread's {@link
 * WorkBudget} is checked at every statement.
 */
final class SolrTermVectors {
  private final SolrArchive archive;
  private final String field;

  /** Sees the words of one body. */
  interface BodySink {
    void accept(String id, BodyTokens body);
  }

  /** Sees the term frequencies of one body. */
  interface CountSink {
    void accept(String id, Map<String, Integer> frequencies);
  }

  SolrTermVectors(SolrArchive archive, String field) {
    this.archive = Objects.requireNonNull(archive, "archive");
    this.field = Objects.requireNonNull(field, "body field");
  }

  /** Delivers the words of the body of every statement {@code selection} selects. */
  void forEachBody(ModifiableSolrParams selection, BodySink sink) throws IOException {
    ModifiableSolrParams p = params(selection, true);
    Map<String, String> bodies = new HashMap<>();
    archive.forEachDocument(
        p,
        new SolrArchive.DocumentSink() {
          @Override
          public void accept(SolrDocument document) {
            Object body = document.getFirstValue(field);
            bodies.put(
                String.valueOf(document.getFirstValue(SolrFields.ID)),
                body == null ? "" : body.toString());
          }

          @Override
          public void endOfPage(QueryResponse response) {
            for (Map.Entry<String, NamedList<?>> doc : vectors(response)) {
              WorkBudget.current().check();
              String text = bodies.getOrDefault(doc.getKey(), "");
              sink.accept(doc.getKey(), tokens(text, doc.getValue()));
            }
            bodies.clear();
          }
        });
  }

  /** Delivers the term frequencies of the body of every statement {@code selection} selects. */
  void forEachCounts(ModifiableSolrParams selection, CountSink sink) throws IOException {
    archive.forEachDocument(
        params(selection, false),
        new SolrArchive.DocumentSink() {
          @Override
          public void accept(SolrDocument document) {}

          @Override
          public void endOfPage(QueryResponse response) {
            for (Map.Entry<String, NamedList<?>> doc : vectors(response)) {
              WorkBudget.current().check();
              Map<String, Integer> frequencies = new HashMap<>();
              NamedList<?> terms = doc.getValue();
              for (Map.Entry<String, ?> e : terms) {
                if (BodyTokens.isWord(e.getKey())) {
                  Object tf = ((NamedList<?>) e.getValue()).get("tf");
                  frequencies.put(e.getKey(), tf instanceof Number n ? n.intValue() : 0);
                }
              }
              sink.accept(doc.getKey(), frequencies);
            }
          }
        });
  }

  private ModifiableSolrParams params(ModifiableSolrParams selection, boolean tokens) {
    ModifiableSolrParams p = new ModifiableSolrParams(selection);
    p.set("fl", tokens ? SolrFields.ID + "," + field : SolrFields.ID);
    p.set("tv", true);
    p.set("tv.fl", field);
    p.set("tv.tf", true);
    p.set("tv.positions", tokens);
    p.set("tv.offsets", tokens);
    return p;
  }

  /** Each document's term list for the field, by id (a document without the field: empty). */
  private List<Map.Entry<String, NamedList<?>>> vectors(QueryResponse response) {
    NamedList<?> vectors = (NamedList<?>) response.getResponse().get("termVectors");
    List<Map.Entry<String, NamedList<?>>> out = new ArrayList<>();
    if (vectors == null) {
      return out;
    }
    for (Map.Entry<String, ?> doc : vectors) {
      if (!(doc.getValue() instanceof NamedList<?> info)) {
        continue; // "uniqueKeyFieldName" and warnings
      }
      NamedList<?> terms = (NamedList<?>) info.get(field);
      out.add(Map.entry(doc.getKey(), terms == null ? new NamedList<>() : terms));
    }
    return out;
  }

  /** A body's words from its term vector: every position of every word, with its offsets. */
  static BodyTokens tokens(String text, NamedList<?> terms) {
    BodyTokens.Builder tokens = BodyTokens.builder(text);
    for (Map.Entry<String, ?> e : terms) {
      if (!BodyTokens.isWord(e.getKey())) {
        continue;
      }
      NamedList<?> stats = (NamedList<?>) e.getValue();
      List<Integer> positions = numbers((NamedList<?>) stats.get("positions"), "position");
      NamedList<?> offsets = (NamedList<?>) stats.get("offsets");
      List<Integer> starts = numbers(offsets, "start");
      List<Integer> ends = numbers(offsets, "end");
      boolean known = starts.size() == positions.size() && ends.size() == positions.size();
      for (int i = 0; i < positions.size(); i++) {
        tokens.add(
            e.getKey(), positions.get(i), known ? starts.get(i) : -1, known ? ends.get(i) : -1);
      }
    }
    return tokens.build();
  }

  private static List<Integer> numbers(NamedList<?> list, String name) {
    List<Integer> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (Map.Entry<String, ?> e : list) {
      if (e.getKey().equals(name) && e.getValue() instanceof Number n) {
        out.add(n.intValue());
      }
    }
    return out;
  }
}
