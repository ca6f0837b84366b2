package io.verbatim.solr;

import io.verbatim.archive.KwicAssembly;
import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.KwicSummary;
import io.verbatim.archive.WorkBudget;
import io.verbatim.model.Statement;
import io.verbatim.solr.SolrFields.TextGroup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Concordance over Solr: the selected statements are paged through with Solr's cursor, and for each
 * page Solr's unified highlighter, with the whole body as one passage ({@code hl.bs.type=WHOLE}),
 * marks every match of the query in the body with its exact offsets (phrases as one span); lines
 * are cut from the stored record's body around them, with the same word rules as the embedded
 * archive.
 *
 * <p>A span that starts inside the previous one is reported once; lines of one statement are in
 * body order. Statements matched only by their title give no lines. Orders and memory as {@link
 * io.verbatim.archive.Archive#kwic} says: index order (by id here) and date order stream page by
 * page and stop at the limit; context orders collect the lines (with a limit, only limit + 1).
 */
final class SolrConcordance {
  /** Marks around a match in the highlighted body: private-use characters, not in real text. */
  static final char OPEN = '\uE000';

  static final char CLOSE = '\uE001';

  private final SolrArchive archive;

  SolrConcordance(SolrArchive archive) {
    this.archive = Objects.requireNonNull(archive, "archive");
  }

  KwicSummary run(KwicRequest request, Consumer<KwicLine> sink) throws IOException {
    KwicAssembly assembly = new KwicAssembly(request, sink);
    KwicRequest.Sort sort = request.sort();
    ModifiableSolrParams p = archive.selection(request.selection());
    p.set(
        "sort",
        switch (sort) {
          case DATE_ASC -> SolrQueries.sort(io.verbatim.archive.SearchSort.DATE_ASC);
          case DATE_DESC -> SolrQueries.sort(io.verbatim.archive.SearchSort.DATE_DESC);
          default -> "id asc";
        });
    p.set("fl", SolrFields.ID + "," + SolrFields.RECORD);
    highlightWhole(p, request.selection().language());
    if (!sort.byContext()) {
      forEachLine(
          p,
          request,
          line -> {
            if (!assembly.offer(line)) {
              throw new SolrArchive.StopPaging();
            }
          });
      return assembly.summary();
    }
    forEachLine(p, request, assembly::collect);
    assembly.deliverCollected();
    return assembly.summary();
  }

  private static void highlightWhole(ModifiableSolrParams p, String language) {
    List<String> fields = new ArrayList<>();
    for (TextGroup g : SolrQueries.groups(language)) {
      fields.add(g.bodyField());
    }
    p.set("hl", true);
    p.set("hl.method", "unified");
    p.set("hl.fl", String.join(",", fields));
    p.set("hl.bs.type", "WHOLE");
    p.set("hl.snippets", 1);
    p.set("hl.fragsize", 0);
    p.set("hl.tag.pre", String.valueOf(OPEN));
    p.set("hl.tag.post", String.valueOf(CLOSE));
    p.set("hl.defaultSummary", false);
    p.set("hl.requireFieldMatch", true);
    p.set("hl.weightMatches", true);
    p.set("hl.maxAnalyzedChars", SolrSnippets.MAX_ANALYZED_CHARS);
    p.set("hl.offsetSource", "POSTINGS");
  }

  /** Pages through the selection and gives each line, statement by statement, to {@code sink}. */
  private void forEachLine(ModifiableSolrParams p, KwicRequest request, Consumer<KwicLine> sink)
      throws IOException {
    List<Statement> page = new ArrayList<>();
    archive.forEachDocument(
        p,
        new SolrArchive.DocumentSink() {
          @Override
          public void accept(SolrDocument document) {
            page.add(SolrArchive.record(document));
          }

          @Override
          public void endOfPage(QueryResponse response) throws IOException {
            Map<String, Map<String, List<String>>> hl = response.getHighlighting();
            try {
              for (Statement s : page) {
                WorkBudget.current().check();
                Map<String, List<String>> perField = hl == null ? null : hl.get(s.id());
                List<String> marked =
                    perField == null ? null : perField.get(SolrArchive.bodyField(s));
                if (marked != null && !marked.isEmpty()) {
                  linesOf(s, marked.get(0), request.contextWords(), sink);
                }
              }
            } finally {
              page.clear();
            }
          }
        });
  }

  /** The lines of statement {@code s} whose body Solr returned as {@code marked}. */
  static void linesOf(Statement s, String marked, int contextWords, Consumer<KwicLine> sink)
      throws IOException {
    String body = s.body();
    List<int[]> spans = spans(marked);
    if (spans == null) {
      throw new IOException(
          "the highlighted body of statement "
              + s.id()
              + " does not match its stored text; is the collection's configset Verbatim's?");
    }
    String speaker = KwicAssembly.speakerOf(s);
    WorkBudget budget = WorkBudget.current();
    int previousEnd = -1;
    for (int[] span : spans) {
      budget.check();
      int start = span[0];
      int end = span[1];
      if (start < previousEnd || end > body.length()) {
        continue;
      }
      previousEnd = end;
      sink.accept(KwicAssembly.line(s, speaker, start, end, contextWords));
    }
    if (!plain(marked).equals(body)) {
      throw new IOException(
          "the highlighted body of statement " + s.id() + " does not match its stored text");
    }
  }

  /** The [start, end) offsets in the unmarked text of each marked span, or null if unbalanced. */
  static List<int[]> spans(String marked) {
    List<int[]> spans = new ArrayList<>();
    int plain = 0;
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == OPEN) {
        if (open >= 0) {
          return null;
        }
        open = plain;
      } else if (c == CLOSE) {
        if (open < 0) {
          return null;
        }
        spans.add(new int[] {open, plain});
        open = -1;
      } else {
        plain++;
      }
    }
    return open >= 0 ? null : spans;
  }

  private static String plain(String marked) {
    StringBuilder b = new StringBuilder(marked.length());
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c != OPEN && c != CLOSE) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
