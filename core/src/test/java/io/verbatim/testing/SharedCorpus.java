package io.verbatim.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared corpora ({@code ../shared} beside the checkout) for tests and benchmarks.
 *
 * <p>A test that needs them calls {@link #path(String)}; when the folder is missing the test fails
 * with a message saying where it looked. It never skips: a green run must mean the corpora were
 * read.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** The shared folder: system property {@code verbatim.shared}, else {@code ../shared}. */
  public static Path root() {
    String configured = System.getProperty("verbatim.shared");
    Path root = configured != null ? Path.of(configured) : Path.of("..", "shared");
    if (!Files.isDirectory(root)) {
      // Tests run with the module as working directory; the checkout is one level up.
      Path fromModule = Path.of("..", "..", "shared");
      if (configured == null && Files.isDirectory(fromModule)) {
        return fromModule.toAbsolutePath().normalize();
      }
      fail(
          "The shared corpora are missing: expected a folder at "
              + root.toAbsolutePath().normalize()
              + " (../shared beside the checkout, or -Dverbatim.shared=DIR). Tests that read real"
              + " texts need it; they do not skip.");
    }
    return root.toAbsolutePath().normalize();
  }

  /** A file or folder below the shared root, e.g. {@code seed/000_1ddf46fd7ad83b62.txt}. */
  public static Path path(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) {
      fail(
          "The shared corpora lack "
              + p
              + "; the tests expect the layout in shared/corpus/README.md.");
    }
    return p;
  }

  /** The seed capture. */
  public static Path seed() {
    return path("seed/000_1ddf46fd7ad83b62.txt");
  }
}
