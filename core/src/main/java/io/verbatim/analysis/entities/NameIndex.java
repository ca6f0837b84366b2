package io.verbatim.analysis.entities;

import io.verbatim.analysis.morphology.Lemmatizer;
import io.verbatim.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A token trie of the names of one language, matched longest first.
 *
 * <p>English words are keys as written (case matters: {@code US} is not {@code us}). Russian words
 * are keyed by the stem of their dictionary form and accept the endings of its inflection class
 * ({@link RussianInflection}), or any form whose lemma (from the {@link Lemmatizer}) is the
 * dictionary form; abbreviations and forms marked exact are matched as written. Lookup is a few
 * hash probes per token, so matching is linear in the text's length.
 */
final class NameIndex {
  /** What a complete name leads to. */
  record Target(NameForm form, EntityKind kind, boolean adjectival) {}

  private static final class Edge {
    final Node child = new Node();
    final Set<String> endings = new HashSet<>();
    boolean needsCapital = true;
  }

  private static final class Node {
    final Map<String, Edge> edges = new HashMap<>(4);
    List<Target> targets = List.of();
  }

  /**
   * A match: tokens {@code [first, last]} name one of {@code targets}, in gazetteer order (several
   * when the same words name different entities under different conditions).
   */
  record Match(int first, int last, List<Target> targets) {
    /** The first target: what the words name when no condition decides otherwise. */
    Target target() {
      return targets.getFirst();
    }
  }

  private static final String EXACT = "=";

  private final boolean russian;
  private final Lemmatizer lemmatizer;
  private final Node root = new Node();

  NameIndex(String language, Lemmatizer lemmatizer) {
    this.russian = "ru".equals(language);
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "a lemmatizer (may know no words)");
  }

  /**
   * Adds a name. Several targets for the same words are kept in order; an unconditional target ends
   * the list (later ones could never be chosen).
   */
  void add(String name, Target target, boolean adjective, boolean exact) {
    List<Token> tokens = Tokenizer.tokens(name);
    if (tokens.isEmpty()) {
      return;
    }
    boolean multiWord = tokens.stream().filter(Token::isWord).count() > 1;
    Node node = root;
    for (Token token : tokens) {
      Edge edge;
      if (!russian || !token.isWord()) {
        edge = node.edges.computeIfAbsent(token.text(), k -> new Edge());
        edge.endings.add("");
      } else if (exact || token.isAllCaps() || hasDigit(token.text())) {
        edge = node.edges.computeIfAbsent(EXACT + token.text(), k -> new Edge());
        edge.endings.add("");
      } else {
        boolean declinesAsAdjective =
            adjective || (multiWord && RussianInflection.looksAdjectival(token.text()));
        RussianInflection.Paradigm paradigm =
            RussianInflection.paradigm(token.text(), declinesAsAdjective);
        edge = node.edges.computeIfAbsent(paradigm.stem(), k -> new Edge());
        edge.endings.addAll(paradigm.endings());
        edge.needsCapital &= token.isCapitalised() && !adjective;
      }
      node = edge.child;
    }
    boolean closed = !node.targets.isEmpty() && !node.targets.getLast().form().isConditional();
    if (!closed) {
      List<Target> targets = new ArrayList<>(node.targets);
      targets.add(target);
      node.targets = List.copyOf(targets);
    }
  }

  /**
   * The longest name starting at token {@code first}, or null.
   *
   * @param lemmas per-token lemma cache (filled lazily), same length as {@code tokens}
   */
  Match longestAt(String text, List<Token> tokens, int first, List<Set<String>> lemmas) {
    Match[] best = new Match[1];
    walk(root, text, tokens, first, first, lemmas, best);
    return best[0];
  }

  private void walk(
      Node node,
      String text,
      List<Token> tokens,
      int first,
      int at,
      List<Set<String>> lemmas,
      Match[] best) {
    for (Node child : children(node, tokens, at, lemmas)) {
      if (!child.targets.isEmpty() && (best[0] == null || at > best[0].last())) {
        best[0] = new Match(first, at, child.targets);
      }
      if (!child.edges.isEmpty()
          && at + 1 < tokens.size()
          && !paragraphBreak(text, tokens.get(at).end(), tokens.get(at + 1).start())) {
        walk(child, text, tokens, first, at + 1, lemmas, best);
      }
    }
  }

  private List<Node> children(Node node, List<Token> tokens, int at, List<Set<String>> lemmas) {
    if (node.edges.isEmpty()) {
      return List.of();
    }
    Token token = tokens.get(at);
    if (!russian || !token.isWord()) {
      Edge edge = node.edges.get(token.text());
      return edge == null ? List.of() : List.of(edge.child);
    }
    List<Node> found = new ArrayList<>(2);
    Edge exact = node.edges.get(EXACT + token.text());
    if (exact != null) {
      found.add(exact.child);
    }
    if (token.isAllCaps()) {
      return found; // abbreviations do not inflect
    }
    String key = RussianInflection.key(token.text());
    boolean capitalised = token.isCapitalised();
    int maxSuffix = Math.max(0, Math.min(RussianInflection.MAX_ENDING, key.length() - 2));
    for (int suffix = 0; suffix <= maxSuffix; suffix++) {
      String stem = key.substring(0, key.length() - suffix);
      accept(node.edges.get(stem), key.substring(stem.length()), capitalised, found);
    }
    Set<String> tokenLemmas = lemmas.get(at);
    if (tokenLemmas == null) {
      tokenLemmas = lemmatizer.lemmas(token.text());
      lemmas.set(at, tokenLemmas);
    }
    for (String lemma : tokenLemmas) {
      for (boolean adjective : new boolean[] {false, true}) {
        RussianInflection.Paradigm paradigm = RussianInflection.paradigm(lemma, adjective);
        String lemmaKey = RussianInflection.key(lemma);
        if (lemmaKey.startsWith(paradigm.stem())) {
          accept(
              node.edges.get(paradigm.stem()),
              lemmaKey.substring(paradigm.stem().length()),
              capitalised,
              found);
        }
      }
    }
    return found;
  }

  private static void accept(Edge edge, String ending, boolean capitalised, List<Node> found) {
    if (edge != null
        && edge.endings.contains(ending)
        && (capitalised || !edge.needsCapital)
        && !found.contains(edge.child)) {
      found.add(edge.child);
    }
  }

  private static boolean paragraphBreak(String text, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n' && ++newlines > 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
