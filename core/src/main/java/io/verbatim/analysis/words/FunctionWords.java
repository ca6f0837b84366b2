package io.verbatim.analysis.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Function words of English and Russian (articles, pronouns, prepositions, conjunctions, particles,
 * auxiliaries), from the resource {@code function-words.txt}, which can be extended without code.
 *
 * <p>Search never drops them: every word counts in a query. Keyness and collocations count them
 * like any word (the totals include them) and leave them out of their result lists, as
 * concordancers' stop lists do; a two-word term is left out when either word is one. The two
 * languages' lists are one set: their scripts do not overlap.
 */
public final class FunctionWords {
  private static final Set<String> WORDS = load();

  private FunctionWords() {}

  /** True when {@code word} (any case; {@code ё} and {@code е} alike) is a function word. */
  public static boolean contains(String word) {
    return word != null && WORDS.contains(key(word));
  }

  /** True when any space-separated word of {@code term} is a function word. */
  public static boolean anyIn(String term) {
    if (term == null) {
      return false;
    }
    for (String word : term.split(" ")) {
      if (contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String key(String word) {
    return word.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = FunctionWords.class.getResourceAsStream("function-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("the resource function-words.txt is missing");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(key(w));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading function-words.txt", e);
    }
    return Set.copyOf(words);
  }
}
