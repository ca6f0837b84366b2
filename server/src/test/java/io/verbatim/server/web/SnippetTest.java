package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {
  private static String html(String snippet) {
    return Snippet.write(new Html(), snippet).toString();
  }

  @Test
  void marksMatchedWordsAndEscapesTheRest() {
    assertThat(html("the «treaty» & <b>the</b> «talks»"))
        .isEqualTo("the <mark>treaty</mark> &amp; &lt;b&gt;the&lt;/b&gt; <mark>talks</mark>");
  }

  @Test
  void anUnclosedMarkIsText() {
    assertThat(html("a «b c")).isEqualTo("a «b c");
    assertThat(html("»a")).isEqualTo("»a");
    assertThat(html(null)).isEmpty();
  }
}
