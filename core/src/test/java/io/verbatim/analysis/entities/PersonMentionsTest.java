package io.verbatim.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analysis.people.Period;
import io.verbatim.model.EntityKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Person mentions are names of people (people/GUIDELINES.md): each case here is a sentence written
 * for the rule it checks, with the mentions a reader would mark.
 */
class PersonMentionsTest {
  private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard();

  /** "surface=id" for each person mention. */
  private static List<String> people(String text, String language) {
    return people(text, language, null);
  }

  private static List<String> people(String text, String language, Period when) {
    return RECOGNIZER.recognise(text, language, when).stream()
        .filter(m -> m.kind() == EntityKind.PERSON)
        .map(m -> m.surface() + "=" + m.entityId())
        .toList();
  }

  @Test
  void titlesGreetingsAndCommonWordsAreNotPeople() {
    assertThat(
            people(
                "Mr. President, distinguished delegates, Excellencies, ladies and gentlemen, Mr."
                    + " Secretary-General. As the President said, the Chairman agreed.",
                "en"))
        .isEmpty();
    assertThat(people("Thank you, Mr. Chairman. Dear colleagues!", "en")).isEmpty();
  }

  @Test
  void aTitleIntroducesANameButIsNotPartOfIt() {
    assertThat(
            people("Foreign Minister Sergey Lavrov met President of Brazil Dilma Rousseff.", "en"))
        .containsExactly(
            "Sergey Lavrov=person:sergey-lavrov", "Dilma Rousseff=person:dilma-rousseff");
  }

  @Test
  void russianTitlesTheirComplementsAndCasesAreNotPartOfTheName() {
    // "Председателю Правительства" is the title; the name is in the title's case, the dative
    assertThat(people("Поручение Председателю Правительства Виктору Христенко.", "ru"))
        .containsExactly("Виктору Христенко=person:viktor-khristenko");
    assertThat(people("Мэр Москвы Сергей Собянин открыл выставку.", "ru"))
        .containsExactly("Сергей Собянин=person:sergey-sobyanin");
    assertThat(people("Министр науки и высшего образования Валерий Фальков выступил.", "ru"))
        .containsExactly("Валерий Фальков=person:valeriy-falkov");
    assertThat(people("Встреча с Министром иностранных дел России Сергеем Лавровым.", "ru"))
        .containsExactly("Сергеем Лавровым=person:sergey-lavrov");
  }

  @Test
  void knownNamesAreFoundAloneAndInEveryCase() {
    assertThat(people("Putin said that Lavrov would go.", "en"))
        .containsExactly("Putin=person:vladimir-putin", "Lavrov=person:sergey-lavrov");
    assertThat(people("Переговоры Путина и Лукашенко прошли в Минске.", "ru"))
        .containsExactly("Путина=person:vladimir-putin", "Лукашенко=person:alexander-lukashenko");
    assertThat(people("Президент России В.В.Путин прибыл.", "ru"))
        .containsExactly("В.В.Путин=person:vladimir-putin");
  }

  @Test
  void aFirstNameAndSurnameNameSomeoneTheAuthorityDoesNotKnow() {
    assertThat(people("The report was presented by Anna Petrova yesterday.", "en"))
        .containsExactly("Anna Petrova=person:anna-petrova");
    assertThat(people("Отчёт представила Анна Петрова.", "ru"))
        .containsExactly("Анна Петрова=person:anna-petrova");
  }

  @Test
  void aSurnameTakesTheIdOfTheOnePersonTheTextNamesInFull() {
    assertThat(people("Michelle Obama spoke. Later Michelle said that Obama agreed.", "en"))
        .doesNotContain("Obama=person:barack-obama");
    assertThat(people("We met Achim Steiner in Geneva. Steiner said the plan works.", "en"))
        .containsExactly("Achim Steiner=person:achim-steiner", "Steiner=person:achim-steiner");
    assertThat(people("Sergei Ivanov arrived. Ivanov then met the press.", "en"))
        .containsExactly("Sergei Ivanov=person:sergei-ivanov", "Ivanov=person:sergei-ivanov");
  }

  @Test
  void theDateTellsAFatherFromHisSon() {
    String text = "President Bush called.";
    assertThat(people(text, "en", Period.day(LocalDate.of(1991, 1, 16))))
        .containsExactly("Bush=person:george-h-w-bush");
    assertThat(people(text, "en", Period.day(LocalDate.of(2003, 3, 20))))
        .containsExactly("Bush=person:george-w-bush");
    assertThat(people(text, "en", Period.year(2019))).containsExactly("Bush=person:bush");
  }

  @Test
  void speakersLabelsAreNotMentions() {
    assertThat(people("В.Путин: Добрый день!\n\nС.Шойгу: Есть.", "ru")).isEmpty();
    assertThat(people("Sergey Lavrov: They were useful.", "en")).isEmpty();
    assertThat(people("К.Токаев (как переведено): Спасибо.", "ru")).isEmpty();
    assertThat(people("Lavrov said: we agree.", "en"))
        .containsExactly("Lavrov=person:sergey-lavrov");
  }

  @Test
  void aNameInTheNameOfAThingIsNoMention() {
    assertThat(people("The Truman Doctrine and the Nelson Mandela Rules.", "en")).isEmpty();
    assertThat(people("Вручение премии Нобеля.", "ru")).isEmpty();
    assertThat(people("It was Putin's plan.", "en")).containsExactly("Putin=person:vladimir-putin");
  }

  @Test
  void aSitesIndexOfPersonsAfterANameIsAnotherMentionOfThatPerson() {
    assertThat(
            people(
                "участие Министр иностранных дел Сергей Лавров Лавров Сергей Викторович Министр"
                    + " иностранных дел Российской Федерации",
                "ru"))
        .containsExactly(
            "Сергей Лавров=person:sergey-lavrov", "Лавров Сергей Викторович=person:sergey-lavrov");
    assertThat(people("примет участие Николас Мадуро Мадуро Николас Президент", "ru"))
        .containsExactly(
            "Николас Мадуро=person:nicolas-maduro", "Мадуро Николас=person:nicolas-maduro");
  }

  @Test
  void aRussianFirstNameAndPatronymicAddressSomeone() {
    assertThat(
            people(
                "Состоялась встреча с Сергеем Шойгу.\n\nУважаемый Владимир Владимирович!",
                "ru",
                Period.day(LocalDate.of(2022, 4, 21))))
        .containsExactly(
            "Сергеем Шойгу=person:sergei-shoigu", "Владимир Владимирович=person:vladimir-putin");
  }

  @Test
  void unitedNationsStyleCapitalsAfterAFormOfAddressAreAName() {
    assertThat(people("Mr. GROMYKO (Union of Soviet Socialist Republics) said", "en"))
        .containsExactly("GROMYKO=person:andrei-gromyko");
    assertThat(people("resolution 1133 (XI) and Part XII of the Convention", "en")).isEmpty();
  }
}
