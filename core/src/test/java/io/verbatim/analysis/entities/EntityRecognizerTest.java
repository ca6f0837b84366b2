package io.verbatim.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.analysis.morphology.RussianLemmatizer;
import io.verbatim.model.EntityCount;
import io.verbatim.model.EntityKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityRecognizerTest {
  private static final EntityRecognizer RECOGNIZER =
      new EntityRecognizer(
          Gazetteer.standard(),
          new TableLemmatizer(Map.of("египта", Set.of("египет"), "путиным", Set.of("путин"))));

  private static List<Mention> en(String text) {
    return RECOGNIZER.recognise(text, "en");
  }

  private static List<Mention> ru(String text) {
    return RECOGNIZER.recognise(text, "ru");
  }

  private static List<String> ids(List<Mention> mentions) {
    return mentions.stream().map(Mention::entityId).toList();
  }

  @Test
  void offsetsAreExactAndSurfacesVerbatim() {
    String text = "Talks between Russia and the Republic of Korea ended.";
    List<Mention> mentions = en(text);
    assertEquals(List.of("RUS", "KOR"), ids(mentions));
    for (Mention m : mentions) {
      assertEquals(m.surface(), text.substring(m.start(), m.end()));
    }
    assertEquals(14, mentions.get(0).start());
    assertEquals("Republic of Korea", mentions.get(1).surface());
  }

  @Test
  void longestMatchWins() {
    assertEquals(List.of("PRK"), ids(en("The Democratic People's Republic of Korea replied.")));
    assertEquals(List.of("RUS"), ids(en("The Russian Federation proposed a draft.")));
    assertFalse(en("The Russian Federation proposed a draft.").getFirst().adjectival());
    assertEquals(List.of("ZAF"), ids(en("South Africa hosted the summit.")));
  }

  @Test
  void abbreviationsAreCaseSensitive() {
    assertEquals(List.of(), ids(en("Let us talk; who knows, it is up to us.")));
    assertEquals(
        List.of("USA", "org:who", "org:eu"), ids(en("The US asked WHO and the EU for data.")));
    assertEquals(List.of("USA"), ids(en("The U.S. delegation left.")));
  }

  @Test
  void possessivesAndHyphensSplitWords() {
    List<Mention> m = en("Russia’s view and Syria's answer; the Russian-Indian talks.");
    assertEquals(List.of("RUS", "SYR", "RUS", "IND"), ids(m));
    assertEquals("Russia", m.get(0).surface());
    assertTrue(m.get(2).adjectival());
    assertTrue(m.get(3).adjectival());
  }

  @Test
  void noMatchInsideWords() {
    assertEquals(List.of(), ids(en("Chinatown, Omanis-like Perusal and Chadwick.")));
    assertEquals(List.of(), ids(ru("Кубок мира и чадра.")));
  }

  @Test
  void adjectivesAreMarked() {
    List<Mention> m = en("The Syrian government and Chinese experts met Iran.");
    assertEquals(List.of("SYR", "CHN", "IRN"), ids(m));
    assertEquals(List.of(true, true, false), m.stream().map(Mention::adjectival).toList());
  }

  @Test
  void blockingPhrasesHideShorterNames() {
    assertEquals(List.of(), ids(en("Latin America and Latin American markets grew.")));
    assertEquals(List.of("USA"), ids(en("America and Latin America.")));
    assertEquals(List.of(), ids(ru("страны Латинской Америки")));
  }

  @ParameterizedTest
  @CsvSource({
    "Россия, RUS",
    "России, RUS",
    "Россией, RUS",
    "Россию, RUS",
    "Российской Федерации, RUS",
    "Российская Федерация, RUS",
    "Соединённых Штатов, USA",
    "Соединенными Штатами Америки, USA",
    "США, USA",
    "КНДР, PRK",
    "Республикой Корея, KOR",
    "Китаем, CHN",
    "Китае, CHN",
    "Беларуси, BLR",
    "Израиля, ISR",
    "Египта, EGY",
    "Украине, UKR",
    "Соединённом Королевстве, GBR",
    "Великобританией, GBR",
    "Организации Объединённых Наций, org:un",
    "ООН, org:un",
    "Совете Безопасности ООН, org:unsc",
    "ОДКБ, org:csto",
    "Евросоюза, org:eu",
    "Шанхайской организации сотрудничества, org:sco",
    "Лиги арабских государств, org:las",
    "ЕАЭС, org:eaeu",
    "Содружества Независимых Государств, org:cis",
    "Группы двадцати, org:g20",
    "Крыму, ter:crimea",
    "Южной Осетии, ter:south-ossetia",
    "Нагорного Карабаха, ter:nagorno-karabakh"
  })
  void russianNamesInEveryCase(String text, String id) {
    List<Mention> m = ru("Речь шла о " + text + " и не только.");
    assertEquals(List.of(id), ids(m), text);
    assertEquals(text, m.getFirst().surface());
    assertFalse(m.getFirst().adjectival());
  }

  @ParameterizedTest
  @CsvSource({
    "российские, RUS",
    "российской, RUS",
    "американских, USA",
    "сирийскому, SYR",
    "китайскими, CHN",
    "британская, GBR",
    "украинского, UKR"
  })
  void russianAdjectivesInEveryCase(String word, String id) {
    List<Mention> m = ru("Это " + word + " предложения.");
    assertEquals(List.of(id), ids(m), word);
    assertTrue(m.getFirst().adjectival());
  }

  @Test
  void withTheRussianDictionaryIrregularFormsMatchToo() {
    EntityRecognizer withDictionary =
        new EntityRecognizer(Gazetteer.standard(), RussianLemmatizer.instance());
    List<Mention> m =
        withDictionary.recognise(
            "Послы Египта и Соединённых Штатов обсудили с российскими коллегами работу ОДКБ.",
            "ru");
    assertEquals(List.of("EGY", "USA", "RUS", "org:csto"), ids(m));
    assertEquals("Египта", m.getFirst().surface());
  }

  @Test
  void russianCompoundAdjectives() {
    List<Mention> m = ru("Российско-китайские переговоры прошли в Кремле.");
    assertEquals(List.of("RUS", "CHN"), ids(m));
    assertTrue(m.stream().allMatch(Mention::adjectival));
  }

  @Test
  void russianNamesNeedCapitals() {
    // "того" and "куба" as common words, not Togo and Cuba
    assertEquals(List.of(), ids(ru("кроме того, куба с водой не было")));
    assertEquals(List.of("TGO", "CUB"), ids(ru("Делегации Того и Кубы прибыли.")));
    // Самоа does not decline: "Самое главное" is not Samoa
    assertEquals(List.of("WSM"), ids(ru("Самое главное – помощь Самоа.")));
  }

  @Test
  void securityCouncilIsTheUnsOnlyWhenTheTextNamesTheUn() {
    assertEquals(List.of(), ids(en("The Security Council met in the Kremlin.")));
    assertEquals(
        List.of("org:un", "org:unsc"),
        ids(en("At the UN, the Security Council adopted a resolution.")));
    assertEquals(
        List.of("org:ru-security-council", "org:un"),
        ids(en("The Russian Security Council discussed the UN. The Security Council then met.")));
    assertEquals(
        List.of("org:un", "org:unsc"), ids(ru("В ООН Совет Безопасности принял решение.")));
  }

  @Test
  void citiesAreNotCountries() {
    assertEquals(List.of("UKR"), ids(en("Kiev and Kyiv are cities of Ukraine.")));
  }

  @Test
  void peopleWithTitles() {
    List<Mention> m = en("President Vladimir Putin met Foreign Minister Sergey Lavrov's deputy.");
    List<Mention> people = m.stream().filter(x -> x.kind() == EntityKind.PERSON).toList();
    assertEquals(
        List.of("person:vladimir-putin", "person:sergey-lavrov"),
        people.stream().map(Mention::entityId).toList());
    assertEquals("Sergey Lavrov", people.get(1).surface());

    List<Mention> withCountry = en("He met the President of Brazil Dilma Rousseff today.");
    assertEquals(List.of("BRA", "person:dilma-rousseff"), ids(withCountry));

    assertEquals(
        List.of("AUT", "person:alexander-van-der-bellen"),
        ids(en("Austrian Federal President Alexander Van der Bellen spoke.")));
    assertEquals(List.of(), ids(en("The President said nothing.")));
  }

  @Test
  void russianPeopleWithTitles() {
    List<Mention> m = ru("Президент России В.В.Путин встретился с Министром иностранных дел.");
    assertEquals(List.of("RUS", "person:vladimir-putin"), ids(m));
    // the title is instrumental, so is the name: "Владимиром Путиным" is Владимир Путин
    List<Mention> lemmatised = ru("Беседа с Президентом Владимиром Путиным.");
    assertEquals(List.of("person:vladimir-putin"), ids(lemmatised));
    assertEquals(
        List.of("person:kassym-jomart-tokayev"),
        ids(ru("Разговор с Президентом Касым-Жомартом Токаевым.")));
    assertEquals(
        List.of("RUS", "person:sergey-lavrov"),
        ids(ru("Встреча Министра иностранных дел России Сергея Лаврова.")));
  }

  @Test
  void countsByEntity() {
    List<EntityCount> counts =
        Mention.countByEntity(en("Syria, Syrian refugees, NATO and Syria again."));
    assertEquals(
        List.of(
            new EntityCount(
                "SYR",
                EntityKind.COUNTRY,
                3,
                1,
                List.of(
                    new EntityCount.Span(0, 5),
                    new EntityCount.Span(7, 13),
                    new EntityCount.Span(33, 38))),
            new EntityCount(
                "org:nato", EntityKind.ORGANISATION, 1, 0, List.of(new EntityCount.Span(24, 28)))),
        counts);
  }

  @Test
  void russianBareSecurityCouncilIsRussiasWhenTheTextNamesRussiaButNotTheUn() {
    assertEquals(
        List.of("RUS", "org:ru-security-council"),
        ids(ru("Президент России провёл совещание с членами Совета Безопасности.")));
    assertEquals(List.of(), ids(ru("Совет Безопасности собрался.")));
  }

  @Test
  void unknownLanguageIsRefusedClearly() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RECOGNIZER.recognise("Text", "de"));
    assertTrue(e.getMessage().contains("'de'"), e.getMessage());
    assertTrue(EntityRecognizer.supports("en-GB"));
  }
}
