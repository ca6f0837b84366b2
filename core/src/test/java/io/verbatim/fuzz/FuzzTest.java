package io.verbatim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every format reader and the query parser (see {@link Targets}) for a time budget, and
 * fails listing every input that broke a property (saved under {@code target/fuzz-findings/}).
 *
 * <p>{@code ./mvnw verify} gives it {@value #DEFAULT_SECONDS} seconds with a fixed seed, so that a
 * CI run is repeatable. Longer, or with a new seed each time:
 *
 * <pre>
 * ./mvnw -o verify -pl core -Dtest=FuzzTest -Dverbatim.fuzz.seconds=1800 -Dverbatim.fuzz.seed=random
 * </pre>
 *
 * ({@code -Dverbatim.fuzz.targets=csv,query} picks targets.) A finding is fixed in the reader, and
 * its input goes into {@code src/test/resources/fuzz/TARGET/}, which {@link FuzzRegressionTest}
 * replays on every build.
 */
class FuzzTest {
  static final int DEFAULT_SECONDS = 60;
  static final long DEFAULT_SEED = 20_261_207L;

  @Test
  void everyReaderAndTheQueryParserKeepTheirProperties() {
    int seconds = Integer.getInteger("verbatim.fuzz.seconds", DEFAULT_SECONDS);
    String seedProperty = System.getProperty("verbatim.fuzz.seed", String.valueOf(DEFAULT_SEED));
    long seed =
        seedProperty.equals("random")
            ? ThreadLocalRandom.current().nextLong()
            : Long.parseLong(seedProperty);
    String only = System.getProperty("verbatim.fuzz.targets", "");
    List<FuzzTarget> targets =
        Targets.all().stream()
            .filter(t -> only.isBlank() || List.of(only.split(",")).contains(t.name()))
            .toList();
    assertThat(targets).as("targets named by verbatim.fuzz.targets=%s", only).isNotEmpty();
    // The query parser is fast: a smaller share of the time finds as much there.
    double shares = targets.stream().mapToDouble(t -> t.name().equals("query") ? 0.5 : 1).sum();
    Path findings = Path.of("target", "fuzz-findings");
    Fuzzer fuzzer = new Fuzzer();
    List<String> report = new ArrayList<>();
    List<Fuzzer.Finding> all = new ArrayList<>();
    for (FuzzTarget t : targets) {
      double share = (t.name().equals("query") ? 0.5 : 1) / shares;
      Fuzzer.Run run = fuzzer.run(t, seed, (long) (seconds * 1000 * share), findings);
      report.add(
          t.name()
              + ": "
              + run.inputs()
              + " inputs, "
              + run.findings().size()
              + " finding(s), slowest "
              + run.slowestMillis()
              + " ms ("
              + run.slowestSize()
              + " bytes)");
      all.addAll(run.findings());
    }
    System.out.println("fuzz seed " + seed + ", " + seconds + " s: " + String.join("; ", report));
    StringBuilder failures = new StringBuilder();
    for (Fuzzer.Finding f : all) {
      failures
          .append('\n')
          .append(f.target())
          .append(": ")
          .append(f.description())
          .append("\n    input (")
          .append(f.input().length)
          .append(" bytes): ")
          .append(f.saved().toAbsolutePath());
    }
    assertThat(all)
        .as("fuzz seed %d found inputs that break a property:%s", seed, failures)
        .isEmpty();
  }
}
