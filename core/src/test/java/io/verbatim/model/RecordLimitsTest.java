package io.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The record limits: 64 Mi characters of text, 1 Mi of everything else, read back by Json. */
class RecordLimitsTest {
  @Test
  void theBodyLimitIsTheDefaultLargestFileInCharacters() {
    assertThat(RecordLimits.MAX_BODY_CHARS).isEqualTo(64 * 1024 * 1024);
    assertThat((long) RecordLimits.MAX_BODY_CHARS).isEqualTo(RecordLimits.DEFAULT_MAX_FILE_BYTES);
    assertThat(RecordLimits.readConstraints().getMaxStringLength())
        .isEqualTo(RecordLimits.MAX_BODY_CHARS);
    assertThat(RecordLimits.readConstraints().getMaxNameLength())
        .isEqualTo(RecordLimits.MAX_BODY_CHARS);
  }

  @Test
  void aStatementAtTheLimitsPassesOneCharacterMoreIsRefusedWithTheNumbers() {
    String atLimit = "x".repeat(RecordLimits.MAX_BODY_CHARS);
    assertThat(RecordLimits.check(Statement.builder().withBody(atLimit).build())).isNotNull();
    assertThatThrownBy(
            () -> RecordLimits.check(Statement.builder().withBody(atLimit + "y").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the text is 67,108,865 characters")
        .hasMessageContaining("limit of 67,108,864");

    // title 5 + extra name 5 + value: 1 Mi in all
    String value = "v".repeat((1 << 20) - 10);
    Statement.Builder b =
        Statement.builder().withBody("Text.").withTitle("Title").withExtra(Map.of("notes", value));
    assertThat(RecordLimits.otherChars(b.build())).isEqualTo(1 << 20);
    assertThat(RecordLimits.check(b.build())).isNotNull();
    assertThatThrownBy(() -> RecordLimits.check(b.withTitle("Title!").build()))
        .hasMessageContaining("1,048,577 characters together, over the limit of 1,048,576");
  }

  @Test
  void jsonReadsBackAStringAtTheLimit() {
    String body = "ab".repeat(RecordLimits.MAX_BODY_CHARS / 2);
    Statement s = Statement.builder().withTitle("Long").withBody(body).build();
    assertThat(Json.readStatement(Json.compact(s)).body()).isEqualTo(body);
  }
}
