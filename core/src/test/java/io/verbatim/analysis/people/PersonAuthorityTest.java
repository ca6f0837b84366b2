package io.verbatim.analysis.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.analysis.morphology.Lemmatizer;
import io.verbatim.ingest.BadInputException;
import io.verbatim.model.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The authority as a value: the curated base, and user corrections as data replayed over it. */
class PersonAuthorityTest {
  private static final Lemmatizer NO_DICTIONARY = word -> Set.of();
  private static final Instant AT = Instant.parse("2026-01-15T10:00:00Z");

  private static Correction by(PersonEdit edit) {
    return new Correction(AT, "editor", null, edit);
  }

  private static String resolve(PersonAuthority authority, Sighting s) {
    return new PersonResolver(authority, NO_DICTIONARY).resolve(s).orElseThrow().id();
  }

  @Test
  void theCuratedBaseHasTheRussianAndUnLeadersWithDatedRoles() {
    PersonAuthority a = PersonAuthority.standard();
    assertThat(a.size()).isGreaterThan(200);
    Person lavrov = a.person("person:sergey-lavrov").orElseThrow();
    assertThat(lavrov.english()).isEqualTo("Sergey Lavrov");
    assertThat(lavrov.russian()).isEqualTo("Сергей Лавров");
    assertThat(lavrov.origin()).isEqualTo(Person.Origin.CURATED);
    assertThat(lavrov.roles())
        .anySatisfy(
            r -> {
              assertThat(r.office()).isEqualTo("foreign-minister");
              assertThat(r.country()).isEqualTo("RUS");
              assertThat(r.from()).isEqualTo(LocalDate.of(2004, 3, 9));
              assertThat(r.to()).isNull();
            });
    // every foreign minister of the USSR and Russia since 1946, and every Secretary-General
    for (String id :
        List.of(
            "person:vyacheslav-molotov",
            "person:andrey-vyshinsky",
            "person:dmitri-shepilov",
            "person:andrei-gromyko",
            "person:eduard-shevardnadze",
            "person:alexander-bessmertnykh",
            "person:boris-pankin",
            "person:andrei-kozyrev",
            "person:yevgeny-primakov",
            "person:igor-ivanov",
            "person:trygve-lie",
            "person:dag-hammarskjold",
            "person:u-thant",
            "person:kurt-waldheim",
            "person:javier-perez-de-cuellar",
            "person:boutros-boutros-ghali",
            "person:kofi-annan",
            "person:ban-ki-moon",
            "person:antonio-guterres",
            "person:maria-zakharova")) {
      assertThat(a.person(id)).as(id).isPresent();
    }
    Set<String> ids = new HashSet<>();
    for (Person p : a.people()) {
      assertThat(ids.add(p.id())).as(p.id()).isTrue();
    }
  }

  @Test
  void aMergeMakesTwoIdsOnePersonAndKeepsTheMergedIdAsARedirect() {
    PersonAuthority base = PersonAuthority.standard();
    // "Mr. Tsiang" and "T. F. Tsiang" are someone the curated list does not know
    assertThat(resolve(base, Sighting.of("Mr. Tsiang"))).isEqualTo("person:tsiang");
    PersonAuthority merged =
        base.apply(by(new PersonEdit.Merge("person:tsiang", "person:tingfu-tsiang")));
    assertThat(merged.canonicalId("person:tsiang")).isEqualTo("person:tingfu-tsiang");
    assertThat(resolve(merged, Sighting.of("Mr. Tsiang"))).isEqualTo("person:tingfu-tsiang");
    // the base is a value: unchanged
    assertThat(base.canonicalId("person:tsiang")).isEqualTo("person:tsiang");
    assertThat(merged.corrections()).hasSize(1);

    // merging a curated person moves its names: both spellings now find the one person
    PersonAuthority twoIntoOne =
        base.apply(by(new PersonEdit.Merge("person:natalya-timakova", "person:dmitry-peskov")));
    assertThat(twoIntoOne.person("person:natalya-timakova").orElseThrow().id())
        .isEqualTo("person:dmitry-peskov");
    assertThat(resolve(twoIntoOne, Sighting.of("Natalya Timakova")))
        .isEqualTo("person:dmitry-peskov");
  }

  @Test
  void aSplitPinsNamesToAnotherPersonUnderItsConditions() {
    PersonAuthority base = PersonAuthority.standard();
    Sighting inSofia = Sighting.of("Mr. Kozyrev").forCountry("BGR").inYear(1993);
    PersonAuthority split =
        base.apply(
            by(
                new PersonEdit.Split(
                    "person:andrei-kozyrev",
                    List.of("Mr. Kozyrev"),
                    "person:someone-kozyrev",
                    "Kozyrev (Bulgaria)",
                    "BGR",
                    null,
                    null)));
    assertThat(resolve(split, inSofia)).isEqualTo("person:someone-kozyrev");
    assertThat(resolve(split, Sighting.of("Mr. Kozyrev").forCountry("RUS").inYear(1993)))
        .isEqualTo("person:andrei-kozyrev");
    assertThat(split.person("person:someone-kozyrev").orElseThrow().displayName())
        .isEqualTo("Kozyrev (Bulgaria)");
  }

