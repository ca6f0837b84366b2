package io.verbatim.extract.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.testing.NastyInputs;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and odd tables from {@code src/test/resources/corpus/nasty/}: each either fails as a whole
 * with a clear message or yields statements and located problems, as {@code expected.tsv} says
 * ({@code reads=N problems=M}, or {@code fails:<words of the message>}). Never a stack trace.
 */
class NastyTableInputsTest {
  /** The empty table, made at run time (see {@link NastyInputs}). */
  private static final String EMPTY = "empty.csv";

  private static Path folder() throws URISyntaxException {
    return Path.of(
            Objects.requireNonNull(
                    NastyTableInputsTest.class.getResource("/corpus/nasty/expected.tsv"))
                .toURI())
        .getParent();
  }

  static Stream<String> files() throws Exception {
    return expected().keySet().stream().sorted();
  }

  private static Map<String, String> expected() throws Exception {
    Map<String, String> expected = new HashMap<>();
    for (String line : Files.readAllLines(folder().resolve("expected.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] parts = line.split("\t", 2);
        expected.put(parts[0], parts[1]);
      }
    }
    try (Stream<Path> all = Files.list(folder())) {
      assertThat(
              Stream.concat(all.map(p -> p.getFileName().toString()), Stream.of(EMPTY))
                  .filter(n -> !n.equals("expected.tsv")))
          .as("every nasty file has an expectation")
          .containsExactlyInAnyOrderElementsOf(expected.keySet());
    }
    return expected;
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsOrFailsClearly(String name) throws Exception {
    Path file = name.equals(EMPTY) ? NastyInputs.emptyFile(EMPTY) : folder().resolve(name);
    byte[] bytes = Files.readAllBytes(file);
    FormatReader reader = name.endsWith(".jsonl") ? new JsonLinesReader() : new CsvReader();
    String expectation = expected().get(name);
    List<ReadItem> items;
    try {
      items = reader.read(new Capture(name, file, bytes));
    } catch (BadInputException e) {
      assertThat(expectation).as("%s failed: %s", name, e.getMessage()).startsWith("fails:");
      assertThat(e.getMessage()).contains(expectation.substring("fails:".length()));
      return;
    }
    String unit = name.endsWith(".jsonl") ? "line " : "row ";
    int reads = 0;
    int problems = 0;
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (ReadItem item : items) {
      if (item instanceof ReadItem.Read read) {
        reads++;
        if (!read.statement().hasText()) {
          assertThat(read.statement().title()).as("a row without text has a title").isNotBlank();
        }
        assertThat(read.locator()).startsWith(unit);
        assertThat(text).contains(new String(read.original(), StandardCharsets.UTF_8));
      } else if (item instanceof ReadItem.Problem problem) {
        problems++;
        assertThat(problem.locator()).startsWith(unit);
        assertThat(problem.message()).isNotBlank();
      }
    }
    assertThat("reads=" + reads + " problems=" + problems).as(name).isEqualTo(expectation);
  }
}
