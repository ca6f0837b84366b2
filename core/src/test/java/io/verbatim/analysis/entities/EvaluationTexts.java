package io.verbatim.analysis.entities;

import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the texts of the hand-checked evaluation set from the shared corpora. A text is named by
 * its source path (relative to the shared root) and an item: {@code -} for a whole text file, the
 * body ({@code div.entry-content}) for an en.kremlin.ru page, the kremlin id for a kremlin-ru-2025
 * row (chunks {@code article_full_text_1..10} joined), the row number (1-based, after the header)
 * for a ru-statements-narrative CSV ({@code text} column).
 */
final class EvaluationTexts {
  private EvaluationTexts() {}

  static String text(String source, String item) throws IOException {
    Path path = SharedCorpus.path(source);
    if (source.endsWith(".txt")) {
      return Files.readString(path, StandardCharsets.UTF_8);
    }
    if (source.endsWith(".html")) {
      Document page = Jsoup.parse(path.toFile(), "UTF-8");
      Element body = page.selectFirst("div.entry-content");
      if (body == null) {
        throw new IllegalStateException(source + " has no div.entry-content");
      }
      return body.text();
    }
    if (source.endsWith("kremlin_articles_ru_enhanced.csv")) {
      return kremlinRow(path, item);
    }
    if (source.endsWith(".csv")) {
      return narrativeRow(path, Integer.parseInt(item));
    }
    throw new IllegalArgumentException("no reader for " + source);
  }

  private static String kremlinRow(Path path, String kremlinId) throws IOException {
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser csv =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (CSVRecord row : csv) {
        if (row.get("url").endsWith("/" + kremlinId)) {
          StringBuilder text = new StringBuilder();
          for (int chunk = 1; chunk <= 10; chunk++) {
            String part = row.get("article_full_text_" + chunk);
            if (part != null && !part.isEmpty()) {
              text.append(part);
            }
          }
          return text.toString();
        }
      }
    }
    throw new IllegalStateException(path + " has no row for kremlin id " + kremlinId);
  }

  private static String narrativeRow(Path path, int rowNumber) throws IOException {
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser csv =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      int n = 0;
      for (CSVRecord row : csv) {
        if (++n == rowNumber) {
          return row.get("text");
        }
      }
    }
    throw new IllegalStateException(path + " has no row " + rowNumber);
  }
}
