package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.model.Json;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kremlin news item with a title, date, time, place and photo but no text is stored and listed as
 * such. The page is a real one from {@code ../shared} ({@code 33258.html}, whose text is one
 * paragraph) with that paragraph taken out at run time, written to a temporary folder only. The
 * expected values are read by hand from the file: h1 title, {@code datetime="2005-04-29"}, {@code
 * read__time} 15:00, place Ramallah, two "See also" links.
 */
class WithoutTextIngestTest {
  private static final String TITLE =
      "Vladimir Putin and the head of the Palestinian National Authority, Mahmoud Abbas, held a"
          + " joint press-conference on the Russian-Palestinian talks";

  @TempDir Path dir;

  /** 33258.html without its only paragraph of text. */
  private Path photoOnlyPage() throws IOException {
    String page =
        Files.readString(
            SharedCorpus.path("corpus/kremlin-en-html/news/33258.html"), StandardCharsets.UTF_8);
    Matcher text =
        Pattern.compile("<p>The\u00a0press-conference was covered[^<]*</p>").matcher(page);
    assertThat(text.find()).as("the page's one paragraph").isTrue();
    String withoutText = page.substring(0, text.start()) + page.substring(text.end());
    assertThat(withoutText).doesNotContain("<p>The\u00a0press-conference");
    Path file = dir.resolve("news/33258.html");
    Files.createDirectories(file.getParent());
    Files.writeString(file, withoutText, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theReportListsTheNewsItemAsStoredWithoutText() throws IOException {
    Path page = photoOnlyPage();
    String archive = dir.resolve("archive").toString();

    CliRun text = CliRun.of("ingest", "--archive", archive, page.toString());
    assertThat(text.exitCode()).as(text.stderr()).isZero();
    assertThat(text.out())
        .contains("1 statement(s) ingested")
        .contains("1 stored without text")
        .contains("0 failed")
        .contains("stored without text " + page + ": ");

    CliRun again = CliRun.of("ingest", "--archive", archive, "--json", page.toString());
    JsonNode report = Json.mapper().readTree(again.stdout());
    assertThat(report.get("duplicates").asLong()).isEqualTo(1);
    assertThat(report.get("storedWithoutText")).as("nothing stored the second time").isEmpty();
    assertThat(report.get("statements").get(0).get("withoutText").asBoolean()).isTrue();
  }

  @Test
  void theNewsItemIsStoredWithEverythingElseItStatesAndFoundByItsTitle() throws IOException {
    Path page = photoOnlyPage();
    String archive = dir.resolve("archive").toString();
    JsonNode report =
        Json.mapper()
            .readTree(
                CliRun.of("ingest", "--archive", archive, "--json", page.toString()).stdout());
    assertThat(report.get("storedWithoutText")).hasSize(1);
    JsonNode listed = report.get("storedWithoutText").get(0);
    assertThat(listed.get("file").asText()).isEqualTo(page.toString());
    String id = listed.get("id").asText();

    JsonNode statement =
        Json.mapper().readTree(CliRun.of("show", id, "--archive", archive, "--json").stdout());
    assertThat(statement.get("title").asText()).isEqualTo(TITLE);
    assertThat(statement.get("published").asText()).startsWith("2005-04-29T15:00");
    assertThat(statement.get("place").asText()).isEqualTo("Ramallah");
    assertThat(statement.get("language").asText()).isEqualTo("en");
    assertThat(statement.get("statementKey").asText()).isEqualTo("kremlin:33258:en");
    assertThat(statement.get("body").asText()).isEmpty();
    assertThat(statement.get("materials").findValuesAsText("title"))
        .containsExactly(
            "Joint Press Conference with President of the Palestinian National Authority Mahmoud"
                + " Abbas",
            "Visits to Israel and the Territories of the Palestinian National Authority");

    assertThat(CliRun.of("show", id, "--archive", archive).out())
        .contains("Ramallah")
        .contains("(published without text)");
    JsonNode found =
        Json.mapper()
            .readTree(CliRun.of("search", "Abbas", "--archive", archive, "--json").stdout());
    assertThat(found.get("total").asLong()).isEqualTo(1);
    assertThat(found.get("hits").get(0).get("id").asText()).isEqualTo(id);
    JsonNode lines =
        Json.mapper().readTree(CliRun.of("kwic", "Abbas", "--archive", archive, "--json").stdout());
    assertThat(lines.get("summary").get("lines").asLong()).as("no text, no lines").isZero();
  }
}
