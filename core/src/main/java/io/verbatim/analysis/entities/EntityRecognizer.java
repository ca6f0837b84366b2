package io.verbatim.analysis.entities;

import io.verbatim.analysis.morphology.Lemmatizer;
import io.verbatim.model.EntityKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions of countries, territories, organisations and titled people in English and Russian
 * text.
 *
 * <p>Contract: {@link #recognise} returns the mentions sorted by start offset, never overlapping;
 * each {@link Mention#surface()} is exactly the text between its offsets. Names match whole tokens
 * only (never inside a word), longest first ({@code Republic of Korea} beats {@code Korea}; {@code
 * Российская Федерация} beats the adjective {@code российский}). English matching is case-sensitive
 * ({@code US} is the country, {@code us} is not); Russian matching accepts every grammatical case.
 * A phrase the gazetteer marks as not an entity ({@code Latin America}) hides the names inside it.
 * A form listed with a condition ({@code Security Council}: the UN's only when the text names the
 * UN) is kept only when the condition holds for the text's other mentions. People are found after a
 * title ({@code President}, {@code Министр иностранных дел}), optionally followed by a country or
 * organisation, then a capitalised name or initials; their id is {@code person:} plus the
 * lower-case name (Russian names put back in the nominative by the case of their title).
 *
 * <p>Thread-safe; one instance serves any number of texts.
 */
public final class EntityRecognizer {
  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "The",
          "A",
          "An",
          "And",
          "Of",
          "In",
          "On",
          "At",
          "For",
          "To",
          "It",
          "This",
          "That",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday");
  private static final int MAX_NAME_WORDS = 5;
  private static final Pattern URL =
      Pattern.compile(
          "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w.-]+\\.(?:ru|com|org|net|vn|int)/\\S*");

  private final Gazetteer gazetteer;
  private final Lemmatizer lemmatizer;
  private final Map<String, NameIndex> names;
  private final Map<String, NameIndex> titles;

  /**
   * @param gazetteer the names to find
   * @param lemmatizer Russian lemmas; a lemmatizer that knows no words still matches the regular
   *     inflections of the gazetteer's names
   */
  public EntityRecognizer(Gazetteer gazetteer, Lemmatizer lemmatizer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "a gazetteer");
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "a lemmatizer");
    this.names = Map.of("en", nameIndex("en"), "ru", nameIndex("ru"));
    this.titles = Map.of("en", titleIndex("en"), "ru", titleIndex("ru"));
  }

  private static final class Standard {
    static final EntityRecognizer INSTANCE =
        new EntityRecognizer(
            Gazetteer.standard(), io.verbatim.analysis.morphology.RussianLemmatizer.instance());
  }

  /**
   * The recogniser over the built-in gazetteer and the Russian dictionary lemmatizer, loaded once
   * on first use; thread-safe.
   */
  public static EntityRecognizer standard() {
    return Standard.INSTANCE;
  }

  /**
   * The entity counts of {@code text}: its mentions grouped by entity, or none when unsupported.
   */
  public List<io.verbatim.model.EntityCount> count(String text, String language) {
    return supports(language) ? Mention.countByEntity(recognise(text, language)) : List.of();
  }

  /** The languages this recogniser reads ({@code en}, {@code ru}). */
  public static Set<String> languages() {
    return Set.of("en", "ru");
  }

  /** Whether {@code language} (a BCP 47 tag such as {@code ru} or {@code en-GB}) is supported. */
  public static boolean supports(String language) {
    return language != null && languages().contains(primary(language));
  }

  /**
   * The mentions in {@code text}, sorted by start offset.
   *
   * @param language a BCP 47 tag whose primary language is {@code en} or {@code ru}
   * @throws IllegalArgumentException for another language
   */
  public List<Mention> recognise(String text, String language) {
    Objects.requireNonNull(text, "the text to read");
    Objects.requireNonNull(language, "the text's language");
    String lang = primary(language);
    NameIndex index = names.get(lang);
    if (index == null) {
      throw new IllegalArgumentException(
          "No entity names for language '" + language + "'; supported: " + languages());
    }
    List<Token> tokens = Tokenizer.tokens(text);
    List<Set<String>> lemmas = Arrays.asList(new Set[tokens.size()]);
    NameIndex titleIndex = titles.get(lang);

    List<NameIndex.Match> matches = new ArrayList<>();
    // What each token starts, for the person pass: a name match, or null.
    NameIndex.Match[] nameAt = new NameIndex.Match[tokens.size()];
    List<int[]> urls = urls(text);
    int i = 0;
    while (i < tokens.size()) {
      NameIndex.Match match = index.longestAt(text, tokens, i, lemmas);
      if (match == null) {
        i++;
        continue;
      }
      if (insideUrl(text, tokens.get(i).start(), urls)) {
        i = match.last() + 1;
        continue;
      }
      nameAt[i] = match;
      if (!match.target().form().blocks()) {
        matches.add(match);
      }
      i = match.last() + 1;
    }
    List<Mention> kept = resolve(text, tokens, matches);
    kept.addAll(people(text, tokens, lang, titleIndex, nameAt, lemmas));
    kept.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return List.copyOf(kept);
  }

  /**
   * Turns matches into mentions: an unconditional match names its entity; a conditional one (e.g. a
   * bare "Security Council") names the first of its entities whose condition holds, judged on the
   * text's unconditional mentions, or nothing.
   */
  private static List<Mention> resolve(
      String text, List<Token> tokens, List<NameIndex.Match> matches) {
    Set<String> named = new HashSet<>();
    for (NameIndex.Match match : matches) {
      if (!match.target().form().isConditional()) {
        named.add(match.target().form().entityId());
      }
    }
    List<Mention> mentions = new ArrayList<>(matches.size());
    for (NameIndex.Match match : matches) {
      for (NameIndex.Target target : match.targets()) {
        NameForm form = target.form();
        boolean anyOk =
            form.requiresAnyOf().isEmpty()
                || form.requiresAnyOf().stream().anyMatch(named::contains);
        boolean noneOk = form.requiresNoneOf().stream().noneMatch(named::contains);
        if (anyOk && noneOk) {
          mentions.add(mention(text, tokens, match, target));
          break;
        }
      }
    }
    return mentions;
  }

  /** The spans of web addresses, whose words are not mentions ("asean2010.vn/ASEAN-Summit"). */
  private static List<int[]> urls(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = URL.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  private static boolean insideUrl(String text, int offset, List<int[]> urls) {
    for (int[] span : urls) {
      if (offset >= span[0] && offset < span[1]) {
        return true;
      }
    }
    return false;
  }

  private static Mention mention(
      String text, List<Token> tokens, NameIndex.Match match, NameIndex.Target target) {
    int start = tokens.get(match.first()).start();
    int end = tokens.get(match.last()).end();
    return new Mention(
        target.form().entityId(),
        target.kind(),
        text.substring(start, end),
        start,
        end,
        target.adjectival());
  }

  private List<Mention> people(
      String text,
      List<Token> tokens,
      String lang,
      NameIndex titleIndex,
      NameIndex.Match[] nameAt,
      List<Set<String>> lemmas) {
    List<Mention> people = new ArrayList<>();
    NameIndex.Match[] titleAt = new NameIndex.Match[tokens.size()];
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.get(t).isWord()) {
        titleAt[t] = titleIndex.longestAt(text, tokens, t, lemmas);
      }
    }
    int i = 0;
    while (i < tokens.size()) {
      NameIndex.Match title = titleAt[i];
      if (title == null) {
        i++;
        continue;
      }
      int next = title.last() + 1;
      next = skipAffiliation(tokens, next, lang, nameAt);
      RussianNames.Case titleCase = caseOf(title, tokens);
      int last = nameEnd(text, tokens, next, nameAt, titleAt, lang, titleCase);
      if (last < next) {
        i = title.last() + 1;
        continue;
      }
      int start = tokens.get(next).start();
      int end = tokens.get(last).end();
      people.add(
          new Mention(
              "person:" + normalisedName(tokens, next, last, lang, titleCase),
              EntityKind.PERSON,
              text.substring(start, end),
              start,
              end,
              false));
      i = last + 1;
    }
    return people;
  }

  /** The grammatical case of a Russian title as written (its first word), UNKNOWN for English. */
  private static RussianNames.Case caseOf(NameIndex.Match title, List<Token> tokens) {
    String nominative = Tokenizer.tokens(title.target().form().form()).getFirst().text();
    return RussianNames.caseOf(nominative, tokens.get(title.first()).text());
  }

  /** Skips "of (the) Russia", "России", "of the United Nations" after a title. */
  private static int skipAffiliation(
      List<Token> tokens, int at, String lang, NameIndex.Match[] nameAt) {
    int k = at;
    if ("en".equals(lang) && k < tokens.size() && tokens.get(k).text().equals("of")) {
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
      k = nameAt[k].last() + 1; // "Президент Республики Конго", "Secretary-General of the UN"
    }
    return k;
  }

  /** The last token of the name starting at {@code at}, or {@code at - 1} when there is none. */
  private int nameEnd(
      String text,
      List<Token> tokens,
      int at,
      NameIndex.Match[] nameAt,
      NameIndex.Match[] titleAt,
      String lang,
      RussianNames.Case titleCase) {
    int k = at;
    int last = at - 1;
    int words = 0;
    Set<String> seen = new HashSet<>();
    while (k < tokens.size() && words < MAX_NAME_WORDS) {
      Token token = tokens.get(k);
      if (k > at && gapHasBreak(text, tokens.get(k - 1).end(), token.start())) {
        break;
      }
      if (token.isWord()
          && token.isCapitalised()
          && !token.isAllCaps()
          && nameAt[k] == null
          && titleAt[k] == null) {
        if (k == at
            && (NOT_NAMES.contains(token.text())
                || "ru".equals(lang) && endsLikeRussianAdjective(token.text()))) {
          break; // "Генеральным секретарём Центрального комитета": not a name
        }
        if ("ru".equals(lang) && isRussianVerb(token.text())) {
          break; // "... Токаевым Состоялся телефонный разговор": the name has ended
        }
        boolean initial = token.text().length() == 1;
        if (initial) {
          // "В.В.Путин", "George W. Bush": an initial needs its dot
          if (k + 1 < tokens.size() && tokens.get(k + 1).text().equals(".")) {
            k += 2;
            continue;
          }
          break;
        }
        // "Dmitry Medvedev Medvedev Dmitry": a page's index of persons follows the name
        String normalised =
            "ru".equals(lang) ? RussianNames.nominative(token.text(), titleCase) : token.text();
        if (!seen.add(normalised)) {
          break;
        }
        last = k;
        words++;
        k++;
      } else if (last >= at
          && k + 1 < tokens.size()
          && (token.text().equals("-") && adjacent(tokens.get(k - 1), token, tokens.get(k + 1))
              || "en".equals(lang) && NAME_PARTICLES.contains(token.text()))
          && tokens.get(k + 1).isCapitalised()) {
        k++; // "Sassou-Nguesso", "Van der Bellen"
      } else {
        break;
      }
    }
    return last;
  }

  private static final List<String> RUSSIAN_ADJECTIVE_ENDINGS =
      List.of("ого", "его", "ому", "ему", "ской", "ских", "ская", "ское", "ские", "ной", "ных");

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

  /**
   * The name as one lower-case string: tokens joined by a space where the text had space. Russian
   * words are put in the nominative by the case of the title (or, when that is unknown, replaced by
   * their lemma if the lemmatizer knows exactly one), {@code ё} is written {@code е}, and initials
   * are written without spaces ("в.в.путин").
   */
  private String normalisedName(
      List<Token> tokens, int first, int last, String lang, RussianNames.Case titleCase) {
    StringBuilder name = new StringBuilder();
    for (int k = first; k <= last; k++) {
      Token token = tokens.get(k);
      String word = token.text();
      if ("ru".equals(lang) && token.isWord() && word.length() > 1) {
        boolean hyphenatedFirstPart =
            k < last && tokens.get(k + 1).text().equals("-"); // Касым-Жомартом
        if (titleCase == RussianNames.Case.UNKNOWN) {
          // no case to agree with: trust the dictionary when it knows exactly one lemma
          Set<String> known = lemmatizer.lemmas(word);
          word = known.size() == 1 ? known.iterator().next() : word;
        } else if (!hyphenatedFirstPart) {
          // the title's case decides; the dictionary would turn foreign names into Russian ones
          // (Тани is not Таня)
          word = RussianNames.nominative(word, titleCase);
        }
      }
      if (k > first && tokens.get(k - 1).end() < token.start()) {
        name.append(' ');
      }
      name.append(word.toLowerCase(Locale.ROOT));
    }
    String joined = name.toString();
    return "ru".equals(lang) ? RussianInflection.key(joined.replace(". ", ".")) : joined;
  }

  private NameIndex nameIndex(String lang) {
    NameIndex index = new NameIndex(lang, lemmatizer);
    for (NameForm form : gazetteer.forms()) {
      if (!form.language().equals(lang)) {
        continue;
      }
      EntityKind kind =
          form.blocks() ? null : gazetteer.entity(form.entityId()).map(Entity::kind).orElseThrow();
      boolean adjectival = form.role() == NameForm.Role.ADJECTIVE;
      index.add(
          form.form(),
          new NameIndex.Target(form, kind, adjectival),
          adjectival,
          form.role() == NameForm.Role.EXACT);
    }
    return index;
  }

  private NameIndex titleIndex(String lang) {
    NameIndex index = new NameIndex(lang, lemmatizer);
    for (String title : gazetteer.titles(lang)) {
      NameForm form = NameForm.of(NameForm.NOT_AN_ENTITY, lang, title, NameForm.Role.NAME);
      index.add(title, new NameIndex.Target(form, EntityKind.PERSON, false), false, false);
      if ("ru".equals(lang)) {
        // Russian titles are capitalised only at the start of a sentence or in headings.
        String lower = title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
        index.add(lower, new NameIndex.Target(form, EntityKind.PERSON, false), false, false);
      } else if (!title.equals(title.toLowerCase(Locale.ROOT))) {
        index.add(
            title.toLowerCase(Locale.ROOT),
            new NameIndex.Target(form, EntityKind.PERSON, false),
            false,
            false);
      }
    }
    return index;
  }

  private static String primary(String language) {
    int dash = language.indexOf('-');
    return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
  }
}
