package io.verbatim.extract.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.ReadItem;
import io.verbatim.testing.HostileZips;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile speaker table is refused with bounded memory and time: a zip bomb before it is parsed,
 * a table of too many rows while it is streamed; a speech beside a bad table says why.
 */
class SpeakerTableLimitsTest {
  /** 128 MiB of rows deflated into about 450 KB: read whole, this needed gigabytes of heap. */
  private static final byte[] BOMB = HostileZips.speakerTableBomb(128L << 20);

  @Test
  void aZipBombNamedAsTheTableIsRefusedBeforeParsing() {
    assertThatThrownBy(() -> SpeakerTable.read(BOMB, "ungdc/Speakers_by_session.xlsx"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("ungdc/Speakers_by_session.xlsx is refused before reading:")
        .hasMessageContaining("the limit (100:1)");
  }

  @Test
  void aSpeechBesideABombFailsNamingTheTableAndTheTableIsReadOnce(@TempDir Path dir)
      throws Exception {
    Path table = Files.write(dir.resolve(SpeakerTable.FILE_NAME), BOMB);
    Path speech = Files.writeString(dir.resolve("RUS_74_2019.txt"), "Mr. President, ...\n");
    UngdcReader reader = new UngdcReader();
    Capture capture = new Capture(speech.toString(), speech, Files.readAllBytes(speech));
    for (int i = 0; i < 2; i++) { // the second time from the cache of failures
      assertThatThrownBy(() -> reader.read(capture))
          .isInstanceOf(BadInputException.class)
          .hasMessageStartingWith(table + " is refused before reading:");
    }
  }

  @Test
  void aTableOfTooManyRowsIsRefusedNamingTheLimit() {
    assertThat(SpeakerTable.MAX_ROWS).isEqualTo(200_000);
    byte[] table = HostileZips.speakerTableOfRows(1001);
    assertThatThrownBy(() -> SpeakerTable.read(table, "rows.xlsx", 1000))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "rows.xlsx has more than 1000 rows under its header, the limit for the speaker"
                + " table (the real one has about 11,000)");
  }

  @Test
  void aTableAtTheRowLimitReads() throws Exception {
    byte[] table = HostileZips.speakerTableOfRows(1000);
    assertThat(SpeakerTable.read(table, "rows.xlsx", 1000).size()).isPositive();
    List<ReadItem> items = new UngdcReader().read(new Capture(SpeakerTable.FILE_NAME, null, table));
    assertThat(items).singleElement().isInstanceOf(ReadItem.Skipped.class);
  }

  /**
   * The whole inspection of a bomb and a speech in a JVM of 96 MiB heap: before the limits, the
   * bomb's rows alone needed several times that; the time bound is generous (JVM start included).
   */
  @Test
  void aBombIsRefusedInASmallHeap(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve(SpeakerTable.FILE_NAME), BOMB);
    Files.writeString(dir.resolve("RUS_74_2019.txt"), "Mr. President, ...\n");
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path output = dir.resolveSibling(dir.getFileName() + "-out.txt");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx96m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                classpath,
                SmallHeapBombCheck.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean finished = process.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String out = Files.readString(output, StandardCharsets.UTF_8);
    Files.deleteIfExists(output);
    assertThat(finished).as("finished within 120 s: %s", out).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    String table = dir.resolve(SpeakerTable.FILE_NAME).toString();
    assertThat(out)
        .contains("FAILED " + table + ": " + table + " is refused before reading:")
        .contains("FAILED " + dir.resolve("RUS_74_2019.txt") + ": " + table + " is refused")
        .contains("done, max heap");
  }
}
