package io.verbatim.analysis.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analysis.morphology.Reading;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The resolver's rules on names as the shared corpora and the sites print them. Expected ids are
 * the curated authority's (people.tsv) for the people it lists; who is who is general knowledge
 * (the dates of offices are in roles.tsv).
 */
class PersonResolverTest {
  private static final PersonResolver RESOLVER = PersonResolver.standard();

  private static Resolution resolve(Sighting s) {
    return RESOLVER.resolve(s).orElseThrow();
  }

  private static String id(String name) {
    return resolve(Sighting.of(name)).id();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Владимир Путин|person:vladimir-putin",
        "Putin|person:vladimir-putin",
        "Mr. Vladimir Putin|person:vladimir-putin",
        "Vladimir V. Putin|person:vladimir-putin",
        "В.В.Путин|person:vladimir-putin",
        "В.Путин|person:vladimir-putin",
        "Владимир Владимирович|person:vladimir-putin",
        "Sergey Lavrov|person:sergey-lavrov",
        "Sergei Lavrov|person:sergey-lavrov",
        "Mr. Sergey V. Lavrov|person:sergey-lavrov",
        "С.В.Лавров|person:sergey-lavrov",
        "Лавров С.В.|person:sergey-lavrov",
        "Лавров Сергей Викторович|person:sergey-lavrov",
        "H.E. Mr. Sergey Lavrov|person:sergey-lavrov",
        "г-н Лавров|person:sergey-lavrov",
        "Mr. GROMYKO|person:andrei-gromyko",
        "Mir. GROMYKO|person:andrei-gromyko",
        "Igor S. Ivanov|person:igor-ivanov",
        "Mr. KOZYREV|person:andrei-kozyrev",
        "Dimitry Medvedev|person:dmitry-medvedev",
        "Dmitri Medvedev|person:dmitry-medvedev",
        "Mariya Zakharova|person:maria-zakharova",
        "Марии Захаровой|person:maria-zakharova",
        "Volodymyr Zelensky|person:volodymyr-zelenskyy",
        "Zelenskiy|person:volodymyr-zelenskyy",
        "Зеленского|person:volodymyr-zelenskyy",
        "Sergey Shoygu|person:sergei-shoigu",
        "Valentina Matvienko|person:valentina-matviyenko",
        "Yevgeny Primakov|person:yevgeny-primakov",
        "Evgeny Primakov|person:yevgeny-primakov",
        "Mikhail Gorbachyov|person:mikhail-gorbachev",
        "Горбачёва|person:mikhail-gorbachev",
        "Mr. Nikita S. KHRUSHCHEV|person:nikita-khrushchev",
        "WU Xueqian|person:wu-xueqian",
        "Си Цзиньпин|person:xi-jinping",
        "President Xi|person:xi-jinping",
        "Bill Clinton|person:bill-clinton",
        "William J. Clinton|person:bill-clinton",
        "Joseph R. Biden, Jr|person:joe-biden",
        "Tony Blinken|person:antony-blinken",
        "Гутерриш|person:antonio-guterres",
        "Antonio Guterres|person:antonio-guterres",
      })
  void spellingsTitlesScriptsAndCasesMeet(String printed, String expected) {
    assertThat(id(printed)).isEqualTo(expected);
  }

  @Test
  void russianCasesAreUndoneWithTheDictionaryAndWithRules() {
    assertThat(resolve(Sighting.of("Виктору Христенко")).name()).isEqualTo("Виктор Христенко");
    assertThat(id("Виктору Христенко")).isEqualTo("person:viktor-khristenko");
    assertThat(id("Лаврова")).isEqualTo("person:sergey-lavrov");
    assertThat(id("Лавровым")).isEqualTo("person:sergey-lavrov");
    // a name the authority does not know keeps the nominative the title's case gives
    Resolution unknown = resolve(Sighting.of("Казему Джалали").inCase(Reading.Case.DATIVE));
    assertThat(unknown.how()).isEqualTo(Resolution.Match.NEW);
    assertThat(unknown.name()).isEqualTo("Казем Джалали");
    assertThat(unknown.id()).isEqualTo("person:kazem-dzhalali");
  }

  @Test
  void differentPeopleWithSimilarNamesStayApart() {
    // the president of Timor-Leste is not the Secretary-General: their first names differ
    Resolution luOlo =
        resolve(Sighting.of("Mr. Francisco Guterres Lu-Olo").forCountry("TLS").inYear(2020));
    assertThat(luOlo.id()).isEqualTo("person:francisco-guterres-lu-olo");
    assertThat(luOlo.how()).isEqualTo(Resolution.Match.NEW);
    assertThat(id("Francisco Guterres")).isNotEqualTo("person:antonio-guterres");
    // Ivanović is another surname than Ivanov
    assertThat(id("Filip Ivanovic")).isEqualTo("person:filip-ivanovic");
    assertThat(id("Филип Иванович")).isNotEqualTo("person:igor-ivanov");
    // a surname spelled otherwise is not taken on its key alone
    assertThat(id("Charter")).isEqualTo("person:charter");
    assertThat(id("Moody")).isEqualTo("person:moody");
  }

  @Test
  void fatherAndSonAreToldApartByDate() {
    Sighting georgeBush = Sighting.of("George Bush").forCountry("USA").withRole("President");
    assertThat(resolve(georgeBush.inYear(1991)).id()).isEqualTo("person:george-h-w-bush");
    assertThat(resolve(georgeBush.inYear(2003)).id()).isEqualTo("person:george-w-bush");
    assertThat(resolve(Sighting.of("George W. Bush")).id()).isEqualTo("person:george-w-bush");
    Resolution undated = resolve(Sighting.of("George Bush"));
    assertThat(undated.how()).isEqualTo(Resolution.Match.AMBIGUOUS);
    assertThat(undated.candidates())
        .containsExactlyInAnyOrder("person:george-h-w-bush", "person:george-w-bush");
    assertThat(resolve(Sighting.of("Assad").on(LocalDate.of(2015, 9, 30))).id())
        .isEqualTo("person:bashar-al-assad");
    assertThat(resolve(Sighting.of("Assad").on(LocalDate.of(1990, 8, 2))).id())
        .isEqualTo("person:hafez-al-assad");
  }

  @Test
  void twoMinistersWithOneSurnameAreToldApartByFirstNameRoleAndDate() {
    assertThat(id("Sergei Ivanov")).isEqualTo("person:sergei-ivanov");
    assertThat(id("Igor Ivanov")).isEqualTo("person:igor-ivanov");
    assertThat(id("Sergei B. Ivanov")).isEqualTo("person:sergei-ivanov");
    assertThat(id("Igor S. Ivanov")).isEqualTo("person:igor-ivanov");
    Sighting ivanov = Sighting.of("Ivanov").forCountry("RUS").on(LocalDate.of(2002, 6, 1));
    assertThat(resolve(ivanov.withRole("Minister for Foreign Affairs")).id())
        .isEqualTo("person:igor-ivanov");
    assertThat(resolve(ivanov.withRole("Defence Minister")).id()).isEqualTo("person:sergei-ivanov");
    assertThat(resolve(ivanov).how()).isEqualTo(Resolution.Match.AMBIGUOUS);
    assertThat(resolve(ivanov).id()).isEqualTo("person:ivanov");
  }

  @Test
  void theStatementsCountryRulesOutASurnameOfSomeoneElse() {
    // a Mr. Ivanov speaking for Bulgaria is neither Russian minister
    Resolution r = resolve(Sighting.of("Mr. Ivanov").forCountry("BGR").inYear(1965));
    assertThat(r.how()).isEqualTo(Resolution.Match.NEW);
    assertThat(r.id()).isEqualTo("person:ivanov");
  }

  @Test
  void aFirstNameAndPatronymicNeedSomeoneInOfficeAtTheTime() {
    assertThat(resolve(Sighting.of("Владимир Владимирович").on(LocalDate.of(2025, 3, 1))).id())
        .isEqualTo("person:vladimir-putin");
    // Михаил Михайлович Касьянов left office in 2004
    assertThat(resolve(Sighting.of("Михаил Михайлович").on(LocalDate.of(2025, 3, 1))).how())
        .isEqualTo(Resolution.Match.NEW);
  }

  @Test
  void howTheNameMatchedIsSaid() {
    assertThat(resolve(Sighting.of("Sergei Lavrov")).how()).isEqualTo(Resolution.Match.ALIAS);
    assertThat(resolve(Sighting.of("Sergey V. Lavrov")).how()).isEqualTo(Resolution.Match.NAME);
    assertThat(resolve(Sighting.of("С.В.Лавров")).how()).isEqualTo(Resolution.Match.INITIALS);
    assertThat(resolve(Sighting.of("Mr. Lavrov")).how()).isEqualTo(Resolution.Match.SURNAME);
    Resolution anna = resolve(Sighting.of("Anna Petrova"));
    assertThat(anna.how()).isEqualTo(Resolution.Match.NEW);
    assertThat(anna.person()).isNull();
    assertThat(anna.id()).isEqualTo("person:anna-petrova");
  }

  @Test
  void aTitleOrFormOfAddressAloneIsNoName() {
    assertThat(RESOLVER.resolve(Sighting.of("Mr. President"))).isEmpty();
    assertThat(RESOLVER.resolve(Sighting.of("His Excellency"))).isEmpty();
    assertThat(RESOLVER.resolve(Sighting.of("Министр иностранных дел"))).isEmpty();
  }

  @Test
  void aResolverWithoutTheDictionaryStillUndoesRegularCases() {
    PersonResolver rules =
        new PersonResolver(PersonAuthority.standard(), word -> java.util.Set.of());
    assertThat(rules.resolve(Sighting.of("Сергея Лаврова")).orElseThrow().id())
        .isEqualTo("person:sergey-lavrov");
    assertThat(
            rules
                .resolve(Sighting.of("Касым-Жомартом Токаевым").inCase(Reading.Case.INSTRUMENTAL))
                .orElseThrow()
                .id())
        .isEqualTo("person:kassym-jomart-tokayev");
  }
}
