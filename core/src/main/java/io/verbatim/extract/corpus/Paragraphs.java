package io.verbatim.extract.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Brings a corpus text to the body form: paragraphs separated by exactly one blank line, no leading
 * or trailing space on a line, nothing else changed (quotes, dashes and no-break spaces stay as
 * written).
 */
final class Paragraphs {
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00a0\\x0B\\f]*\\n");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");

  private Paragraphs() {}

  /**
   * Paragraphs are separated by blank lines; a single line break inside a paragraph is kept.
   * Returns an empty string when nothing but whitespace is left.
   */
  static String fromBlankLines(String text) {
    String t = unifyLineBreaks(text);
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : BLANK_LINES.split(t)) {
      List<String> lines = new ArrayList<>();
      for (String line : paragraph.split("\n")) {
        String l = line.strip();
        if (!l.isEmpty()) {
          lines.add(l);
        }
      }
      if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
      }
    }
    return String.join("\n\n", paragraphs);
  }

  /**
   * Every non-blank line is a paragraph (the UN General Debate Corpus layout); runs of spaces and
   * tabs inside a line become one space.
   */
  static String fromLines(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : unifyLineBreaks(text).split("\n")) {
      String l = SPACES.matcher(line).replaceAll(" ").strip();
      if (!l.isEmpty()) {
        paragraphs.add(l);
      }
    }
    return String.join("\n\n", paragraphs);
  }

  private static String unifyLineBreaks(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
