package io.verbatim.analysis.entities;

import io.verbatim.analysis.morphology.Lemmatizer;
import io.verbatim.analysis.morphology.Reading;
import io.verbatim.analysis.people.GivenNames;
import io.verbatim.analysis.people.Honorifics;
import io.verbatim.analysis.people.NameContext;
import io.verbatim.analysis.people.NameKey;
import io.verbatim.analysis.people.Period;
import io.verbatim.analysis.people.Person;
import io.verbatim.analysis.people.PersonResolver;
import io.verbatim.analysis.people.Resolution;
import io.verbatim.analysis.people.RussianNameCases;
import io.verbatim.analysis.people.Sighting;
import io.verbatim.model.EntityKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the people a text names, and which person each is.
 *
 * <p>A person mention is a name of a person, found by one of: a title of office before it ({@code
 * President Vladimir Putin}, {@code Министра иностранных дел России Сергея Лаврова}; the title is
 * not part of the mention, nor is the country or organisation after it); a form of address ({@code
 * Mr. Kissinger}, {@code г-н Лавров}); a name of the person authority ({@code Vladimir Putin}, or a
 * surname that names its person alone: {@code Putin}, {@code Лаврова}); a first name and a surname
 * ({@code Anna Petrova}; first names from {@link GivenNames} and the Russian dictionary); initials
 * and a surname ({@code В.В.Путин}); or the surname of a person the text has already named in full
 * ({@code Barack Obama ... Obama}). Never a title alone, a greeting, a word from {@link
 * NameContext}'s list, a name the gazetteer knows (a place, an organisation), a word the Russian
 * dictionary knows only as another noun ({@code Москвы}, {@code Правительства}); never a name that
 * is part of the name of a thing ({@code Truman Doctrine}), nor a speaker's label at the start of a
 * turn ({@code В.Путин:}).
 *
 * <p>Each mention is resolved by {@link PersonResolver}, with the title's role, the country after
 * it, the statement's date and the title's grammatical case as evidence: its id is the authority's,
 * or one derived from the normalised name (Russian in the nominative). A surname alone that the
 * authority cannot decide takes the id of the one person of that surname the text names in full.
 */
final class PersonMentions {
  private static final int MAX_NAME_WORDS = 5;
  private static final Set<String> PARTICLES =
      Set.of(
          "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el",
          "бен", "бин", "ибн", "аль", "фон", "де", "да", "ван", "дер");

  /** Words that join the parts of a Russian title's complement ("науки и высшего образования"). */
  private static final Set<String> RUSSIAN_LINKS = Set.of("и", "в", "по", "при", "на");

  private static final List<String> RUSSIAN_ADJECTIVE_ENDINGS =
      List.of("ого", "его", "ому", "ему", "ской", "ских", "ская", "ское", "ские", "ной", "ных");

  private final PersonResolver resolver;
  private final Lemmatizer lemmatizer;
  private final RussianNameCases russianCases;
  private final NameContext context = NameContext.standard();
  private final GivenNames givenNames = GivenNames.standard();

  /** The forms of address by their first word, lower case, each as its words, longest first. */
  private final Map<String, List<List<String>>> honorifics = new HashMap<>();

  private final Trie aliases = new Trie();

  /** A token trie of the authority's names of two words or more, keyed by {@link NameKey}. */
  private static final class Trie {
    final Map<String, Trie> next = new HashMap<>(2);
    String id;
  }

