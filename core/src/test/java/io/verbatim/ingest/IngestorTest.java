package io.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.AddOutcome;
import io.verbatim.model.Statement;
import io.verbatim.testing.InMemoryArchive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's promises, with a toy format: a {@code .stmt} file is one statement (first line the
 * title, the rest the body); a {@code .rows} file has one statement per line, and a line starting
 * with {@code !} is a bad row.
 */
class IngestorTest {
  @TempDir Path dir;

  /** One statement per file: title line, body. */
  static final class StatementFileReader implements FormatReader {
    @Override
    public String name() {
      return "stmt";
    }

    @Override
    public String description() {
      return "test: title line then body";
    }

    @Override
    public int recognise(Capture capture) {
      return capture.fileName().endsWith(".stmt") ? 50 : NO;
    }

    @Override
    public List<ReadItem> read(Capture capture) throws BadInputException {
      String text = capture.text();
      int nl = text.indexOf('\n');
      if (nl < 0) {
        throw new BadInputException("line 1", "a title line and a body are needed");
      }
      String title = text.substring(0, nl);
      io.verbatim.model.Published date = null;
      if (title.contains(" | ")) {
        date = io.verbatim.model.Published.parse(title.substring(title.indexOf(" | ") + 3).strip());
        title = title.substring(0, title.indexOf(" | "));
      }
      return List.of(
          ReadItem.Read.wholeFile(
              Statement.builder()
                  .withTitle(title)
                  .withPublished(date)
                  .withLanguage("en")
                  .withBody(text.substring(nl + 1).strip())
                  .build()));
    }
  }

  /** One statement per line; a line starting with '!' is a bad row. */
  static final class RowsReader implements FormatReader {
    @Override
    public String name() {
      return "rows";
    }

    @Override
    public String description() {
      return "test: a statement per line";
    }

    @Override
    public int recognise(Capture capture) {
      return capture.fileName().endsWith(".rows") ? 50 : NO;
    }

