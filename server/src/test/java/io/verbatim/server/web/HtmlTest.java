package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesTextAndAttributeValues() {
    String hostile = "<script>alert('x')</script> & \"quoted\"";
    String html = new Html().element("p", hostile, "title", hostile, "data-x", "a\"b'c").toString();
    assertThat(html)
        .isEqualTo(
            "<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;\""
                + " data-x=\"a&quot;b&#39;c\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"
                + " &quot;quoted&quot;</p>");
    Document d = Jsoup.parseBodyFragment(html);
    assertThat(d.select("script")).isEmpty();
    assertThat(d.selectFirst("p").text()).isEqualTo(hostile);
    assertThat(d.selectFirst("p").attr("title")).isEqualTo(hostile);
  }

  @Test
  void escapeLeavesPlainTextAlone() {
    String plain = "Выступление, 3 March 2021 — «quoted»";
    assertThat(Html.escape(plain)).isSameAs(plain);
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void nullAttributesAreLeftOut() {
    assertThat(new Html().element("a", "x", "href", "/", "title", null).toString())
        .isEqualTo("<a href=\"/\">x</a>");
  }

  @Test
  void refusesEventHandlersAndOddNames() {
    assertThatThrownBy(() -> new Html().open("p", "onclick", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("onclick");
    assertThatThrownBy(() -> new Html().open("p onload=x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Html().open("p", "title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pairs");
    // "option" and "ol" start with "o" but are tags, not handlers
    assertThat(new Html().element("option", "x").toString()).isEqualTo("<option>x</option>");
  }

  @Test
  void unsafeLinksAreRefusedOrShownAsText() {
    assertThat(Html.safeUrl("javascript:alert(1)")).isNull();
    assertThat(Html.safeUrl(" JavaScript:alert(1)")).isNull();
    assertThat(Html.safeUrl("data:text/html,x")).isNull();
    assertThat(Html.safeUrl("//evil.example/x")).isNull();
    assertThat(Html.safeUrl("https://example.org/a?b=c")).isEqualTo("https://example.org/a?b=c");
    assertThat(Html.safeUrl("/statements/abc")).isEqualTo("/statements/abc");
    assertThat(new Html().link("javascript:alert(1)", "click").toString()).isEqualTo("click");
    assertThatThrownBy(() -> new Html().element("a", "x", "href", "javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void elementsAreAlwaysClosedInOrder() {
    Html h = new Html().open("ul").open("li").text("one");
    assertThatThrownBy(h::toString)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("li");
    assertThatThrownBy(() -> new Html().append(new Html().open("div")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(h.close().close().toString()).isEqualTo("<ul><li>one</li></ul>");
    assertThatThrownBy(() -> new Html().close()).isInstanceOf(IllegalStateException.class);
  }
}
