package io.verbatim.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.RecordUpgrades;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One document, one key: addresses and numbers as every reader turns them into keys. */
class StatementKeysTest {

  @Test
  void kremlinPagesAreKeyedByTheirIdInEveryView() {
    for (String url :
        new String[] {
          "http://en.kremlin.ru/events/president/news/55882",
          "http://en.kremlin.ru/events/president/news/55882/",
          "http://en.kremlin.ru/events/president/news/55882/print",
          "https://en.kremlin.ru/events/president/news/copy/55882",
          "en.kremlin.ru/d/55882",
          "http://en.kremlin.ru/events/president/news/55882?utm_source=x#top",
          "https://web.archive.org/web/20180101000000/http://en.kremlin.ru/events/president/news/55882/print"
        }) {
      assertThat(StatementKeys.forPage(url, null, "en")).as(url).isEqualTo("kremlin:55882:en");
      assertThat(StatementKeys.kremlinId(url)).as(url).isEqualTo("55882");
    }
    assertThat(StatementKeys.forPage("http://kremlin.ru/events/president/news/55882", null, null))
        .isEqualTo("kremlin:55882:und");
    assertThat(StatementKeys.kremlinId("http://kremlin.ru/events/president/news")).isNull();
  }

  @Test
  void midDocumentsAreKeyedByTheirNumberElseTheIdOfTheirAddress() {
    String page = "https://www.mid.ru/ru/foreign_policy/news/1867466/";
    assertThat(StatementKeys.forPage(page, "867-05-05-2023", "ru"))
        .isEqualTo("mid:867-05-05-2023:ru");
    assertThat(StatementKeys.forPage(page, null, "ru")).isEqualTo("mid:1867466:ru");
    assertThat(
            StatementKeys.forPage(
                "https://www.mid.ru/en/foreign_policy/news/1810023/?", null, "en"))
        .isEqualTo("mid:1810023:en");
    assertThat(StatementKeys.forPage(null, "867-05-05-2023", "ru"))
        .isEqualTo(StatementKeys.mid("867-05-05-2023", "ru"));
    assertThat(StatementKeys.forHtmlPage("https://mirror.example.org/a/1", "867-05-05-2023", "ru"))
        .as("a mid.ru page saved with another address")
        .isEqualTo("mid:867-05-05-2023:ru");
  }

  @Test
  void otherAddressesAreNormalised() {
    String key = "url:example.org/news/item-5:en";
    for (String url :
        new String[] {
          "https://example.org/news/item-5",
          "http://www.Example.org/news/item-5/",
          "https://example.org/news/item-5/print",
          "https://example.org/news/item-5?utm_source=feed&utm_medium=rss",
          "https://example.org/news/item-5?print=1#comments",
          "https://web.archive.org/web/2020/https://example.org/news/item-5"
        }) {
      assertThat(StatementKeys.forPage(url, null, "en")).as(url).isEqualTo(key);
    }
    assertThat(StatementKeys.forPage("https://example.org/news?id=5", null, "en"))
        .isEqualTo("url:example.org/news?id=5:en");
    assertThat(StatementKeys.forPage("https://example.org/news/item-6", null, "en"))
        .isNotEqualTo(key);
    assertThat(StatementKeys.forPage("https://example.org/news/item-5", null, "fr"))
        .as("versions are per language")
        .isNotEqualTo(key);
  }

  @Test
  void aHomePageNamesNoOnePage() {
    assertThat(StatementKeys.namesOnePage("https://www.example.org/")).isFalse();
    assertThat(StatementKeys.namesOnePage("https://example.org/?utm_source=x")).isFalse();
    assertThat(StatementKeys.namesOnePage("https://example.org/a")).isTrue();
    assertThat(StatementKeys.namesOnePage("https://example.org/?p=5")).isTrue();
    assertThat(StatementKeys.namesOnePage(null)).isFalse();
    assertThat(StatementKeys.forHtmlPage("https://example.org/", null, "en")).isNull();
    assertThat(StatementKeys.forHtmlPage(null, null, "en")).isNull();
  }

  private static Statement stored(String format, String key, String url) {
    Statement.Builder b =
        Statement.builder()
            .withId("0123456789abcdef")
            .withStatementKey(key)
            .withSource(
                new Source("f", format, "0".repeat(64), "0".repeat(64), "row 1", Instant.EPOCH))
            .withTitle("A title")
            .withLanguage("en")
            .withBody("Some text.");
    if (url != null) {
      b.putExtra("url", url);
    }
    return b.build();
  }

  @Test
  void storedKeysAreUpgradedToWhatTheReadersMakeNow() {
    Statement printRow =
        stored(
            "csv",
            "url:http://en.kremlin.ru/events/president/news/55882/print:en",
            "http://en.kremlin.ru/events/president/news/55882/print");
    assertThat(RecordUpgrades.apply(printRow).statementKey()).isEqualTo("kremlin:55882:en");

    Statement oldUrlRow =
        stored("jsonl", "url:https://www.Example.org/a/:en", "https://www.Example.org/a/");
    Statement upgraded = RecordUpgrades.apply(oldUrlRow);
    assertThat(upgraded.statementKey()).isEqualTo("url:example.org/a:en");
    assertThat(upgraded.toBuilder().withStatementKey(oldUrlRow.statementKey()).build())
        .as("nothing else changes")
        .isEqualTo(oldUrlRow);

    Statement midRow =
        stored("csv", "mid:1867466:ru", "https://www.mid.ru/ru/foreign_policy/news/1867466/")
            .toBuilder()
            .withDocumentNumber("867-05-05-2023")
            .build();
    assertThat(RecordUpgrades.apply(midRow).statementKey()).isEqualTo("mid:867-05-05-2023:ru");

    Statement htmlPage = stored("html", "text:0123456789abcdef", "https://example.org/a/1");
    assertThat(RecordUpgrades.apply(htmlPage).statementKey()).isEqualTo("url:example.org/a/1:en");

    for (Statement unchanged :
        new Statement[] {
          stored("csv", "text:0123456789abcdef", "https://example.org/a"), // derived: keyNote etc.
          stored("csv", "url:https://example.org/a:en", "https://example.org/a").toBuilder()
              .putExtra("keyNote", "no statement key: rows with other texts give the same URL")
              .build(),
          stored("html", "text:0123456789abcdef", "https://example.org/"),
          stored(
              "kremlin-html",
              "kremlin:55882:en",
              "http://en.kremlin.ru/events/president/news/55882"),
          stored("capture", "mid:867-05-05-2023:en", null),
          stored("ungdc", "ungdc:RUS_72_2017", null)
        }) {
      assertThat(RecordUpgrades.apply(unchanged)).as(unchanged.statementKey()).isSameAs(unchanged);
    }
  }

  @Test
  void upgradesAreIdempotent() {
    for (Statement s :
        new Statement[] {
          stored("csv", "url:https://www.Example.org/a/:en", "https://www.Example.org/a/"),
          stored("html", "text:0123456789abcdef", "https://example.org/a/1"),
          stored(
              "csv",
              "url:http://kremlin.ru/events/president/news/1/print:ru",
              "http://kremlin.ru/events/president/news/1/print")
        }) {
      Statement once = RecordUpgrades.apply(s);
      assertThat(RecordUpgrades.apply(once)).isSameAs(once);
    }
  }
}
