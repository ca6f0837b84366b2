package io.verbatim.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The counts of a collocation analysis over some texts, ranked by {@link
 * AssociationRanking#collocations}.
 *
 * <p>For each text: every word token adds to its term's frequency {@code f(y)} and to the total
 * {@code N}; every occurrence of the node ({@link NodePhrase}) adds 1 to {@code f(x)}; and every
 * word token whose position is at most {@code window} positions before the occurrence's first
 * position counts once on the <b>left</b>, at most {@code window} after its last position once on
 * the <b>right</b>. Positions are the index's: a removed stop word takes a place. Tokens inside any
 * occurrence of the node (the node itself, and terms stacked at its positions) are never
 * collocates. A token near two occurrences counts for each, so {@code f(xy)} = left + right.
 *
 * <p>Collocates are shown in the form written most often within the windows, the node in the form
 * written most often where it occurs ({@link WordForms}).
 */
public final class CollocationTally {
  private final NodePhrase node;
  private final int window;
  private final Map<String, Long> frequencies = new HashMap<>();
  private final Map<String, Long> left = new HashMap<>();
  private final Map<String, Long> right = new HashMap<>();
  private final WordForms forms = new WordForms();
  private final WordForms nodeForms = new WordForms();
  private long nodeFrequency;
  private long tokens;

  /**
   * @param window positions either side of the node, at least 1
   */
  public CollocationTally(NodePhrase node, int window) {
    this.node = Objects.requireNonNull(node, "node");
    CollocationRequest.requireWindow(window);
    this.window = window;
  }

  /** Counts one text. */
  public void add(BodyTokens body) {
    int n = body.size();
    tokens += n;
    for (int i = 0; i < n; i++) {
      frequencies.merge(body.term(i), 1L, Long::sum);
    }
    List<NodePhrase.Occurrence> occurrences = node.occurrencesIn(body);
    if (occurrences.isEmpty()) {
      return;
    }
    boolean[] inNode = new boolean[n];
    for (NodePhrase.Occurrence o : occurrences) {
      for (int i = o.firstToken(); i < n && body.position(i) <= o.lastPosition(); i++) {
        inNode[i] = true;
      }
      // Stacked terms at the first position that sort before the matched one.
      for (int i = o.firstToken() - 1; i >= 0 && body.position(i) == o.firstPosition(); i--) {
        inNode[i] = true;
      }
    }
    String nodeKey = node.given();
    for (NodePhrase.Occurrence o : occurrences) {
      nodeFrequency++;
      nodeForms.add(
          nodeKey,
          body.written(o.firstToken(), o.lastToken()),
          body.startsSentence(o.firstToken()));
      for (int i = o.firstToken() - 1;
          i >= 0 && body.position(i) >= o.firstPosition() - window;
          i--) {
        near(body, i, inNode, left);
      }
      for (int i = o.lastToken() + 1; i < n && body.position(i) <= o.lastPosition() + window; i++) {
        if (body.position(i) > o.lastPosition()) {
          near(body, i, inNode, right);
        }
      }
    }
  }

  private void near(BodyTokens body, int i, boolean[] inNode, Map<String, Long> side) {
    if (inNode[i]) {
      return;
    }
    side.merge(body.term(i), 1L, Long::sum);
    forms.add(body.term(i), body.written(i), body.startsSentence(i));
  }

  public NodePhrase node() {
    return node;
  }

  public int window() {
    return window;
  }

  /** {@code f(x)}: occurrences of the node. */
  public long nodeFrequency() {
    return nodeFrequency;
  }

  /** {@code N}: word tokens counted. */
  public long tokens() {
    return tokens;
  }

  /** {@code f(y)}: occurrences of {@code term} anywhere in the texts. */
  public long frequency(String term) {
    return frequencies.getOrDefault(term, 0L);
  }

  /** Per collocate, its count on the left of the node. */
  public Map<String, Long> left() {
    return left;
  }

  /** Per collocate, its count on the right of the node. */
  public Map<String, Long> right() {
    return right;
  }

  /** The form {@code term} is written in most often near the node. */
  public String formOf(String term) {
    return forms.formOf(term);
  }

  /** The form the node is written in most often; the node as given when it never occurs. */
  public String nodeForm() {
    return nodeForms.isEmpty() ? node.given() : nodeForms.formOf(node.given());
  }
}
