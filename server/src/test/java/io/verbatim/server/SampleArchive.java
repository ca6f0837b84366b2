package io.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A Lucene archive in a temporary folder with the project's {@code samples/} ingested. */
public final class SampleArchive {
  private SampleArchive() {}

  /** The project's samples folder (system property {@code verbatim.samples}, else ../samples). */
  public static Path samples() {
    String configured = System.getProperty("verbatim.samples");
    Path dir =
        configured != null
            ? Path.of(configured)
            : Path.of(System.getProperty("user.dir")).resolve("../samples");
    assertThat(dir).as("the project's samples folder").isDirectory();
    return dir.toAbsolutePath().normalize();
  }

  /** A fresh archive in {@code folder} with every sample ingested and committed. */
  public static Archive create(Path folder) throws IOException {
    Files.createDirectories(folder);
    Archive archive = ArchiveProvider.openLocation(folder.resolve("archive").toString(), true);
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestPaths(List.of(samples()), new Ingestor.Listener() {});
    assertThat(report.getFailed()).as("sample ingest failures").isEmpty();
    assertThat(report.getIngested()).isPositive();
    return archive;
  }
}
