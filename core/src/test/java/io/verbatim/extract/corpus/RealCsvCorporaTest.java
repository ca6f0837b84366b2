package io.verbatim.extract.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.ingest.Capture;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import io.verbatim.testing.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The CSV reader on the real corpora in ../shared/corpus, checked against their index files. */
class RealCsvCorporaTest {
  private static final Pattern CHROME_DATE =
      Pattern.compile("Дата публикации:\\s+(\\d{1,2} \\p{L}+ \\d{4}) года");

  private static List<ReadItem> readAll(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    return new CsvReader().read(new Capture(file.toString(), file, bytes));
  }

  private static List<String[]> index(Path tsv) throws Exception {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      rows.add(line.split("\t", -1));
    }
    return rows;
  }

  /** Every row's bytes are its exact slice of the file; header + rows rebuild the file. */
  private static void assertRowsAreFileSlices(Path file, List<ReadItem> items) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
    int total = 0;
    for (ReadItem item : items) {
      total += ((ReadItem.Read) item).original().length;
    }
    int offset = bytes.length - total;
    assertThat(offset).isGreaterThan(bom);
    for (ReadItem item : items) {
      byte[] row = ((ReadItem.Read) item).original();
      assertThat(Arrays.copyOfRange(bytes, offset, offset + row.length)).isEqualTo(row);
      offset += row.length;
    }
  }

  @Test
  void kremlinRu2025MatchesItsIndexRowByRow() throws Exception {
    Path dir = SharedCorpus.path("corpus/kremlin-ru-2025");
    Path csv = dir.resolve("kremlin_articles_ru_enhanced.csv");
    long started = System.nanoTime();
    List<ReadItem> items = readAll(csv);
    long millis = (System.nanoTime() - started) / 1_000_000;
    List<String[]> index = index(dir.resolve("index.tsv"));
    List<String> raw = rawTexts(csv);

    assertThat(items).hasSize(200).allMatch(i -> i instanceof ReadItem.Read);
    assertThat(index).hasSize(200);
    assertRowsAreFileSlices(csv, items);
    int withSpeaker = 0;
    for (int r = 0; r < 200; r++) {
      String[] expected = index.get(r);
      Statement s = ((ReadItem.Read) items.get(r)).statement();
      String id = expected[0];
      assertThat(s.extra()).as("row %d", r + 1).containsEntry("kremlinId", id);
      assertThat(s.statementKey()).isEqualTo("kremlin:" + id + ":ru");
      assertThat(s.title()).isEqualTo(expected[6]);
      assertThat(s.place()).isEqualTo(expected[2].isEmpty() ? null : expected[2]);
      assertThat(s.extra().get("sections")).isEqualTo(expected[3]);
      assertThat(s.language()).isEqualTo("ru");
      assertThat(s.published()).as("row %d published", r + 1).isNotNull();
      if (!expected[1].isEmpty()) {
        assertThat(s.published().day()).isEqualTo(LocalDate.parse(expected[1]));
      } else {
        Matcher m = CHROME_DATE.matcher(raw.get(r));
        assertThat(m.find()).isTrue();
        assertThat(s.published().year()).isEqualTo(2025);
        assertThat(m.group(1)).startsWith(String.valueOf(s.published().day().getDayOfMonth()));
      }
      assertThat(s.body())
          .doesNotStartWith("События")
          .doesNotContain("Статус материала")
          .doesNotContain("Дата публикации:")
          .doesNotContain("Ссылка на материал")
          .doesNotContain("Текстовая версия")
          .doesNotStartWith(expected[6] + " ");
      int textChars = Integer.parseInt(expected[4]);
      assertThat(raw.get(r)).hasSize(textChars).contains(s.body());
      assertThat(s.body().length()).isGreaterThan(100);
      if (!expected[5].isEmpty()) {
        assertThat(s.extra().get("supplement_url")).endsWith("/supplement/" + expected[5]);
      }
      if (s.speaker() != null) {
        withSpeaker++;
        assertThat(s.speaker()).isEqualTo(new Speaker("Владимир Путин", "Президент России"));
        assertThat(s.inferred()).contains("speaker");
        assertThat(s.body()).containsPattern("В\\.Путин ?:");
      } else {
        assertThat(s.body()).doesNotContainPattern("В\\.Путин ?:");
      }
    }
    assertThat(withSpeaker).isGreaterThan(50);
    Statement withParticipants = ((ReadItem.Read) items.get(1)).statement();
    assertThat(withParticipants.extra().get("participants").split("\n")).hasSizeGreaterThan(5);
    assertThat(millis).as("reading 200 rows took %d ms", millis).isLessThan(30_000);
  }

  /** The concatenated raw text cells of every data row, read independently with commons-csv. */
  private static List<String> rawTexts(Path csv) throws Exception {
    try (var parser =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
      List<String> texts = new ArrayList<>();
      for (var record : parser.getRecords()) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
          text.append(record.get("article_full_text_" + i));
        }
        texts.add(text.toString());
      }
      return texts;
    }
  }

  @Test
  void narrativeCorporaMatchTheirIndex() throws Exception {
    Path dir = SharedCorpus.path("corpus/ru-statements-narrative");
    List<String[]> index = index(dir.resolve("index.tsv"));
    for (String file : List.of("russia_chechnya.csv", "russia_ukraine.csv")) {
      Path csv = dir.resolve(file);
      List<ReadItem> items = readAll(csv);
      List<String[]> expectedRows = index.stream().filter(r -> r[0].equals(file)).toList();
      assertThat(items).hasSize(expectedRows.size()).allMatch(i -> i instanceof ReadItem.Read);
      assertRowsAreFileSlices(csv, items);
      for (String[] expected : expectedRows) {
        int row = Integer.parseInt(expected[1]);
        ReadItem.Read read = (ReadItem.Read) items.get(row - 1);
        Statement s = read.statement();
        String where = file + " row " + row;
        assertThat(read.locator()).isEqualTo("row " + row);
        assertThat(s.speaker()).as(where).isEqualTo(new Speaker(expected[2], null));
        assertThat(s.language()).as(where).isEqualTo(expected[4]);
        String dateRaw = expected[3];
        String site = expected[5];
        if (dateRaw.equals("NA")) {
          if (site.equals("kremlin.ru")) {
            assertThat(s.published()).as(where).isNotNull();
          } else {
            assertThat(s.documentNumber()).as(where).isNotNull();
            assertThat(s.inferred()).contains("published");
          }
        } else {
          assertThat(s.published().day()).as(where).isEqualTo(expectedDate(dateRaw));
        }
        if (site.equals("kremlin.ru")) {
          assertThat(s.extra()).containsEntry("kremlinId", expected[7]);
          assertThat(s.body())
              .as(where)
              .doesNotStartWith("Все материалы сайта")
              .doesNotContain("Дата публикации:")
              .doesNotContain("Администрация Президента России");
          assertThat(s.extra().get("sections")).isNotBlank();
          assertThat(s.title()).doesNotEndWith("Президент России");
        }
        if (site.equals("mid.ru")) {
          assertThat(s.extra()).containsEntry("midId", expected[7]);
          assertThat(s.body()).doesNotContain("© Министерство");
        }
        if (file.equals("russia_ukraine.csv") && site.equals("kremlin.ru")) {
          assertThat(s.extra()).containsEntry("site", "Президент России");
        }
        if (!expected[8].isEmpty()) {
          int original = Integer.parseInt(expected[8].substring(expected[8].indexOf(':') + 1));
          ReadItem.Read first = (ReadItem.Read) items.get(original - 1);
          // the re-scraped duplicate differs in bytes (snapshot URL, footer year) but is the same
          // document: another id, the same key, the same body
          assertThat(read.original()).isNotEqualTo(first.original());
          assertThat(s.statementKey()).isEqualTo(first.statement().statementKey()).isNotNull();
          assertThat(s.body()).isEqualTo(first.statement().body());
        }
      }
    }
  }

  @Test
  void midDocumentNumberIsReadAndStripped() throws Exception {
    Path csv = SharedCorpus.path("corpus/ru-statements-narrative/russia_ukraine.csv");
    Statement s = ((ReadItem.Read) readAll(csv).get(11)).statement();
    assertThat(s.documentNumber()).matches("\\d+-\\d{2}-\\d{2}-\\d{4}");
    assertThat(s.body()).doesNotStartWith(s.documentNumber());
    String[] parts = s.documentNumber().split("-");
    assertThat(s.published())
        .isEqualTo(
            Published.of(
                LocalDate.of(
                    Integer.parseInt(parts[3]),
                    Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[1]))));
    assertThat(s.statementKey())
        .as("keyed by its number, as a capture of the same document is")
        .isEqualTo("mid:" + s.documentNumber() + ":ru");
    assertThat(s.extra().get("midId")).isNotBlank();
  }

  private static LocalDate expectedDate(String raw) {
    if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return LocalDate.parse(raw);
    }
    String[] p = raw.split("[-/]");
    int a = Integer.parseInt(p[0]);
    int b = Integer.parseInt(p[1]);
    int y = Integer.parseInt(p[2]);
    return raw.contains("/") ? LocalDate.of(y, a, b) : LocalDate.of(y, b, a);
  }
}
