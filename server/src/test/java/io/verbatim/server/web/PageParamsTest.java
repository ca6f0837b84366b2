package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageParamsTest {
  private static PageParams params() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("q", List.of("\"nuclear weapons\" & more"));
    m.put("speaker", List.of("Anna Petrova", ""));
    m.put("lang", List.of(" "));
    m.put("cursor", List.of("abc"));
    return PageParams.of(m);
  }

  @Test
  void dropsBlankValuesAndKeepsOrder() {
    PageParams p = params();
    assertThat(p.names()).containsExactly("q", "speaker", "cursor");
    assertThat(p.all("speaker")).containsExactly("Anna Petrova");
    assertThat(p.has("lang")).isFalse();
    assertThat(p.first("lang", "en")).isEqualTo("en");
  }

  @Test
  void encodesEveryComponent() {
    assertThat(params().toQuery())
        .isEqualTo("?q=%22nuclear%20weapons%22%20%26%20more&speaker=Anna%20Petrova&cursor=abc");
    assertThat(PageParams.empty().toQuery()).isEmpty();
    assertThat(PageParams.encode("org:un/<x>")).isEqualTo("org%3Aun%2F%3Cx%3E");
  }

  @Test
  void changingAFilterDropsThePagingAndLeavesTheOriginalAlone() {
    PageParams p = params();
    PageParams more = p.with("speaker", "Elena Marsh");
    assertThat(more.all("speaker")).containsExactly("Anna Petrova", "Elena Marsh");
    assertThat(more.has("cursor")).isFalse();
    assertThat(p.has("cursor")).isTrue();
    assertThat(more.with("speaker", "Elena Marsh")).isEqualTo(more);
    PageParams less = more.without("speaker", "Anna Petrova");
    assertThat(less.all("speaker")).containsExactly("Elena Marsh");
    assertThat(less.without("speaker", "Elena Marsh").has("speaker")).isFalse();
  }

  @Test
  void setReplacesAndRemoveForgets() {
    PageParams p = params().set("tab", "kwic").set("speaker", "X");
    assertThat(p.all("speaker")).containsExactly("X");
    assertThat(p.first("tab")).isEqualTo("kwic");
    assertThat(p.set("tab", null).has("tab")).isFalse();
    assertThat(p.remove("q", "tab").names()).containsExactly("speaker", "cursor");
    assertThat(p.firstPage().has("cursor")).isFalse();
    assertThat(p.link("/keyness")).startsWith("/keyness?q=");
  }
}
