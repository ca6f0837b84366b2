package io.verbatim.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The languages the issue names, on short sentences written for this test. */
class LanguageDetectorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | The minister thanked the delegations for a frank and useful exchange of views on regional security.",
        "ru | Министр поблагодарил делегации за откровенный и полезный обмен мнениями о региональной безопасности.",
        "fr | Le ministre a remercié les délégations pour un échange de vues franc et utile sur la sécurité régionale.",
        "es | El ministro agradeció a las delegaciones un intercambio de opiniones franco y útil sobre la seguridad regional.",
        "zh | 部长感谢各代表团就地区安全问题进行了坦率而有益的意见交流。",
        "ar | شكر الوزير الوفود على تبادل الآراء الصريح والمفيد بشأن الأمن الإقليمي.",
        "de | Der Minister dankte den Delegationen für einen offenen und nützlichen Meinungsaustausch über regionale Sicherheit.",
      })
  void detectsTheLanguagesStatementsComeIn(String expected, String text) {
    assertThat(LanguageDetector.detect(text)).contains(expected);
  }

  @Test
  void saysNothingWhenThereIsNothingToTell() {
    assertThat(LanguageDetector.detect("")).isEmpty();
    assertThat(LanguageDetector.detect("   ")).isEmpty();
    assertThat(LanguageDetector.detect(null)).isEmpty();
  }
}