    @Override
    public List<ReadItem> read(Capture capture) throws BadInputException {
      List<ReadItem> items = new ArrayList<>();
      String[] lines = capture.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        if (lines[i].startsWith("!")) {
          items.add(new ReadItem.Problem("row " + (i + 1), "row marked bad"));
          continue;
        }
        items.add(
            new ReadItem.Read(
                Statement.builder().withTitle("row").withLanguage("en").withBody(lines[i]).build(),
                (lines[i] + "\n").getBytes(StandardCharsets.UTF_8),
                "row " + (i + 1)));
      }
      return items;
    }
  }

  private final InMemoryArchive archive = new InMemoryArchive();
  private final Formats formats = new Formats(List.of(new StatementFileReader(), new RowsReader()));

  private Ingestor ingestor() {
    return new Ingestor(archive, formats, Ingestor.Options.defaults());
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  @Test
  void badFilesAreReportedByNameAndTheRestOfTheBatchIsStored() throws IOException {
    write("batch/a-good.stmt", "Good title\nA good body.");
    write("batch/b-empty.stmt", "");
    write("batch/c-binary.bin", new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12});
    write("batch/d-bad-utf8.stmt", new byte[] {'T', '\n', (byte) 0xC3, (byte) 0x28, 'x'});
    write("batch/e-no-body.stmt", "only a title");
    write("batch/f-rows.rows", "first row\n!broken\nthird row\n");
    write("batch/z-good.stmt", "Another title\nAnother body.");
    write("batch/README.md", "about this folder");

    IngestReport report =
        ingestor().ingestPaths(List.of(dir.resolve("batch")), new Ingestor.Listener() {});

    assertThat(report.getIngested()).isEqualTo(4);
    assertThat(report.getFailed())
        .extracting(IngestReport.Failure::message)
        .containsExactlyInAnyOrder(
            dir.resolve("batch/b-empty.stmt") + ": the file is empty",
            dir.resolve("batch/c-binary.bin")
                + ": binary data, not a format Verbatim reads (text captures, HTML, CSV, JSON"
                + " Lines, UN General Debate files)",
            dir.resolve("batch/d-bad-utf8.stmt")
                + " (byte 2): not valid UTF-8 text (bad byte sequence at byte offset 2)",
            dir.resolve("batch/e-no-body.stmt") + " (line 1): a title line and a body are needed",
            dir.resolve("batch/f-rows.rows") + " (row 2): row marked bad");
    assertThat(report.getSkipped())
        .extracting(IngestReport.Skipped::file)
        .containsExactly(dir.resolve("batch/README.md").toString());
    assertThat(report.hasFailures()).isTrue();
    assertThat(archive.statements())
        .extracting(Statement::title)
        .containsExactly("Good title", "row", "row", "Another title");
  }

  @Test
  void aFileOverTheLimitIsRefusedWithTheLimitNamed() throws IOException {
    Path big = dir.resolve("big.stmt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(100L * 1000 * 1000); // a sparse 100 MB file
    }
    write("small.stmt", "T\nBody.");
    Ingestor ingestor =
        new Ingestor(archive, formats, Ingestor.Options.defaults().withMaxFileBytes(64L << 20));

    IngestReport report =
        ingestor.ingestPaths(List.of(big, dir.resolve("small.stmt")), new Ingestor.Listener() {});

    assertThat(report.getFailed())
        .singleElement()
        .extracting(IngestReport.Failure::reason)
        .isEqualTo(
            "the file is 100.0 MB, over the limit of 67.1 MB per file (raise it with --max-file-size)");
    assertThat(report.getIngested()).isEqualTo(1);
  }

  /**
   * Statements are completed on several reader threads, in no fixed order, but their ingest times
   * follow file order, so the latest ingested of two versions is the later file, on every run. With
   * a clock that never moves, the times are the clock's, a millisecond apart.
   */
  @Test
  void ingestTimesFollowFileOrderWhateverTheReaderThreadsDo() throws IOException {
    for (int i = 0; i < 60; i++) {
      write(String.format("order/f%03d.stmt", i), "Note " + i + "\nThe harbour note number " + i);
    }
    Instant fixed = Instant.parse("2026-03-01T10:00:00Z");
    Ingestor ingestor =
        new Ingestor(
            archive,
            formats,
            Ingestor.Options.defaults().withReaderThreads(4),
            java.time.Clock.fixed(fixed, java.time.ZoneOffset.UTC));
    IngestReport report =
        ingestor.ingestPaths(List.of(dir.resolve("order")), new Ingestor.Listener() {});
    assertThat(report.getIngested()).isEqualTo(60);
    for (IngestReport.Stored stored : report.getStatements()) {
      Statement s = archive.get(stored.id()).orElseThrow();
      int n = Integer.parseInt(Path.of(stored.file()).getFileName().toString().substring(1, 4));
      assertThat(s.source().ingestedAt()).as(stored.file()).isEqualTo(fixed.plusMillis(n));
    }
  }

  @Test
  void aStatementWithoutTextIsStoredAndListedAsSuch() throws IOException {
    Path photos = write("in/photos.stmt", "Photos of the harbour ceremony | 2020-01-02\n");
    write("in/talks.stmt", "Talks\nThe talks went well.");
    IngestReport first =
        ingestor().ingestPaths(List.of(dir.resolve("in")), new Ingestor.Listener() {});

    assertThat(first.getIngested()).isEqualTo(2);
    assertThat(first.getStoredWithoutText())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.file()).isEqualTo(photos.toString());
              assertThat(s.withoutText()).isTrue();
              assertThat(archive.get(s.id()).orElseThrow().title())
                  .isEqualTo("Photos of the harbour ceremony");
            });
    String id = first.getStoredWithoutText().get(0).id();
    assertThat(first.summary())
        .contains("2 statement(s) ingested")
        .contains("1 stored without text")
        .contains("stored without text " + photos + ": " + id);

    IngestReport second =
        ingestor().ingestPaths(List.of(dir.resolve("in")), new Ingestor.Listener() {});
    assertThat(second.getDuplicates()).isEqualTo(2);
    assertThat(second.getStoredWithoutText()).as("nothing stored the second time").isEmpty();
  }

  @Test
  void reIngestingChangesNothingAndDuplicatesAreCounted() throws IOException {
    write("in/a.stmt", "Title A\nBody A.");
    write("in/b.rows", "row one\nrow two\nrow one\n");
    IngestReport first =
        ingestor().ingestPaths(List.of(dir.resolve("in")), new Ingestor.Listener() {});
    assertThat(first.getIngested()).isEqualTo(3);
    assertThat(first.getDuplicates())
        .as("the repeated row has the same bytes, so the same id")
        .isEqualTo(1);
    List<Statement> before = archive.statements();

    IngestReport second =
        ingestor().ingestPaths(List.of(dir.resolve("in")), new Ingestor.Listener() {});

    assertThat(second.getIngested()).isZero();
    assertThat(second.getDuplicates()).isEqualTo(4);
    assertThat(archive.statements()).isEqualTo(before);
  }

  @Test
  void idsComeFromTheOriginalBytesWhichAreKeptVerbatim() throws IOException {
    byte[] bytes = "Title\r\nBody with a tab\tand CRLF.\r\n".getBytes(StandardCharsets.UTF_8);
    write("x.stmt", bytes);
    ingestor().ingestPaths(List.of(dir.resolve("x.stmt")), new Ingestor.Listener() {});

    Statement s = archive.statements().getFirst();
    String sha = Ingestor.sha256(bytes);
    assertThat(s.id()).isEqualTo(sha.substring(0, 16));
    assertThat(s.source().sha256()).isEqualTo(sha);
    assertThat(s.source().fileSha256()).isEqualTo(sha);
    assertThat(s.source().format()).isEqualTo("stmt");
    try (InputStream in = archive.openOriginal(sha).orElseThrow()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      assertThat(out.toByteArray()).isEqualTo(bytes);
    }
  }

  @Test
  void rowsKeepTheirOwnBytesAndTheWholeFile() throws IOException {
    write("r.rows", "alpha\nbeta\n");
    ingestor().ingestPaths(List.of(dir.resolve("r.rows")), new Ingestor.Listener() {});

    Statement beta = archive.statements().get(1);
    assertThat(beta.source().locator()).isEqualTo("row 2");
    assertThat(beta.source().sha256())
        .isEqualTo(Ingestor.sha256("beta\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(archive.openOriginal(beta.source().fileSha256())).isPresent();
  }

  @Test
  void theSameStatementWithOtherBytesBecomesANewVersion() throws IOException {
    write("v1.stmt", "Statement on the treaty | 2020-03-01\nThe first wording.");
    write("v2.stmt", "Statement on the treaty | 2020-03-01\nThe corrected wording.");
    write("other.stmt", "Statement on the treaty\nUndated, so not taken for a version.");
    IngestReport report =
        ingestor()
            .ingestPaths(
                List.of(dir.resolve("v1.stmt"), dir.resolve("v2.stmt")),
                new Ingestor.Listener() {});

    assertThat(report.getStatements())
        .extracting(IngestReport.Stored::outcome)
        .containsExactly(AddOutcome.ADDED, AddOutcome.NEW_VERSION);
    List<Statement> all = archive.statements();
    assertThat(all.get(0).statementKey()).isEqualTo(all.get(1).statementKey());
    assertThat(archive.versions(all.get(0).statementKey())).hasSize(2);
  }

  @Test
  void listenersHearOfStatementsOnlyAfterTheyAreCommitted() throws IOException {
    for (int i = 0; i < 5; i++) {
      write("c/" + i + ".stmt", "Title " + i + "\nBody " + i + ".");
    }
    List<Integer> committedSizes = new ArrayList<>();
    Ingestor ingestor =
        new Ingestor(archive, formats, Ingestor.Options.defaults().withCommitEvery(2));
    ingestor.ingestPaths(
        List.of(dir.resolve("c")),
        new Ingestor.Listener() {
          @Override
          public void committed(List<IngestReport.Stored> statements) {
            for (IngestReport.Stored s : statements) {
              assertThat(archive.get(s.id())).as("visible once reported").isPresent();
            }
            committedSizes.add(statements.size());
          }
        });
    assertThat(committedSizes).containsExactly(2, 2, 1);
  }

  @Test
  void missingPathsAndUnknownFormatsAreClearErrors() throws IOException {
    IngestReport report =
        ingestor().ingestPaths(List.of(dir.resolve("nope.stmt")), new Ingestor.Listener() {});
    assertThat(report.getFailed())
        .singleElement()
        .extracting(IngestReport.Failure::reason)
        .isEqualTo("no such file or folder");

    write("plain.txt", "some text");
    report = ingestor().ingestPaths(List.of(dir.resolve("plain.txt")), new Ingestor.Listener() {});
    assertThat(report.getFailed())
        .singleElement()
        .extracting(IngestReport.Failure::reason)
        .isEqualTo("no reader recognises this file; name one with --format");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Ingestor(archive, formats, Ingestor.Options.defaults().withFormat("pdf")))
        .hasMessage("unknown format 'pdf'; known formats: auto, stmt, rows");
  }

  @Test
  void inspectionShowsWhatWouldBeStoredAndStoresNothing() {
    Capture c = Capture.ofText("mem.stmt", "Title\nBody text here.");
    Ingestor.Inspection inspection =
        Ingestor.inspector(formats, Ingestor.Options.defaults()).inspect(c);
    assertThat(inspection.statements())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.id()).isEqualTo(Ingestor.sha256(c.bytes()).substring(0, 16));
              assertThat(s.statementKey()).startsWith("text:");
            });
    assertThat(archive.statements()).isEmpty();
  }

  @Test
  void theSpeakerKeepsTheNameAsPrintedAndGetsThePersonId() {
    FormatReader withSpeaker =
        new FormatReader() {
          @Override
          public String name() {
            return "spoken";
          }

          @Override
          public String description() {
            return "test: one statement with a speaker";
          }

          @Override
          public int recognise(Capture capture) {
            return 50;
          }

          @Override
          public List<ReadItem> read(Capture capture) throws BadInputException {
            return List.of(
                ReadItem.Read.wholeFile(
                    Statement.builder()
                        .withTitle("Remarks")
                        .withLanguage("en")
                        .withPublished(io.verbatim.model.Published.parse("2016-04-28"))
                        .withSpeaker(
                            new io.verbatim.model.Speaker(
                                "Mr. Sergey V. Lavrov", "Minister for Foreign Affairs"))
                        .withBody(capture.text())
                        .build()));
          }
        };
    Ingestor.Inspection inspection =
        Ingestor.inspector(new Formats(List.of(withSpeaker)), Ingestor.Options.defaults())
            .inspect(Capture.ofText("mem.txt", "Thank you."));
    assertThat(inspection.statements().getFirst().speaker())
        .isEqualTo(
            new io.verbatim.model.Speaker(
                "Mr. Sergey V. Lavrov", "Minister for Foreign Affairs", "person:sergey-lavrov"));
  }
}
