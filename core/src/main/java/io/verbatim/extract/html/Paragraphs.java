package io.verbatim.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML element into body text: one paragraph per block element, a line break ({@code
 * "\n"}) per {@code <br>} inside a paragraph, runs of white space (no-break spaces included, which
 * some sites put after every short word) collapsed to one plain space, paragraphs trimmed and
 * joined by one blank line. Words, quotes and dashes are kept as written.
 */
final class Paragraphs {
  /** Elements that start and end a paragraph. */
  static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "caption",
          "figure",
          "figcaption",
          "address",
          "hr",
          "form",
          "fieldset",
          "details",
          "summary",
          "body",
          "center");

  /** Stands for a {@code <br>} while white space is collapsed. */
  private static final char LINE_BREAK = '\uE000';

  private static final Pattern EDGES =
      Pattern.compile("^[\\s\\u00A0\\u2007\\u202F\\u200B]+|[\\s\\u00A0\\u2007\\u202F\\u200B]+$");

  private Paragraphs() {}

  /** The paragraphs of {@code root}'s text, in document order, without empty ones. */
  static List<String> of(Element root) {
    Objects.requireNonNull(root, "element to read paragraphs from");
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, root);
    collector.flush();
    return collector.paragraphs;
  }

  /** The body text of {@code root}: its paragraphs joined by one blank line; empty when none. */
  static String text(Element root) {
    return String.join("\n\n", of(root));
  }

  /**
   * Collapses runs of ordinary white space to one space and trims white space, no-break spaces
   * included, from both ends. No-break spaces inside the text are kept as written.
   */
  static String clean(String s) {
    return EDGES.matcher(s.replaceAll("\\s+", " ")).replaceAll("");
  }

  /**
   * Like {@link #clean} and also turns no-break spaces into plain spaces: for one-line metadata
   * such as titles, where editors' no-break spaces only get in the way of matching and search.
   */
  static String plain(String s) {
    return clean(s.replaceAll("[\\u00A0\\u2007\\u202F]", " "));
  }

  private static final class Collector implements NodeVisitor {
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        current.append(text.getWholeText());
      } else if (node instanceof Element e && e.normalName().equals("br")) {
        current.append(LINE_BREAK);
      } else if (isBlock(node)) {
        flush();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (isBlock(node)) {
        flush();
      }
    }

    private static boolean isBlock(Node node) {
      return node instanceof Element e && BLOCKS.contains(e.normalName());
    }

    void flush() {
      String p =
          plain(current.toString())
              .replaceAll(" ?" + LINE_BREAK + "[ " + LINE_BREAK + "]*", "\n")
              .strip();
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
      current.setLength(0);
    }
  }
}
