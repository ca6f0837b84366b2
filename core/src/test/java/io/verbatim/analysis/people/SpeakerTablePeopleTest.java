package io.verbatim.analysis.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analysis.morphology.RussianLemmatizer;
import io.verbatim.extract.corpus.SpeakerTable;
import io.verbatim.testing.SharedCorpus;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The UN General Debate speaker table as the authority's second source. Expected values are the
 * table's rows (Speakers_by_session.xlsx) and who those people are.
 */
class SpeakerTablePeopleTest {
  private static PersonAuthority authority;

  @BeforeAll
  static void readTable() throws Exception {
    SpeakerTable table =
        SpeakerTable.at(SharedCorpus.path("corpus/ungdc/" + SpeakerTable.FILE_NAME));
    authority =
        SpeakerTablePeople.authority(PersonAuthority.standard(), table, PersonResolver.standard());
  }

  @Test
  void aCuratedPersonGainsTheTablesSpellingsAndPosts() {
    Person gromyko = authority.person("person:andrei-gromyko").orElseThrow();
    assertThat(gromyko.origin()).isEqualTo(Person.Origin.CURATED);
    assertThat(gromyko.aliases()).contains("Mir. GROMYKO", "Mr. GROMYKO", "Mr. Gromyko");
    Person lavrov = authority.person("person:sergey-lavrov").orElseThrow();
    assertThat(lavrov.aliases()).contains("Mr. Sergey V. Lavrov", "Sergei Lavrov");
    assertThat(lavrov.roles())
        .anySatisfy(
            r -> {
              assertThat(r.office()).isEqualTo("foreign-minister");
              assertThat(r.label()).startsWith("Minister for Foreign Affairs");
            });
  }

  @Test
  void someoneTheCuratedListLacksBecomesAPersonOfTheTable() {
    Person hasina = authority.person("person:sheikh-hasina").orElseThrow();
    assertThat(hasina.origin()).isEqualTo(Person.Origin.TABLE);
    assertThat(hasina.english()).isEqualTo("Sheikh Hasina");
    // the table has her as Prime Minister of Bangladesh for each session from 2019 to 2023
    assertThat(hasina.roles())
        .anySatisfy(
            r -> {
              assertThat(r.office()).isEqualTo("prime-minister");
              assertThat(r.country()).isEqualTo("BGD");
              assertThat(r.covers(LocalDate.of(2021, 9, 24))).isTrue();
            });
  }

  @Test
  void lookAlikesStayApartInTheExtendedAuthority() {
    Person luOlo = authority.person("person:francisco-guterres-lu-olo").orElseThrow();
    assertThat(luOlo.origin()).isEqualTo(Person.Origin.TABLE);
    assertThat(authority.person("person:antonio-guterres").orElseThrow().aliases())
        .doesNotContain("Mr. Francisco Guterres Lu-Olo");
    PersonResolver resolver = new PersonResolver(authority, RussianLemmatizer.instance());
    assertThat(resolver.resolve(Sighting.of("Francisco Guterres Lu-Olo")).orElseThrow().id())
        .isEqualTo("person:francisco-guterres-lu-olo");
    assertThat(resolver.resolve(Sighting.of("Mr. Guterres").inYear(2023)).orElseThrow().id())
        .isEqualTo("person:antonio-guterres");
  }
}
