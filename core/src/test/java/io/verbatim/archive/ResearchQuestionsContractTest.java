package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Json;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Research questions answered without Verbatim, for every backend: the archive must give exactly
 * the same numbers.
 *
 * <p>Two archives are built once per class through the ingest pipeline, each from one source of
 * {@code ../shared} (read in place, never copied): {@code ungdc} ({@code corpus/ungdc}, 1,517 UN
 * General Debate speeches) and {@code kremlin-ru} ({@code questions/kremlin-ru-2025-clean.jsonl},
 * 198 kremlin.ru texts). Then:
 *
 * <ul>
 *   <li>every question of {@code questions/questions.json} (see its README) is asked: kind {@code
 *       total} through a search's total, kind {@code timeline-year} through a yearly timeline
 *       (years with no statement left out); the answers were computed by regular expressions over
 *       the source texts, outside this project;
 *   <li>more questions of the same kinds (quoted phrases with stop words, hyphens, {@code ё},
 *       punctuation between the words; AND and OR of phrases) are answered here the same
 *       independent way, with {@link #oracle}: the README's regular expression over each file's
 *       text (UNGDC), or each row's title and text (JSON Lines), never through the archive.
 * </ul>
 *
 * <p>One difference from the README's method, which searches a row's {@code title + "\n" + text}:
 * here the title and the text are searched apart, as the README's semantics say ("its title or body
 * holds the phrase"). Searched joined, a phrase can run from the end of the title into the text
 * (kremlin-ru row 69, title "… Ван И", text "В Кремле…", matches {@code "и в"}), which no
 * statement's title or body holds.
 *
 * <p>A backend's test extends this class and says how to make a fresh, empty archive. The shared
 * folder must be there: without it the test fails with where it looked ({@link SharedCorpus}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ResearchQuestionsContractTest {
  /** UNGDC speech files: {@code ISO_session_year.txt}. */
  private static final Pattern SPEECH_FILE =
      Pattern.compile("([A-Z]{2,3})_(\\d{1,2})_(\\d{4})\\.txt");

  private static final String UNGDC = "ungdc";
  private static final String KREMLIN = "kremlin-ru";

  /** A fresh, empty archive for the source called {@code name}. */
  protected abstract Archive newArchive(String name) throws IOException;

  /** Called once after the archives are closed (e.g. to stop a cluster). */
  protected void afterArchivesClosed() throws Exception {}

  /**
   * One statement's source as the oracle reads it: its year and date (null when undated), its title
   * (empty when the source states none) and its text.
   */
  private record SourceText(Integer year, LocalDate date, String title, String text) {
    /** True when the title or the text holds a match of {@code phrase}. */
    boolean holds(Pattern phrase) {
      return phrase.matcher(title).find() || phrase.matcher(text).find();
    }
  }

  private final Map<String, Archive> archives = new TreeMap<>();
  private final Map<String, List<SourceText>> texts = new TreeMap<>();

  @BeforeAll
  void buildTheArchives() throws IOException {
    Path ungdc = SharedCorpus.path("corpus/ungdc");
    Path kremlin = SharedCorpus.path("questions/kremlin-ru-2025-clean.jsonl");
    archives.put(UNGDC, ingest(UNGDC, ungdc));
    archives.put(KREMLIN, ingest(KREMLIN, kremlin));
    texts.put(UNGDC, ungdcTexts(ungdc));
    texts.put(KREMLIN, jsonLinesTexts(kremlin));
  }

  @AfterAll
  void closeTheArchives() throws Exception {
    for (Archive a : archives.values()) {
      a.close();
    }
    afterArchivesClosed();
  }

  private Archive ingest(String name, Path source) throws IOException {
    long start = System.nanoTime();
    Archive archive = newArchive(name);
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestPaths(List.of(source), new Ingestor.Listener() {});
    assertThat(report.getFailed()).as("files of " + name + " that failed").isEmpty();
    System.out.printf(
        "research questions: %s ingested in %d ms%n",
        name, (System.nanoTime() - start) / 1_000_000);
    return archive;
  }

  private static List<SourceText> ungdcTexts(Path folder) throws IOException {
    List<SourceText> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.sorted().toList()) {
        Matcher m = SPEECH_FILE.matcher(f.getFileName().toString());
        if (Files.isRegularFile(f) && m.matches()) {
          out.add(
              new SourceText(
                  Integer.valueOf(m.group(3)),
                  null,
                  "",
                  new String(Files.readAllBytes(f), StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }

  private static List<SourceText> jsonLinesTexts(Path file) throws IOException {
    List<SourceText> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = Json.mapper().readTree(line);
      String date = row.path("date").asText("");
      LocalDate day = date.isEmpty() ? null : LocalDate.parse(date);
      out.add(
          new SourceText(
              day == null ? null : day.getYear(),
              day,
              row.path("title").asText(""),
              row.path("text").asText("")));
    }
    return out;
  }

  @Test
  void eachArchiveHoldsEveryStatementOfItsSource() throws IOException {
    assertThat(archives.get(UNGDC).stats().statements()).isEqualTo(1517);
    assertThat(archives.get(UNGDC).stats().statements()).isEqualTo(texts.get(UNGDC).size());
    assertThat(archives.get(KREMLIN).stats().statements()).isEqualTo(198);
    assertThat(archives.get(KREMLIN).stats().statements()).isEqualTo(texts.get(KREMLIN).size());
  }

  // ---- the sample questions -------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> theSampleQuestionsGetTheirIndependentAnswers() throws IOException {
    JsonNode questions =
        Json.mapper()
            .readTree(
                Files.readString(
                    SharedCorpus.path("questions/questions.json"), StandardCharsets.UTF_8));
    assertThat(questions.size()).isGreaterThanOrEqualTo(23);
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode q : questions) {
      String id = q.path("id").asText();
      String archive = q.path("archive").asText();
      String query = q.path("query").asText();
      List<String> args = new ArrayList<>();
      q.path("args").forEach(a -> args.add(a.asText()));
      String kind = q.path("kind").asText();
      JsonNode answer = q.path("answer");
      tests.add(
          DynamicTest.dynamicTest(
              id + ": " + query + " " + String.join(" ", args),
              () -> {
                Selection selection = selection(query, args);
                switch (kind) {
                  case "total" -> assertThat(total(archive, selection)).isEqualTo(answer.asLong());
                  case "timeline-year" -> {
                    Map<String, Long> expected = new TreeMap<>();
                    answer
                        .properties()
                        .forEach(e -> expected.put(e.getKey(), e.getValue().asLong()));
                    assertThat(years(archive, selection)).isEqualTo(expected);
                  }
                  default -> throw new AssertionError("unknown question kind '" + kind + "'");
                }
              }));
    }
    return tests.stream();
  }

  // ---- more questions, answered by the oracle ------------------------------------------------

  /** A question and its independent answer: statements whose source text {@code holds}. */
  private record Question(
      String archive, String query, List<String> args, Predicate<SourceText> holds) {}

  private static Question phrase(String archive, String words) {
    Pattern p = oracle(words);
    return new Question(archive, quoted(words), List.of(), t -> t.holds(p));
  }

  private static Question and(String archive, String... phrases) {
    List<Pattern> all = Arrays.stream(phrases).map(ResearchQuestionsContractTest::oracle).toList();
    return new Question(
        archive,
        String.join(
            " ", Arrays.stream(phrases).map(ResearchQuestionsContractTest::quoted).toList()),
        List.of(),
        t -> all.stream().allMatch(t::holds));
  }

  private static Question or(String archive, String... phrases) {
    List<Pattern> any = Arrays.stream(phrases).map(ResearchQuestionsContractTest::oracle).toList();
    return new Question(
        archive,
        String.join(
            " OR ", Arrays.stream(phrases).map(ResearchQuestionsContractTest::quoted).toList()),
        List.of(),
        t -> any.stream().anyMatch(t::holds));
  }

  /** {@code "a" ("b" OR "c")}: the first phrase and one of the others. */
  private static Question andOneOf(String archive, String first, String... others) {
    Pattern required = oracle(first);
    List<Pattern> any = Arrays.stream(others).map(ResearchQuestionsContractTest::oracle).toList();
    return new Question(
        archive,
        quoted(first)
            + " ("
            + String.join(
                " OR ", Arrays.stream(others).map(ResearchQuestionsContractTest::quoted).toList())
            + ")",
        List.of(),
        t -> t.holds(required) && any.stream().anyMatch(t::holds));
  }

  private static Question between(Question q, LocalDate from, LocalDate to) {
    List<String> args = List.of("--from", from.toString(), "--to", to.toString());
    return new Question(
        q.archive(),
        q.query(),
        args,
        t ->
            t.date() != null
                && !t.date().isBefore(from)
                && !t.date().isAfter(to)
                && q.holds().test(t));
  }

  private static String quoted(String words) {
    return '"' + words + '"';
  }

  /** Questions of the sample's kinds beyond the sample: English and Russian. */
  private static List<Question> moreQuestions() {
    return List.of(
        // English: stop words, hyphens, punctuation between the words
        phrase(UNGDC, "of the"),
        phrase(UNGDC, "is not"),
        phrase(UNGDC, "we are not"),
        phrase(UNGDC, "at the same time"),
        phrase(UNGDC, "as well as"),
        phrase(UNGDC, "it is"),
        phrase(UNGDC, "there are"),
        phrase(UNGDC, "so-called"),
        phrase(UNGDC, "confidence-building measures"),
        phrase(UNGDC, "non-proliferation"),
        phrase(UNGDC, "Non-Aligned Movement"),
        phrase(UNGDC, "twenty-first century"),
        phrase(UNGDC, "self-determination"),
        phrase(UNGDC, "Secretary-General"),
        phrase(UNGDC, "COVID-19"),
        phrase(UNGDC, "peacekeeping"),
        phrase(UNGDC, "peace-keeping"),
        phrase(UNGDC, "Mr President"),
        phrase(UNGDC, "Thank you Mr President"),
        phrase(UNGDC, "Soviet Union"),
        phrase(UNGDC, "United States of America"),
        phrase(UNGDC, "rule of law"),
        phrase(UNGDC, "human rights"),
        phrase(UNGDC, "sanctions"),
        phrase(UNGDC, "arms race"),
        and(UNGDC, "Iraq", "Kuwait"),
        and(UNGDC, "nuclear weapons", "Iran"),
        and(UNGDC, "Cuba", "embargo", "blockade"),
        or(UNGDC, "climate change", "global warming"),
        or(UNGDC, "Israel", "Palestine", "Palestinian"),
        andOneOf(UNGDC, "apartheid", "Namibia", "South Africa"),
        // Russian: stop words, ё, hyphens, punctuation between the words
        phrase(KREMLIN, "в том числе"),
        phrase(KREMLIN, "и в"),
        phrase(KREMLIN, "что касается"),
        phrase(KREMLIN, "на самом деле"),
        phrase(KREMLIN, "так называемые"),
        phrase(KREMLIN, "всё"),
        phrase(KREMLIN, "ещё"),
        phrase(KREMLIN, "её"),
        phrase(KREMLIN, "Организации Объединённых Наций"),
        phrase(KREMLIN, "российско-китайских"),
        phrase(KREMLIN, "Председатель КНР"),
        phrase(KREMLIN, "Великой Отечественной войны"),
        phrase(KREMLIN, "специальной военной операции"),
        phrase(KREMLIN, "Москва Кремль"),
        phrase(KREMLIN, "Путин"),
        and(KREMLIN, "Китай", "сотрудничество"),
        and(KREMLIN, "США", "Украина"),
        or(KREMLIN, "КНР", "Китайской Народной Республики"),
        or(KREMLIN, "санкции", "санкций", "санкциями"),
        andOneOf(KREMLIN, "Украины", "переговоры", "переговоров"),
        between(
            phrase(KREMLIN, "в том числе"), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31)));
  }

  @TestFactory
  Stream<DynamicTest> moreQuestionsGetTheAnswersOfARegexOverTheSourceTexts() {
    List<Question> questions = moreQuestions();
    assertThat(questions).hasSizeGreaterThanOrEqualTo(30);
    List<DynamicTest> tests = new ArrayList<>();
    for (Question q : questions) {
      tests.add(
          DynamicTest.dynamicTest(
              q.archive() + ": " + q.query() + " " + String.join(" ", q.args()),
              () -> {
                long expected = texts.get(q.archive()).stream().filter(q.holds()).count();
                assertThat(total(q.archive(), selection(q.query(), q.args())))
                    .as("statements matching %s (the regex finds %d)", q.query(), expected)
                    .isEqualTo(expected);
              }));
    }
    // Yearly timelines of the same questions, on the archive dated by its rows.
    for (Question q : List.of(phrase(KREMLIN, "санкции"), or(KREMLIN, "Китай", "Индия"))) {
      tests.add(
          DynamicTest.dynamicTest(
              q.archive() + ": timeline by year of " + q.query(),
              () -> {
                Map<String, Long> expected = new TreeMap<>();
                for (SourceText t : texts.get(q.archive())) {
                  if (t.year() != null && q.holds().test(t)) {
                    expected.merge(String.valueOf(t.year()), 1L, Long::sum);
                  }
                }
                assertThat(years(q.archive(), selection(q.query(), q.args()))).isEqualTo(expected);
              }));
    }
    return tests.stream();
  }

  // ---- asking the archive and the oracle ------------------------------------------------------

  private static Selection selection(String query, List<String> args) {
    Selection.Builder b = Selection.builder(query);
    for (int i = 0; i < args.size(); i += 2) {
      String option = args.get(i);
      if (i + 1 >= args.size()) {
        throw new AssertionError("option " + option + " has no value");
      }
      String value = args.get(i + 1);
      switch (option) {
        case "--from" -> b.withFrom(LocalDate.parse(value));
        case "--to" -> b.withTo(LocalDate.parse(value));
        case "--lang" -> b.withLanguage(value);
        default -> throw new AssertionError("option " + option + " is not understood here");
      }
    }
    return b.build();
  }

  private long total(String archive, Selection selection) throws IOException {
    return archives
        .get(archive)
        .search(SearchRequest.builder(selection).withLimit(0).build())
        .total();
  }

  private Map<String, Long> years(String archive, Selection selection) throws IOException {
    Timeline t =
        archives.get(archive).timeline(selection, Timeline.Interval.YEAR, Timeline.Split.NONE);
    Map<String, Long> years = new TreeMap<>();
    for (Timeline.Bucket b : t.buckets()) {
      years.merge(b.period(), b.count(), Long::sum);
    }
    return years;
  }

  /**
   * The README's regular expression for the quoted phrase {@code words}: {@code
   * (?<!\w)w1\W+w2\W+…\W+wn(?!\w)}, case-insensitive, Unicode {@code \w}, each {@code е}/{@code ё}
   * as {@code [её]}; the words are the phrase split at anything that is not a word character.
   */
  static Pattern oracle(String words) {
    List<String> parts = new ArrayList<>();
    for (String w : words.split("(?U)\\W+")) {
      if (!w.isEmpty()) {
        StringBuilder r = new StringBuilder();
        for (char c : w.toCharArray()) {
          r.append("еёЕЁ".indexOf(c) >= 0 ? "[её]" : Pattern.quote(String.valueOf(c)));
        }
        parts.add(r.toString());
      }
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no word in '" + words + "'");
    }
    return Pattern.compile(
        "(?<!\\w)" + String.join("\\W+", parts) + "(?!\\w)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  }
}
