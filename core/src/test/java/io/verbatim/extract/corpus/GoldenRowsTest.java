package io.verbatim.extract.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.ingest.Capture;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Golden file: {@code corpus/golden/site-rows.csv} (invented kremlin.ru and mid.ru style rows with
 * their chrome) read into exactly the statements in {@code site-rows.expected.jsonl}.
 */
class GoldenRowsTest {
  @Test
  void siteRowsReadAsTheGoldenStatements() throws Exception {
    Path csv =
        Path.of(
            Objects.requireNonNull(getClass().getResource("/corpus/golden/site-rows.csv")).toURI());
    List<String> expected =
        Files.readAllLines(csv.resolveSibling("site-rows.expected.jsonl")).stream()
            .filter(l -> !l.isBlank())
            .toList();
    List<ReadItem> items =
        new CsvReader().read(new Capture(csv.toString(), csv, Files.readAllBytes(csv)));
    assertThat(items).hasSize(expected.size());
    for (int i = 0; i < items.size(); i++) {
      String actual = Json.compact(((ReadItem.Read) items.get(i)).statement());
      assertThat(actual).as("row %d", i + 1).isEqualTo(expected.get(i));
    }
  }
}
