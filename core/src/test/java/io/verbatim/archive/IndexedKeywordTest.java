package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Keyword values as indexed: whole up to 8 KiB of UTF-8, else cut with a hash of the whole. */
class IndexedKeywordTest {
  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void valuesUpTo8KiBAreIndexedAsTheyAre() {
    assertThat(IndexedKeyword.of(null)).isNull();
    assertThat(IndexedKeyword.of("Sergey Lavrov")).isEqualTo("Sergey Lavrov");
    String ascii = "a".repeat(8192);
    assertThat(IndexedKeyword.of(ascii)).isSameAs(ascii);
    String cyrillic = "л".repeat(4096); // 2 bytes each: 8,192
    assertThat(IndexedKeyword.of(cyrillic)).isSameAs(cyrillic);
    assertThat(IndexedKeyword.isCut(cyrillic)).isFalse();
  }

  @Test
  void longerValuesAreCutAtACharacterBoundaryWithAHashOfTheWhole() {
    String cyrillic = "л".repeat(4097);
    String cut = IndexedKeyword.of(cyrillic);
    assertThat(IndexedKeyword.isCut(cyrillic)).isTrue();
    assertThat(utf8(cut)).isLessThanOrEqualTo(IndexedKeyword.MAX_BYTES);
    // 8,192 - 20 bytes of suffix = 8,172: 4,086 two-byte letters
    assertThat(cut).startsWith("л".repeat(4086) + "…#").hasSize(4086 + 2 + 16);
    assertThat(cut.substring(4088)).matches("[0-9a-f]{16}");

    String emoji = "\uD83D\uDE00".repeat(3000); // 4 bytes each, 12,000 bytes
    String cutEmoji = IndexedKeyword.of(emoji);
    assertThat(utf8(cutEmoji)).isLessThanOrEqualTo(IndexedKeyword.MAX_BYTES);
    assertThat(cutEmoji.substring(0, cutEmoji.indexOf('…')))
        .isEqualTo("\uD83D\uDE00".repeat(2043)); // 8,172 / 4, no pair split
  }

  @Test
  void twoLongValuesThatBeginAlikeStayApartAndTheCutIsIdempotent() {
    String a = "p".repeat(40_000) + ":en";
    String b = "p".repeat(40_000) + ":ru";
    assertThat(IndexedKeyword.of(a)).isNotEqualTo(IndexedKeyword.of(b));
    assertThat(IndexedKeyword.of(a)).startsWith("p".repeat(8172));
    assertThat(IndexedKeyword.of(IndexedKeyword.of(a))).isEqualTo(IndexedKeyword.of(a));
  }
}
