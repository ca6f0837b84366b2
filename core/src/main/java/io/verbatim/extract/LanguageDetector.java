package io.verbatim.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * Detects the language of a text when the source does not state it, as an ISO 639-1 code.
 *
 * <p>Backed by Lingua (n-gram models) restricted to the languages official statements come in, in
 * its low-accuracy mode, which is fast and reliable on texts of a paragraph or more. Only the first
 * {@value #SAMPLE_CHARS} characters are looked at. Thread-safe; the models load once, lazily.
 */
public final class LanguageDetector {
  /** How much of a text is looked at. */
  public static final int SAMPLE_CHARS = 4000;

  private static final Language[] LANGUAGES = {
    Language.ENGLISH, Language.RUSSIAN, Language.FRENCH, Language.SPANISH, Language.CHINESE,
    Language.ARABIC, Language.GERMAN, Language.UKRAINIAN, Language.PORTUGUESE, Language.ITALIAN,
    Language.JAPANESE, Language.TURKISH, Language.PERSIAN, Language.KAZAKH, Language.BELARUSIAN,
    Language.SERBIAN, Language.POLISH
  };

  private static final class Holder {
    static final com.github.pemistahl.lingua.api.LanguageDetector DETECTOR =
        LanguageDetectorBuilder.fromLanguages(LANGUAGES).withLowAccuracyMode().build();
  }

  private LanguageDetector() {}

  /** The ISO 639-1 code of the text's language, or empty when it cannot be told. */
  public static Optional<String> detect(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language language = Holder.DETECTOR.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return Optional.empty();
    }
    return Optional.of(language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
  }
}
