package io.verbatim.solr;

import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.VersionGrouping;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * A search whose page lists language-version groups instead of statements, on SolrCloud; the groups
 * and the ordering rules are core's {@link VersionGrouping}, so the answers are the embedded
 * archive's.
 *
 * <p>Steps: (1) every matching statement's link fields ({@code id}, {@code statementKey}, {@code
 * language}, {@code kremlinId}, {@code midId}, {@code number}: docValues, no stored record) are
 * streamed with a cursor in the request's order, the first page also carrying the facets; (2) the
 * statements that share a key or an identifier with those fetched are fetched the same way, round
 * after round, until no new one comes (a group can reach matching statements through ones that do
 * not match), or, when that would take more requests than reading the whole collection's link
 * fields, the whole collection is read instead; (3) the groups are built and counted, the page's
 * hits are the first statement of each group in the request's order; (4) only the page's hits
 * (record, score, snippet) and their other versions (record) are read in full. Unless the search
 * asks for all versions, superseded versions are left out of every step, as if deleted.
 */
final class SolrGroupedSearch {
  /** Link fields read per statement (all docValues). */
  private static final String LINK_FIELDS =
      String.join(
          ",",
          SolrFields.ID,
          SolrFields.STATEMENT_KEY,
          SolrFields.LANGUAGE,
          SolrFields.KREMLIN_ID,
          SolrFields.MID_ID,
          SolrFields.NUMBER);

  /** Rows per cursor page when reading link fields. */
  static final int LINK_PAGE = 5_000;

  /** Query clauses per request when asking for linked statements (under maxBooleanClauses). */
  static final int CLAUSES = 600;

  /** One-off filters (lists of ids, keys) stay out of Solr's filter cache. */
  private static final String NO_CACHE = "{!cache=false}";

  private final SolrArchive archive;
  private final int linkPage;
  private final int clausesPerRequest;

  /** The statements fetched so far, numbered in fetch order (the matching ones first). */
  private final List<Row> rows = new ArrayList<>();

  private final Map<String, Integer> numberOfId = new HashMap<>();

  private boolean readWholeCollection;

  /** Whether the search asked for every version (else superseded ones are in no group). */
  private boolean allVersions;

  SolrGroupedSearch(SolrArchive archive) {
    this(archive, LINK_PAGE, CLAUSES);
  }

  /** With other request sizes (tests use tiny ones to take every path). */
  SolrGroupedSearch(SolrArchive archive, int linkPage, int clausesPerRequest) {
    this.archive = Objects.requireNonNull(archive, "archive");
    if (linkPage < 1 || clausesPerRequest < 1) {
      throw new IllegalArgumentException(
          "link page and clauses per request must be positive: "
              + linkPage
              + ", "
              + clausesPerRequest);
    }
    this.linkPage = linkPage;
    this.clausesPerRequest = clausesPerRequest;
  }

  /** One statement's link fields. */
  private record Row(
      String id, String key, String language, String kremlinId, String midId, String number) {
    static Row of(SolrDocument d) {
      return new Row(
          string(d, SolrFields.ID),
          string(d, SolrFields.STATEMENT_KEY),
          string(d, SolrFields.LANGUAGE),
          string(d, SolrFields.KREMLIN_ID),
          string(d, SolrFields.MID_ID),
          string(d, SolrFields.NUMBER));
    }

    private static String string(SolrDocument d, String field) {
      Object v = d.getFirstValue(field);
      return v == null ? null : v.toString();
    }

    /** The identifiers this statement states, as {@link VersionGrouping} names them. */
    List<String> identifiers() {
      List<String> ids = new ArrayList<>(3);
      String fromKey = VersionGrouping.keyIdentifier(key);
      if (!fromKey.isEmpty()) {
        ids.add(fromKey);
      }
      if (kremlinId != null) {
        ids.add(VersionGrouping.kremlinIdentifier(kremlinId));
      }
      if (midId != null) {
        ids.add(VersionGrouping.midOrNumberIdentifier(midId));
      }
      if (number != null) {
        ids.add(VersionGrouping.midOrNumberIdentifier(number));
      }
      return ids;
    }
  }

