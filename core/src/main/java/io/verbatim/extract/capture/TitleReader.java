package io.verbatim.extract.capture;

import io.verbatim.extract.DateReader;
import io.verbatim.model.Genre;
import io.verbatim.model.Speaker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads genre, speaker and role, event, place and event date from statement titles as ministry
 * sites write them, in English and Russian.
 *
 * <p>Shapes understood:
 *
 * <ul>
 *   <li>a trailing {@code , Place, Date} ({@code ..., Beijing, April 28, 2016}, {@code ..., Пекин,
 *       28 апреля 2016 года}): the date becomes {@code eventDate}, the short capitalised segment
 *       before it {@code place};
 *   <li>possessive English titles: {@code Foreign Minister Sergey Lavrov’s speech at a meeting of
 *       ...} (straight or curly apostrophe), with cues such as speech, remarks, opening remarks,
 *       remarks and answers to media questions, interview, article, statement, message, greetings;
 *   <li>English titles that start with the cue: {@code Briefing by ...}, {@code Comment by the
 *       Information and Press Department on ...}, {@code Answer by ... to a media question}, {@code
 *       Press release on ...}, {@code Message of greetings from ...}, {@code Joint statement ...};
 *   <li>Russian titles that start with the cue: {@code Выступление}, {@code Брифинг}, {@code
 *       Комментарий}, {@code Интервью}, {@code Ответ}, {@code Заявление}, {@code Пресс-релиз},
 *       {@code Статья}, {@code Приветствие}, {@code Послание}, {@code Вступительное слово}, {@code
 *       Выступление и ответы на вопросы СМИ}, followed by the speaker in the genitive.
 * </ul>
 *
 * <p>The event is the phrase after {@code at}/{@code during} (Russian {@code на}/{@code в ходе}),
 * without a leading article; Russian events are kept in the case the title uses. The English
 * speaker phrase is split into role and name: the name is the last two capitalised words that are
 * not office words (three with an initial), so {@code Foreign Ministry Spokesperson Maria
 * Zakharova} gives role {@code Foreign Ministry Spokesperson} and name {@code Maria Zakharova}; a
 * phrase of office words only ({@code the Information and Press Department}) is a role without a
 * name.
 *
 * <p>Russian titles name the speaker in the genitive. The name is put in the nominative only where
 * the rule is unambiguous for surnames in that position: {@code -ова/-ева/-ина/-ына} drop the
 * {@code -а} ({@code С.В.Лаврова} to {@code С.В.Лавров}), {@code -овой/-евой/-иной/-ыной} end in
 * {@code -а} ({@code М.В.Захаровой} to {@code М.В.Захарова}), {@code -ского/-цкого} end in {@code
 * -ский/-цкий}, {@code -ской/-цкой} in {@code -ская/-цкая}; other surnames stay as written. The
 * role's head noun and the adjectives before it go to the nominative the same way ({@code Министра
 * иностранных дел России} to {@code Министр иностранных дел России}, {@code официального
 * представителя МИД России} to {@code официальный представитель МИД России}).
 *
 * <p>A title without a known cue gives no genre: nothing is guessed. Stateless and thread-safe.
 */
public final class TitleReader {

  private static final String APOSTROPHE = "['’ʼ`]";

  private static final Map<String, Genre> ENGLISH_POSSESSIVE_CUES =
      cues(
          "opening remarks and answers to media questions", Genre.REMARKS,
          "remarks and answers to media questions", Genre.REMARKS,
          "speech and answers to media questions", Genre.REMARKS,
          "opening remarks", Genre.REMARKS,
          "introductory remarks", Genre.REMARKS,
          "closing remarks", Genre.REMARKS,
          "concluding remarks", Genre.REMARKS,
          "remarks", Genre.REMARKS,
          "opening speech", Genre.SPEECH,
          "speech", Genre.SPEECH,
          "address", Genre.SPEECH,
          "interview", Genre.INTERVIEW,
          "article", Genre.ARTICLE,
          "joint statement", Genre.STATEMENT,
          "statement", Genre.STATEMENT,
          "comment", Genre.COMMENT,
          "answer to a media question", Genre.ANSWER,
          "answers to media questions", Genre.ANSWER,
          "answers to questions from the media", Genre.ANSWER,
          "answers to questions", Genre.ANSWER,
          "message of greetings", Genre.GREETINGS,
          "greetings", Genre.GREETINGS,
          "greeting", Genre.GREETINGS,
          "message", Genre.MESSAGE,
          "briefing", Genre.BRIEFING,
          "news conference", Genre.REMARKS,
          "press conference", Genre.REMARKS);

