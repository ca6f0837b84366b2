package io.verbatim.analysis.versions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerNamesTest {

  @ParameterizedTest
  @CsvSource({
    "Сергей Лавров, Sergey Lavrov, true",
    "Лавров С.В., Sergei Lavrov, true",
    "Мария Захарова, Maria Zakharova, true",
    "Владимир Путин, Vladimir Putin, true",
    "Юрий Ушаков, Yuri Ushakov, true",
    "Алексей Оверчук, Alexey Overchuk, true",
    "Сергей Лавров, Maria Zakharova, false",
    "В., V., false",
  })
  void namesMatchAcrossScripts(String a, String b, boolean same) {
    assertThat(SpeakerNames.same(a, b)).isEqualTo(same);
    assertThat(SpeakerNames.same(b, a)).isEqualTo(same);
  }

  @ParameterizedTest
  @CsvSource({"Щукин, shchukin", "Хлопонин, hloponin", "Алексей Ёжиков, 'alexei,ezhikov'"})
  void keysAreFoldedTransliterations(String name, String keys) {
    assertThat(String.join(",", SpeakerNames.keys(name))).isEqualTo(keys);
  }
}
