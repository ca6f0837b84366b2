package io.verbatim.extract.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Published;
import io.verbatim.model.Statement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private final JsonLinesReader reader = new JsonLinesReader();

  @Test
  void readsEachLineAsAStatementWithItsOwnBytes() throws Exception {
    String line1 =
        "{\"headline\":\"Press remarks\",\"datetime\":\"2018-09-25T10:30\",\"content\":\"First"
            + " paragraph.\\n\\nSecond paragraph.\",\"source_url\":\"https://mid.ru/en/foreign_policy/news/4242/\","
            + "\"lang\":\"en\",\"tags\":[\"one\",\"two\"],\"views\":17}\n";
    String line2 = "{\"title\":\"Short\",\"text\":\"Kurzer Text.\",\"language\":\"de\"}\n";
    List<ReadItem> items = reader.read(Capture.ofText("x.jsonl", line1 + "\n" + line2));
    assertThat(items).hasSize(2);
    ReadItem.Read first = (ReadItem.Read) items.get(0);
    Statement s = first.statement();
    assertThat(first.locator()).isEqualTo("line 1");
    assertThat(first.original()).isEqualTo(line1.getBytes(StandardCharsets.UTF_8));
    assertThat(s.title()).isEqualTo("Press remarks");
    assertThat(s.published()).isEqualTo(Published.parse("2018-09-25T10:30"));
    assertThat(s.body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    assertThat(s.statementKey()).isEqualTo("mid:4242:en");
    assertThat(s.extra()).containsEntry("tags", "one\ntwo").containsEntry("views", "17");
    ReadItem.Read second = (ReadItem.Read) items.get(1);
    assertThat(second.locator()).isEqualTo("line 3");
    assertThat(second.statement().language()).isEqualTo("de");
  }

  @Test
  void aTextLongerThanJacksonsDefaultStringLimitIsRead() throws Exception {
    // Jackson stops at 20,000,000 characters by default; a record's body may hold 64 Mi.
    String text = "word ".repeat(4_200_000).strip();
    List<ReadItem> items =
        reader.read(Capture.ofText("x.jsonl", "{\"title\":\"Long\",\"text\":\"" + text + "\"}\n"));
    assertThat(items).hasSize(1);
    assertThat(((ReadItem.Read) items.get(0)).statement().body()).hasSize(text.length());
  }

  @Test
  void badLinesAreProblemsAndTheOthersGoOn() throws Exception {
    List<ReadItem> items =
        reader.read(
            Capture.ofText(
                "x.jsonl",
                "{\"text\":\"Good one.\"}\n{\"text\": oops}\n{\"text\":\"Dated.\",\"date\":\"later\"}\n"));
    assertThat(items.get(0)).isInstanceOf(ReadItem.Read.class);
    assertThat(((ReadItem.Problem) items.get(1)).locator()).isEqualTo("line 2");
    assertThat(((ReadItem.Problem) items.get(1)).message()).startsWith("not valid JSON");
    assertThat(items.get(2))
        .isEqualTo(new ReadItem.Problem("line 3", "date 'later' in column 'date' cannot be read"));
  }

  @Test
  void mappingNamingAnAbsentKeyFails() {
    JsonLinesReader custom = new JsonLinesReader(ColumnMapping.parse("text=words"));
    assertThatThrownBy(() -> custom.read(Capture.ofText("x.jsonl", "{\"text\":\"A.\"}\n")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("'words'");
  }

  @Test
  void recognisesJsonObjectLines() {
    assertThat(reader.recognise(Capture.ofText("a.jsonl", "{\"text\":\"x\"}\n{\"a\":1}\n")))
        .isEqualTo(70);
    assertThat(reader.recognise(Capture.ofText("a.json", "[{\"text\":\"x\"}]")))
        .isEqualTo(FormatReader.NO);
    assertThat(reader.recognise(Capture.ofText("a.txt", "Plain words.")))
        .isEqualTo(FormatReader.NO);
  }
}
