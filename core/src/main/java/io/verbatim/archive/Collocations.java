package io.verbatim.archive;

import java.util.List;
import java.util.Objects;

/**
 * The answer of a collocation analysis: the node, how it was counted, and its collocates.
 *
 * @param node the node as given
 * @param nodeForm the form the node is written in most often in the selection (the node as given
 *     when it does not occur)
 * @param window positions counted on each side of the node
 * @param nodeFrequency {@code f(x)}: occurrences of the node
 * @param tokens {@code N}: word tokens in the selected bodies
 * @param collocates by descending logDice, then co-occurrences, then term
 */
public record Collocations(
    String node,
    String nodeForm,
    int window,
    long nodeFrequency,
    long tokens,
    List<Collocate> collocates) {

  public Collocations {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(nodeForm, "node form");
    CollocationRequest.requireWindow(window);
    if (nodeFrequency < 0 || tokens < nodeFrequency) {
      throw new IllegalArgumentException(
          "inconsistent counts: node " + nodeFrequency + " in " + tokens + " tokens");
    }
    collocates = List.copyOf(collocates);
  }
}
