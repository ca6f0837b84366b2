package io.verbatim.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.ingest.BadInputException;
import io.verbatim.model.EntityKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  private static final String ENTITIES = "id\tkind\tenglish\trussian\n";
  private static final String NAMES = "id\tlang\tform\trole\trequires\n";
  private static final String TITLES = "lang\ttitle\n";

  @Test
  void standardGazetteerCoversCountriesTerritoriesAndOrganisations() {
    Gazetteer g = Gazetteer.standard();
    assertEquals("Russia", g.entity("RUS").orElseThrow().englishName());
    assertEquals("Россия", g.entity("RUS").orElseThrow().russianName());
    assertEquals(EntityKind.COUNTRY, g.entity("PSE").orElseThrow().kind());
    assertEquals(EntityKind.TERRITORY, g.entity("TWN").orElseThrow().kind());
    assertEquals(EntityKind.TERRITORY, g.entity("ter:crimea").orElseThrow().kind());
    long organisations =
        g.entities().stream().filter(e -> e.kind() == EntityKind.ORGANISATION).count();
    assertTrue(organisations >= 60, "organisations: " + organisations);
    long countries = g.entities().stream().filter(e -> e.kind() == EntityKind.COUNTRY).count();
    assertTrue(countries >= 195, "countries (UN members and observers): " + countries);
    Set<String> required =
        Set.of(
            "org:un",
            "org:unsc",
            "org:unga",
            "org:sco",
            "org:csto",
            "org:eaeu",
            "org:cis",
            "org:brics",
            "org:asean",
            "org:eas",
            "org:cica",
            "org:osce",
            "org:nato",
            "org:eu",
            "org:au",
            "org:oic",
            "org:las",
            "org:g20",
            "org:g7",
            "org:opec",
            "org:iaea",
            "org:wto");
    for (String id : required) {
      assertTrue(g.entity(id).isPresent(), id);
    }
    assertTrue(g.titles("ru").contains("Министр иностранных дел"));
  }

  @Test
  void everyCountryHasAnAdjectiveOrIsListedWithoutOne() {
    Gazetteer g = Gazetteer.standard();
    Set<String> withEnglishAdjective =
        g.forms().stream()
            .filter(f -> f.role() == NameForm.Role.ADJECTIVE && f.language().equals("en"))
            .map(NameForm::entityId)
            .collect(Collectors.toSet());
    for (String big : List.of("RUS", "USA", "CHN", "GBR", "FRA", "SYR", "UKR", "IRN", "DEU")) {
      assertTrue(withEnglishAdjective.contains(big), big);
    }
  }

  @Test
  void jdkNamesAreCleaned() {
    assertEquals(List.of("Myanmar"), Gazetteer.cleanJdkName("Myanmar (Burma)", false));
    assertEquals(List.of("St. Lucia", "Saint Lucia"), Gazetteer.cleanJdkName("St. Lucia", false));
    assertEquals(
        List.of("Antigua and Barbuda"), Gazetteer.cleanJdkName("Antigua & Barbuda", false));
    assertEquals(List.of(), Gazetteer.cleanJdkName("Congo - Kinshasa", false));
    assertEquals(List.of("острова Кука"), Gazetteer.cleanJdkName("о-ва Кука", true));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "entities|org:x\tCLUB\tX\tИкс|entities.tsv line 2|kind 'CLUB'",
        "entities|org:x\tORGANISATION\t\t|entities.tsv line 2|needs an English or a Russian name",
        "entities|org:x\tORGANISATION|entities.tsv line 2|expected 4 tab-separated columns",
        "names|org:nope\ten\tNope\tname|names.tsv line 2|unknown entity id 'org:nope'",
        "names|RUS\tde\tRussland\tname|names.tsv line 2|language 'de'",
        "names|RUS\ten\tRus\tnickname|names.tsv line 2|role 'nickname'",
        "names|RUS\ten\tRus\tname\torg:nope|names.tsv line 2|requires names unknown entity id",
        "titles|fr\tPrésident|titles.tsv line 2|language 'fr'",
      })
  void badLinesAreReportedWithFileAndLine(
      String file, String line, String locator, String message) {
    String entities = ENTITIES + (file.equals("entities") ? line + "\n" : "");
    String names = NAMES + (file.equals("names") ? line + "\n" : "");
    String titles = TITLES + (file.equals("titles") ? line + "\n" : "");
    BadInputException e =
        assertThrows(BadInputException.class, () -> Gazetteer.parse(entities, names, titles, true));
    assertEquals(locator, e.locator());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void missingHeaderIsReported() {
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> Gazetteer.parse("org:x\tORGANISATION\tX\tИкс\n", NAMES, TITLES, false));
    assertEquals("entities.tsv line 1", e.locator());
    assertTrue(e.getMessage().contains("header"), e.getMessage());
  }

  @Test
  void extendedWithoutCode(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("entities.tsv"),
        "# a new organisation\n"
            + ENTITIES
            + "org:test\tORGANISATION\tTest Union\tТестовый союз\n");
    Files.writeString(dir.resolve("names.tsv"), NAMES + "org:test\ten\tTU\texact\n");
    Gazetteer g = Gazetteer.load(dir);
    EntityRecognizer r = new EntityRecognizer(g, TableLemmatizer.empty());
    List<Mention> en = r.recognise("The TU and the Test Union met in Peru.", "en");
    assertEquals(
        List.of("org:test", "org:test", "PER"), en.stream().map(Mention::entityId).toList());
    List<Mention> ru = r.recognise("Саммит Тестового союза.", "ru");
    assertEquals(List.of("org:test"), ru.stream().map(Mention::entityId).toList());
    assertNotNull(g.entity("PER").orElse(null), "JDK countries are loaded too");
  }
}
