package io.verbatim.extract.zip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.ingest.BadInputException;
import io.verbatim.testing.HostileZips;
import io.verbatim.testing.SharedCorpus;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Zip archives are refused at the first limit they pass, after bounded work. */
class ZipInflationCheckTest {
  /** Small limits: 100 entries, 1 MiB per entry, 2 MiB in all, 100:1 past 64 KiB. */
  private static final InflationLimits SMALL =
      new InflationLimits(100, 1L << 20, 2L << 20, 100, 64L << 10);

  @Test
  void theRealSpeakerTablePassesTheDefaultLimits() throws Exception {
    byte[] real = Files.readAllBytes(SharedCorpus.path("corpus/ungdc/Speakers_by_session.xlsx"));
    assertThatCode(() -> ZipInflationCheck.check(real, "real.xlsx", InflationLimits.DEFAULT))
        .doesNotThrowAnyException();
  }

  @Test
  void aBombIsRefusedByItsRatioAfterBoundedWork() {
    byte[] bomb = HostileZips.speakerTableBomb(128L << 20);
    assertThat(bomb.length).isLessThan(1 << 20); // 128 MiB inflated from under 1 MiB
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                ZipInflationCheck.check(bomb, "Speakers_by_session.xlsx", InflationLimits.DEFAULT))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("Speakers_by_session.xlsx is refused before reading")
        .hasMessageContaining("its entry xl/worksheets/sheet1.xml inflates to more than 100 times")
        .hasMessageContaining("(100:1)");
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(allocated).as("bytes allocated refusing the bomb").isLessThan(32L << 20);
    assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(30_000_000_000L);
  }

  @Test
  void anEntryOverTheSizeLimitIsRefusedNamingIt() {
    byte[] zip = HostileZips.stored("big.bin", (1 << 20) + 1);
    assertThatThrownBy(() -> ZipInflationCheck.check(zip, "big.xlsx", SMALL))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "big.xlsx is refused before reading: its entry big.bin inflates to more than 1 MiB,"
                + " the limit per entry (a zip bomb, or not a normal file)");
  }

  @Test
  void entriesOverTheTotalLimitAreRefused() {
    InflationLimits limits = new InflationLimits(100, 1L << 20, 1L << 20, 100, 64L << 10);
    byte[] zip = HostileZips.entries(20, 60 << 10); // 20 × 60 KiB of zeros
    assertThatThrownBy(() -> ZipInflationCheck.check(zip, "many.xlsx", limits))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("its entries inflate to more than");
  }

  @Test
  void smallEntriesOverTheRatioInAllAreRefused() {
    // Each entry is under the grace, so only the total ratio can catch them.
    byte[] zip = HostileZips.entries(40, 60 << 10);
    assertThatThrownBy(() -> ZipInflationCheck.check(zip, "zeros.xlsx", SMALL))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("its entries inflate to more than 100 times their compressed size");
  }

  @Test
  void tooManyEntriesAreRefusedFromTheEndRecord() {
    byte[] zip = HostileZips.entries(101, 0);
    assertThat(ZipInflationCheck.declaredEntries(zip)).isEqualTo(101);
    assertThatThrownBy(() -> ZipInflationCheck.check(zip, "lists.xlsx", SMALL))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "lists.xlsx is refused before reading: it lists 101 entries, over the limit of 100"
                + " (a zip bomb, or not a normal file)");
  }

  @Test
  void theZip64EndRecordIsReadForItsEntryCount() {
    byte[] zip = HostileZips.entries(70_000, 0); // over 65,535: Java writes zip64 records
    assertThat(ZipInflationCheck.declaredEntries(zip)).isEqualTo(70_000);
    assertThatThrownBy(() -> ZipInflationCheck.check(zip, "z64.xlsx", InflationLimits.DEFAULT))
        .hasMessageContaining("it lists 70000 entries, over the limit of 10000");
  }

  @Test
  void aTruncatedArchiveIsCorruptNotABomb() {
    byte[] zip = HostileZips.truncated(HostileZips.entries(3, 100), 60);
    assertThatThrownBy(() -> ZipInflationCheck.check(zip, "cut.xlsx", SMALL))
        .isInstanceOf(java.io.IOException.class)
        .hasMessage("Archive is not a ZIP archive");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> new InflationLimits(0, 1, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
