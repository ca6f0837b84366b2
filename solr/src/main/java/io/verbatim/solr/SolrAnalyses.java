package io.verbatim.solr;

import io.verbatim.analysis.versions.VersionIds;
import io.verbatim.archive.ArchiveTimeoutException;
import io.verbatim.archive.AssociationRanking;
import io.verbatim.archive.BodyTokens;
import io.verbatim.archive.CoMention;
import io.verbatim.archive.CollocationRequest;
import io.verbatim.archive.CollocationTally;
import io.verbatim.archive.Collocations;
import io.verbatim.archive.IndexedPeriod;
import io.verbatim.archive.KeyTerm;
import io.verbatim.archive.KeynessRequest;
import io.verbatim.archive.LanguageVersionFinder;
import io.verbatim.archive.NodePhrase;
import io.verbatim.archive.Selection;
import io.verbatim.archive.TermTally;
import io.verbatim.archive.VersionLink;
import io.verbatim.archive.WorkBudget;
import io.verbatim.model.Json;
import io.verbatim.model.Statement;
import io.verbatim.solr.SolrFields.TextGroup;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The analyses on SolrCloud, with the same numbers as the embedded archive:
 *
 * <ul>
 *   <li><b>co-mentions</b>: a JSON terms facet on {@code mention} with a nested one on the same
 *       field (statements mentioning both), every bucket, exact across shards; for the co-mentions
 *       of one entity, a terms facet over the whole selection and one over its statements that
 *       mention the entity;
 *   <li><b>keyness</b> and <b>collocations</b>: the body field's term vectors (terms, positions and
 *       offsets, exactly as indexed, with the stored body for the written forms; {@link
 *       SolrTermVectors}), counted by core's {@link TermTally} and {@link CollocationTally}. The
 *       reference of keyness without a reference selection is the rest of the archive in that
 *       language, whose term vectors are read too (frequencies only for single words; the embedded
 *       archive uses its index statistics instead). The node of collocations is analysed by Solr's
 *       field analysis handler, with the index analysis of the body field;
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

  /** The co-mentions of {@code entity}: two facets, on the selection and on its part naming it. */
  List<CoMention> comentionsOf(Selection selection, String entity, int limit) throws IOException {
    Objects.requireNonNull(entity, "entity");
    AssociationRanking.requireLimit(limit);
    ModifiableSolrParams p = archive.selection(selection);
    p.set("rows", 0);
    String withEntity = Json.compact(SolrQueries.anyOf(SolrFields.MENTION, List.of(entity)));
    p.set(
        "json.facet",
        "{all:{type:terms,field:mention,limit:-1,sort:\"index asc\"},"
            + "with:{type:query,q:"
            + withEntity
            + ",facet:{b:{type:terms,field:mention,limit:-1,sort:\"index asc\"}}}}");
    QueryResponse r = archive.query(p);
    long statements = r.getResults().getNumFound();
    NamedList<?> facets = (NamedList<?>) r.getResponse().get("facets");
    Map<String, Long> single = new HashMap<>();
    Map<String, Long> together = new HashMap<>();
    if (facets != null) {
      for (NamedList<?> bucket : SolrFacets.buckets((NamedList<?>) facets.get("all"))) {
        single.put(String.valueOf(bucket.get("val")), SolrFacets.count(bucket));
      }
      NamedList<?> with = (NamedList<?>) facets.get("with");
      if (with != null) {
        for (NamedList<?> bucket : SolrFacets.buckets((NamedList<?>) with.get("b"))) {
          together.put(String.valueOf(bucket.get("val")), SolrFacets.count(bucket));
        }
      }
    }
    return AssociationRanking.coMentionsOf(entity, single, together, statements, limit);
  }

  // ---- keyness ----------------------------------------------------------------------------------

  List<KeyTerm> keyness(KeynessRequest request) throws IOException {
    String language = request.language();
    SolrTermVectors vectors = new SolrTermVectors(archive, TextGroup.of(language).bodyField());
    Set<String> subsetIds = new HashSet<>();
    TermTally inSubset = new TermTally(request.ngram(), true);
    vectors.forEachBody(
        inLanguage(request.subset(), language),
        (id, body) -> {
          subsetIds.add(id);
          inSubset.add(body);
        });
    if (inSubset.tokens() == 0) {
      return List.of();
    }
    ModifiableSolrParams reference =
        inLanguage(
            request.againstRest() ? restOf(request.subset()) : request.reference(), language);
    Set<String> excluded = request.againstRest() ? subsetIds : Set.of();
    TermTally inReference = new TermTally(request.ngram(), false);
    if (request.ngram() == 1) {
      vectors.forEachCounts(
          reference,
          (id, frequencies) -> {
            if (!excluded.contains(id)) {
              frequencies.forEach(inReference::add);
            }
          });
    } else {
      vectors.forEachBody(
          reference,
          (id, body) -> {
            if (!excluded.contains(id)) {
              inReference.add(body);
            }
          });
    }
    return AssociationRanking.keyTerms(
        inSubset, (term, a) -> inReference.frequency(term), inReference.tokens(), request.limit());
  }

  /** The whole archive as {@code subset} sees it: every version, or current ones only. */
  private static Selection restOf(Selection subset) {
    return Selection.builder("").withAllVersions(subset.allVersions()).build();
  }

  // ---- collocations -----------------------------------------------------------------------------

  Collocations collocations(CollocationRequest request) throws IOException {
    String field = TextGroup.of(request.language()).bodyField();
    NodePhrase node =
        NodePhrase.of(request.node(), analyse(field, request.node()), request.language());
    CollocationTally tally = new CollocationTally(node, request.window());
    new SolrTermVectors(archive, field)
        .forEachBody(
            inLanguage(request.selection(), request.language()), (id, body) -> tally.add(body));
    return AssociationRanking.collocations(tally, request.minFrequency(), request.limit());
  }

  /** {@code text} through the index analysis of {@code field} (Solr's field analysis handler). */
  private BodyTokens analyse(String field, String text) throws IOException {
    WorkBudget.current().check();
    FieldAnalysisRequest request = new FieldAnalysisRequest();
    request.addFieldName(field);
    request.setFieldValue(text);
    request.setQuery(text);
    FieldAnalysisResponse response;
    try {
      response = request.process(archive.client(), archive.collection());
    } catch (SolrServerException | SolrException | IOException e) {
      WorkBudget budget = WorkBudget.current();
      if (budget.spent(Thread.currentThread())) {
        ArchiveTimeoutException stopped = budget.exceeded();
        stopped.initCause(e);
        throw stopped;
      }
      throw new IOException("cannot analyse '" + text + "' at " + archive.location(), e);
    }
    List<AnalysisResponseBase.AnalysisPhase> phases = new ArrayList<>();
    response.getFieldNameAnalysis(field).getIndexPhases().forEach(phases::add);
    BodyTokens.Builder tokens = BodyTokens.builder(text);
    if (!phases.isEmpty()) {
      for (AnalysisResponseBase.TokenInfo token : phases.get(phases.size() - 1).getTokens()) {
        tokens.add(token.getText(), token.getPosition(), token.getStart(), token.getEnd());
      }
    }
    return tokens.build();
  }

  /** The selection of {@code request} restricted to statements in {@code language}. */
  private ModifiableSolrParams inLanguage(Selection request, String language) {
    ModifiableSolrParams p = archive.selection(request);
    p.add("fq", SolrQueries.anyOf(SolrFields.LANGUAGE, List.of(language)));
    return p;
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
      long from = IndexedPeriod.rangeStart(first);
      long to = IndexedPeriod.rangeEnd(last);
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