  SearchResult run(SearchRequest request) throws IOException {
    allVersions = request.selection().allVersions();
    ModifiableSolrParams selection = archive.selection(request.selection());
    selection.set("sort", SolrQueries.sort(request.sort()));
    String facetJson =
        request.facets().isEmpty() ? null : SolrFacets.json(request.facets(), request.facetLimit());
    Object[] facetsResponse = new Object[1];
    long total = stream(selection, facetJson, facetsResponse);
    int matching = rows.size();
    Map<String, FacetCounts> facets =
        facetJson == null ? Map.of() : SolrFacets.read(facetsResponse[0], request.facets(), total);
    addLinkedStatements();
    VersionGrouping grouping = group();
    long groupTotal = grouping.countGroups(s -> s < matching);
    if (request.limit() == 0 || request.offset() >= groupTotal) {
      return new SearchResult(total, List.of(), facets, null, groupTotal);
    }
    int[] inOrder = new int[matching];
    for (int i = 0; i < matching; i++) {
      inOrder[i] = i;
    }
    int[] best = grouping.firstOfEachGroup(inOrder, (long) request.offset() + request.limit());
    List<Integer> page = new ArrayList<>();
    for (int i = request.offset(); i < best.length; i++) {
      page.add(best[i]);
    }
    return new SearchResult(
        total, hits(request, page, grouping, matching), facets, null, groupTotal);
  }

