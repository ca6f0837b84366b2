package io.verbatim.extract.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.extract.corpus.ColumnMapping.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  @Test
  void parsesTheStringForm() {
    ColumnMapping m = ColumnMapping.parse("title=headline, date=pub,text=content");
    assertThat(m.columns())
        .containsEntry(Field.TITLE, "headline")
        .containsEntry(Field.DATE, "pub")
        .containsEntry(Field.TEXT, "content");
    assertThat(m.numericOrder()).isNull();
  }

  @Test
  void rejectsUnknownFieldsAndMalformedParts() {
    assertThatThrownBy(() -> ColumnMapping.parse("titel=headline"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown field 'titel'")
        .hasMessageContaining("title");
    assertThatThrownBy(() -> ColumnMapping.parse("title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not field=column");
    assertThatThrownBy(() -> ColumnMapping.parse("title="))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resolvesSynonymsCaseInsensitivelyAndNumberedGroupsInOrder() throws Exception {
    List<String> header =
        List.of(
            "TITLE", "Full_Text_2", "full_text_1", "full_text_10", "Raw_Date", "Name_1", "extra_1");
    ColumnMapping.Resolved r = ColumnMapping.defaults().resolve(header);
    assertThat(r.fields().get(Field.TITLE)).containsExactly(0);
    assertThat(r.fields().get(Field.TEXT)).containsExactly(2, 1, 3);
    assertThat(r.fields().get(Field.DATE)).containsExactly(4);
    assertThat(r.fields().get(Field.PARTICIPANTS)).containsExactly(5);
    assertThat(r.unmapped()).containsOnlyKeys("extra_1");
  }

  @Test
  void aPlainDateColumnWinsOverRawDate() throws Exception {
    ColumnMapping.Resolved r =
        ColumnMapping.defaults().resolve(List.of("raw_date", "date", "body"));
    assertThat(r.fields().get(Field.DATE)).containsExactly(1);
    assertThat(r.unmapped()).containsOnlyKeys("raw_date");
  }
}