  private static final Map<String, Genre> ENGLISH_LEADING_CUES =
      cues(
          "joint statement", Genre.STATEMENT,
          "joint news conference", Genre.REMARKS,
          "joint press conference", Genre.REMARKS,
          "news conference", Genre.REMARKS,
          "press conference", Genre.REMARKS,
          "press release", Genre.PRESS_RELEASE,
          "message of greetings", Genre.GREETINGS,
          "greetings", Genre.GREETINGS,
          "message", Genre.MESSAGE,
          "statement", Genre.STATEMENT,
          "comment", Genre.COMMENT,
          "briefing", Genre.BRIEFING,
          "answer", Genre.ANSWER,
          "answers", Genre.ANSWER,
          "article", Genre.ARTICLE,
          "interview", Genre.INTERVIEW,
          "opening remarks", Genre.REMARKS,
          "remarks", Genre.REMARKS,
          "speech", Genre.SPEECH,
          "address", Genre.SPEECH);

  private static final Map<String, Genre> RUSSIAN_CUES =
      cues(
          "выступление и ответы на вопросы сми", Genre.REMARKS,
          "вступительное слово и ответы на вопросы сми", Genre.REMARKS,
          "вступительное слово", Genre.REMARKS,
          "заключительное слово", Genre.REMARKS,
          "ответы на вопросы сми", Genre.ANSWER,
          "ответ на вопрос сми", Genre.ANSWER,
          "ответы", Genre.ANSWER,
          "ответ", Genre.ANSWER,
          "выступление", Genre.SPEECH,
          "обращение", Genre.SPEECH,
          "брифинг", Genre.BRIEFING,
          "комментарий", Genre.COMMENT,
          "интервью", Genre.INTERVIEW,
          "совместное заявление", Genre.STATEMENT,
          "заявление", Genre.STATEMENT,
          "пресс-релиз", Genre.PRESS_RELEASE,
          "статья", Genre.ARTICLE,
          "приветственное послание", Genre.GREETINGS,
          "приветствие", Genre.GREETINGS,
          "послание", Genre.MESSAGE,
          "совместная пресс-конференция", Genre.REMARKS,
          "пресс-конференция", Genre.REMARKS);

