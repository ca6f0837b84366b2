package io.verbatim.analysis.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analysis.morphology.Reading;
import io.verbatim.analysis.morphology.RussianLemmatizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names as printed, read into their parts; the expected parts are how the names are built. */
class PersonNameParserTest {
  private static final PersonNameParser PARSER =
      PersonNameParser.standard(RussianLemmatizer.instance());

  private static PersonName first(String printed) {
    return PARSER.parse(printed, null).getFirst();
  }

  @Test
  void formsOfAddressAndTitlesAreNotPartOfTheName() {
    assertThat(first("Mr. Sergey V. Lavrov").display()).isEqualTo("Sergey V. Lavrov");
    assertThat(first("Mir. GROMYKO").display()).isEqualTo("Gromyko");
    assertThat(first("H.E. Mr. Abdulla Shahid").display()).isEqualTo("Abdulla Shahid");
    assertThat(first("President Reagan").display()).isEqualTo("Reagan");
    assertThat(first("г-н Лавров").display()).isEqualTo("Лавров");
    assertThat(first("Sir Geoffrey HOWE").display()).isEqualTo("Geoffrey Howe");
    assertThat(PARSER.parse("Mr. President", null)).isEmpty();
  }

  @Test
  void initialsFirstNamesAndSurnamesAreTold() {
    PersonName lavrov = first("С.В.Лавров");
    assertThat(lavrov.given()).isNull();
    assertThat(lavrov.initials()).containsExactly("С", "В");
    assertThat(lavrov.surname()).isEqualTo("Лавров");
    PersonName bush = first("George W Bush");
    assertThat(bush.given()).isEqualTo("George");
    assertThat(bush.initials()).containsExactly("W");
    assertThat(bush.middleInitial()).isEqualTo(PersonName.initialKey("Walker"));
    PersonName biden = first("Joseph R. Biden, Jr");
    assertThat(biden.surname()).isEqualTo("Biden");
    assertThat(biden.suffix()).isEqualTo("Jr.");
    assertThat(first("Charles de Gaulle").surname()).isEqualTo("de Gaulle");
  }

  @Test
  void aSurnameInCapitalsAmongOtherWordsIsTheSurname() {
    PersonName wu = first("WU Xueqian");
    assertThat(wu.surname()).isEqualTo("Wu");
    assertThat(wu.display()).isEqualTo("Wu Xueqian");
    assertThat(first("Mr. Nikita S. KHRUSHCHEV").surname()).isEqualTo("Khrushchev");
  }

  @Test
  void russianNamesWrittenSurnameFirstAreTurnedRound() {
    PersonName index = first("Лавров Сергей Викторович");
    assertThat(index.given()).isEqualTo("Сергей");
    assertThat(index.middle()).containsExactly("Викторович");
    assertThat(index.surname()).isEqualTo("Лавров");
    assertThat(first("Лавров С.В.").surname()).isEqualTo("Лавров");
    assertThat(first("Лукашенко Александр").surname()).isEqualTo("Лукашенко");
    PersonName address = first("Владимир Владимирович");
    assertThat(address.surname()).isNull();
    assertThat(address.given()).isEqualTo("Владимир");
    assertThat(address.middle()).containsExactly("Владимирович");
  }

  @Test
  void russianCasesAreUndoneEveryPlausibleWay() {
    assertThat(first("Виктору Христенко").display()).isEqualTo("Виктор Христенко");
    assertThat(first("Сергея Лаврова").display()).isEqualTo("Сергей Лавров");
    assertThat(first("Марии Захаровой").display()).isEqualTo("Мария Захарова");
    assertThat(first("Владимиром Владимировичем Путиным").display())
        .isEqualTo("Владимир Владимирович Путин");
    // alone, Лаврова is a woman's surname or the genitive of Лавров: both readings, in that order
    List<String> lavrova = PARSER.parse("Лаврова", null).stream().map(PersonName::display).toList();
    assertThat(lavrova).containsSubsequence("Лаврова", "Лавров");
    // a title in the dative says which
    assertThat(PARSER.parse("Казему Джалали", Reading.Case.DATIVE).getFirst().display())
        .isEqualTo("Казем Джалали");
  }

  @Test
  void theNominativeOfAPatronymicIsItsOwnNotItsFathersName() {
    assertThat(RussianNameCases.patronymicNominative("Викторовича")).isEqualTo("Викторович");
    assertThat(RussianNameCases.patronymicNominative("Владимировной")).isEqualTo("Владимировна");
    RussianNameCases cases = new RussianNameCases(RussianLemmatizer.instance());
    assertThat(cases.nominatives(List.of("Юрия", "Викторовича"), null).getFirst())
        .containsExactly("Юрий", "Викторович");
  }
}
