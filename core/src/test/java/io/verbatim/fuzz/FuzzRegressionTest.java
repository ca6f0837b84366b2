package io.verbatim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input the fuzzer ever broke a reader or the query parser with ({@code
 * src/test/resources/fuzz/TARGET/}) keeps the target's property now: no exception but a {@code
 * BadInputException} or a positioned syntax error, no hang, bounded memory.
 */
class FuzzRegressionTest {
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor();

  @AfterAll
  static void stop() {
    WORKER.shutdownNow();
  }

  static Stream<Path> inputs() throws Exception {
    Path root = root();
    try (Stream<Path> all = Files.walk(root)) {
      return all
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("README.txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Path root() throws URISyntaxException {
    return Path.of(
            Objects.requireNonNull(FuzzRegressionTest.class.getResource("/fuzz/README.txt"))
                .toURI())
        .getParent();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void keepsTheProperty(Path input) throws Exception {
    String target = input.getParent().getFileName().toString();
    Fuzzer.Failure failure =
        new Fuzzer().check(WORKER, Targets.named(target), Files.readAllBytes(input));
    assertThat(failure).as("%s on %s", target, input.getFileName()).isNull();
  }
}