  private static final Pattern POSSESSIVE =
      Pattern.compile(
          "^(?<who>[^,'’ʼ`]{3,}?)"
              + APOSTROPHE
              + "s?\\s+(?<cue>"
              + alternation(ENGLISH_POSSESSIVE_CUES.keySet())
              + ")(?![\\p{L}])(?<rest>.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final String ENGLISH_SPEAKER_END =
      "(?:,|\\s+(?:on|at|during|regarding|concerning|about|in connection with|following|ahead of"
          + "|to a|to media|to the media|to the participants|to participants|to questions|for|in"
          + "|with regard to|published|given)\\s)";

  private static final Pattern LEADING =
      Pattern.compile(
          "^(?<cue>"
              + alternation(ENGLISH_LEADING_CUES.keySet())
              + ")(?![\\p{L}])\\s*(?:(?:by|from|of|with)\\s+(?<who>.+?))?(?<rest>"
              + ENGLISH_SPEAKER_END
              + ".*)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern ENGLISH_EVENT =
      Pattern.compile(
          "^\\s*(?:at|during)\\s+(?:the\\s+|a\\s+|an\\s+)?(?<event>.+)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern RUSSIAN_LEADING =
      Pattern.compile(
          "^(?<cue>" + alternation(RUSSIAN_CUES.keySet()) + ")(?![\\p{L}])\\s*(?<rest>.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Initials and surname, as in {@code С.В.Лаврова} or {@code М. В. Захаровой}. */
  private static final Pattern RUSSIAN_NAME =
      Pattern.compile(
          "(?<![\\p{L}])(?<initials>[А-ЯЁ]\\.\\s?(?:[А-ЯЁ]\\.\\s?)?)(?<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)");

  private static final Pattern RUSSIAN_ROLE_END =
      Pattern.compile(
          "(?:,|\\s(?:в связи с|в связи со|по|о|об|относительно|на|к|для|с|со|в|перед)\\s)");

  /** Where a speaker phrase that holds a name must have ended: the name stands before these. */
  private static final Pattern RUSSIAN_NAME_LIMIT =
      Pattern.compile("(?:,|\\s(?:в связи с|в связи со|по поводу|относительно|о|об|на)\\s)");

  private static final Pattern RUSSIAN_EVENT =
      Pattern.compile("^\\s*(?:,\\s*)?(?:на|в ходе)\\s+(?<event>.+)$");

  private static final Set<String> OFFICE_WORDS =
      Set.of(
          "minister",
          "ministers",
          "ministry",
          "foreign",
          "deputy",
          "first",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "president",
          "vice",
          "prime",
          "ambassador",
          "director",
          "department",
          "permanent",
          "representative",
          "secretary",
          "state",
          "head",
          "chairman",
          "chair",
          "special",
          "envoy",
          "presidential",
          "acting",
          "chief",
          "general",
          "information",
          "press",
          "russian",
          "federation",
          "affairs",
          "council",
          "security",
          "office",
          "embassy",
          "consul",
          "consul-general",
          "adviser",
          "advisor",
          "aide",
          "executive",
          "commissioner",
          "official",
          "senior",
          "assistant",
          "mission",
          "service",
          "secretariat",
          "spokesperson's",
          "director-general",
          "secretary-general",
          "undersecretary",
          "under-secretary",
          "russia",
          "russia's",
          "mfa");

  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "to", "in", "for", "at");

  private TitleReader() {}

  /** The facts {@code title} states; {@link TitleFacts#NONE} for a blank title. */
  public static TitleFacts read(String title) {
    if (title == null || title.isBlank()) {
      return TitleFacts.NONE;
    }
    String head = title.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    LocalDate eventDate = null;
    String place = null;
    Optional<DateReader.Found> found = DateReader.locate(head, DateReader.NumericOrder.DAY_FIRST);
    if (found.isPresent()
        && head.substring(found.get().end()).replaceAll("[\\s.,;)]", "").isEmpty()
        && found.get().start() > 0) {
      eventDate = found.get().published().day();
      head = head.substring(0, found.get().start()).replaceAll("[\\s,(–—-]+$", "");
      int comma = head.lastIndexOf(", ");
      if (comma > 0 && looksLikePlace(head.substring(comma + 2))) {
        place = head.substring(comma + 2).strip();
        head = head.substring(0, comma).strip();
      }
    }
    Parsed parsed = isCyrillic(head) ? readRussian(head) : readEnglish(head);
    return new TitleFacts(parsed.genre, parsed.speaker, parsed.event, place, eventDate);
  }

  private record Parsed(Genre genre, Speaker speaker, String event) {}

  // --- English -----------------------------------------------------------------------------------

  private static Parsed readEnglish(String head) {
    Matcher m = POSSESSIVE.matcher(head);
    if (m.matches() && looksLikeSpeaker(m.group("who"))) {
      Genre genre = ENGLISH_POSSESSIVE_CUES.get(m.group("cue").toLowerCase(Locale.ROOT));
      return new Parsed(genre, englishSpeaker(m.group("who")), englishEvent(m.group("rest")));
    }
    m = LEADING.matcher(head);
    if (m.matches()) {
      Genre genre = ENGLISH_LEADING_CUES.get(m.group("cue").toLowerCase(Locale.ROOT));
      boolean joint = m.group("cue").toLowerCase(Locale.ROOT).startsWith("joint");
      Speaker speaker =
          m.group("who") == null || joint ? null : englishSpeakerBeforeTo(m.group("who"));
      return new Parsed(genre, speaker, englishEvent(m.group("rest")));
    }
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.contains("news conference") || lower.contains("press conference")) {
      return new Parsed(Genre.REMARKS, null, null);
    }
    if (lower.matches(".*(?<![\\p{L}])interview(?![\\p{L}]).*")) {
      return new Parsed(Genre.INTERVIEW, null, null);
    }
    return new Parsed(null, null, null);
  }

  private static String englishEvent(String rest) {
    if (rest == null) {
      return null;
    }
    Matcher m = ENGLISH_EVENT.matcher(rest);
    return m.matches() ? m.group("event").strip() : null;
  }

  private static boolean looksLikeSpeaker(String who) {
    String w = who.strip();
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && w.split(" ").length <= 16;
  }

  /**
   * The speaker of a phrase such as {@code Foreign Minister Anna Berg to the Secretary-General}:
   * {@code to} ends the speaker once a name has been read, but not inside a role such as {@code
   * Ambassador to the United Kingdom}.
   */
  private static Speaker englishSpeakerBeforeTo(String phrase) {
    int to = phrase.indexOf(" to ");
    while (to > 0) {
      Speaker left = englishSpeaker(phrase.substring(0, to));
      if (left != null && left.name() != null) {
        return left;
      }
      to = phrase.indexOf(" to ", to + 1);
    }
    return englishSpeaker(phrase);
  }

  /** Splits an English speaker phrase into role and name (see the class comment). */
  static Speaker englishSpeaker(String phrase) {
    String p = phrase.strip().replaceFirst("(?i)^the\\s+", "");
    String[] tokens = p.split(" ");
    int nameStart = tokens.length;
    int initials = 0;
    while (nameStart > 0) {
      String t = tokens[nameStart - 1];
      boolean initial = t.matches("\\p{Lu}\\.(\\p{Lu}\\.)*");
      if (!(initial || isNameWord(t))) {
        break;
      }
      if (initial) {
        initials++;
      }
      if (tokens.length - nameStart - initials >= 2) {
        break;
      }
      nameStart--;
    }
    int nameWords = tokens.length - nameStart;
    if (nameWords > 0) {
      String before = nameStart > 0 ? tokens[nameStart - 1] : null;
      boolean afterConnector =
          before != null && CONNECTORS.contains(before.toLowerCase(Locale.ROOT));
      boolean singleAfterLowercase =
          nameWords - initials < 2
              && before != null
              && !Character.isUpperCase(before.codePointAt(0));
      if (afterConnector || singleAfterLowercase || nameWords == initials) {
        nameStart = tokens.length;
      }
    }
    String name = String.join(" ", Arrays.copyOfRange(tokens, nameStart, tokens.length));
    String role = String.join(" ", Arrays.copyOfRange(tokens, 0, nameStart));
    return Speaker.ofNullable(name, role);
  }

  private static boolean isNameWord(String token) {
    if (token.length() < 2 || !Character.isUpperCase(token.codePointAt(0))) {
      return false;
    }
    if (token.equals(token.toUpperCase(Locale.ROOT))) {
      return false; // an acronym such as UN or MFA
    }
    return !OFFICE_WORDS.contains(token.toLowerCase(Locale.ROOT))
        && token.matches("[\\p{L}][\\p{L}'’.-]*");
  }

  // --- Russian -----------------------------------------------------------------------------------

  private static Parsed readRussian(String head) {
    Matcher m = RUSSIAN_LEADING.matcher(head);
    if (!m.matches()) {
      String lower = head.toLowerCase(Locale.ROOT);
      if (lower.contains("пресс-конференц")) {
        return new Parsed(Genre.REMARKS, null, null);
      }
      return new Parsed(null, null, null);
    }
    Genre genre = RUSSIAN_CUES.get(m.group("cue").toLowerCase(Locale.ROOT));
    String rest = m.group("rest");
    Speaker speaker = null;
    String after;
    Matcher name = RUSSIAN_NAME.matcher(rest);
    Matcher roleEnd = RUSSIAN_ROLE_END.matcher(rest);
    int roleEndAt = roleEnd.find() ? roleEnd.start() : rest.length();
    Matcher nameLimit = RUSSIAN_NAME_LIMIT.matcher(rest);
    int nameLimitAt = nameLimit.find() ? nameLimit.start() : rest.length();
    if (name.find() && name.start() <= nameLimitAt) {
      String role = rest.substring(0, name.start()).strip();
      speaker =
          Speaker.ofNullable(
              nominativeSurname(name.group("initials").replace(" ", ""), name.group("surname")),
              role.isEmpty() ? null : nominativeRole(role));
      after = rest.substring(name.end());
    } else {
      String role = rest.substring(0, roleEndAt).strip();
      if (!role.isEmpty() && Character.isUpperCase(role.codePointAt(0))) {
        speaker = Speaker.ofNullable(null, nominativeRole(role));
      }
      after = rest.substring(roleEndAt);
    }
    if ((genre == Genre.SPEECH || genre == Genre.REMARKS)
        && after.strip().toLowerCase(Locale.ROOT).startsWith("и ответы на вопросы")) {
      genre = Genre.REMARKS;
      after = after.strip().replaceFirst("^(?iu)и ответы на вопросы( сми)?", "");
    }
    String event = null;
    Matcher e = RUSSIAN_EVENT.matcher(after);
    if (e.matches() && (genre != Genre.ANSWER || !e.group("event").startsWith("вопрос"))) {
      event = e.group("event").strip();
    }
    return new Parsed(genre, speaker, event);
  }

  /** The nominative of a genitive surname where the rule is clear; else the surname as written. */
  static String nominativeSurname(String initials, String surname) {
    String s = surname;
    String[][] rules = {
      {"овой", "ова"},
      {"евой", "ева"},
      {"ёвой", "ёва"},
      {"иной", "ина"},
      {"ыной", "ына"},
      {"ской", "ская"},
      {"цкой", "цкая"},
      {"ского", "ский"},
      {"цкого", "цкий"},
      {"ова", "ов"},
      {"ева", "ев"},
      {"ёва", "ёв"},
      {"ина", "ин"},
      {"ына", "ын"}
    };
    for (String[] rule : rules) {
      if (s.endsWith(rule[0]) && s.length() > rule[0].length() + 1) {
        s = s.substring(0, s.length() - rule[0].length()) + rule[1];
        break;
      }
    }
    return initials + s;
  }

  /** The role with its head noun (and the adjectives before it) in the nominative. */
  static String nominativeRole(String role) {
    String[] words = role.split(" ");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.endsWith("ого") && lower.length() > 4) {
        words[i] = w.substring(0, w.length() - 3) + "ый";
        continue;
      }
      if (lower.endsWith("его") && lower.length() > 4) {
        words[i] = w.substring(0, w.length() - 3) + "ий";
        continue;
      }
      if (lower.equals("посла")) {
        words[i] = w.substring(0, 1) + "осол";
      } else if (lower.endsWith("я") && lower.length() > 3) {
        words[i] = w.substring(0, w.length() - 1) + "ь";
      } else if (lower.endsWith("ы") && lower.length() > 3) {
        words[i] = w.substring(0, w.length() - 1) + "а";
      } else if (lower.endsWith("а") && lower.length() > 3) {
        words[i] = w.substring(0, w.length() - 1);
      }
      break;
    }
    return String.join(" ", words);
  }

  // --- shared ------------------------------------------------------------------------------------

  private static boolean looksLikePlace(String segment) {
    String s = segment.strip();
    if (s.isEmpty() || s.length() > 40) {
      return false;
    }
    String[] words = s.split(" ");
    if (words.length > 4 || !Character.isUpperCase(words[0].codePointAt(0))) {
      return false;
    }
    for (String w : words) {
      boolean capitalised = Character.isUpperCase(w.codePointAt(0));
      boolean particle = w.matches("(?i)de|del|la|le|upon|on|am|an|der|sur");
      if (!capitalised && !particle) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCyrillic(String s) {
    int cyrillic = 0;
    int latin = 0;
    for (int i = 0; i < s.length(); i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(s.charAt(i));
      if (script == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
      } else if (script == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    return cyrillic > latin;
  }

  private static Map<String, Genre> cues(Object... pairs) {
    Map<String, Genre> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Genre) pairs[i + 1]);
    }
    return map;
  }

  private static String alternation(java.util.Collection<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> quoted = new ArrayList<>();
    for (String w : sorted) {
      quoted.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
    }
    return "(?:" + String.join("|", quoted) + ")";
  }
}