  @Test
  void aRenameKeepsTheOldNameAsAName() {
    PersonAuthority renamed =
        PersonAuthority.standard()
            .apply(by(new PersonEdit.Rename("person:sergey-lavrov", "en", "Sergei Lavrov")));
    Person p = renamed.person("person:sergey-lavrov").orElseThrow();
    assertThat(p.english()).isEqualTo("Sergei Lavrov");
    assertThat(p.aliases()).contains("Sergey Lavrov");
    assertThat(resolve(renamed, Sighting.of("Sergey Lavrov"))).isEqualTo("person:sergey-lavrov");
  }

  @Test
  void anAliasJoinsASpellingTheRulesDoNot() {
    PersonAuthority base = PersonAuthority.standard();
    assertThat(resolve(base, Sighting.of("Khruschev"))).isEqualTo("person:khruschev");
    PersonAuthority withAlias =
        base.apply(by(new PersonEdit.Alias("person:nikita-khrushchev", "Khruschev")));
    assertThat(resolve(withAlias, Sighting.of("Khruschev"))).isEqualTo("person:nikita-khrushchev");
  }

  @Test
  void replayingStoredCorrectionsSkipsThoseThatNoLongerApplyAndSaysWhy() {
    List<Correction> stored =
        List.of(
            by(new PersonEdit.Merge("person:tsiang", "person:tingfu-tsiang")),
            by(new PersonEdit.Merge("person:tsiang", "person:tingfu-tsiang")), // again
            by(new PersonEdit.Alias("person:tingfu-tsiang", "T. F. Tsiang")));
    PersonAuthority replayed = PersonAuthority.standard().replay(stored);
    assertThat(replayed.corrections()).hasSize(2);
    assertThat(replayed.unapplied()).hasSize(1);
    assertThat(replayed.unapplied().getFirst().reason()).contains("already one person");
    assertThat(resolve(replayed, Sighting.of("T. F. Tsiang"))).isEqualTo("person:tingfu-tsiang");
  }

  @Test
  void correctionsAreStoredAsJsonAndReadBack() throws Exception {
    Corrections corrections =
        Corrections.none()
            .plus(by(new PersonEdit.Merge("person:tsiang", "person:tingfu-tsiang")))
            .plus(
                new Correction(
                    AT,
                    null,
                    "father and son",
                    new PersonEdit.Split(
                        "person:george-w-bush",
                        List.of("George Bush"),
                        "person:george-h-w-bush",
                        null,
                        "USA",
                        null,
                        LocalDate.of(1993, 1, 20))))
            .plus(by(new PersonEdit.Rename("person:tsiang", "en", "T. F. Tsiang")))
            .plus(by(new PersonEdit.Alias("person:tingfu-tsiang", "Tsiang Tingfu")));
    String json = Json.compact(corrections);
    assertThat(json).contains("\"op\":\"merge\"").contains("\"op\":\"split\"");
    Corrections back = Json.mapper().readValue(json, Corrections.class);
    assertThat(back).isEqualTo(corrections);
  }

  @Test
  void editsCheckThemselves() {
    assertThatThrownBy(() -> new PersonEdit.Merge("person:a", "person:a"))
        .hasMessageContaining("into itself");
    assertThatThrownBy(() -> new PersonEdit.Merge("Lavrov", "person:a"))
        .hasMessageContaining("not a person id");
    assertThatThrownBy(() -> new PersonEdit.Rename("person:a", "fr", "Serge"))
        .hasMessageContaining("en or ru");
    assertThatThrownBy(() -> new Corrections(2, List.of())).hasMessageContaining("format 2");
  }

  @Test
  void aBrokenCuratedLineSaysWhereAndWhy() {
    String header = "id\ten\tru\tpatronymic\tsurname\talone\taliases\n";
    String roles = "id\toffice\tcountry\tfrom\tto\tlabel\n";
    assertThatThrownBy(
            () -> PersonAuthority.parse(header + "lavrov\tSergey Lavrov\t\t\t\ty\t\n", roles))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a person id");
    String ok = header + "person:a\tA B\t\t\t\ty\t\n";
    assertThatThrownBy(() -> PersonAuthority.parse(ok + "person:a\tA C\t\t\t\tn\t\n", roles))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(
            () -> PersonAuthority.parse(ok, roles + "person:b\tpresident\tRUS\t2000\t\t\n"))
        .hasMessageContaining("unknown person person:b");
    assertThatThrownBy(() -> PersonAuthority.parse(ok, roles + "person:a\tking\tRUS\t2000\t\t\n"))
        .hasMessageContaining("unknown office 'king'");
    assertThatThrownBy(
            () -> PersonAuthority.parse(ok, roles + "person:a\tpresident\tRUS\t2000s\t\t\n"))
        .hasMessageContaining("'2000s' is not a date");
    BadInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            BadInputException.class,
            () -> PersonAuthority.parse(ok, roles + "person:a\tpresident\tRUS\t2005\t2001\t\n"));
    assertThat(e.locator()).isEqualTo("roles.tsv line 2");
  }
}
