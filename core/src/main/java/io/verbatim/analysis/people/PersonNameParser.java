package io.verbatim.analysis.people;

import io.verbatim.analysis.morphology.Lemmatizer;
import io.verbatim.analysis.morphology.Reading;
import io.verbatim.analysis.morphology.Reading.Case;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a name as printed into its parts ({@link PersonName}).
 *
 * <p>Rules, in order: forms of address and titles of office before the name are left out ({@code
 * Mr.}, {@code Mir.}, {@code H.E.}, {@code г-н}, {@code President}: {@link Honorifics}, {@link
 * Offices}), and suffixes after it kept apart ({@code Jr}); words in capitals are written as names
 * ({@code GROMYKO} is {@code Gromyko}), and when only some words are in capitals, those are the
 * surname (the UN's {@code Mr. Nikita S. KHRUSHCHEV}, {@code WU Xueqian}); Russian names written
 * surname first are recognised by initials after the surname ({@code Лавров С.В.}) or by the
 * dictionary ({@code Лавров Сергей Викторович}); otherwise the surname is the last word, with the
 * particles before it ({@code de Gaulle}, {@code von der Leyen}); a Russian name of a first name
 * and a word the dictionary does not know is read both ways, first name first ({@code Желько
 * Будимир}, {@code Мадуро Николас}). Words before the surname are the first name (the first word
 * written in full), middle names and initials. Russian names are put in the nominative ({@link
 * RussianNameCases}); when the case is not certain, every reading is given, most likely first.
 *
 * <p>Thread-safe.
 */
public final class PersonNameParser {
  private static final Set<String> PARTICLES =
      Set.of(
          "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "del", "dos", "das",
          "bin", "ibn", "ben", "al", "el", "бен", "бин", "ибн", "аль", "ал", "де", "да", "ван",
          "фон", "дер", "ле", "ла", "дель", "ду", "эль");
  private static final Set<String> SUFFIXES =
      Set.of("jr", "sr", "ii", "iii", "iv", "младший", "старший");

  private final Honorifics honorifics;
  private final Offices offices;
  private final GivenNames givenNames;
  private final Lemmatizer lemmatizer;
  private final RussianNameCases cases;

  public PersonNameParser(
      Honorifics honorifics, Offices offices, GivenNames givenNames, Lemmatizer lemmatizer) {
    this.honorifics = Objects.requireNonNull(honorifics, "honorifics");
    this.offices = Objects.requireNonNull(offices, "offices");
    this.givenNames = Objects.requireNonNull(givenNames, "given names");
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "a lemmatizer");
    this.cases = new RussianNameCases(lemmatizer);
  }

  /** A parser over the built-in word lists and {@code lemmatizer}. */
  public static PersonNameParser standard(Lemmatizer lemmatizer) {
    return new PersonNameParser(
        Honorifics.standard(), Offices.standard(), GivenNames.standard(), lemmatizer);
  }

  /**
   * The readings of a name as printed, most likely first; empty when no name is left (a title or a
   * form of address alone).
   *
   * @param printed the name as printed
   * @param hint the grammatical case the name is in, when known (a title's); null otherwise
   */
  public List<PersonName> parse(String printed, Case hint) {
    return parse(printed, hint, null, true);
  }

  /**
   * A name known to be in the nominative, with its surname when that is not simply the last word
   * ({@code Xi Jinping} with {@code Xi}, surname first; {@code Си Цзиньпин} likewise: a name in
   * another script with as many words takes its surname from the same place); null when nothing of
   * a name is left.
   */
  public PersonName parseNominative(String name, String surname, boolean surnameFirst) {
    List<PersonName> names = parse(name, null, new SurnameHint(surname, surnameFirst), false);
    return names.isEmpty() ? null : names.getFirst();
  }

  /** A known surname, and whether the person's names put it first. */
  private record SurnameHint(String surname, boolean first) {}

  /** Words of a name, after the forms of address and titles before it. */
  private List<String> nameWords(String printed) {
    List<String> words = NameWords.split(printed);
    int at = 0;
    while (at < words.size()) {
      int h = honorifics.lengthAt(words, at);
      if (h > 0) {
        at += h;
        continue;
      }
      int o = offices.lengthAt(words, at);
      if (o > 0) {
        at += o;
        continue;
      }
      break;
    }
    return new ArrayList<>(words.subList(at, words.size()));
  }

  private List<PersonName> parse(
      String printed, Case hint, SurnameHint surnameHint, boolean inflected) {
    Objects.requireNonNull(printed, "a name");
    List<String> words = nameWords(printed);
    String suffix = null;
    while (!words.isEmpty() && SUFFIXES.contains(NameWords.bare(words.getLast()))) {
      String s = words.removeLast();
      suffix = suffix == null ? display(s) : display(s) + " " + suffix;
    }
    if (words.isEmpty()) {
      return List.of();
    }
    boolean[] caps = new boolean[words.size()];
    int capsWords = 0;
    int fullWords = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (!NameWords.isInitial(w) && !isParticle(w)) {
        fullWords++;
        caps[i] = NameWords.isAllCaps(w);
        capsWords += caps[i] ? 1 : 0;
      }
    }
    List<String> written = new ArrayList<>(words.size());
    for (String w : words) {
      written.add(NameWords.isInitial(w) ? w : NameWords.decapitalise(w));
    }
    int[] surname = surnameSpan(written, caps, capsWords, fullWords, surnameHint);
    boolean russian = inflected && Transliteration.hasCyrillic(printed);
    List<List<String>> readings = List.of(written);
    if (russian) {
      readings = inflections(written, hint);
    }
    Set<PersonName> names = new LinkedHashSet<>();
    // surname first as written: the UN's "WU Xueqian"; Russian names are shown first name first
    boolean shownSurnameFirst =
        surname[0] == 0 && surname[1] < written.size() - 1 && capsWords > 0 && !russian;
    for (List<String> reading : readings) {
      names.add(build(reading, surname, suffix, shownSurnameFirst));
    }
    if (surnameHint == null && surname[0] != firstFull(written) && maybeSurnameFirst(written)) {
      int first = firstFull(written);
      for (List<String> reading : readings) {
        names.add(build(reading, new int[] {first, first}, suffix, false));
      }
    }
    return List.copyOf(names);
  }

  /** The nominative readings of the whole word list (initials and particles kept as written). */
  private List<List<String>> inflections(List<String> written, Case hint) {
    List<Integer> positions = new ArrayList<>();
    List<String> declinable = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      String w = written.get(i);
      if (!NameWords.isInitial(w) && !isParticle(w) && Character.isUpperCase(w.charAt(0))) {
        positions.add(i);
        declinable.add(w);
      }
    }
    if (declinable.isEmpty()) {
      return List.of(written);
    }
    List<List<String>> readings = new ArrayList<>();
    for (List<String> nominative : cases.nominatives(declinable, hint)) {
      List<String> reading = new ArrayList<>(written);
      for (int k = 0; k < positions.size(); k++) {
        reading.set(positions.get(k), nominative.get(k));
      }
      readings.add(reading);
    }
    return readings;
  }

  /** {@code [first, last]} word positions of the surname, or {@code [-1, -2]} when none. */
  private int[] surnameSpan(
      List<String> written, boolean[] caps, int capsWords, int fullWords, SurnameHint surnameHint) {
    int n = written.size();
    if (surnameHint != null && surnameHint.surname() != null) {
      List<String> hint = NameKey.words(surnameHint.surname());
      List<String> keys = written.stream().map(NameKey::word).toList();
      int span = hint.size();
      if (span <= n && keys.subList(n - span, n).equals(hint)) {
        return new int[] {n - span, n - 1};
      }
      if (span <= n && keys.subList(0, span).equals(hint)) {
        return new int[] {0, span - 1};
      }
      if (span > 1 && (hint.getFirst().equals("al") || hint.getFirst().equals("el"))) {
        hint = hint.subList(1, span); // "Башар Асад" for "al-Assad"
        span--;
        if (keys.subList(n - span, n).equals(hint)) {
          return new int[] {n - span, n - 1};
        }
      }
      // the same number of words in another script: Xi Jinping / Си Цзиньпин
      if (span < n) {
        return surnameHint.first() ? new int[] {0, span - 1} : new int[] {n - span, n - 1};
      }
      if (span >= n) {
        return new int[] {0, n - 1};
      }
    }
    if (capsWords > 0 && capsWords < fullWords) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < n; i++) {
        if (caps[i]) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      while (first > 0 && isParticle(written.get(first - 1))) {
        first--;
      }
      return new int[] {first, last};
    }
    int lastFull = -1;
    for (int i = n - 1; i >= 0; i--) {
      if (!NameWords.isInitial(written.get(i))) {
        lastFull = i;
        break;
      }
    }
    if (lastFull < 0) {
      return new int[] {-1, -2}; // initials only
    }
    if (Transliteration.hasCyrillic(written.get(lastFull)) && fullWords >= 1) {
      // "Лавров С.В.": initials after the surname
      if (lastFull < n - 1 && lastFull == firstFull(written)) {
        return new int[] {lastFull, lastFull};
      }
      if (fullWords >= 2 && surnameFirst(written)) {
        int first = firstFull(written);
        return new int[] {first, first};
      }
      if (fullWords >= 2 && isPatronymic(written.get(lastFull))) {
        return new int[] {-1, -2}; // "Владимир Владимирович": first name and patronymic
      }
    }
    int first = lastFull;
    while (first > 0 && isParticle(written.get(first - 1)) && first - 1 > firstFull(written)) {
      first--;
    }
    return new int[] {first, lastFull};
  }

  private static int firstFull(List<String> written) {
    for (int i = 0; i < written.size(); i++) {
      if (!NameWords.isInitial(written.get(i)) && !isParticle(written.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a Russian name of several words starts with its surname: {@code Лавров Сергей
   * Викторович} (the second word a first name, the last a patronymic, or the first a surname and
   * not a first name).
   */
  private boolean surnameFirst(List<String> written) {
    List<String> full = new ArrayList<>();
    for (String w : written) {
      if (!NameWords.isInitial(w) && !isParticle(w)) {
        full.add(w);
      }
    }
    if (full.size() == 3 && isPatronymic(full.get(2)) && isGivenName(full.get(1))) {
      return true; // "Лавров Сергей Викторович"
    }
    if (full.size() != 2 || !isGivenName(full.get(1)) || isGivenName(full.get(0))) {
      return false;
    }
    return full.size() == 2 && isSurname(full.get(0)); // "Лукашенко Александр"
  }

  /**
   * Whether a Russian name of two words may also be written surname first: a first name second and
   * a word the dictionary does not know first ("Мадуро Николас", but also "Желько Будимир").
   */
  private boolean maybeSurnameFirst(List<String> written) {
    List<String> full = new ArrayList<>();
    for (String w : written) {
      if (!NameWords.isInitial(w) && !isParticle(w)) {
        full.add(w);
      }
    }
    return full.size() == 2
        && Transliteration.hasCyrillic(full.get(0))
        && isGivenName(full.get(1))
        && !isGivenName(full.get(0))
        && lemmatizer.readings(full.get(0)).isEmpty();
  }

  private boolean isGivenName(String word) {
    if (givenNames.isListed(word)) {
      return true;
    }
    for (Reading r : lemmatizer.readings(word)) {
      if (r.isGivenName() && !r.isPlural()) {
        return true;
      }
    }
    return false;
  }

  private boolean isSurname(String word) {
    for (Reading r : lemmatizer.readings(word)) {
      if (r.isSurname()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A Russian patronymic in any case: Викторович, Викторовича, Владимировна, Ильич, Кузьминична.
   */
  static boolean isPatronymic(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.matches(
        ".+(вич|вича|вичу|вичем|виче|вна|вны|вне|вну|вной|ична|ичны|ичне|ичну|ичной|ильич|ильича|ильичу|ильичом|ильиче)");
  }

  private PersonName build(
      List<String> words, int[] surnameSpan, String suffix, boolean surnameFirst) {
    String surname = null;
    if (surnameSpan[0] >= 0) {
      surname = String.join(" ", words.subList(surnameSpan[0], surnameSpan[1] + 1));
    }
    String given = null;
    List<String> middle = new ArrayList<>();
    List<String> initials = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (i >= surnameSpan[0] && i <= surnameSpan[1]) {
        continue;
      }
      String w = words.get(i);
      if (NameWords.isInitial(w)) {
        initials.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
      } else if (given == null && initials.isEmpty() && !isParticle(w)) {
        given = w;
      } else {
        middle.add(w);
      }
    }
    return new PersonName(given, middle, initials, surname, suffix, surnameFirst);
  }

  private static boolean isParticle(String word) {
    return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
  }

  private static String display(String suffix) {
    String bare = NameWords.bare(suffix);
    return switch (bare) {
      case "jr" -> "Jr.";
      case "sr" -> "Sr.";
      default ->
          suffix.toUpperCase(Locale.ROOT).equals(suffix) ? suffix : NameWords.decapitalise(suffix);
    };
  }
}