  /**
   * Streams the link fields of every statement {@code params} selects, in its sort, adding those
   * not yet fetched; the first page also asks for {@code facetJson} (when not null) and puts the
   * facets in {@code facets[0]}.
   *
   * @return the number of statements selected
   */
  private long stream(ModifiableSolrParams params, String facetJson, Object[] facets)
      throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams(params);
    if (p.get("sort") == null) {
      p.set("sort", SolrFields.ID + " asc");
    }
    p.set("fl", LINK_FIELDS);
    p.set("rows", linkPage);
    String mark = CursorMarkParams.CURSOR_MARK_START;
    long found = -1;
    while (true) {
      p.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      if (facetJson != null && found < 0) {
        p.set("json.facet", facetJson);
      } else {
        p.remove("json.facet");
      }
      QueryResponse r = archive.query(p);
      if (found < 0) {
        found = r.getResults().getNumFound();
        if (facetJson != null) {
          facets[0] = r.getResponse().get("facets");
        }
      }
      for (SolrDocument d : r.getResults()) {
        Row row = Row.of(d);
        if (!numberOfId.containsKey(row.id())) {
          numberOfId.put(row.id(), rows.size());
          rows.add(row);
        }
      }
      String next = r.getNextCursorMark();
      if (next == null || next.equals(mark) || r.getResults().size() < linkPage) {
        return found;
      }
      mark = next;
    }
  }

  /**
   * Fetches, round after round, the statements that share a key or an identifier with those
   * fetched, until none is new; or reads the whole collection when that is cheaper.
   */
  private void addLinkedStatements() throws IOException {
    Set<String> askedKeys = new HashSet<>();
    Set<String> askedIds = new HashSet<>();
    int from = 0;
    while (from < rows.size()) {
      Set<String> clauses = new LinkedHashSet<>();
      for (int s = from; s < rows.size(); s++) {
        Row row = rows.get(s);
        if (row.key() != null && askedKeys.add(row.key())) {
          clauses.add(SolrQueries.anyOf(SolrFields.STATEMENT_KEY, List.of(row.key())));
        }
        for (String id : row.identifiers()) {
          if (askedIds.add(id)) {
            clauses.addAll(clausesFor(id));
          }
        }
      }
      from = rows.size();
      if (clauses.isEmpty()) {
        return;
      }
      long requests = (clauses.size() + clausesPerRequest - 1) / clausesPerRequest;
      long unread = collectionSize() - rows.size();
      if (requests > (unread + linkPage - 1) / linkPage) {
        ModifiableSolrParams all = new ModifiableSolrParams();
        all.set("q", "*:*");
        inView(all);
        stream(all, null, null);
        readWholeCollection = true;
        return;
      }
      List<String> list = new ArrayList<>(clauses);
      for (int i = 0; i < list.size(); i += clausesPerRequest) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set(
            "fq",
            NO_CACHE
                + String.join(
                    " OR ", list.subList(i, Math.min(list.size(), i + clausesPerRequest))));
        inView(p);
        stream(p, null, null);
      }
    }
  }

  /** True when the last {@link #run} read the link fields of the whole collection. */
  boolean readWholeCollection() {
    return readWholeCollection;
  }

  /** The query clauses that find the statements stating {@code identifier}. */
  private static List<String> clausesFor(String identifier) {
    String value = identifier.substring(2);
    if (identifier.equals(VersionGrouping.kremlinIdentifier(value))) {
      return List.of(
          SolrQueries.anyOf(SolrFields.KREMLIN_ID, List.of(value)), keyPrefix("kremlin:", value));
    }
    return List.of(
        SolrQueries.anyOf(SolrFields.MID_ID, List.of(value)),
        SolrQueries.anyOf(SolrFields.NUMBER, List.of(value)),
        keyPrefix("mid:", value));
  }

  private static String keyPrefix(String site, String id) {
    return SolrFields.STATEMENT_KEY + ":" + ClientUtils.escapeQueryChars(site + id + ":") + "*";
  }

  private long collectionSize() throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    inView(p);
    p.set("rows", 0);
    return archive.query(p).getResults().getNumFound();
  }

  /** Leaves superseded versions out of {@code p} unless the search asked for every version. */
  private void inView(ModifiableSolrParams p) {
    if (!allVersions) {
      archive.currentOnly(p);
    }
  }

  private VersionGrouping group() {
    VersionGrouping.Builder links = VersionGrouping.builder(rows.size());
    for (int s = 0; s < rows.size(); s++) {
      Row row = rows.get(s);
      links.live(s);
      int language = links.language(row.language());
      if (row.key() != null) {
        links.statementKey(s, row.key(), language);
      }
      if (row.kremlinId() != null) {
        links.identifier(s, VersionGrouping.kremlinIdentifier(row.kremlinId()), language);
      }
      if (row.midId() != null) {
        links.identifier(s, VersionGrouping.midOrNumberIdentifier(row.midId()), language);
      }
      if (row.number() != null) {
        links.identifier(s, VersionGrouping.midOrNumberIdentifier(row.number()), language);
      }
    }
    return links.build();
  }

  /** The hits of {@code page} (statement numbers), with records, scores, snippets and versions. */
  private List<SearchHit> hits(
      SearchRequest request, List<Integer> page, VersionGrouping grouping, int matching)
      throws IOException {
    List<String> pageIds = page.stream().map(s -> rows.get(s).id()).toList();
    ModifiableSolrParams p = archive.selection(request.selection());
    p.add("fq", NO_CACHE + SolrQueries.anyOf(SolrFields.ID, pageIds));
    p.set("fl", SolrFields.ID + "," + SolrFields.RECORD + ",score");
    p.set("rows", pageIds.size());
    if (!request.query().isBlank()) {
      SolrSnippets.snippetParams(p, request.selection().language());
    }
    QueryResponse response = archive.query(p);
    Map<String, SolrDocument> byId = new HashMap<>();
    for (SolrDocument d : response.getResults()) {
      byId.put((String) d.getFirstValue(SolrFields.ID), d);
    }
    List<String> otherIds = new ArrayList<>();
    for (int s : page) {
      for (int member : grouping.members(grouping.groupOf(s))) {
        if (member != s) {
          otherIds.add(rows.get(member).id());
        }
      }
    }
    Map<String, Statement> others = records(otherIds);
    List<SearchHit> hits = new ArrayList<>(page.size());
    for (int s : page) {
      SolrDocument d = byId.get(rows.get(s).id());
      if (d == null) {
        throw new IOException(
            "statement "
                + rows.get(s).id()
                + " vanished from "
                + archive.location()
                + " mid-search");
      }
      Statement statement = SolrArchive.record(d);
      List<SearchHit.OtherVersion> versions = new ArrayList<>();
      for (int member : grouping.members(grouping.groupOf(s))) {
        if (member == s) {
          continue;
        }
        Statement other = others.get(rows.get(member).id());
        if (other != null) {
          versions.add(
              new SearchHit.OtherVersion(
                  other.id(), other.language(), other.title(), member < matching));
        }
      }
      versions.sort(VersionGrouping.OTHER_VERSIONS_ORDER);
      Object score = d.getFirstValue("score");
      SearchHit.Marked snippet = SolrSnippets.snippet(response.getHighlighting(), statement);
      hits.add(
          new SearchHit(
              statement.id(),
              statement.title(),
              statement.published(),
              statement.language(),
              statement.speaker(),
              statement.genre(),
              statement.place(),
              score instanceof Number n ? n.floatValue() : Float.NaN,
              snippet == null ? null : snippet.text(),
              snippet == null ? List.of() : snippet.highlights(),
              versions));
    }
    return hits;
  }

  /** The records of {@code ids}, by id (those deleted meanwhile are absent). */
  private Map<String, Statement> records(List<String> ids) throws IOException {
    Map<String, Statement> out = new HashMap<>();
    for (int i = 0; i < ids.size(); i += clausesPerRequest) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "*:*");
      p.set(
          "fq",
          SolrQueries.anyOf(
              SolrFields.ID, ids.subList(i, Math.min(ids.size(), i + clausesPerRequest))));
      p.set("fl", SolrFields.RECORD);
      archive.forEachDocument(
          p,
          d -> {
            Statement s = SolrArchive.record(d);
            out.put(s.id(), s);
          });
    }
    return out;
  }
}
