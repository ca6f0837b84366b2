package io.verbatim.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.testing.NastyInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs invented statements ({@code entities/golden/*.en.txt}, {@code *.ru.txt}) through the
 * recogniser and compares every mention with the hand-checked {@code *.mentions.tsv} beside them
 * (start, end, id, kind, adjectival, surface), and runs the nasty inputs in {@code entities/nasty/}
 * checking the contract: no exception, sorted, non-overlapping, exact surfaces.
 */
class EntityGoldenFileTest {
  private static final EntityRecognizer RECOGNIZER =
      new EntityRecognizer(Gazetteer.standard(), TableLemmatizer.empty());
  private static final Path RESOURCES = Path.of("src", "test", "resources", "entities");

  static Stream<Path> goldenTexts() throws IOException {
    return files("golden").filter(p -> p.toString().endsWith(".txt"));
  }

  static Stream<Path> nastyInputs() throws IOException {
    return NastyInputs.withEmpty(RESOURCES.resolve("nasty"), "empty.txt").stream();
  }

  private static Stream<Path> files(String folder) throws IOException {
    try (Stream<Path> list = Files.list(RESOURCES.resolve(folder))) {
      return list.sorted().toList().stream();
    }
  }

  static String render(List<Mention> mentions) {
    StringBuilder out = new StringBuilder("start\tend\tid\tkind\tadjectival\tsurface\n");
    for (Mention m : mentions) {
      out.append(m.start())
          .append('\t')
          .append(m.end())
          .append('\t')
          .append(m.entityId())
          .append('\t')
          .append(m.kind())
          .append('\t')
          .append(m.adjectival())
          .append('\t')
          .append(m.surface())
          .append('\n');
    }
    return out.toString();
  }

  @ParameterizedTest
  @MethodSource("goldenTexts")
  void mentionsMatchTheGoldenFile(Path text) throws IOException {
    String name = text.getFileName().toString();
    String language = name.endsWith(".ru.txt") ? "ru" : "en";
    String body = Files.readString(text, StandardCharsets.UTF_8);
    String actual = render(RECOGNIZER.recognise(body, language));
    Path golden = text.resolveSibling(name.replace(".txt", ".mentions.tsv"));
    if (Boolean.getBoolean("verbatim.writeGolden")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
  }

  @ParameterizedTest
  @MethodSource("nastyInputs")
  void nastyInputsKeepTheContract(Path input) throws IOException {
    String body = Files.readString(input, StandardCharsets.UTF_8);
    for (String language : List.of("en", "ru")) {
      List<Mention> mentions = RECOGNIZER.recognise(body, language);
      List<Mention> sorted = new ArrayList<>(mentions);
      sorted.sort(java.util.Comparator.comparingInt(Mention::start));
      assertEquals(sorted, mentions, input + " " + language + ": sorted by start");
      int previousEnd = 0;
      for (Mention m : mentions) {
        assertEquals(body.substring(m.start(), m.end()), m.surface(), input.toString());
        assertTrue(m.start() >= previousEnd, input + ": mentions overlap at " + m.start());
        previousEnd = m.end();
      }
    }
  }
}
