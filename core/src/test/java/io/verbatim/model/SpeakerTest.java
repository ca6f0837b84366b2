package io.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The speaker keeps the name as printed and adds who that is; older records still read. */
class SpeakerTest {
  @Test
  void theIdIsAddedBesideTheNameAsPrinted() {
    Speaker printed = new Speaker("Mr. GROMYKO", null);
    Speaker resolved = printed.withId("person:andrei-gromyko");
    assertThat(resolved.name()).isEqualTo("Mr. GROMYKO");
    assertThat(resolved.id()).isEqualTo("person:andrei-gromyko");
    assertThat(printed.id()).isNull();
  }

  @Test
  void aRecordStoredWithoutSpeakerIdsReadsWithNone() throws Exception {
    String stored = "{\"name\":\"Sergey Lavrov\",\"role\":\"Foreign Minister\"}";
    Speaker s = Json.mapper().convertValue(Json.mapper().readTree(stored), Speaker.class);
    assertThat(s).isEqualTo(new Speaker("Sergey Lavrov", "Foreign Minister"));
    assertThat(s.id()).isNull();
  }

  @Test
  void theIdIsWrittenOnlyWhenKnownAndReadBack() throws Exception {
    assertThat(Json.compact(new Speaker("Sergey Lavrov", null))).doesNotContain("\"id\"");
    Speaker resolved = new Speaker("Sergey Lavrov", null, "person:sergey-lavrov");
    String json = Json.compact(resolved);
    assertThat(json).contains("\"id\":\"person:sergey-lavrov\"");
    assertThat(Json.mapper().convertValue(Json.mapper().readTree(json), Speaker.class))
        .isEqualTo(resolved);
  }

  @Test
  void anIdIsAPersonIdFoundFromAName() {
    assertThatThrownBy(() -> new Speaker("Lavrov", null, "Lavrov"))
        .hasMessageContaining("not a person id");
    assertThatThrownBy(() -> new Speaker(null, "Foreign Minister", "person:sergey-lavrov"))
        .hasMessageContaining("needs the name");
  }
}
