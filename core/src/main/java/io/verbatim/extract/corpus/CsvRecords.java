package io.verbatim.extract.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where each record of a CSV text starts and ends, so that every row keeps its exact original
 * characters (quoted cells may span lines; a doubled quote inside quotes is a quote).
 *
 * <p>A quote opens a quoted cell only at the start of a cell, as RFC 4180 and commons-csv read it.
 * Blank lines belong to the record before them. When the text ends inside a quoted cell, the spans
 * found so far are complete and {@link Split#brokenAt()} says where the broken record starts.
 */
final class CsvRecords {
  private CsvRecords() {}

  /**
   * One record's characters.
   *
   * @param start offset of its first character
   * @param end offset after its line break (the next record's start)
   * @param line its first line, 1-based
   */
  record Span(int start, int end, int line) {}

  /**
   * The records of a text.
   *
   * @param spans the complete records, in order
   * @param brokenAt the span of an unterminated last record (from its start to the end of the
   *     text), or null when the text ends cleanly
   */
  record Split(List<Span> spans, Span brokenAt) {}

  static Split split(String text, char delimiter) {
    List<Span> spans = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int line = 1;
    int startLine = 1;
    boolean inQuotes = false;
    boolean atCellStart = true;
    boolean blank = true;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            i += 2;
            continue;
          }
          inQuotes = false;
        } else if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
          line++;
        }
        i++;
        continue;
      }
      if (c == '\r' || c == '\n') {
        int after = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        line++;
        if (blank && !spans.isEmpty() && spans.get(spans.size() - 1).end() == start) {
          Span last = spans.remove(spans.size() - 1);
          spans.add(new Span(last.start(), after, last.line()));
        } else if (!blank) {
          spans.add(new Span(start, after, startLine));
        }
        start = after;
        startLine = line;
        atCellStart = true;
        blank = true;
        i = after;
        continue;
      }
      if (c == '"' && atCellStart) {
        inQuotes = true;
        atCellStart = false;
        blank = false;
      } else if (c == delimiter) {
        atCellStart = true;
        blank = false;
      } else {
        atCellStart = false;
        if (!Character.isWhitespace(c)) {
          blank = false;
        }
      }
      i++;
    }
    if (inQuotes) {
      return new Split(spans, new Span(start, n, startLine));
    }
    if (start < n) {
      if (blank && !spans.isEmpty() && spans.get(spans.size() - 1).end() == start) {
        Span last = spans.remove(spans.size() - 1);
        spans.add(new Span(last.start(), n, last.line()));
      } else if (!blank) {
        spans.add(new Span(start, n, startLine));
      }
    }
    return new Split(spans, null);
  }

  /** The delimiter the first line uses most outside quotes: comma, semicolon or tab. */
  static char delimiterOf(String text) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean inQuotes = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes && (c == '\n' || c == '\r')) {
        break;
      } else if (!inQuotes) {
        switch (c) {
          case ',' -> comma++;
          case ';' -> semicolon++;
          case '\t' -> tab++;
          default -> {}
        }
      }
    }
    if (tab > comma && tab >= semicolon) {
      return '\t';
    }
    return semicolon > comma ? ';' : ',';
  }
}