  PersonMentions(PersonResolver resolver, Lemmatizer lemmatizer) {
    this.resolver = Objects.requireNonNull(resolver, "a person resolver");
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "a lemmatizer");
    this.russianCases = new RussianNameCases(lemmatizer);
    for (String form : Honorifics.standard().forms()) {
      List<String> words = new ArrayList<>();
      for (Token t : Tokenizer.tokens(form)) {
        words.add(t.text().toLowerCase(Locale.ROOT));
      }
      if (!words.isEmpty() && words.getLast().equals(".")) {
        words.removeLast();
      }
      if (!words.isEmpty()) {
        honorifics.computeIfAbsent(words.getFirst(), w -> new ArrayList<>()).add(words);
      }
    }
    honorifics.values().forEach(forms -> forms.sort((a, b) -> b.size() - a.size()));
    for (Person p : resolver.authority().people()) {
      for (String name : p.names()) {
        List<String> keys = NameKey.words(name);
        if (keys.size() >= 2) {
          add(keys, p.id());
        }
      }
    }
  }

  private void add(List<String> keys, String id) {
    Trie node = aliases;
    for (String k : keys) {
      node = node.next.computeIfAbsent(k, x -> new Trie());
    }
    if (node.id == null) {
      node.id = id;
    }
  }

  /** What the scan knows about the tokens of one text. */
  private record Scan(
      String text,
      List<Token> tokens,
      String lang,
      NameIndex.Match[] nameAt,
      NameIndex.Match[] titleAt,
      List<Set<String>> lemmas,
      Period when,
      List<Set<String>> keys,
      List<List<String>> nominatives) {}

  /** A span that names someone, with the evidence around it. */
  private record Candidate(
      int first, int last, String role, String country, Reading.Case nameCase) {}

  /**
   * The person mentions of a text, sorted by start.
   *
   * @param nameAt the gazetteer's match starting at each token, or null
   * @param titleAt the title of office starting at each token, or null
   * @param lemmas per-token lemma cache, filled lazily
   * @param when when the statement was made, or null
   */
  List<Mention> find(
      String text,
      List<Token> tokens,
      String lang,
      NameIndex.Match[] nameAt,
      NameIndex.Match[] titleAt,
      List<Set<String>> lemmas,
      Period when) {
    Scan scan =
        new Scan(
            text,
            tokens,
            lang,
            nameAt,
            titleAt,
            lemmas,
            when,
            Arrays.asList(new Set[tokens.size()]),
            Arrays.asList(new List[tokens.size()]));
    List<Candidate> candidates = new ArrayList<>();
    int i = 0;
    int after = 0; // the first token after the last candidate
    while (i < tokens.size()) {
      Candidate c = candidateAt(scan, i, after);
      if (c == null) {
        i++;
        continue;
      }
      if (!isThingName(scan, c) && !isTurnLabel(text, tokens, c)) {
        candidates.add(c);
      }
      i = c.last() + 1;
      after = i;
    }
    List<Mention> mentions = new ArrayList<>(candidates.size());
    List<Resolution> resolutions = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      int start = tokens.get(c.first()).start();
      int end = tokens.get(c.last()).end();
      String surface = text.substring(start, end);
      Sighting sighting =
          Sighting.of(surface)
              .inLanguage(lang)
              .withRole(c.role())
              .forCountry(c.country())
              .during(when)
              .inCase(c.nameCase());
      Resolution r = resolver.resolve(sighting).orElse(null);
      if (r != null) {
        mentions.add(new Mention(r.id(), EntityKind.PERSON, surface, start, end, false));
        resolutions.add(r);
      }
    }
    return coreference(scan, mentions, resolutions);
  }

  /**
   * The candidate starting at token {@code i}, or null.
   *
   * @param after the first token after the previous candidate (a name right after another is not
   *     the surname of a first name before it: "Сергей Лавров Лавров Сергей Викторович")
   */
  private Candidate candidateAt(Scan s, int i, int after) {
    List<Token> tokens = s.tokens();
    Token token = tokens.get(i);
    if (!token.isWord()) {
      return null;
    }
    NameIndex.Match title = s.titleAt()[i];
    if (title != null) {
      int next = skipAffiliation(s, title.last() + 1);
      String country = countryBetween(s, title.last() + 1, next);
      int last = nameEnd(s, next, true);
      if (last >= next) {
        int roleEnd = tokens.get(next - 1).end();
        String role = s.text().substring(tokens.get(i).start(), roleEnd);
        return new Candidate(next, last, role, country, caseOf(title, tokens));
      }
      return null;
    }
    int afterHonorific = honorificEnd(s, i);
    if (afterHonorific > i) {
      int last = nameEnd(s, afterHonorific, true);
      return last >= afterHonorific ? new Candidate(afterHonorific, last, null, null, null) : null;
    }
    if (!token.isCapitalised() || s.nameAt()[i] != null || isNotName(s, i)) {
      return null;
    }
    int best = aliasEnd(s, i);
    if (startsName(s, i)) {
      best = Math.max(best, nameEnd(s, i, false));
    }
    if (best < i
        && !token.isAllCaps()
        && isAloneName(s, i)
        && (i == after || !followsCapitalisedWord(s, i))
        && !precedesName(s, i)) {
      // "Putin", "Лаврова": a surname that names its person alone; in Russian perhaps with the
      // first name and patronymic after it, as indexes write people ("Лукашенко Александр
      // Григорьевич")
      best = "ru".equals(s.lang()) ? Math.max(i, nameEnd(s, i, false)) : i;
    }
    return best >= i ? new Candidate(i, best, null, null, null) : null;
  }

  /** Whether token {@code i} is a surname that names someone of the authority alone. */
  private boolean isAloneName(Scan s, int i) {
    String word = s.tokens().get(i).text();
    if (word.length() < 2) {
      return false;
    }
    if (resolver.isAloneName(word)) {
      return true;
    }
    if ("ru".equals(s.lang())) {
      for (String nominative : nominatives(s, i)) {
        if (resolver.isAloneName(nominative)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} follows a capitalised word of the same sentence that is no title: then
   * it is the surname of someone else ("Michelle Obama" is not Barack Obama).
   */
  private boolean followsCapitalisedWord(Scan s, int i) {
    if (i == 0) {
      return false;
    }
    Token prev = s.tokens().get(i - 1);
    return prev.isWord()
        && prev.isCapitalised()
        && s.titleAt()[i - 1] == null
        && s.nameAt()[i - 1] == null
        && !isNotName(s, i - 1)
        && !gapHasBreak(s.text(), prev.end(), s.tokens().get(i).start())
        && !startsSentence(s, i - 1);
  }

  /**
   * Whether token {@code i} is followed by a capitalised name word (then it starts another name).
   */
  private boolean precedesName(Scan s, int i) {
    int next = i + 1;
    List<Token> tokens = s.tokens();
    return next < tokens.size()
        && tokens.get(next).isWord()
        && tokens.get(next).isCapitalised()
        && !tokens.get(next).isAllCaps()
        && !gapHasBreak(s.text(), tokens.get(i).end(), tokens.get(next).start())
        && isNameWord(s, next, false)
        && !"ru".equals(s.lang());
  }

  /** Whether token {@code k} starts a sentence (or the text, or a line). */
  private static boolean startsSentence(Scan s, int k) {
    int b = s.tokens().get(k).start() - 1;
    String text = s.text();
    while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\u00a0')) {
      b--;
    }
    return b < 0 || ".!?…\n\r\"“”«»:;".indexOf(text.charAt(b)) >= 0;
  }

  /** Whether token {@code i} starts a first name and surname, or initials and a surname. */
  private boolean startsName(Scan s, int i) {
    List<Token> tokens = s.tokens();
    Token token = tokens.get(i);
    int next = i + 1;
    if (token.text().length() == 1) {
      // an initial: "В.В.Путин", "S. Lavrov"
      return next + 1 < tokens.size()
          && tokens.get(next).text().equals(".")
          && tokens.get(next + 1).isCapitalised()
          && tokens.get(next + 1).isWord();
    }
    if (token.isAllCaps() || !isGivenName(s, i)) {
      return false;
    }
    if (next < tokens.size() && tokens.get(next).text().equals("-")) {
      return true; // "Касым-Жомарт"
    }
    return next < tokens.size()
        && tokens.get(next).isWord()
        && tokens.get(next).isCapitalised()
        && !tokens.get(next).isAllCaps()
        && !gapHasBreak(s.text(), token.end(), tokens.get(next).start())
        && s.nameAt()[next] == null
        && s.titleAt()[next] == null
        && isNameWord(s, next, false);
  }

  private boolean isGivenName(Scan s, int i) {
    String word = s.tokens().get(i).text();
    if (givenNames.isListed(word)) {
      return true;
    }
    if ("ru".equals(s.lang())) {
      for (Reading r : lemmatizer.readings(word)) {
        if (r.isGivenName()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The last token of the longest authority name starting at {@code i}, or {@code i - 1}. */
  private int aliasEnd(Scan s, int i) {
    List<Token> tokens = s.tokens();
    List<Trie> nodes = List.of(aliases);
    int best = i - 1;
    int k = i;
    while (k < tokens.size() && !nodes.isEmpty()) {
      Token t = tokens.get(k);
      if (k > i && !t.isWord() && (t.text().equals("-") || t.text().equals("."))) {
        k++;
        continue;
      }
      if (!t.isWord()
          || !t.isCapitalised() && !PARTICLES.contains(t.text())
          || s.nameAt()[k] != null
          || k > i && gapHasBreak(s.text(), tokens.get(k - 1).end(), t.start())) {
        break;
      }
      List<Trie> next = new ArrayList<>(2);
      for (String key : keys(s, k)) {
        for (Trie n : nodes) {
          Trie child = n.next.get(key);
          if (child != null && !next.contains(child)) {
            next.add(child);
          }
        }
      }
      for (Trie n : next) {
        if (n.id != null) {
          best = k;
        }
      }
      nodes = next;
      k++;
    }
    return best;
  }

  /** The nominatives of a Russian token, most likely first (cached). */
  private List<String> nominatives(Scan s, int k) {
    List<String> cached = s.nominatives().get(k);
    if (cached == null) {
      cached = new ArrayList<>(2);
      for (List<String> n : russianCases.nominatives(List.of(s.tokens().get(k).text()), null)) {
        cached.add(n.getFirst());
      }
      s.nominatives().set(k, cached);
    }
    return cached;
  }

  /** The keys a token may have: its own, and for Russian those of its nominatives (cached). */
  private Set<String> keys(Scan s, int k) {
    Set<String> cached = s.keys().get(k);
    if (cached == null) {
      cached = keysOf(s, k);
      s.keys().set(k, cached);
    }
    return cached;
  }

  private Set<String> keysOf(Scan s, int k) {
    String word = s.tokens().get(k).text();
    Set<String> keys = new LinkedHashSet<>();
    keys.add(NameKey.word(word));
    if ("ru".equals(s.lang()) && word.length() > 2) {
      for (String nominative : nominatives(s, k)) {
        keys.add(NameKey.word(nominative));
      }
    }
    return keys;
  }

  /** The token after a form of address starting at {@code i} ({@code Mr.}, {@code г-н}), or i. */
  private int honorificEnd(Scan s, int i) {
    List<Token> tokens = s.tokens();
    List<List<String>> forms = honorifics.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
    if (forms == null) {
      return i;
    }
    for (List<String> form : forms) {
      if (i + form.size() > tokens.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < form.size() && all; k++) {
        all = tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(form.get(k));
      }
      if (!all) {
        continue;
      }
      int end = i + form.size();
      if (end < tokens.size() && tokens.get(end).text().equals(".")) {
        end++;
      }
      return end;
    }
    return i;
  }

  /** Skips "of (the) Russia", "России", "of the United Nations", "Правительства" after a title. */
  private int skipAffiliation(Scan s, int at) {
    List<Token> tokens = s.tokens();
    NameIndex.Match[] nameAt = s.nameAt();
    int k = at;
    if ("en".equals(s.lang())) {
      if (k < tokens.size() && tokens.get(k).text().equals("of")) {
        k++;
        if (k < tokens.size() && tokens.get(k).text().equals("the")) {
          k++;
        }
        // "President of Brazil Dilma Rousseff"; but "Commander of the Russian National Guard" names
        // no one: an adjective starts a longer name of something else
        if (k < tokens.size()
            && nameAt[k] != null
            && !nameAt[k].target().form().blocks()
            && !nameAt[k].target().adjectival()) {
          return nameAt[k].last() + 1;
        }
        return at;
      }
      while (k < tokens.size() && nameAt[k] != null && !nameAt[k].target().adjectival()) {
        k = nameAt[k].last() + 1; // "Secretary-General UN", "President Brazil"
      }
      return k;
    }
    int words = 0;
    int end = at;
    while (k < tokens.size() && words < 10) {
      Token t = tokens.get(k);
      if (nameAt[k] != null && !nameAt[k].target().adjectival()) {
        k = nameAt[k].last() + 1; // "Президент Республики Конго", "Посол Ирана в России"
        end = k;
        words++;
      } else if (t.isWord() && isRussianComplement(s, k)) {
        k++; // "Председатель Правительства", "Мэр Москвы", "Совета Федерации"
        end = k;
        words++;
      } else if (end > at && (t.text().equals("-") || RUSSIAN_LINKS.contains(t.text()))) {
        k++; // "научно-технологического развития и высшего образования", "представительства в"
        words++;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Whether a Russian word after a title is a complement of it, not a name: the dictionary knows
   * it, and only as a word that is neither a first name nor a surname (a noun or adjective: {@code
   * Правительства}, {@code Москвы}, {@code Государственной}); lower-case words too ({@code
   * обороны}), but not prepositions or conjunctions.
   */
  private boolean isRussianComplement(Scan s, int k) {
    String word = s.tokens().get(k).text();
    List<Reading> readings = lemmatizer.readings(word);
    if (readings.isEmpty() || word.length() < 3) {
      return false;
    }
    for (Reading r : readings) {
      if (r.isGivenName()
          || r.isSurname()
          || r.isPatronymic()
          || !r.tag().startsWith("NN")
              && !r.tag().startsWith("ADJ")
              && !r.tag().startsWith("ADV")) {
        return false;
      }
    }
    return !resolver.isSurname(NameKey.word(word));
  }

  /**
   * The country named between a title and its name ({@code of Brazil}, {@code России}), or null.
   */
  private static String countryBetween(Scan s, int from, int to) {
    for (int k = from; k < to; k++) {
      NameIndex.Match m = s.nameAt()[k];
      if (m != null && m.target().kind() == EntityKind.COUNTRY) {
        return m.target().form().entityId();
      }
    }
    return null;
  }

  /** The grammatical case of a Russian title as written (its first word); null for English. */
  private static Reading.Case caseOf(NameIndex.Match title, List<Token> tokens) {
    String nominative = Tokenizer.tokens(title.target().form().form()).getFirst().text();
    return switch (RussianNames.caseOf(nominative, tokens.get(title.first()).text())) {
      case NOMINATIVE -> Reading.Case.NOMINATIVE;
      case GENITIVE -> Reading.Case.GENITIVE;
      case DATIVE -> Reading.Case.DATIVE;
      case INSTRUMENTAL -> Reading.Case.INSTRUMENTAL;
      case PREPOSITIONAL -> Reading.Case.PREPOSITIONAL;
      case UNKNOWN -> null;
    };
  }

  /**
   * The last token of the name starting at {@code at}, or {@code at - 1} when there is none.
   *
   * @param capitals whether words in capitals are names (after a title or a form of address: the
   *     UN's "Mr. GROMYKO")
   */
  private int nameEnd(Scan s, int at, boolean capitals) {
    List<Token> tokens = s.tokens();
    int k = at;
    int last = at - 1;
    int words = 0;
    Set<String> seen = new HashSet<>();
    while (k < tokens.size() && words < MAX_NAME_WORDS) {
      Token token = tokens.get(k);
      if (k > at && gapHasBreak(s.text(), tokens.get(k - 1).end(), token.start())) {
        break;
      }
      if (token.isWord()
          && token.isCapitalised()
          && (!token.isAllCaps() || capitals && token.text().length() > 2)
          && s.nameAt()[k] == null
          && s.titleAt()[k] == null) {
        if (token.text().length() == 1) {
          // "В.В.Путин", "George W. Bush": an initial needs its dot
          if (k + 1 < tokens.size() && tokens.get(k + 1).text().equals(".")) {
            k += 2;
            continue;
          }
          break;
        }
        if (!isNameWord(s, k, k == at)) {
          break; // "Мэр Москвы", "Антон Вайно Руководитель", "Secretary-General Excellencies"
        }
        if (k > at && "en".equals(s.lang()) && context.isEponymNoun(token.text(), Set.of(), "en")) {
          break; // "Nelson Mandela Rules": the name ends before the thing it names
        }
        if ("ru".equals(s.lang()) && isRussianVerb(token.text())) {
          break; // "... Токаевым Состоялся телефонный разговор": the name has ended
        }
        // "Dmitry Medvedev Medvedev Dmitry": a page's index of persons follows the name
        if (!seen.add(firstKey(s, k))) {
          break;
        }
        last = k;
        words++;
        k++;
      } else if (last >= at
          && k + 1 < tokens.size()
          && (token.text().equals("-")
                  && adjacent(tokens.get(k - 1), token, tokens.get(k + 1))
                  && (tokens.get(k + 1).isCapitalised() || tokens.get(k - 1).text().length() <= 4)
              || PARTICLES.contains(token.text()) && tokens.get(k + 1).isCapitalised())) {
        if (!tokens.get(k + 1).isCapitalised()) {
          last = k + 1; // "Chou En-lai", "Ban Ki-moon": the syllable after the hyphen
          k += 2;
          continue;
        }
        k++; // "Sassou-Nguesso", "Van der Bellen", "Тамим бен Хамад"
      } else {
        break;
      }
    }
    return last;
  }

  /**
   * Whether a capitalised token can be a word of a person's name: not a word that is never a name;
   * in Russian, not a word the dictionary knows only as another word ("Москвы", "Правительства",
   * "Руководитель", "Федеральной") unless someone of the authority has it as a surname ("Трампом"),
   * and, first in a name, not shaped like an adjective when the dictionary does not know it.
   */
  private boolean isNameWord(Scan s, int k, boolean first) {
    if (isNotName(s, k)) {
      return false;
    }
    if (!"ru".equals(s.lang())) {
      return true;
    }
    String word = s.tokens().get(k).text();
    List<Reading> readings = lemmatizer.readings(word);
    boolean tagged = false;
    for (Reading r : readings) {
      if (r.isGivenName() || r.isSurname() || r.isPatronymic()) {
        return true;
      }
      tagged |= r.isTagged();
    }
    if (tagged) {
      for (String key : keys(s, k)) {
        if (resolver.isSurname(key)) {
          return true;
        }
      }
      return false;
    }
    return !(first && endsLikeRussianAdjective(word));
  }

  /** The first key of a token: its own, or for Russian that of its likeliest nominative. */
  private String firstKey(Scan s, int k) {
    String word = s.tokens().get(k).text();
    if ("ru".equals(s.lang())) {
      return NameKey.word(nominatives(s, k).getFirst());
    }
    return NameKey.word(word);
  }

  private boolean isNotName(Scan s, int k) {
    Token token = s.tokens().get(k);
    Set<String> lemmas = "ru".equals(s.lang()) ? lemmas(s, k) : Set.of();
    return context.isNotName(token.text(), lemmas, s.lang());
  }

  private Set<String> lemmas(Scan s, int k) {
    Set<String> cached = s.lemmas().get(k);
    if (cached == null) {
      cached = lemmatizer.lemmas(s.tokens().get(k).text());
      s.lemmas().set(k, cached);
    }
    return cached;
  }

  /** Whether the name is part of the name of a thing: "Truman Doctrine", "премии Нобеля". */
  private boolean isThingName(Scan s, Candidate c) {
    List<Token> tokens = s.tokens();
    if ("en".equals(s.lang())) {
      int after = c.last() + 1;
      if (after < tokens.size() && tokens.get(after).text().equals("’")
          || after < tokens.size() && tokens.get(after).text().equals("'")) {
        return false; // "Putin's plan" names Putin
      }
      return after < tokens.size()
          && tokens.get(after).isWord()
          && context.isEponymNoun(tokens.get(after).text(), Set.of(), "en");
    }
    int before = c.first() - 1;
    return before >= 0
        && tokens.get(before).isWord()
        && context.isEponymNoun(tokens.get(before).text(), lemmas(s, before), "ru");
  }

  /**
   * Whether the name is a speaker's label introducing a turn: followed on its line by a colon and a
   * space, perhaps after a parenthesis ("(как переведено):") or the capitalised words a site puts
   * after a name in its labels ("С.Шойгу Шойгу Сергей Кужугетович Секретарь Совета Безопасности :")
   * ("В.Путин: Добрый день", "moderator Fyodor Lukyanov: Friends"). A label says who speaks; it
   * does not mention them.
   */
  private static boolean isTurnLabel(String text, List<Token> tokens, Candidate c) {
    int k = tokens.get(c.last()).end();
    int words = 0;
    while (k < text.length() && words <= 8) {
      char ch = text.charAt(k);
      if (ch == '\n' || ch == '\r') {
        return false;
      }
      if (isSpace(ch) || ch == '.') {
        k++;
      } else if (ch == '(') {
        int close = text.indexOf(')', k);
        if (close < 0 || close - k > 40) {
          return false;
        }
        k = close + 1;
      } else if (Character.isUpperCase(ch)) {
        while (k < text.length() && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '-')) {
          k++;
        }
        words++;
      } else {
        return ch == ':' && (k + 1 == text.length() || isSpace(text.charAt(k + 1)));
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Links surnames to the full names the text gives: a surname alone (a Russian first name and
   * patronymic, the words of a full name in another order) that the authority cannot decide takes
   * the id of the one person named in full with it; other lone occurrences of such a surname,
   * spelled the same (a Russian one in any case), become mentions of that person.
   */
  private List<Mention> coreference(Scan s, List<Mention> mentions, List<Resolution> resolutions) {
    Map<String, Set<String>> bySurname = new HashMap<>();
    Map<String, Set<String>> byGivenAndPatronymic = new HashMap<>();
    Map<Set<String>, Set<String>> byWords = new HashMap<>();
    for (int m = 0; m < mentions.size(); m++) {
      Resolution r = resolutions.get(m);
      String id = mentions.get(m).entityId();
      List<String> words = words(r.name());
      if (words.size() < 2) {
        continue;
      }
      Set<String> forms = new HashSet<>(resolver.surnameForms(id));
      forms.add(words.getLast());
      for (String form : forms) {
        bySurname.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(id);
      }
      if (words.size() == 3 && isPatronymic(words.get(1))) {
        byGivenAndPatronymic
            .computeIfAbsent(words.get(0) + " " + words.get(1), k -> new LinkedHashSet<>())
            .add(id);
      }
      byWords.computeIfAbsent(new java.util.TreeSet<>(words), k -> new LinkedHashSet<>()).add(id);
    }
    if (bySurname.isEmpty()) {
      return mentions;
    }
    List<Mention> linked = new ArrayList<>(mentions.size());
    boolean[] covered = new boolean[s.tokens().size()];
    for (int m = 0; m < mentions.size(); m++) {
      Mention mention = mentions.get(m);
      Resolution r = resolutions.get(m);
      List<String> words = words(r.name());
      Set<String> ids = null;
      if (words.size() == 1) {
        ids = bySurname.get(words.getFirst());
      } else if (words.size() == 2 && isPatronymic(words.get(1))) {
        ids = byGivenAndPatronymic.get(words.get(0) + " " + words.get(1));
      } else {
        ids = byWords.get(new java.util.TreeSet<>(words)); // "Перович Душко" after "Душко Перович"
      }
      // a surname the authority decided on its own gives way to the one person of that surname
      // the text names in full ("Michelle Obama ... Obama")
      boolean undecided =
          r.how() == Resolution.Match.NEW
              || r.how() == Resolution.Match.AMBIGUOUS
              || r.how() == Resolution.Match.SURNAME && words.size() == 1;
      if (undecided && ids != null && ids.size() == 1) {
        mention =
            new Mention(
                ids.iterator().next(),
                mention.kind(),
                mention.surface(),
                mention.start(),
                mention.end(),
                false);
      }
      linked.add(mention);
      for (int t = firstTokenAt(s.tokens(), mention.start());
          t < s.tokens().size() && s.tokens().get(t).end() <= mention.end();
          t++) {
        covered[t] = true;
      }
    }
    for (int t = 0; t < s.tokens().size(); t++) {
      Token tok = s.tokens().get(t);
      if (covered[t]
          || !tok.isWord()
          || !tok.isCapitalised()
          || tok.isAllCaps()
          || tok.text().length() < 3
          || s.nameAt()[t] != null
          || s.titleAt()[t] != null
          || isNotName(s, t)) {
        continue;
      }
      Set<String> ids = idsBySpelling(s, t, bySurname);
      if (ids != null && ids.size() == 1) {
        Candidate c = new Candidate(t, t, null, null, null);
        if (!isThingName(s, c)
            && !isTurnLabel(s.text(), s.tokens(), c)
            && !followsCapitalisedWord(s, t)
            && !precedesName(s, t)) {
          linked.add(
              new Mention(
                  ids.iterator().next(),
                  EntityKind.PERSON,
                  tok.text(),
                  tok.start(),
                  tok.end(),
                  false));
        }
      }
    }
    linked.sort(java.util.Comparator.comparingInt(Mention::start));
    return linked;
  }

  /** The index of the first token starting at or after {@code offset} (tokens are in order). */
  private static int firstTokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The ids of the surname a token spells (a Russian one in any case), or null. */
  private Set<String> idsBySpelling(Scan s, int t, Map<String, Set<String>> bySurname) {
    String word = s.tokens().get(t).text();
    Set<String> ids = bySurname.get(NameKey.strict(word));
    if (ids == null && "ru".equals(s.lang())) {
      for (String nominative : nominatives(s, t)) {
        ids = bySurname.get(NameKey.strict(nominative));
        if (ids != null) {
          break;
        }
      }
    }
    return ids;
  }

  /** The words of a normalised name as spelled ({@link NameKey#strict}), hyphens joining none. */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.split("[\\s.]+")) {
      String k = NameKey.strict(w);
      if (!k.isEmpty()) {
        words.add(k);
      }
    }
    return words;
  }

  /** A Russian patronymic, spelled as by {@link NameKey#strict}. */
  private static boolean isPatronymic(String word) {
    return word.endsWith("вич")
        || word.endsWith("вна")
        || word.endsWith("ична")
        || word.equals("ильич");
  }

  /** Whether every lemma the dictionary gives for {@code word} is a verb infinitive. */
  private boolean isRussianVerb(String word) {
    Set<String> lemmas = lemmatizer.lemmas(word);
    return !lemmas.isEmpty()
        && lemmas.stream()
            .allMatch(l -> l.endsWith("ть") || l.endsWith("ться") || l.endsWith("ти"));
  }

  private static boolean endsLikeRussianAdjective(String word) {
    String key = RussianInflection.key(word);
    return RUSSIAN_ADJECTIVE_ENDINGS.stream().anyMatch(key::endsWith);
  }

  private static boolean adjacent(Token before, Token dash, Token after) {
    return before.end() == dash.start() && dash.end() == after.start();
  }

  private static boolean gapHasBreak(String text, int from, int to) {
    return text.substring(from, to).indexOf('\n') >= 0;
  }
}
