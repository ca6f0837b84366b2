package io.verbatim.lucene;

import io.verbatim.archive.ContextWords;
import io.verbatim.archive.KwicLine;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.KwicSummary;
import io.verbatim.lucene.IndexFields.TextGroup;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;

/**
 * Concordance over the Lucene index: the exact spans where the selection's query matches a
 * statement's body, found with Lucene's matches API on the body field of the statement's language
 * group (so phrases, proximity, wildcards and fuzzy terms give their exact spans), with the body
 * text around each span.
 *
 * <p>Spans come from the offsets stored in the body's postings; a span that starts inside the
 * previous one (e.g. {@code nuclear OR nucl*}) is reported once, by the first. Lines of one
 * statement are in body order. Bodies are concordanced whole, however long. See {@link
 * io.verbatim.archive.Archive#kwic} for the memory each order needs.
 */
final class LuceneConcordance {
  private final IndexSearcher searcher;
  private final Query selection;
  private final KwicRequest request;

  LuceneConcordance(IndexSearcher searcher, Query selection, KwicRequest request) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
    this.selection = Objects.requireNonNull(selection, "selection query");
    this.request = Objects.requireNonNull(request, "concordance request");
  }

  /** Finds the lines and delivers them to {@code sink}. */
  KwicSummary run(Consumer<KwicLine> sink) throws IOException {
    Weight weight = SelectedDocs.weight(searcher, selection);
    Delivery delivery = new Delivery(request, sink);
    KwicRequest.Sort sort = request.sort();
    if (sort == KwicRequest.Sort.NONE) {
      SelectedDocs.inIndexOrder(
          searcher, weight, (leaf, doc) -> linesOf(weight, leaf, doc, delivery::offer));
    } else if (sort == KwicRequest.Sort.DATE_ASC || sort == KwicRequest.Sort.DATE_DESC) {
      SelectedDocs.inDateOrder(
          searcher,
          selection,
          sort == KwicRequest.Sort.DATE_DESC,
          (leaf, doc) -> linesOf(weight, leaf, doc, delivery::offer));
    } else {
      Comparator<Keyed> order =
          Comparator.comparing(Keyed::word)
              .thenComparing(k -> k.line().statementId())
              .thenComparingInt(k -> k.line().start());
      // With a limit, keep only the first limit + 1 lines (the extra one tells the limit was hit).
      int keep = request.limit() == 0 ? Integer.MAX_VALUE : request.limit() + 1;
      PriorityQueue<Keyed> worstFirst = new PriorityQueue<>(order.reversed());
      List<Keyed> all = new ArrayList<>();
      SelectedDocs.inIndexOrder(
          searcher,
          weight,
          (leaf, doc) ->
              linesOf(
                  weight,
                  leaf,
                  doc,
                  line -> {
                    Keyed keyed = new Keyed(sortWord(line, sort), line);
                    if (keep == Integer.MAX_VALUE) {
                      all.add(keyed);
                    } else if (worstFirst.size() < keep) {
                      worstFirst.add(keyed);
                    } else if (order.compare(keyed, worstFirst.peek()) < 0) {
                      worstFirst.poll();
                      worstFirst.add(keyed);
                    }
                    return true;
                  }));
      all.addAll(worstFirst);
      all.sort(order);
      for (Keyed keyed : all) {
        if (!delivery.offer(keyed.line())) {
          break;
        }
      }
    }
    return delivery.summary();
  }

  /** Receives lines; returns false to stop. */
  @FunctionalInterface
  private interface LineSink {
    boolean accept(KwicLine line);
  }

  /** Offers the lines of one document to {@code sink}; false when the sink said stop. */
  private boolean linesOf(Weight weight, LeafReaderContext leaf, int doc, LineSink sink)
      throws IOException {
    Matches matches = weight.matches(leaf, doc);
    if (matches == null) {
      return true;
    }
    Statement statement = LuceneArchive.record(searcher, leaf.docBase + doc);
    String field = TextGroup.of(statement.language()).bodyField();
    MatchesIterator spans = matches.getMatches(field);
    if (spans == null) {
      return true; // matched by the title or a filter only
    }
    String body = statement.body();
    String speaker = speakerOf(statement);
    int previousEnd = -1;
    while (spans.next()) {
      int start = spans.startOffset();
      int end = spans.endOffset();
      if (start < 0 || end > body.length() || start > end) {
        throw new IOException(
            "the index has no usable offsets for "
                + field
                + " of statement "
                + statement.id()
                + " ("
                + start
                + "-"
                + end
                + "); re-ingest the archive");
      }
      if (start < previousEnd) {
        continue;
      }
      previousEnd = end;
      int leftStart = ContextWords.startOfWordsBefore(body, start, request.contextWords());
      int rightEnd = ContextWords.endOfWordsAfter(body, end, request.contextWords());
      KwicLine line =
          new KwicLine(
              statement.id(),
              statement.published(),
              statement.language(),
              speaker,
              statement.title(),
              body.substring(leftStart, start),
              body.substring(start, end),
              body.substring(end, rightEnd),
              start,
              end);
      if (!sink.accept(line)) {
        return false;
      }
    }
    return true;
  }

  private static String speakerOf(Statement s) {
    if (s.speaker() == null) {
      return null;
    }
    return s.speaker().name() != null ? s.speaker().name() : s.speaker().role();
  }

  /** A line with the context word it is sorted by. */
  private record Keyed(String word, KwicLine line) {}

  /** The context word {@code sort} orders by (lowercased; "" when the context has too few). */
  static String sortWord(KwicLine line, KwicRequest.Sort sort) {
    int n = sort.wordIndex();
    return sort.name().startsWith("LEFT")
        ? ContextWords.nthFromEnd(line.left(), n)
        : ContextWords.nthFromStart(line.right(), n);
  }

  /** Applies the limit, counts lines, statements and groups. */
  private static final class Delivery {
    private final KwicRequest request;
    private final Consumer<KwicLine> sink;
    private final Map<String, Long> groups = new HashMap<>();
    private long lines;
    private final Set<String> statements = new HashSet<>();
    private boolean limitReached;

    Delivery(KwicRequest request, Consumer<KwicLine> sink) {
      this.request = request;
      this.sink = Objects.requireNonNull(sink, "line sink");
    }

    /** Delivers {@code line}, or notes that the limit is reached; false to stop. */
    boolean offer(KwicLine line) {
      if (request.limit() > 0 && lines >= request.limit()) {
        limitReached = true;
        return false;
      }
      sink.accept(line);
      lines++;
      statements.add(line.statementId());
      String group =
          switch (request.groupBy()) {
            case NONE -> null;
            case SPEAKER -> line.speaker() == null ? KwicSummary.NO_VALUE : line.speaker();
            case YEAR ->
                line.published() == null
                    ? KwicSummary.NO_VALUE
                    : String.valueOf(line.published().date().getYear());
          };
      if (group != null) {
        groups.merge(group, 1L, Long::sum);
      }
      return true;
    }

    KwicSummary summary() {
      return new KwicSummary(lines, statements.size(), limitReached, groups);
    }
  }
}
