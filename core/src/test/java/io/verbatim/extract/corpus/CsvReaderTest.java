package io.verbatim.extract.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.extract.DateReader.NumericOrder;
import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private final CsvReader reader = new CsvReader();

  private static List<ReadItem> read(FormatReader reader, String text) throws BadInputException {
    return reader.read(Capture.ofText("table.csv", text));
  }

  private static List<ReadItem> read(String text) throws BadInputException {
    return read(new CsvReader(), text);
  }

  private static Statement statement(ReadItem item) {
    assertThat(item).isInstanceOf(ReadItem.Read.class);
    return ((ReadItem.Read) item).statement();
  }

  @Test
  void readsColumnsBySynonymAndKeepsTheRestInExtra() throws Exception {
    String csv =
        "Headline,Published,Body,Link,Author,Lang,Location,doc_id,mood\n"
            + "Talks on fisheries,2019-05-14,The two sides agreed to meet again.,"
            + "https://example.org/a/1,Anna Berg,en,Oslo,A-1,calm\n";
    Statement s = statement(read(csv).get(0));
    assertThat(s.title()).isEqualTo("Talks on fisheries");
    assertThat(s.published()).isEqualTo(Published.parse("2019-05-14"));
    assertThat(s.body()).isEqualTo("The two sides agreed to meet again.");
    assertThat(s.speaker()).isEqualTo(new Speaker("Anna Berg", null));
    assertThat(s.language()).isEqualTo("en");
    assertThat(s.place()).isEqualTo("Oslo");
    assertThat(s.statementKey()).isEqualTo("url:example.org/a/1:en");
    assertThat(s.extra())
        .containsEntry("url", "https://example.org/a/1")
        .containsEntry("id", "A-1")
        .containsEntry("mood", "calm");
  }

  @Test
  void aDateCellStatingOnlyAMonthOrAYearKeepsThatPrecision() throws Exception {
    String csv =
        "title,date,text\n"
            + "A,2019,A speech dated by its year.\n"
            + "B,September 2019,A note dated by its month.\n"
            + "C,2019-09,Another note dated by its month.\n"
            + "D,24.09.2019,A briefing dated by its day.\n"
            + "E,NA,An undated interview.\n";
    List<ReadItem> items = read(csv);
    assertThat(items).hasSize(5);
    assertThat(statement(items.get(0)).published()).isEqualTo(Published.ofYear(2019));
    assertThat(statement(items.get(1)).published())
        .isEqualTo(Published.ofMonth(java.time.YearMonth.of(2019, 9)));
    assertThat(statement(items.get(2)).published()).hasToString("2019-09");
    assertThat(statement(items.get(3)).published()).hasToString("2019-09-24");
    assertThat(statement(items.get(4)).published()).isNull();
    assertThat(statement(items.get(0)).inferred()).doesNotContain("published");
  }

  @Test
  void customMappingStringNamesTheColumns() throws Exception {
    ColumnMapping mapping = ColumnMapping.parse("title=heading, date=pub,text=words");
    String csv = "heading,pub,words,text\nA note,28.04.2016,Words of the note.,decoy\n";
    Statement s = statement(read(new CsvReader(mapping), csv).get(0));
    assertThat(s.title()).isEqualTo("A note");
    assertThat(s.published()).isEqualTo(Published.parse("2016-04-28"));
    assertThat(s.body()).isEqualTo("Words of the note.");
    assertThat(s.extra()).containsEntry("text", "decoy");
  }

  @Test
  void mappingNamingAMissingColumnFailsWithTheColumns() {
    CsvReader custom = new CsvReader(ColumnMapping.parse("text=content"));
    assertThatThrownBy(() -> read(custom, "title,body\nA,B\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("'content'")
        .hasMessageContaining("title, body");
  }

  @Test
  void headerWithoutTextColumnFails() {
    assertThatThrownBy(() -> read("title,date\nA,2020-01-01\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no column holds the statement text")
        .hasMessageContaining("title, date");
  }

  @Test
  void byteOrderMarkIsNoPartOfTheFirstRow() throws Exception {
    String body = "title,text\nFirst,One line.\nSecond,Another line.\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(bom);
    file.write(body.getBytes(StandardCharsets.UTF_8));
    List<ReadItem> items = reader.read(new Capture("bom.csv", null, file.toByteArray()));
    assertThat(statement(items.get(0)).title()).isEqualTo("First");
    assertThat(new String(((ReadItem.Read) items.get(0)).original(), StandardCharsets.UTF_8))
        .isEqualTo("First,One line.\n");
  }

  @Test
  void rowBytesAreTheFileSlicesAndTogetherWithTheHeaderMakeTheFile() throws Exception {
    String csv =
        "title;text;date\r\n"
            + "Кратко;\"Первый абзац.\r\n\r\nВторой абзац; с точкой с запятой.\";01.02.2003\r\n"
            + "\"With \"\"quotes\"\"\";Plain text here.;NA\r\n";
    List<ReadItem> items = read(csv);
    assertThat(items).hasSize(2);
    StringBuilder rebuilt = new StringBuilder("title;text;date\r\n");
    for (ReadItem item : items) {
      rebuilt.append(new String(((ReadItem.Read) item).original(), StandardCharsets.UTF_8));
    }
    assertThat(rebuilt.toString()).isEqualTo(csv);
    Statement first = statement(items.get(0));
    assertThat(first.body()).isEqualTo("Первый абзац.\n\nВторой абзац; с точкой с запятой.");
    assertThat(first.published()).isEqualTo(Published.parse("2003-02-01"));
    assertThat(first.language()).isEqualTo("ru");
    Statement second = statement(items.get(1));
    assertThat(second.title()).isEqualTo("With \"quotes\"");
    assertThat(second.published()).isNull();
    assertThat(((ReadItem.Read) items.get(1)).locator()).isEqualTo("row 2");
  }

  @Test
  void missingDatesAreNullAndAnUnreadableDateIsAProblemForThatRowOnly() throws Exception {
    String csv =
        "title,date,text\n"
            + "a,NA,Text a.\n"
            + "b,,Text b.\n"
            + "c,null,Text c.\n"
            + "d,sometime soon,Text d.\n"
            + "e,2020-02-30,Text e.\n"
            + "f,2021-03-04,Text f.\n";
    List<ReadItem> items = read(csv);
    assertThat(items).hasSize(6);
    for (int i = 0; i < 3; i++) {
      assertThat(statement(items.get(i)).published()).isNull();
    }
    assertThat(items.get(3))
        .isEqualTo(
            new ReadItem.Problem("row 4", "date 'sometime soon' in column 'date' cannot be read"));
    assertThat(items.get(4))
        .isEqualTo(
            new ReadItem.Problem("row 5", "date '2020-02-30' in column 'date' cannot be read"));
    assertThat(statement(items.get(5)).published()).isEqualTo(Published.parse("2021-03-04"));
  }

  @Test
  void numericDateOrders() throws Exception {
    String csv =
        "date,text\n"
            + "04/05/2016,slash month first\n"
            + "28/04/2016,slash day first because 28 > 12\n"
            + "04-05-2016,dash day first\n"
            + "04.05.2016,dot day first\n";
    List<ReadItem> items = read(csv);
    assertThat(statement(items.get(0)).published()).isEqualTo(Published.parse("2016-04-05"));
    assertThat(statement(items.get(1)).published()).isEqualTo(Published.parse("2016-04-28"));
    assertThat(statement(items.get(2)).published()).isEqualTo(Published.parse("2016-05-04"));
    assertThat(statement(items.get(3)).published()).isEqualTo(Published.parse("2016-05-04"));

    CsvReader monthFirst =
        new CsvReader(ColumnMapping.builder().numericOrder(NumericOrder.MONTH_FIRST).build());
    assertThat(statement(read(monthFirst, csv).get(2)).published())
        .isEqualTo(Published.parse("2016-04-05"));
  }

  @Test
  void rowWithoutTextAndTitleIsAProblem() throws Exception {
    List<ReadItem> items = read("title,text\n,\nFull,Some words.\n");
    assertThat(items.get(0)).isInstanceOf(ReadItem.Problem.class);
    assertThat(((ReadItem.Problem) items.get(0)).locator()).isEqualTo("row 1");
    assertThat(((ReadItem.Problem) items.get(0)).message())
        .contains("no text in column 'text' and no title");
    assertThat(statement(items.get(1)).body()).isEqualTo("Some words.");
  }

  @Test
  void rowWithATitleButNoTextIsAStatementWithoutText() throws Exception {
    List<ReadItem> items =
        read("title,date,place,text\nPhotos of an invented harbour visit,2021-03-04,Tallinn,\n");
    Statement s = statement(items.get(0));
    assertThat(s.hasText()).isFalse();
    assertThat(s.title()).isEqualTo("Photos of an invented harbour visit");
    assertThat(s.published()).isEqualTo(Published.parse("2021-03-04"));
    assertThat(s.place()).isEqualTo("Tallinn");
  }

  @Test
  void truncatedFileKeepsCompleteRowsAndNamesTheBrokenOne() throws Exception {
    String csv =
        "title,text\nOne,\"Complete.\"\nTwo,\"Also complete.\"\nThree,\"Cut off in the mid";
    List<ReadItem> items = read(csv);
    assertThat(items).hasSize(3);
    assertThat(statement(items.get(0)).body()).isEqualTo("Complete.");
    assertThat(statement(items.get(1)).body()).isEqualTo("Also complete.");
    ReadItem.Problem broken = (ReadItem.Problem) items.get(2);
    assertThat(broken.locator()).isEqualTo("row 3");
    assertThat(broken.message()).contains("never closed").contains("line 4");
  }

  @Test
  void rowWithMoreCellsThanTheHeaderIsAProblem() throws Exception {
    List<ReadItem> items = read("title,text\nA,B,C\nD,E\n");
    assertThat(((ReadItem.Problem) items.get(0)).message())
        .contains("3 cells")
        .contains("2 columns");
    assertThat(statement(items.get(1)).body()).isEqualTo("E");
  }

  @Test
  void duplicateRowsHaveIdenticalBytesAndTheSameKey() throws Exception {
    String row =
        "Same,https://kremlin.ru/events/president/news/123,"
            + "Президент провёл встречу с губернатором и обсудил развитие области.\n";
    List<ReadItem> items = read("title,url,text\n" + row + row);
    ReadItem.Read a = (ReadItem.Read) items.get(0);
    ReadItem.Read b = (ReadItem.Read) items.get(1);
    assertThat(a.original())
        .isEqualTo(b.original())
        .isEqualTo(row.getBytes(StandardCharsets.UTF_8));
    assertThat(a.statement().statementKey()).isEqualTo("kremlin:123:ru");
    assertThat(b.statement().statementKey()).isEqualTo("kremlin:123:ru");
  }

  @Test
  void sharedUrlWithDifferentTextsGivesNoKey() throws Exception {
    String csv =
        "title,url,text\n"
            + "First talk,https://mid.ru/en/foreign_policy/x/77/,Words of the first talk.\n"
            + "Second talk,https://mid.ru/en/foreign_policy/x/77/,Words of a second talk.\n"
            + "Third,https://mid.ru/en/foreign_policy/news/78/,Words of the third.\n";
    List<ReadItem> items = read(csv);
    assertThat(statement(items.get(0)).statementKey()).isNull();
    assertThat(statement(items.get(0)).extra()).containsKey("keyNote");
    assertThat(statement(items.get(1)).statementKey()).isNull();
    assertThat(statement(items.get(2)).statementKey()).isEqualTo("mid:78:en");
  }

  @Test
  void numberedTextColumnsAreConcatenatedInOrderAndNumberedNamesListed() throws Exception {
    String csv =
        "title,text_2,text_1,Name_1,Name_2\n"
            + "T,\"second half.\",\"First half, \",ИВАНОВ Иван,ПЕТРОВ Пётр\n";
    Statement s = statement(read(csv).get(0));
    assertThat(s.body()).isEqualTo("First half, second half.");
    assertThat(s.extra()).containsEntry("participants", "ИВАНОВ Иван\nПЕТРОВ Пётр");
  }

  @Test
  void recognisesCsvByNameOrHeader() {
    assertThat(reader.recognise(Capture.ofText("x.csv", "a,b\n1,2\n"))).isEqualTo(70);
    assertThat(reader.recognise(Capture.ofText("x.txt", "title;content\nA;B\n"))).isEqualTo(70);
    assertThat(reader.recognise(Capture.ofText("x.txt", "title,date\nA,B\n")))
        .isEqualTo(FormatReader.NO);
    assertThat(reader.recognise(Capture.ofText("x.txt", "Just a speech, with commas.\n")))
        .isEqualTo(FormatReader.NO);
  }
}
