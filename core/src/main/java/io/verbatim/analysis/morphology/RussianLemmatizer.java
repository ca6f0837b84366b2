package io.verbatim.analysis.morphology;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Russian lemmas from the morfologik dictionary that LanguageTool ships ({@code
 * org/languagetool/resource/ru/russian.dict}, derived from the AOT morphology, LGPL).
 *
 * <p>Contract: the word is lower-cased ({@link Locale#ROOT}) and looked up as written; when it
 * holds {@code ё} it is looked up again with {@code е} (the dictionary itself also knows most
 * {@code ё}-words spelled with {@code е}). The answer holds every lemma of every reading, as the
 * dictionary spells it (it keeps {@code ё}: {@code ребенка} gives {@code ребёнок}); it is empty for
 * words the dictionary does not know, including anything without a Cyrillic letter. Proper names
 * come back lower case ({@code России} gives {@code россия}).
 *
 * <p>One instance per JVM ({@link #instance()}); the dictionary (about 2 MB) is read once, on first
 * use. The instance is thread-safe: morfologik's {@link DictionaryLookup} is not, so each thread
 * gets its own over the shared, immutable {@link Dictionary}.
 */
public final class RussianLemmatizer implements Lemmatizer {
  /** Where LanguageTool's {@code language-ru} jar keeps the dictionary. */
  static final String DICTIONARY_RESOURCE = "/org/languagetool/resource/ru/russian.dict";

  private final ThreadLocal<DictionaryLookup> lookups;

  private RussianLemmatizer(Dictionary dictionary) {
    Objects.requireNonNull(dictionary, "dictionary");
    this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
  }

  /** The shared instance; the first call reads the dictionary from the class path. */
  public static RussianLemmatizer instance() {
    return Holder.INSTANCE;
  }

  @Override
  public Set<String> lemmas(String word) {
    Objects.requireNonNull(word, "word must not be null");
    String lower = word.toLowerCase(Locale.ROOT);
    if (!hasCyrillicLetter(lower)) {
      return Set.of();
    }
    Set<String> lemmas = new LinkedHashSet<>(4);
    DictionaryLookup lookup = lookups.get();
    addLemmas(lookup, lower, lemmas);
    if (lower.indexOf('ё') >= 0) {
      addLemmas(lookup, lower.replace('ё', 'е'), lemmas);
    }
    return lemmas.isEmpty() ? Set.of() : Collections.unmodifiableSet(lemmas);
  }

  /**
   * The readings of {@code word} with the dictionary's tags ({@code NN:Fam:Masc:Sin:R}: a surname,
   * masculine, singular, genitive), looked up like {@link #lemmas}.
   */
  @Override
  public List<Reading> readings(String word) {
    Objects.requireNonNull(word, "word must not be null");
    String lower = word.toLowerCase(Locale.ROOT);
    if (!hasCyrillicLetter(lower)) {
      return List.of();
    }
    Set<Reading> readings = new LinkedHashSet<>(4);
    DictionaryLookup lookup = lookups.get();
    addReadings(lookup, lower, readings);
    if (lower.indexOf('ё') >= 0) {
      addReadings(lookup, lower.replace('ё', 'е'), readings);
    }
    return List.copyOf(readings);
  }

  private static void addReadings(DictionaryLookup lookup, String word, Set<Reading> into) {
    for (WordData reading : lookup.lookup(word)) {
      CharSequence stem = reading.getStem();
      if (stem != null && stem.length() > 0) {
        CharSequence tag = reading.getTag();
        into.add(new Reading(stem.toString(), tag == null ? "" : tag.toString()));
      }
    }
  }

  /** Whether the dictionary knows {@code word} (in any of the spellings {@link #lemmas} tries). */
  public boolean knows(String word) {
    return !lemmas(word).isEmpty();
  }

  private static void addLemmas(DictionaryLookup lookup, String word, Set<String> into) {
    // The lookup reuses its WordData objects and their buffers: copy the stems out at once.
    List<WordData> readings = lookup.lookup(word);
    for (WordData reading : readings) {
      CharSequence stem = reading.getStem();
      if (stem != null && stem.length() > 0) {
        into.add(stem.toString());
      }
    }
  }

  private static boolean hasCyrillicLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.UnicodeBlock.of(word.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
        return true;
      }
    }
    return false;
  }

  private static Dictionary readDictionary() {
    URL url = RussianLemmatizer.class.getResource(DICTIONARY_RESOURCE);
    if (url == null) {
      throw new IllegalStateException(
          "The Russian dictionary "
              + DICTIONARY_RESOURCE
              + " is not on the class path; it comes from org.languagetool:language-ru.");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot read the Russian dictionary " + url + ": " + e.getMessage(), e);
    }
  }

  /** Lazy holder: the dictionary is read when {@link #instance()} is first called. */
  private static final class Holder {
    static final RussianLemmatizer INSTANCE = new RussianLemmatizer(readDictionary());
  }
}
