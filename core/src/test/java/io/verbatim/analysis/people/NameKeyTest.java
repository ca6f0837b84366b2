package io.verbatim.analysis.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Name keys and Latin spellings. The pairs are spellings of one name in the systems newspapers and
 * standards use (BGN/PCGN, ISO 9 and GOST without diacritics, ICAO, German usage).
 */
class NameKeyTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "Sergey, Sergei",
    "Sergey, Сергей",
    "Sergej, Сергей",
    "Dmitry, Dmitriy",
    "Dmitrii, Дмитрий",
    "Maria, Mariya",
    "Mariia, Мария",
    "Zelensky, Zelenskyy",
    "Zelenskiy, Зеленский",
    "GROMYKO, Громыко",
    "Shoigu, Shoygu",
    "Šojgu, Шойгу",
    "Yevgeny, Евгений",
    "Evgeny, Yevgeniy",
    "Matviyenko, Matvienko",
    "Матвиенко, Matvienko",
    "Khrushchev, Хрущёв",
    "Fyodor, Фёдор",
    "Tokayev, Токаев",
    "Aleksei, Alexey",
    "Yuri, Юрий",
    "Hammarskjöld, Hammarskjold",
    "António, Antonio",
  })
  void spellingsOfOneNameMeet(String a, String b) {
    assertThat(NameKey.word(a)).isEqualTo(NameKey.word(b));
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource({"Ivanov, Ivanovic", "Ivanov, Ivanova", "Francisco, Antonio", "Lavrov, Lavrin"})
  void differentNamesStayApart(String a, String b) {
    assertThat(NameKey.word(a)).isNotEqualTo(NameKey.word(b));
  }

  @Test
  void namesAreKeyedWordByWord() {
    assertThat(NameKey.of("Ban Ki-moon")).isEqualTo("ban ki mon");
    assertThat(NameKey.of("С.В.Лавров")).isEqualTo("s v lavrov");
  }

  @Test
  void strictSpellingsDoNotFold() {
    assertThat(NameKey.strict("Charter")).isNotEqualTo(NameKey.strict("Carter"));
    assertThat(NameKey.strict("Ivanović")).isEqualTo("ivanovic");
    assertThat(NameKey.strict("Лукашенко")).isEqualTo("лукашенко");
  }

  @Test
  void russianIsWrittenInLatinByBgnPcgn() {
    assertThat(Transliteration.latin("Сергей Лавров")).isEqualTo("Sergey Lavrov");
    assertThat(Transliteration.latin("Юрий Ушаков")).isEqualTo("Yuriy Ushakov");
    assertThat(Transliteration.latin("Ельцин")).isEqualTo("Yeltsin");
    assertThat(Transliteration.latin("Матвиенко")).isEqualTo("Matviyenko");
    assertThat(Transliteration.latin("Никита Хрущёв")).isEqualTo("Nikita Khrushchev");
    assertThat(Transliteration.latin("ЛАВРОВ")).isEqualTo("LAVROV");
    assertThat(Transliteration.latin("Щетнев")).isEqualTo("Shchetnev");
  }

  @Test
  void newspaperSpellingsOfARussianNameAreItsVariants() {
    assertThat(Transliteration.variants("Зеленский"))
        .contains("zelenskiy", "zelensky", "zelenskyy", "zelenski", "zelenskii");
    assertThat(Transliteration.variants("Шойгу")).contains("shoygu", "shoigu");
    assertThat(Transliteration.variants("Матвиенко")).contains("matviyenko", "matvienko");
    assertThat(Transliteration.variants("Евгений")).contains("yevgeniy", "evgeniy", "evgeny");
  }

  @Test
  void derivedIdsAreLatinSlugsOfTheName() {
    assertThat(PersonIds.derived("Виктор Христенко")).isEqualTo("person:viktor-khristenko");
    assertThat(PersonIds.derived("António Guterres")).isEqualTo("person:antonio-guterres");
    assertThat(PersonIds.derived("Francisco Guterres Lu-Olo"))
        .isEqualTo("person:francisco-guterres-lu-olo");
    assertThat(PersonIds.derived("С.В. Лавров")).isEqualTo("person:s-v-lavrov");
  }
}
