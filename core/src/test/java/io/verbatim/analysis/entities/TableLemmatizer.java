package io.verbatim.analysis.entities;

import io.verbatim.analysis.morphology.Lemmatizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A test lemmatizer that knows only the forms it is given. */
final class TableLemmatizer implements Lemmatizer {
  private final Map<String, Set<String>> lemmas;

  TableLemmatizer(Map<String, Set<String>> lemmas) {
    this.lemmas = Map.copyOf(lemmas);
  }

  static TableLemmatizer empty() {
    return new TableLemmatizer(Map.of());
  }

  @Override
  public Set<String> lemmas(String word) {
    return lemmas.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
  }
}
