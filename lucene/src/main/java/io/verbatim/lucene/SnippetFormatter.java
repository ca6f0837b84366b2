package io.verbatim.lucene;

import io.verbatim.archive.SearchHit;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the unified highlighter's passages as a {@link SearchHit.Marked}: the passages' text
 * joined with {@value #ELLIPSIS} where they are not adjacent, and the offsets of the matched words
 * in it. No mark is put into the text, so a body's own {@code «»} (Russian quotation marks) can
 * never be taken for a match. Overlapping or touching matches become one highlight.
 */
final class SnippetFormatter extends PassageFormatter {
  static final String ELLIPSIS = " … ";

  @Override
  public SearchHit.Marked format(Passage[] passages, String content) {
    // The highlighter formats one document at a time: a page of long texts stops here when its
    // budget is spent, not only between pages.
    io.verbatim.archive.WorkBudget.current().check();
    StringBuilder text = new StringBuilder();
    List<SearchHit.Highlight> highlights = new ArrayList<>();
    int lastEnd = 0;
    for (Passage passage : passages) {
      if (text.length() > 0 && passage.getStartOffset() > lastEnd) {
        text.append(ELLIPSIS);
      }
      int base = text.length() - passage.getStartOffset();
      int start = -1;
      int end = -1;
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int ms = Math.max(passage.getMatchStarts()[i], passage.getStartOffset());
        int me = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
        if (me <= ms) {
          continue;
        }
        if (start >= 0 && ms <= end) {
          end = Math.max(end, me);
          continue;
        }
        if (start >= 0) {
          highlights.add(new SearchHit.Highlight(base + start, base + end));
        }
        start = ms;
        end = me;
      }
      if (start >= 0) {
        highlights.add(new SearchHit.Highlight(base + start, base + end));
      }
      text.append(content, passage.getStartOffset(), passage.getEndOffset());
      lastEnd = passage.getEndOffset();
    }
    return lastEnd == 0 && text.isEmpty()
        ? null
        : new SearchHit.Marked(text.toString(), highlights);
  }
}
