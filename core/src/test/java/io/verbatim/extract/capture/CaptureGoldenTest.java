package io.verbatim.extract.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the reader on each {@code capture/golden/X.txt} and compares the record (as JSON, without id
 * and source) with {@code X.json}. With {@code -Dverbatim.writeGolden=true} a missing {@code
 * X.json} is written (for review) and the test fails so it is never passed silently.
 */
class CaptureGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/capture/golden");

  static Stream<Path> captures() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assertThat(txt).as("golden captures in %s", GOLDEN).isNotEmpty();
      return txt.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void matchesTheGoldenRecord(Path txt) throws Exception {
    Capture capture = new Capture(txt.toString(), txt, Files.readAllBytes(txt));
    List<ReadItem> items = new CaptureTextReader().read(capture);
    assertThat(items).hasSize(1);
    ObjectNode actual = Json.mapper().valueToTree(((ReadItem.Read) items.get(0)).statement());
    actual.remove("id");
    actual.remove("source");
    Path expectedFile = Path.of(txt.toString().replaceAll("\\.txt$", ".json"));
    if (!Files.exists(expectedFile) && Boolean.getBoolean("verbatim.writeGolden")) {
      Files.writeString(expectedFile, Json.pretty().writeValueAsString(actual) + "\n");
    }
    assertThat(expectedFile).as("golden record for %s", txt.getFileName()).exists();
    JsonNode expected = Json.mapper().readTree(Files.readString(expectedFile));
    assertThat(actual).isEqualTo(expected);
  }
}
