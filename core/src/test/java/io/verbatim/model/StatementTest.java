package io.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTest {

  private static Statement sample() {
    return Statement.builder()
        .withId(Statement.idFor("0123456789abcdef".repeat(4)))
        .withStatementKey("mid:1-01-01-2020:en")
        .withSource(
            new Source(
                "samples/a.txt",
                "capture",
                "0123456789abcdef".repeat(4),
                "0123456789abcdef".repeat(4),
                null,
                Instant.parse("2026-01-01T00:00:00Z")))
        .withTitle("Remarks by a spokesperson")
        .withPublished(new Published(LocalDate.of(2020, 1, 1), LocalTime.of(9, 5), null))
        .withLanguage("en")
        .withVersions(List.of("en-GB", "ru-RU"))
        .withSpeaker(new Speaker("Anna Example", "Spokesperson"))
        .withGenre(Genre.REMARKS)
        .withBody("First paragraph.\n\nSecond paragraph.")
        .addMaterial(new Material(Material.Kind.TAG, "OSCE", null))
        .putExtra("url", "https://example.org/1")
        .markInferred("speaker")
        .build();
  }

  @Test
  void roundTripsThroughJson() {
    Statement s = sample();
    String json = Json.compact(s);
    assertThat(json)
        .contains("\"published\":\"2020-01-01T09:05\"")
        .contains("\"genre\":\"remarks\"");
    assertThat(Json.readStatement(json)).isEqualTo(s);
  }

  @Test
  void aStatementWithoutTextHasATitleAndAnEmptyBody() {
    Statement photoOnly = sample().toBuilder().withBody("  \n ").withMentions(List.of()).build();
    assertThat(photoOnly.body()).isEmpty();
    assertThat(photoOnly.hasText()).isFalse();
    assertThat(sample().hasText()).isTrue();
    assertThat(Statement.builder().withTitle("Only a title").build().body()).isEmpty();
    String json = Json.compact(photoOnly);
    assertThat(json).contains("\"body\":\"\"").doesNotContain("hasText");
    assertThat(Json.readStatement(json)).isEqualTo(photoOnly);
  }

  @Test
  void absentFieldsAreWrittenAsNull() {
    assertThat(Json.compact(sample())).contains("\"place\":null").contains("\"eventDate\":null");
  }

  @Test
  void builderRejectsBadValues() {
    assertThatThrownBy(() -> Statement.builder().withLanguage("eng"))
        .hasMessageContaining("ISO 639-1");
    assertThatThrownBy(() -> Statement.builder().withVersions(List.of("en GB")))
        .hasMessageContaining("language tag");
    assertThatThrownBy(() -> Statement.builder().withId("XYZ"))
        .hasMessageContaining("16 lowercase hex");
    assertThatThrownBy(() -> Statement.builder().withBody("  ").build())
        .hasMessageContaining("a text or at least a title");
    assertThatThrownBy(() -> Statement.builder().withTitle(" ").build())
        .hasMessageContaining("a text or at least a title");
    assertThatThrownBy(() -> Statement.builder().markInferred("colour"))
        .hasMessageContaining("unknown statement field");
  }

  @Test
  void publishedKeepsItsPrecision() {
    assertThat(Published.parse("2016-04-28").toString()).isEqualTo("2016-04-28");
    assertThat(Published.parse("2016-04-28T09:49").toString()).isEqualTo("2016-04-28T09:49");
    assertThat(Published.parse("2016-04-28T09:49[Europe/Moscow]").zone().getId())
        .isEqualTo("Europe/Moscow");
    assertThatThrownBy(() -> Published.parse("28.04.2016")).hasMessageContaining("ISO");
  }

  @Test
  void theJsonGivesTheDateWithoutBracketsItsPrecisionAndItsZoneName() {
    Statement moscow =
        sample().toBuilder()
            .withPublished(
                new Published(
                    LocalDate.of(2013, 4, 5), LocalTime.of(19, 0), ZoneId.of("Europe/Moscow")))
            .build();
    String json = Json.compact(moscow);
    assertThat(json)
        .contains(
            "\"published\":\"2013-04-05T19:00+04:00\",\"publishedPrecision\":\"minute\","
                + "\"publishedZone\":\"Europe/Moscow\"");
    assertThat(Json.readStatement(json)).isEqualTo(moscow);
    assertThat(Json.readStatement(json).published().zone()).isEqualTo(ZoneId.of("Europe/Moscow"));

    Statement year = sample().toBuilder().withPublished(Published.ofYear(2019)).build();
    assertThat(Json.compact(year))
        .contains("\"published\":\"2019\",\"publishedPrecision\":\"year\",\"publishedZone\":null");
    assertThat(Json.readStatement(Json.compact(year))).isEqualTo(year);

    Statement undated = sample().toBuilder().withPublished(null).build();
    assertThat(Json.compact(undated))
        .contains("\"published\":null,\"publishedPrecision\":null,\"publishedZone\":null");
    assertThat(Json.readStatement(Json.compact(undated))).isEqualTo(undated);
  }

  @Test
  void recordsStoredByTheEarlierVersionReadBack() {
    // As the previous version wrote them: the zone in brackets, no precision or zone fields.
    String stored =
        Json.compact(sample())
            .replaceAll(",\"publishedPrecision\":[^,]*,\"publishedZone\":[^,]*", "");
    assertThat(stored).doesNotContain("publishedPrecision");
    String moscow =
        stored.replace(
            "\"published\":\"2020-01-01T09:05\"",
            "\"published\":\"2016-04-28T09:49[Europe/Moscow]\"");
    assertThat(Json.readStatement(moscow).published())
        .isEqualTo(
            new Published(
                LocalDate.of(2016, 4, 28), LocalTime.of(9, 49), ZoneId.of("Europe/Moscow")));
    String day = stored.replace("\"2020-01-01T09:05\"", "\"2016-04-28\"");
    assertThat(Json.readStatement(day).published())
        .isEqualTo(Published.of(LocalDate.of(2016, 4, 28)));
    assertThat(Json.readStatement(stored)).isEqualTo(sample());
  }

  @Test
  void aBadZoneNameInAStoredRecordIsNamed() {
    String json =
        Json.compact(sample()).replace("\"publishedZone\":null", "\"publishedZone\":\"Mars/Base\"");
    assertThatThrownBy(() -> Json.readStatement(json)).hasMessageContaining("Mars/Base");
  }

  @Test
  void genreReadsLabelsAndNames() {
    assertThat(Genre.fromLabel("press release")).isEqualTo(Genre.PRESS_RELEASE);
    assertThat(Genre.fromLabel("PRESS_RELEASE")).isEqualTo(Genre.PRESS_RELEASE);
    assertThatThrownBy(() -> Genre.fromLabel("poem")).hasMessageContaining("known:");
  }
}
