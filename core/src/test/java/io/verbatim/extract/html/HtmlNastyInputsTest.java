package io.verbatim.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Statement;
import io.verbatim.testing.NastyInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of {@code html/nasty/} through both HTML readers (see the folder's README.txt). */
class HtmlNastyInputsTest {
  static Path folder() throws Exception {
    return Path.of(HtmlNastyInputsTest.class.getResource("/html/nasty").toURI());
  }

  static Stream<String> files() throws Exception {
    try (Stream<Path> files = Files.list(folder())) {
      List<String> names =
          Stream.concat(files.map(p -> p.getFileName().toString()), Stream.of(EMPTY))
              .filter(n -> n.startsWith("ok-") || n.startsWith("bad-"))
              .sorted()
              .toList();
      assertThat(names).hasSizeGreaterThanOrEqualTo(12);
      return names.stream();
    }
  }

  /** The empty page, made at run time (see {@link NastyInputs}). */
  private static final String EMPTY = "bad-empty-file.html";

  private static Capture capture(String name) throws Exception {
    Path file = name.equals(EMPTY) ? NastyInputs.emptyFile(EMPTY) : folder().resolve(name);
    return new Capture(name, file, Files.readAllBytes(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void theGenericReaderReadsOrExplains(String name) throws Exception {
    GenericHtmlReader reader = new GenericHtmlReader();
    Capture capture = capture(name);
    if (name.startsWith("ok-")) {
      assertThat(reader.recognise(capture)).isGreaterThanOrEqualTo(50);
      List<ReadItem> items = reader.read(capture);
      assertThat(items).hasSize(1);
      Statement s = ((ReadItem.Read) items.get(0)).statement();
      assertThat(s.body()).isNotBlank().isEqualTo(s.body().strip()).doesNotContain("\n\n\n");
      assertThat(s.body()).doesNotContain("<script", "alert(", "document.write");
    } else {
      assertThatThrownBy(() -> reader.read(capture))
          .isInstanceOf(BadInputException.class)
          .hasMessageFindingMatch("(no main text found in the HTML page|not valid UTF-8|binary)");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void theKremlinReaderNeverFailsOtherwise(String name) throws Exception {
    FormatReader reader = new KremlinHtmlReader();
    Capture capture = capture(name);
    int score = reader.recognise(capture);
    assertThat(score).isIn(FormatReader.NO, 95);
    try {
      List<ReadItem> items = reader.read(capture);
      assertThat(items).hasSize(1);
      assertThat(name).isEqualTo("ok-kremlin-without-meta.html");
    } catch (BadInputException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
