package io.verbatim.solr;

import io.verbatim.analysis.versions.VersionIds;
import io.verbatim.archive.AssociationRanking;
import io.verbatim.archive.CoMention;
import io.verbatim.archive.Collocate;
import io.verbatim.archive.KeyTerm;
import io.verbatim.archive.LanguageVersionFinder;
import io.verbatim.archive.Selection;
import io.verbatim.archive.VersionLink;
import io.verbatim.model.Statement;
import io.verbatim.solr.SolrFields.TextGroup;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The analyses on SolrCloud, with the same numbers as the embedded archive:
 *
 * <ul>
 *   <li><b>co-mentions</b>: a JSON terms facet on {@code mention} with a nested one on the same
 *       field (statements mentioning both), every bucket, exact across shards;
 *   <li><b>keyness</b> and <b>collocations</b>: the body field's term vectors (the terms, their
 *       frequencies and, for collocations, positions, exactly as indexed), read with the term
 *       vector component a page of statements at a time; only the language's body field is asked
 *       for. The reference of keyness without a reference selection is the rest of the archive in
 *       that language, whose term vectors are read too (the embedded archive uses its index
 *       statistics instead);
 *   <li><b>language versions</b>: {@link LanguageVersionFinder} with candidates found by filter
 *       queries on the identifier fields and the publication date.
 * </ul>
 */
final class SolrAnalyses {
  private final SolrArchive archive;

  SolrAnalyses(SolrArchive archive) {
    this.archive = Objects.requireNonNull(archive, "archive");
  }

  // ---- co-mentions ------------------------------------------------------------------------------

  List<CoMention> comentions(Selection selection, int limit) throws IOException {
    AssociationRanking.requireLimit(limit);
    ModifiableSolrParams p = archive.selection(selection);
    p.set("rows", 0);
    p.set(
        "json.facet",
        "{a:{type:terms,field:mention,limit:-1,sort:\"index asc\","
            + "facet:{b:{type:terms,field:mention,limit:-1,sort:\"index asc\"}}}}");
    QueryResponse r = archive.query(p);
    long statements = r.getResults().getNumFound();
    NamedList<?> facets = (NamedList<?>) r.getResponse().get("facets");
    NamedList<?> a = facets == null ? null : (NamedList<?>) facets.get("a");
    Map<String, Long> single = new HashMap<>();
    Map<String, Map<String, Long>> pairs = new HashMap<>();
    for (NamedList<?> bucket : SolrFacets.buckets(a)) {
      String entityA = String.valueOf(bucket.get("val"));
      single.put(entityA, SolrFacets.count(bucket));
      Map<String, Long> withA = new HashMap<>();
      for (NamedList<?> inner : SolrFacets.buckets((NamedList<?>) bucket.get("b"))) {
        String entityB = String.valueOf(inner.get("val"));
        if (entityA.compareTo(entityB) < 0) {
          withA.put(entityB, SolrFacets.count(inner));
        }
      }
      pairs.put(entityA, withA);
    }
    return AssociationRanking.coMentions(single, pairs, statements, limit);
  }

  // ---- keyness ----------------------------------------------------------------------------------

  /** Term frequencies and token total of some bodies. */
  private record Counts(Map<String, Long> frequencies, long tokens) {
    static Counts empty() {
      return new Counts(new HashMap<>(), 0);
    }
  }

  List<KeyTerm> keyness(Selection subset, Selection reference, String language, int limit)
      throws IOException {
    Objects.requireNonNull(subset, "subset");
    Objects.requireNonNull(language, "the language whose terms to compare");
    AssociationRanking.requireLimit(limit);
    archive.requireTermVectors("keyness");
    String field = TextGroup.of(language).bodyField();
    Set<String> subsetIds = new HashSet<>();
    Counts inSubset = count(inLanguage(subset, language), field, subsetIds);
    if (inSubset.tokens() == 0) {
      return List.of();
    }
    Counts inReference =
        reference != null
            ? count(inLanguage(reference, language), field, null)
            : countExcept(inLanguage(restOf(subset), language), field, subsetIds);
    long c = inSubset.tokens();
    long d = inReference.tokens();
    return AssociationRanking.keyTerms(
        inSubset.frequencies(),
        c,
        (term, a) -> inReference.frequencies().getOrDefault(term, 0L),
        d,
        limit);
  }

  /** The whole archive as {@code subset} sees it: every version, or current ones only. */
  private static Selection restOf(Selection subset) {
    return Selection.builder("").withAllVersions(subset.allVersions()).build();
  }

