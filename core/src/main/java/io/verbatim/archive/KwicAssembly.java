package io.verbatim.archive;

import io.verbatim.analysis.people.SpeakerNames;
import io.verbatim.model.Statement;
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

/**
 * The backend-independent half of a concordance ({@link Archive#kwic}): a backend finds the match
 * spans of each statement's body; this class cuts the lines around them, orders them by a context
 * word when asked, applies the limit and counts the summary, so every backend gives the same lines
 * in the same order.
 *
 * <p>Use: {@link #line} for each span; then either {@link #offer} each line as found (index and
 * date orders; stop when it returns false), or, for context orders, {@link #collect} each line and
 * call {@link #deliverCollected} at the end. {@link #summary} tells what was delivered.
 */
public final class KwicAssembly {
  private static final Comparator<Keyed> CONTEXT_ORDER =
      Comparator.comparing(Keyed::word)
          .thenComparing(k -> k.line().statementId())
          .thenComparingInt(k -> k.line().start());

  private final KwicRequest request;
  private final Consumer<KwicLine> sink;
  private final Map<String, Long> groups = new HashMap<>();
  private final Set<String> statements = new HashSet<>();
  private long lines;
  private boolean limitReached;

  // Context orders: with a limit, only the first limit + 1 lines (the extra one tells the limit
  // was hit) are kept, worst first; without, all of them.
  private final int keep;
  private final PriorityQueue<Keyed> worstFirst = new PriorityQueue<>(CONTEXT_ORDER.reversed());
  private final List<Keyed> all = new ArrayList<>();

  public KwicAssembly(KwicRequest request, Consumer<KwicLine> sink) {
    this.request = Objects.requireNonNull(request, "concordance request");
    this.sink = Objects.requireNonNull(sink, "line sink");
    this.keep = request.limit() == 0 ? Integer.MAX_VALUE : request.limit() + 1;
  }

  /**
   * The speaker a line names: the person as the speaker facet shows them ({@link
   * SpeakerNames#label}: a known person's preferred name), else their role, else null. Lines are
   * grouped by it.
   */
  public static String speakerOf(Statement s) {
    if (s.speaker() == null) {
      return null;
    }
    return s.speaker().name() != null
        ? SpeakerNames.standard().label(s.speaker())
        : s.speaker().role();
  }

  /**
   * The line of the span {@code [start, end)} of {@code s}'s body with {@code contextWords} words
   * either side.
   *
   * @param speaker {@link #speakerOf} the statement (computed once per statement by the caller)
   */
  public static KwicLine line(Statement s, String speaker, int start, int end, int contextWords) {
    String body = s.body();
    int leftStart = ContextWords.startOfWordsBefore(body, start, contextWords);
    int rightEnd = ContextWords.endOfWordsAfter(body, end, contextWords);
    return new KwicLine(
        s.id(),
        s.published(),
        s.language(),
        speaker,
        s.title(),
        body.substring(leftStart, start),
        body.substring(start, end),
        body.substring(end, rightEnd),
        start,
        end);
  }

  /** The context word {@code sort} orders by (lowercased; "" when the context has too few). */
  public static String sortWord(KwicLine line, KwicRequest.Sort sort) {
    int n = sort.wordIndex();
    return sort.name().startsWith("LEFT")
        ? ContextWords.nthFromEnd(line.left(), n)
        : ContextWords.nthFromStart(line.right(), n);
  }

  /** Delivers {@code line}, or notes that the limit is reached; false to stop. */
  public boolean offer(KwicLine line) {
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
                  : String.valueOf(line.published().year());
        };
    if (group != null) {
      groups.merge(group, 1L, Long::sum);
    }
    return true;
  }

  /** Keeps {@code line} for a context order (see {@link #deliverCollected}). */
  public void collect(KwicLine line) {
    Keyed keyed = new Keyed(sortWord(line, request.sort()), line);
    if (keep == Integer.MAX_VALUE) {
      all.add(keyed);
    } else if (worstFirst.size() < keep) {
      worstFirst.add(keyed);
    } else if (CONTEXT_ORDER.compare(keyed, worstFirst.peek()) < 0) {
      worstFirst.poll();
      worstFirst.add(keyed);
    }
  }

  /**
   * Offers the collected lines by context word, then statement id, then start offset, up to the
   * limit.
   */
  public void deliverCollected() {
    all.addAll(worstFirst);
    worstFirst.clear();
    all.sort(CONTEXT_ORDER);
    for (Keyed keyed : all) {
      if (!offer(keyed.line())) {
        break;
      }
    }
    all.clear();
  }

  /** What has been delivered so far. */
  public KwicSummary summary() {
    return new KwicSummary(lines, statements.size(), limitReached, groups);
  }

  /** A line with the context word it is sorted by. */
  private record Keyed(String word, KwicLine line) {}
}
