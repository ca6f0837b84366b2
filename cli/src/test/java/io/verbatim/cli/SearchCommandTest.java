package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.model.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim search} with filters, facets and paging, over the project's own samples. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCommandTest {
  @TempDir static Path dir;

  private String archive;

  @BeforeAll
  void ingestSamples() throws IOException {
    archive = dir.resolve("archive").toString();
    json(CliRun.of("ingest", "--archive", archive, "--json", CliTest.SAMPLES.toString()));
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return Json.mapper().readTree(run.stdout());
  }

  private JsonNode search(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("search", "--archive", archive, "--json"));
    all.addAll(List.of(args));
    return json(CliRun.of(all.toArray(String[]::new)));
  }

  private static long sum(JsonNode facet) {
    long sum = facet.get("other").asLong() + facet.get("missing").asLong();
    for (JsonNode v : facet.get("values")) {
      sum += v.get("count").asLong();
    }
    return sum;
  }

  @Test
  void facetsSumToTheTotalAndEachValueFiltersToItsCount() throws IOException {
    JsonNode all = search("--facets", "genre,format,year,speaker", "--facet-limit", "50", "");
    long total = all.get("total").asLong();
    assertThat(total).isGreaterThan(5);
    for (String field : List.of("genre", "format", "year", "speaker")) {
      assertThat(sum(all.get("facets").get(field))).as(field).isEqualTo(total);
    }
    // Filtering by a facet value finds exactly the statements the facet counted.
    for (String field : List.of("genre", "format", "speaker")) {
      for (JsonNode v : all.get("facets").get(field).get("values")) {
        JsonNode filtered = search("--" + field, v.get("value").asText(), "--limit", "0", "");
        assertThat(filtered.get("total").asLong())
            .as(field + "=" + v.get("value"))
            .isEqualTo(v.get("count").asLong());
      }
    }
  }

  @Test
  void repeatedFiltersAreOredAndDifferentFiltersAnded() throws IOException {
    JsonNode all = search("--facets", "format", "--limit", "0", "");
    JsonNode formats = all.get("facets").get("format").get("values");
    assertThat(formats.size()).isGreaterThanOrEqualTo(2);
    String a = formats.get(0).get("value").asText();
    String b = formats.get(1).get("value").asText();
    long either = search("--format", a, "--format", b, "--limit", "0", "").get("total").asLong();
    assertThat(either)
        .isEqualTo(formats.get(0).get("count").asLong() + formats.get(1).get("count").asLong());
    JsonNode en = search("--lang", "en", "--format", a, "--facets", "language", "--limit", "0", "");
    assertThat(en.get("facets").get("language").get("values"))
        .allSatisfy(v -> assertThat(v.get("value").asText()).isEqualTo("en"));
  }

  @Test
  void cursorsPageThroughEverythingOnceAndPagesMatchOffsets() throws IOException {
    JsonNode first = search("--sort", "date", "--limit", "3", "");
    long total = first.get("total").asLong();
    List<String> ids = new ArrayList<>();
    JsonNode page = first;
    while (true) {
      page.get("hits").forEach(h -> ids.add(h.get("id").asText()));
      JsonNode next = page.get("nextCursor");
      if (next == null || next.isNull()) {
        break;
      }
      page = search("--sort", "date", "--limit", "3", "--cursor", next.asText(), "");
    }
    assertThat(ids).hasSize((int) total);
    assertThat(new HashSet<>(ids)).hasSize((int) total);

    JsonNode second = search("--sort", "date", "--limit", "3", "--page", "2", "");
    List<String> secondIds = new ArrayList<>();
    second.get("hits").forEach(h -> secondIds.add(h.get("id").asText()));
    assertThat(secondIds).isEqualTo(ids.subList(3, 6));
  }

  @Test
  void humanOutputPrintsFacetTablesAndTheNextCursor() {
    CliRun run =
        CliRun.of("search", "--archive", archive, "--facets", "language,year", "--limit", "2", "");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("statement(s) match; showing 1-2")
        .contains("facet language (top 10):")
        .contains("facet year (top 10):")
        .containsPattern("\\n  en\\s+\\d+\\n")
        .containsPattern("more hits: add --cursor [A-Za-z0-9_-]+");
  }

  @Test
  void badFacetsCursorsAndPagesAreClearErrors() {
    CliRun facet = CliRun.of("search", "--archive", archive, "--facets", "colour", "x");
    assertThat(facet.exitCode()).isEqualTo(VerbatimCli.EXIT_USAGE);
    assertThat(facet.stderr())
        .startsWith("verbatim search: unknown facet field 'colour'; known: language, genre,")
        .doesNotContain("at io.");
    CliRun cursor = CliRun.of("search", "--archive", archive, "--cursor", "nonsense", "x");
    assertThat(cursor.exitCode()).isEqualTo(VerbatimCli.EXIT_USAGE);
    assertThat(cursor.stderr()).contains("is not a search cursor").doesNotContain("at io.");
    CliRun genre = CliRun.of("search", "--archive", archive, "--genre", "sermon", "x");
    assertThat(genre.exitCode()).isEqualTo(VerbatimCli.EXIT_USAGE);
    assertThat(genre.stderr()).contains("unknown genre 'sermon'");
    CliRun page = CliRun.of("search", "--archive", archive, "--page", "0", "x");
    assertThat(page.stderr()).contains("--page must be 1 or more");
    CliRun query = CliRun.of("search", "--archive", archive, "peace AND (war");
    assertThat(query.exitCode()).isEqualTo(VerbatimCli.EXIT_USAGE);
    assertThat(query.stderr()).contains("at position").doesNotContain("at org.");
  }

  @Test
  void groupedVersionsCountStatementsAndGroups() throws IOException {
    JsonNode all = search("--group-versions", "--limit", "1000", "");
    long total = all.get("total").asLong();
    long groups = all.get("groups").asLong();
    assertThat(all.get("hits").size()).isEqualTo((int) groups);
    long statements = 0;
    for (JsonNode hit : all.get("hits")) {
      statements += 1 + hit.get("otherVersions").size();
      hit.get("otherVersions")
          .forEach(v -> assertThat(v.get("matches").asBoolean()).as(v.toString()).isTrue());
    }
    assertThat(statements).as("every statement once, in one group").isEqualTo(total);
    assertThat(search("", "--limit", "0").get("groups").isNull()).isTrue();

    CliRun text = CliRun.of("search", "--archive", archive, "--group-versions", "");
    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.out()).contains(" in " + groups + " group(s) of language versions");
    CliRun cursor =
        CliRun.of("search", "--archive", archive, "--group-versions", "--cursor", "abc", "");
    assertThat(cursor.exitCode()).isNotZero();
    assertThat(cursor.stderr()).contains("paged by offset");
  }
}
