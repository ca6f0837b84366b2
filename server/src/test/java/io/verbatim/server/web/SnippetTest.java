package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchHit.Highlight;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {
  private static String html(String snippet, Highlight... highlights) {
    SearchHit hit =
        new SearchHit("h1", "t", null, "en", null, null, null, 1f, snippet, List.of(highlights));
    return Snippet.write(new Html(), hit).toString();
  }

  @Test
  void marksMatchedWordsAndEscapesTheRest() {
    assertThat(html("the treaty & <b>the</b> talks", new Highlight(4, 10), new Highlight(24, 29)))
        .isEqualTo("the <mark>treaty</mark> &amp; &lt;b&gt;the&lt;/b&gt; <mark>talks</mark>");
  }

  @Test
  void russianQuotationMarksAreTextNotMatches() {
    assertThat(html("договор «О мире» подписан", new Highlight(0, 7)))
        .isEqualTo("<mark>договор</mark> «О мире» подписан");
    assertThat(html("a «b c")).isEqualTo("a «b c");
    assertThat(html(null)).isEmpty();
  }
}
