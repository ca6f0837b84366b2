package io.verbatim.analysis.entities;

import io.verbatim.analysis.morphology.Lemmatizer;
import io.verbatim.analysis.people.Period;
import io.verbatim.analysis.people.PersonAuthority;
import io.verbatim.analysis.people.PersonResolver;
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
 * UN) is kept only when the condition holds for the text's other mentions. People are names of
 * people, found and resolved by {@link PersonMentions}: after a title or a form of address, a name
 * the person authority knows, a first name and surname, initials and surname; their id is the
 * authority's ({@code person:sergey-lavrov}), or one derived from the normalised name ({@code
 * person:viktor-khristenko}, Russian names put in the nominative).
 *
 * <p>Thread-safe; one instance serves any number of texts.
 */
public final class EntityRecognizer {
  private static final Pattern URL =
      Pattern.compile(
          "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w.-]+\\.(?:ru|com|org|net|vn|int)/\\S*");

  private final Gazetteer gazetteer;
  private final Lemmatizer lemmatizer;
  private final Map<String, NameIndex> names;
  private final Map<String, NameIndex> titles;
  private final PersonMentions people;

  /**
   * A recogniser whose people are resolved against the curated person authority.
   *
   * @param gazetteer the names to find
   * @param lemmatizer Russian lemmas; a lemmatizer that knows no words still matches the regular
   *     inflections of the gazetteer's names
   */
  public EntityRecognizer(Gazetteer gazetteer, Lemmatizer lemmatizer) {
    this(gazetteer, lemmatizer, new PersonResolver(PersonAuthority.standard(), lemmatizer));
  }

  /**
   * @param gazetteer the names to find
   * @param lemmatizer Russian lemmas
   * @param people who is who: person mentions get this resolver's ids
   */
  public EntityRecognizer(Gazetteer gazetteer, Lemmatizer lemmatizer, PersonResolver people) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "a gazetteer");
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "a lemmatizer");
    this.names = Map.of("en", nameIndex("en"), "ru", nameIndex("ru"));
    this.titles = Map.of("en", titleIndex("en"), "ru", titleIndex("ru"));
    this.people =
        new PersonMentions(Objects.requireNonNull(people, "a person resolver"), lemmatizer);
  }

  private static final class Standard {
    static final EntityRecognizer INSTANCE =
        new EntityRecognizer(
            Gazetteer.standard(),
            io.verbatim.analysis.morphology.RussianLemmatizer.instance(),
            PersonResolver.standard());
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
    return count(text, language, (Period) null);
  }

  /**
   * The entity counts of {@code text} written {@code when} (evidence for who a name is: Bush in
   * 1990 and in 2003; null when undated), or none when the language is unsupported.
   */
  public List<io.verbatim.model.EntityCount> count(String text, String language, Period when) {
    return supports(language) ? Mention.countByEntity(recognise(text, language, when)) : List.of();
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
    return recognise(text, language, (Period) null);
  }

  /**
   * The mentions in {@code text} written {@code when} (null when undated), sorted by start offset.
   *
   * @param language a BCP 47 tag whose primary language is {@code en} or {@code ru}
   * @throws IllegalArgumentException for another language
   */
  public List<Mention> recognise(String text, String language, Period when) {
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
    NameIndex.Match[] titleAt = new NameIndex.Match[tokens.size()];
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.get(t).isWord()) {
        titleAt[t] = titleIndex.longestAt(text, tokens, t, lemmas);
      }
    }
    kept.addAll(people.find(text, tokens, lang, nameAt, titleAt, lemmas, when));
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
