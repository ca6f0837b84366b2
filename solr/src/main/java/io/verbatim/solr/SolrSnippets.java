package io.verbatim.solr;

import io.verbatim.archive.SearchHit;
import io.verbatim.model.Statement;
import io.verbatim.solr.SolrFields.TextGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Search snippets from Solr's unified highlighter, as the embedded archive makes them: the best
 * sentences of the body (at most {@value #PASSAGES}, in text order, joined with {@code " … "}),
 * matched words given as offsets, the whole body considered; no snippet when no word of the body
 * matched. Only the query's body terms are marked ({@code hl.requireFieldMatch}).
 */
final class SolrSnippets {
  private SolrSnippets() {}

  /**
   * Private-use chars that mark matched words in Solr's answer; read back as offsets ({@link
   * SearchHit#parseMarked}). A body that itself holds one of them gets its snippet without
   * highlights rather than wrong ones.
   */
  static final char OPEN = '\uE000';

  static final char CLOSE = '\uE001';

  /** How many passages a snippet has at most. */
  static final int PASSAGES = 2;

  /** As much text as Solr's highlighter will analyse: the whole body. */
  static final int MAX_ANALYZED_CHARS = Integer.MAX_VALUE - 1;

  /** Adds the highlighting parameters for the body fields searched for {@code language}. */
  static void snippetParams(ModifiableSolrParams p, String language) {
    List<String> fields = new ArrayList<>();
    for (TextGroup g : SolrQueries.groups(language)) {
      fields.add(g.bodyField());
    }
    p.set("hl", true);
    p.set("hl.method", "unified");
    p.set("hl.fl", String.join(",", fields));
    p.set("hl.snippets", PASSAGES);
    p.set("hl.tag.pre", String.valueOf(OPEN));
    p.set("hl.tag.post", String.valueOf(CLOSE));
    p.set("hl.tag.ellipsis", " … ");
    p.set("hl.bs.type", "SENTENCE");
    // 0 would mean "the whole field"; 1 (a minimum) gives single sentences.
    p.set("hl.fragsize", 1);
    p.set("hl.fragsizeIsMinimum", true);
    p.set("hl.defaultSummary", false);
    p.set("hl.requireFieldMatch", true);
    p.set("hl.maxAnalyzedChars", MAX_ANALYZED_CHARS);
    p.set("hl.offsetSource", "POSTINGS");
  }

  /** The snippet of {@code statement} from Solr's highlighting section, or null. */
  static SearchHit.Marked snippet(
      Map<String, Map<String, List<String>>> highlighting, Statement statement) {
    if (highlighting == null) {
      return null;
    }
    Map<String, List<String>> perField = highlighting.get(statement.id());
    if (perField == null) {
      return null;
    }
    List<String> passages = perField.get(SolrArchive.bodyField(statement));
    if (passages == null || passages.isEmpty()) {
      return null;
    }
    String joined = String.join(" … ", passages);
    if (joined.isBlank()) {
      return null;
    }
    String body = statement.body() == null ? "" : statement.body();
    if (body.indexOf(OPEN) >= 0 || body.indexOf(CLOSE) >= 0) {
      String plain = joined.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
      return new SearchHit.Marked(plain, List.of());
    }
    return SearchHit.parseMarked(joined, OPEN, CLOSE);
  }
}
