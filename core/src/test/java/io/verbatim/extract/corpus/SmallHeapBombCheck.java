package io.verbatim.extract.corpus;

import io.verbatim.ingest.Capture;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a JVM of small heap by {@link SpeakerTableLimitsTest}: inspects every file of a folder (a
 * zip bomb named as the speaker table, and a speech beside it) and prints each failure. Exits 0
 * when every file was inspected; an {@link OutOfMemoryError} ends it otherwise.
 */
final class SmallHeapBombCheck {
  private SmallHeapBombCheck() {}

  public static void main(String[] args) throws Exception {
    Ingestor inspector = Ingestor.inspector(Formats.standard(), Ingestor.Options.defaults());
    try (var files = Files.list(Path.of(args[0]))) {
      for (Path file : files.sorted().toList()) {
        Ingestor.Inspection inspection =
            inspector.inspect(new Capture(file.toString(), file, Files.readAllBytes(file)));
        for (IngestReport.Failure f : inspection.report().getFailed()) {
          System.out.println("FAILED " + f.message());
        }
      }
    }
    System.out.println("done, max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
  }
}
