package io.verbatim.extract.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Genre;
import io.verbatim.model.Published;
import io.verbatim.model.Statement;
import io.verbatim.testing.SharedCorpus;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UngdcReaderTest {
  private final UngdcReader reader = new UngdcReader();

  private static Path speech(String name) throws Exception {
    Path txt = SharedCorpus.path("corpus/ungdc/TXT");
    try (Stream<Path> files = Files.walk(txt)) {
      return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
    }
  }

  private Statement read(Path file) throws Exception {
    List<ReadItem> items =
        reader.read(new Capture(file.toString(), file, Files.readAllBytes(file)));
    assertThat(items).hasSize(1);
    ReadItem.Read read = (ReadItem.Read) items.get(0);
    assertThat(read.original()).isNull();
    return read.statement();
  }

  /** The sheet's rows by "ISO_session", read directly with fastexcel: [country, name, post]. */
  private static Map<String, List<String[]>> expectedRows() throws Exception {
    Map<String, List<String[]>> rows = new HashMap<>();
    try (InputStream in =
            Files.newInputStream(SharedCorpus.path("corpus/ungdc/Speakers_by_session.xlsx"));
        ReadableWorkbook wb = new ReadableWorkbook(in)) {
      List<Row> sheet = wb.getFirstSheet().read();
      for (Row row : sheet.subList(1, sheet.size())) {
        String iso = row.getCellText(2).strip();
        String session = row.getCellText(1).strip();
        String post = row.getCellCount() > 5 ? row.getCellText(5).strip() : "";
        rows.computeIfAbsent(iso + "_" + session, k -> new ArrayList<>())
            .add(new String[] {row.getCellText(3).strip(), row.getCellText(4).strip(), post});
      }
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "RUS_74_2019.txt",
        "USA_79_2024.txt",
        "GBR_30_1975.txt",
        "FRA_76_2021.txt",
        "CHN_60_2005.txt",
        "EU_75_2020.txt",
        "USA_09_1954.txt"
      })
  void speechesMatchTheSpeakerTableFieldByField(String name) throws Exception {
    Path file = speech(name);
    String[] parts = name.replace(".txt", "").split("_");
    int session = Integer.parseInt(parts[1]);
    Statement s = read(file);
    List<String[]> rows = expectedRows().get(parts[0] + "_" + session);

    assertThat(s.statementKey()).isEqualTo("ungdc:" + parts[0] + "_" + parts[1] + "_" + parts[2]);
    assertThat(s.language()).isEqualTo("en");
    assertThat(s.genre()).isEqualTo(Genre.SPEECH);
    // Dated by the year of the file name, at precision year: no day is invented.
    assertThat(s.published()).hasToString(parts[2]);
    assertThat(s.published().precision()).isEqualTo(Published.Precision.YEAR);
    assertThat(s.inferred()).doesNotContain("published");
    assertThat(s.place()).isNull();
    assertThat(s.event())
        .isEqualTo(
            "General Debate of the "
                + UngdcReader.ordinal(session)
                + " session of the UN"
                + " General Assembly");
    assertThat(s.inferred()).contains("title", "event");
    assertThat(s.extra())
        .containsEntry("country", parts[0])
        .containsEntry("session", String.valueOf(session))
        .containsEntry("year", parts[2]);
    if (rows == null) {
      assertThat(s.speaker()).isNull();
      assertThat(s.title()).startsWith(parts[0] + ": statement at the General Debate");
    } else {
      String[] row = rows.get(0);
      assertThat(s.extra()).containsEntry("countryName", row[0]);
      assertThat(s.title())
          .isEqualTo(row[0] + ": statement at the " + s.event() + " (" + parts[2] + ")");
      assertThat(s.speaker().name()).isEqualTo(row[1]);
      assertThat(s.speaker().role()).isEqualTo(row[2].isEmpty() ? null : row[2]);
    }
    String text = Files.readString(file);
    List<String> lines =
        Arrays.stream(text.split("\\R"))
            .map(l -> l.strip().replaceAll("\\s+", " "))
            .filter(l -> !l.isEmpty())
            .toList();
    assertThat(s.body()).isEqualTo(String.join("\n\n", lines));
  }

  @Test
  void everySpeechOfTheCorpusReadsQuickly() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SharedCorpus.path("corpus/ungdc/TXT"))) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSize(1517);
    long started = System.nanoTime();
    int withSpeaker = 0;
    for (Path file : files) {
      Capture capture = new Capture(file.toString(), file, Files.readAllBytes(file));
      assertThat(reader.recognise(capture)).as(file.toString()).isEqualTo(95);
      Statement s = ((ReadItem.Read) reader.read(capture).get(0)).statement();
      if (s.speaker() != null) {
        withSpeaker++;
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "UNGDC: %d speeches read in %d ms, %d with a speaker%n", files.size(), millis, withSpeaker);
    assertThat(withSpeaker).isEqualTo(1517 - 4);
    assertThat(millis).isLessThan(30_000);
  }

  @Test
  void aCountryWithoutATableRowHasNoSpeakerAndStillReads() throws Exception {
    Statement s = read(speech("PRT_75_2020.txt"));
    assertThat(s.speaker()).isNull();
    assertThat(s.body()).isNotBlank();
  }

  @Test
  void rowsNamingDifferentPeopleLeaveTheSpeakerUnknown() throws Exception {
    Statement s = read(speech("RUS_14_1959.txt"));
    assertThat(s.speaker()).isNull();
    assertThat(s.extra().get("speakersListed")).contains(";");
  }

  @Test
  void theSpeakerTableIsSkippedWhenIngested() throws Exception {
    Path xlsx = SharedCorpus.path("corpus/ungdc/Speakers_by_session.xlsx");
    Capture capture = new Capture(xlsx.toString(), xlsx, Files.readAllBytes(xlsx));
    assertThat(reader.recognise(capture)).isEqualTo(90);
    assertThat(reader.read(capture))
        .containsExactly(
            new ReadItem.Skipped(
                "speaker table of the UN General Debate Corpus; read with the speeches"));
  }

  @Test
  void aTruncatedSpeakerTableFails() throws Exception {
    Path xlsx = SharedCorpus.path("corpus/ungdc/Speakers_by_session.xlsx");
    byte[] bytes = Files.readAllBytes(xlsx);
    byte[] half = Arrays.copyOf(bytes, bytes.length / 2);
    assertThatThrownBy(() -> reader.read(new Capture(SpeakerTable.FILE_NAME, null, half)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("cannot be read as an xlsx workbook");
    byte[] notZip = "Year,Session\n".getBytes();
    assertThatThrownBy(() -> reader.read(new Capture(SpeakerTable.FILE_NAME, null, notZip)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not an xlsx workbook");
  }

  @Test
  void anXlsxThatIsNotTheTableFails(@TempDir Path dir) throws Exception {
    byte[] workbook = TinyXlsx.withCells("Name", "Score");
    assertThatThrownBy(() -> reader.read(new Capture(SpeakerTable.FILE_NAME, null, workbook)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not the UN General Debate speaker table");
  }

  @Test
  void aSpeechWithoutTableNearbyReadsWithoutSpeaker(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ZZZ_80_2025.txt");
    Files.writeString(
        file, "Mr. President,  thank you.\r\n\r\nWe   stand ready to help.\nThank you.\n");
    Statement s = read(file);
    assertThat(s.speaker()).isNull();
    assertThat(s.body())
        .isEqualTo("Mr. President, thank you.\n\nWe stand ready to help.\n\nThank you.");
    assertThat(s.title())
        .isEqualTo(
            "ZZZ: statement at the General Debate of the 80th session of the UN General"
                + " Assembly (2025)");
  }

  @Test
  void recognisesOnlyCorpusNames() {
    assertThat(reader.recognise(Capture.ofText("RUS_74_2019.txt", "Some speech."))).isEqualTo(95);
    assertThat(reader.recognise(Capture.ofText("RUS_74_2019.txt", "  ")))
        .isEqualTo(FormatReader.NO);
    assertThat(reader.recognise(Capture.ofText("notes.txt", "Some speech.")))
        .isEqualTo(FormatReader.NO);
    assertThat(reader.recognise(Capture.ofText("rus_74_2019.txt", "Some speech.")))
        .isEqualTo(FormatReader.NO);
  }

  @Test
  void ordinals() {
    assertThat(UngdcReader.ordinal(1)).isEqualTo("1st");
    assertThat(UngdcReader.ordinal(2)).isEqualTo("2nd");
    assertThat(UngdcReader.ordinal(3)).isEqualTo("3rd");
    assertThat(UngdcReader.ordinal(11)).isEqualTo("11th");
    assertThat(UngdcReader.ordinal(13)).isEqualTo("13th");
    assertThat(UngdcReader.ordinal(22)).isEqualTo("22nd");
    assertThat(UngdcReader.ordinal(74)).isEqualTo("74th");
  }
}
