package io.verbatim.extract.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Statement;
import io.verbatim.testing.NastyInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code capture/nasty/} either reads into a sane record or fails with a clean {@link
 * BadInputException} whose message says what is wrong; no other exception escapes, and {@code
 * recognise} never throws.
 */
class CaptureNastyInputTest {
  private static final Path NASTY = Path.of("src/test/resources/capture/nasty");

  /** The message (part) expected for the files that must be refused. */
  private static final Map<String, String> REFUSED =
      Map.of(
          "empty.txt", "the file is empty",
          "whitespace-only.txt", "the file is empty",
          "binary.bin", "binary data",
          "nul-in-text.txt", "binary data",
          "invalid-utf8.txt", "not valid UTF-8",
          "only-chrome.txt", "only site chrome",
          "one-line.txt", "body is empty after removing site chrome",
          "date-only.txt", "body is empty after removing site chrome");

  static Stream<Path> files() throws IOException {
    List<Path> all = NastyInputs.withEmpty(NASTY, "empty.txt");
    assertThat(all).as("nasty inputs in %s", NASTY).hasSizeGreaterThan(10);
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void refusesCleanlyOrReadsSanely(Path file) throws IOException {
    CaptureTextReader reader = new CaptureTextReader();
    Capture capture = new Capture(file.toString(), file, Files.readAllBytes(file));
    assertThat(reader.recognise(capture)).isBetween(0, 100);
    String name = file.getFileName().toString();
    Statement s;
    try {
      s = ((ReadItem.Read) reader.read(capture).get(0)).statement();
    } catch (BadInputException e) {
      assertThat(REFUSED).as("%s was refused: %s", name, e.getMessage()).containsKey(name);
      assertThat(e.getMessage()).contains(REFUSED.get(name));
      return;
    }
    if (REFUSED.containsKey(name)) {
      fail(name + " should have been refused (" + REFUSED.get(name) + ") but read as " + s);
    }
    if (!s.hasText()) {
      assertThat(s.title()).as("%s has no text, so it has a title", name).isNotBlank();
      assertThat(s.published()).as("%s has no text, so it has a date", name).isNotNull();
    }
    assertThat(s.body()).doesNotContain("\r").doesNotContain("\n\n\n");
    assertThat(s.body()).isEqualTo(s.body().strip());
    assertThat(s.body()).doesNotContain("Additional materials").doesNotContain("Advanced settings");
    if (s.title() != null) {
      assertThat(s.title()).doesNotContain("\n").doesNotStartWith("\uFEFF");
    }
  }
}