  /** Counts the terms of the selected bodies; collects their ids into {@code ids} when given. */
  private Counts count(ModifiableSolrParams selection, String field, Set<String> ids)
      throws IOException {
    Counts counts = Counts.empty();
    long[] tokens = {0};
    forEachTermVector(
        selection,
        field,
        false,
        (id, terms) -> {
          if (ids != null) {
            ids.add(id);
          }
          for (TermStats t : terms) {
            counts.frequencies().merge(t.term(), (long) t.frequency(), Long::sum);
            tokens[0] += t.frequency();
          }
        });
    return new Counts(counts.frequencies(), tokens[0]);
  }

  private Counts countExcept(ModifiableSolrParams selection, String field, Set<String> excluded)
      throws IOException {
    Counts counts = Counts.empty();
    long[] tokens = {0};
    forEachTermVector(
        selection,
        field,
        false,
        (id, terms) -> {
          if (excluded.contains(id)) {
            return;
          }
          for (TermStats t : terms) {
            counts.frequencies().merge(t.term(), (long) t.frequency(), Long::sum);
            tokens[0] += t.frequency();
          }
        });
    return new Counts(counts.frequencies(), tokens[0]);
  }

  // ---- collocations -----------------------------------------------------------------------------

  List<Collocate> collocations(
      Selection selection, String term, String language, int window, int minFrequency, int limit)
      throws IOException {
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(term, "the node term");
    Objects.requireNonNull(language, "the language of the bodies");
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1: " + window);
    }
    AssociationRanking.requireLimit(limit);
    if (minFrequency < 1) {
      throw new IllegalArgumentException("minimum frequency must be at least 1: " + minFrequency);
    }
    archive.requireTermVectors("collocations");
    String field = TextGroup.of(language).bodyField();
    List<String> analysedNode = analyse(field, term);
    if (analysedNode.size() != 1) {
      throw new IllegalArgumentException(
          "the term '"
              + term
              + "' must analyse to one "
              + language
              + " term, but gives "
              + (analysedNode.isEmpty() ? "none (a stop word?)" : analysedNode));
    }
    String node = analysedNode.get(0);
    Map<String, Long> frequency = new HashMap<>();
    Map<String, Long> together = new HashMap<>();
    long[] tokens = {0};
    forEachTermVector(
        inLanguage(selection, language),
        field,
        true,
        (id, terms) -> {
          // The body's tokens in position order (stacked tokens share a position).
          List<Token> stream = new ArrayList<>();
          for (TermStats t : terms) {
            frequency.merge(t.term(), (long) t.frequency(), Long::sum);
            tokens[0] += t.frequency();
            for (int position : t.positions()) {
              stream.add(new Token(t.term(), position));
            }
          }
          stream.sort(Comparator.comparingInt(Token::position));
          AssociationRanking.countWithinWindow(
              stream.stream().map(Token::term).toList(),
              stream.stream().mapToInt(Token::position).toArray(),
              node,
              window,
              together);
        });
    return AssociationRanking.collocates(together, frequency, node, tokens[0], minFrequency, limit);
  }

  private record Token(String term, int position) {}

  /** {@code text} through the index analysis of {@code field} (Solr's field analysis handler). */
  private List<String> analyse(String field, String text) throws IOException {
    FieldAnalysisRequest request = new FieldAnalysisRequest();
    request.addFieldName(field);
    request.setFieldValue(text);
    request.setQuery(text);
    FieldAnalysisResponse response;
    try {
      response = request.process(archive.client(), archive.collection());
    } catch (SolrServerException | SolrException e) {
      throw new IOException("cannot analyse '" + text + "' at " + archive.location(), e);
    }
    List<AnalysisResponseBase.AnalysisPhase> phases = new ArrayList<>();
    response.getFieldNameAnalysis(field).getIndexPhases().forEach(phases::add);
    if (phases.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (AnalysisResponseBase.TokenInfo token : phases.get(phases.size() - 1).getTokens()) {
      out.add(token.getText());
    }
    return out;
  }

  // ---- term vectors -----------------------------------------------------------------------------

  /** One term of a body's term vector. */
  private record TermStats(String term, int frequency, List<Integer> positions) {}

  private interface TermVectorSink {
    void accept(String id, List<TermStats> terms);
  }

  /** The selection of {@code request} restricted to statements in {@code language}. */
  private ModifiableSolrParams inLanguage(Selection request, String language) {
    ModifiableSolrParams p = archive.selection(request);
    p.add("fq", SolrQueries.anyOf(SolrFields.LANGUAGE, List.of(language)));
    return p;
  }

  /** Delivers the term vector of {@code field} of every selected statement. */
  private void forEachTermVector(
      ModifiableSolrParams selection, String field, boolean positions, TermVectorSink sink)
      throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams(selection);
    p.set("fl", SolrFields.ID);
    p.set("tv", true);
    p.set("tv.fl", field);
    p.set("tv.tf", true);
    p.set("tv.positions", positions);
    archive.forEachDocument(
        p,
        new SolrArchive.DocumentSink() {
          @Override
          public void accept(SolrDocument document) {}

          @Override
          public void endOfPage(QueryResponse response) {
            NamedList<?> vectors = (NamedList<?>) response.getResponse().get("termVectors");
            if (vectors == null) {
              return;
            }
            for (Map.Entry<String, ?> doc : vectors) {
              if (!(doc.getValue() instanceof NamedList<?> info)) {
                continue; // "uniqueKeyFieldName" and warnings
              }
              NamedList<?> terms = (NamedList<?>) info.get(field);
              sink.accept(doc.getKey(), terms == null ? List.of() : termStats(terms));
            }
          }
        });
  }

  private static List<TermStats> termStats(NamedList<?> terms) {
    List<TermStats> out = new ArrayList<>(terms.size());
    for (Map.Entry<String, ?> e : terms) {
      NamedList<?> stats = (NamedList<?>) e.getValue();
      Object tf = stats.get("tf");
      List<Integer> positions = new ArrayList<>();
      NamedList<?> pos = (NamedList<?>) stats.get("positions");
      if (pos != null) {
        for (Map.Entry<String, ?> position : pos) {
          positions.add(((Number) position.getValue()).intValue());
        }
      }
      out.add(new TermStats(e.getKey(), tf instanceof Number n ? n.intValue() : 0, positions));
    }
    return out;
  }

  // ---- language versions ------------------------------------------------------------------------

  List<VersionLink> languageVersions(String id) throws IOException {
    Objects.requireNonNull(id, "statement id");
    Statement statement =
        archive
            .get(id)
            .orElseThrow(() -> new IllegalArgumentException("no statement with id " + id));
    return LanguageVersionFinder.find(statement, new Candidates());
  }

  /** Candidate versions by filter queries. */
  private final class Candidates implements LanguageVersionFinder.Candidates {
    @Override
    public List<Statement> sharingIds(Statement statement, VersionIds ids) throws IOException {
      List<String> any = new ArrayList<>();
      if (ids.kremlin() != null) {
        any.add(SolrQueries.anyOf(SolrFields.KREMLIN_ID, List.of(ids.kremlin())));
        any.add(keyPrefix("kremlin:" + ids.kremlin() + ":"));
      }
      if (ids.mid() != null) {
        any.add(SolrQueries.anyOf(SolrFields.MID_ID, List.of(ids.mid())));
        any.add(keyPrefix("mid:" + ids.mid() + ":"));
      }
      if (ids.documentNumber() != null) {
        any.add(SolrQueries.anyOf(SolrFields.NUMBER, List.of(ids.documentNumber())));
        any.add(keyPrefix("mid:" + ids.documentNumber() + ":"));
      }
      return records(String.join(" OR ", any), statement);
    }

    @Override
    public List<Statement> publishedBetween(Statement statement, LocalDate first, LocalDate last)
        throws IOException {
      long from = SolrFields.epochMinutes(first.atStartOfDay());
      long to = SolrFields.epochMinutes(last.plusDays(1).atStartOfDay()) - 1;
      return records(SolrFields.PUBLISHED + ":[" + from + " TO " + to + "]", statement);
    }

    private List<Statement> records(String filter, Statement statement) throws IOException {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "*:*");
      p.add("fq", filter);
      if (statement.language() != null) {
        p.add("fq", "-" + SolrQueries.anyOf(SolrFields.LANGUAGE, List.of(statement.language())));
      }
      archive.currentOnly(p); // the current version of each statement stands for it
      p.set("fl", SolrFields.RECORD);
      List<Statement> out = new ArrayList<>();
      archive.forEachDocument(p, d -> out.add(SolrArchive.record(d)));
      return out;
    }

    private static String keyPrefix(String prefix) {
      return SolrFields.STATEMENT_KEY + ":" + ClientUtils.escapeQueryChars(prefix) + "*";
    }
  }
}
