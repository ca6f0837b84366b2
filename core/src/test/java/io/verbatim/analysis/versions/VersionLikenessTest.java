package io.verbatim.analysis.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.model.EntityCount;
import io.verbatim.model.EntityKind;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionLikenessTest {

  private static Statement statement(String body, LocalDate date, String speaker, String... ids) {
    return Statement.builder()
        .withBody(body)
        .withPublished(date == null ? null : Published.of(date))
        .withSpeaker(speaker == null ? null : new Speaker(speaker, null))
        .withMentions(
            java.util.Arrays.stream(ids)
                .map(
                    id ->
                        new EntityCount(
                            id, EntityKind.COUNTRY, 1, 0, List.of(new EntityCount.Span(0, 1))))
                .toList())
        .build();
  }

  private static final LocalDate DAY = LocalDate.of(2022, 2, 2);

  @Test
  void numbersIgnoreDigitGroupSeparatorsAndSingleDigits() {
    assertThat(VersionLikeness.numbers("1 500 000 people, 1,500,000 again; 7 days in 2021, 3.5%"))
        .containsExactly("1500000", "2021");
  }

  @Test
  void confidenceIsTheWeightedSumOfTheParts() {
    Statement en = statement("In 2021 we sent 300 trucks.", DAY, "Anna Example", "RUS", "TUR");
    Statement ru =
        statement(
            "В 2021 году мы отправили 300 грузовиков, 12 колонн.", DAY, "Анна Экзампл", "RUS");
    VersionLikeness l = VersionLikeness.of(en, ru);
    // Same day 1, same speaker 1, entities {RUS}/{RUS,TUR} = 0.5, numbers {2021,300}/{2021,300,12}
    // = 2/3: 0.2 + 0.3 + 0.15 + 0.2 * 2/3.
    assertThat(l.confidence()).isCloseTo(0.2 + 0.3 + 0.15 + 0.2 * 2 / 3.0, within(1e-9));
    assertThat(l.linked()).isTrue();
    assertThat(l.evidence()).contains("same date", "entities Jaccard 0.50", "numbers Jaccard 0.67");
  }

  @Test
  void unknownSpeakerCountsHalf() {
    Statement a = statement("Talks in 2021.", DAY, null, "RUS");
    Statement b = statement("Переговоры в 2021 году.", DAY.plusDays(1), "Кто-то", "RUS");
    // 0.2*0.5 + 0.3*0.5 + 0.3 + 0.2 = 0.75
    assertThat(VersionLikeness.of(a, b).confidence()).isCloseTo(0.75, within(1e-9));
    assertThat(VersionLikeness.of(a, b).evidence()).contains("speaker unknown");
  }

  @Test
  void differentSpeakersFarDatesOrNoDateAreNoCandidates() {
    Statement a = statement("Talks in 2021.", DAY, "Anna Example", "RUS");
    assertThat(
            VersionLikeness.of(a, statement("Talks in 2021.", DAY, "Boris Sample", "RUS"))
                .confidence())
        .isZero();
    assertThat(
            VersionLikeness.of(
                    a, statement("Talks in 2021.", DAY.plusDays(2), "Anna Example", "RUS"))
                .evidence())
        .containsExactly("2 days apart");
    assertThat(
            VersionLikeness.of(a, statement("Talks in 2021.", null, "Anna Example", "RUS"))
                .linked())
        .isFalse();
  }
}
