package io.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analysis.entities.EntityRecognizer;
import io.verbatim.analysis.people.PersonResolver;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speakers of the shared corpora, read through the readers and resolved as ingest resolves them
 * ({@link SpeakerIdentity}: name as printed, role, country, date), without an archive.
 *
 * <p>The spellings below are every way the corpora print the five people (the test fails when a new
 * spelling appears, so the list stays complete); each person's spellings must all resolve to that
 * person's one authority id. The look-alikes are people with similar names who must stay apart:
 * Francisco Guterres Lu-Olo (Timor-Leste) is not António Guterres, Filip Ivanović (Montenegro) is
 * not Igor Ivanov, and George H. W. Bush (speaking 1989-1992) is not his son George W. Bush
 * (2001-2008).
 */
class SpeakerIdentityCorpusTest {
  /** How the corpora print each person, and the id each must resolve to. */
  private static final Map<String, Set<String>> SPELLINGS =
      Map.of(
          "person:vladimir-putin",
          Set.of(
              "Владимир Путин",
              "Putin",
              "Vladimir Putin",
              "Mr. Vladimir Putin",
              "Vladimir V. Putin"),
          "person:sergey-lavrov",
          Set.of(
              "Sergey Lavrov",
              "Mr. Sergey Lavrov",
              "Sergei Lavrov",
              "Sergey V. Lavrov",
              "Mr. Sergey V. Lavrov"),
          "person:andrei-gromyko",
          Set.of("Mr. GROMYKO", "Mr. Gromyko", "GROMYKO", "Gromyko", "Mir. GROMYKO"),
          "person:igor-ivanov",
          Set.of("Igor Ivanov", "Igor S. Ivanov"),
          "person:andrei-kozyrev",
          Set.of("Mr. KOZYREV", "Mr. Kozyrev"));

  /** Printed names that mention one of the five (or a look-alike), to check the lists are whole. */
  private static final Pattern FIVE =
      Pattern.compile(
          "(?iu).*(putin|путин|lavrov|лавров|gromyko|громыко|ivanov|иванов|kozyrev|козырев).*");

  private static final List<Statement> STATEMENTS = new ArrayList<>();

  @BeforeAll
  static void readCorpora() throws IOException {
    SpeakerIdentity speakers =
        new SpeakerIdentity(PersonResolver.standard(), EntityRecognizer.standard());
    Formats formats = Formats.standard();
    for (String folder : List.of("corpus", "seed")) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(SharedCorpus.path(folder))) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.endsWith(".tsv")
            || name.endsWith(".md")
            || name.contains("README")
            || name.endsWith("notes.txt")) {
          continue;
        }
        Capture capture = new Capture(file.toString(), file, Files.readAllBytes(file));
        var reader = formats.choose("auto", capture);
        if (reader.isEmpty()) {
          continue;
        }
        List<ReadItem> items;
        try {
          items = reader.get().read(capture);
        } catch (BadInputException e) {
          continue; // the speaker table itself; other files are checked by the readers' tests
        }
        for (ReadItem item : items) {
          if (item instanceof ReadItem.Read read && read.statement().speaker() != null) {
            Statement s = read.statement();
            STATEMENTS.add(s.toBuilder().withSpeaker(speakers.identify(s)).build());
          }
        }
      }
    }
  }

  @Test
  void everySpellingOfEachPersonResolvesToTheirOneId() {
    Map<String, Set<String>> idsByName = new TreeMap<>();
    for (Statement s : STATEMENTS) {
      Speaker speaker = s.speaker();
      if (speaker.name() != null) {
        idsByName
            .computeIfAbsent(speaker.name(), k -> new TreeSet<>())
            .add(String.valueOf(speaker.id()));
      }
    }
    Set<String> listed = new LinkedHashSet<>();
    SPELLINGS.values().forEach(listed::addAll);
    Set<String> lookAlikes = Set.of("Filip Ivanovic");
    for (String name : idsByName.keySet()) {
      if (FIVE.matcher(name).matches() && !lookAlikes.contains(name)) {
        assertThat(listed).as("a spelling the list lacks").contains(name);
      }
    }
    SPELLINGS.forEach(
        (id, names) -> {
          for (String name : names) {
            assertThat(idsByName).as("the corpora print '%s'", name).containsKey(name);
            assertThat(idsByName.get(name)).as(name).containsExactly(id);
          }
        });
  }

  @Test
  void lookAlikesStayApart() {
    Map<String, Set<String>> ids = new LinkedHashMap<>();
    for (Statement s : STATEMENTS) {
      String name = s.speaker().name();
      if (name == null) {
        continue;
      }
      String year = s.extra().getOrDefault("year", "");
      String key =
          switch (name) {
            case "Mr. Francisco Guterres Lu-Olo" -> "Lu-Olo";
            case "Filip Ivanovic" -> "Ivanovic";
            case "GEORGE BUSH", "George Bush", "Mr. George BUSH", "Bush" ->
                year.compareTo("1993") < 0 ? "Bush senior" : "Bush junior";
            case "George W. Bush", "Mr. George W. Bush", "Mr. George W Bush" -> "Bush junior";
            default -> null;
          };
      if (key != null) {
        ids.computeIfAbsent(key, k -> new TreeSet<>()).add(String.valueOf(s.speaker().id()));
      }
    }
    assertThat(ids.get("Lu-Olo")).containsExactly("person:francisco-guterres-lu-olo");
    assertThat(ids.get("Ivanovic")).containsExactly("person:filip-ivanovic");
    assertThat(ids.get("Bush senior")).containsExactly("person:george-h-w-bush");
    assertThat(ids.get("Bush junior")).containsExactly("person:george-w-bush");
  }
}
