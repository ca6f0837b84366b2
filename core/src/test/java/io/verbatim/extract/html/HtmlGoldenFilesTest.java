package io.verbatim.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Json;
import io.verbatim.model.Statement;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code html/golden/<name>.html} (written for these tests) is read by the
 * reader its name starts with ({@code kremlin-} for kremlin-html, else html) and the statement, as
 * pretty JSON, must equal {@code <name>.json}. Run with {@code -Dverbatim.golden.update=true} to
 * rewrite the expected files after a deliberate change, then review the diff.
 */
class HtmlGoldenFilesTest {
  static Path folder() throws URISyntaxException {
    return Path.of(HtmlGoldenFilesTest.class.getResource("/html/golden").toURI());
  }

  static Stream<String> pages() throws Exception {
    try (Stream<Path> files = Files.list(folder())) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".html"))
              .sorted()
              .toList();
      assertThat(names).hasSizeGreaterThanOrEqualTo(4);
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void readsAsTheGoldenFileSays(String name) throws Exception {
    Path page = folder().resolve(name);
    FormatReader reader =
        name.startsWith("kremlin-") ? new KremlinHtmlReader() : new GenericHtmlReader();
    Capture capture = new Capture(name, page, Files.readAllBytes(page));
    List<ReadItem> items = reader.read(capture);
    assertThat(items).hasSize(1).first().isInstanceOf(ReadItem.Read.class);
    Statement statement = ((ReadItem.Read) items.get(0)).statement();
    String actual = Json.pretty().writeValueAsString(statement) + "\n";

    Path expectedFile = folder().resolve(name.replace(".html", ".json"));
    if (Boolean.getBoolean("verbatim.golden.update")) {
      Path source = Path.of("src/test/resources/html/golden").resolve(expectedFile.getFileName());
      Files.writeString(source, actual, StandardCharsets.UTF_8);
    }
    assertThat(expectedFile).as("golden file for " + name).exists();
    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }
}
