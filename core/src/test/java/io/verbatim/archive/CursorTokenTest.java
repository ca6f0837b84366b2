package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cursor token: round trip, refusal of foreign tokens, and of tokens of another search. */
class CursorTokenTest {
  private static final SearchRequest SANCTIONS =
      SearchRequest.builder("sanctions").withLanguage("en").withSort(SearchSort.DATE_DESC).build();

  @Test
  void roundTripKeepsEveryPartAndALastValueWithBars() {
    CursorToken cursor = CursorToken.next("t1", SANCTIONS, 40, List.of("1700000", "mid:12|a"));

    String token = cursor.encode();

    assertThat(token).matches("[A-Za-z0-9_-]+");
    CursorToken read = CursorToken.parse(token, "t1", 2).requireFor(SANCTIONS);
    assertThat(read).isEqualTo(cursor);
    assertThat(read.selection()).isEqualTo(CursorToken.fingerprint(SANCTIONS));
  }

  @Test
  void tokenIsBase64OfBarSeparatedParts() {
    String token = new CursorToken("t1", SearchSort.RELEVANCE, "ab12", 7, List.of("x")).encode();
    String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    assertThat(plain).isEqualTo("t1|RELEVANCE|ab12|7|x");
  }

  @Test
  void fingerprintIgnoresOrderAndPageButNotFilters() {
    String base = CursorToken.fingerprint(SANCTIONS);
    assertThat(CursorToken.fingerprint(SANCTIONS.toBuilder().withLimit(5).withOffset(0).build()))
        .isEqualTo(base);
    assertThat(
            CursorToken.fingerprint(SANCTIONS.toBuilder().withSort(SearchSort.RELEVANCE).build()))
        .isEqualTo(base);
    assertThat(CursorToken.fingerprint(SANCTIONS.toBuilder().withLanguage("ru").build()))
        .isNotEqualTo(base);
    assertThat(CursorToken.fingerprint(SANCTIONS.toBuilder().withAllVersions(true).build()))
        .as("a cursor of current versions does not continue a search of all versions")
        .isNotEqualTo(base);
  }

  @Test
  void foreignTokensAreNotCursors() {
    String otherVersion =
        new CursorToken("t0", SearchSort.RELEVANCE, "ab12", 7, List.of("x")).encode();
    String tooFewParts = encode("t1|RELEVANCE|ab12|7");
    String badSort = encode("t1|BY_MOOD|ab12|7|x");
    String badPosition = encode("t1|RELEVANCE|ab12|seven|x");
    for (String token : List.of("not base64!", otherVersion, tooFewParts, badSort, badPosition)) {
      assertThatThrownBy(() -> CursorToken.parse(token, "t1", 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "'" + token + "' is not a search cursor; use the nextCursor a search printed");
    }
  }

  @Test
  void cursorOfAnotherOrderOrSelectionIsRefusedNamingWhatDiffers() {
    CursorToken cursor = CursorToken.next("t1", SANCTIONS, 10, List.of("x"));

    assertThatThrownBy(
            () -> cursor.requireFor(SANCTIONS.toBuilder().withSort(SearchSort.DATE_ASC).build()))
        .hasMessage(
            "the cursor continues a search sorted by date desc; repeat that search's order to"
                + " use it");
    assertThatThrownBy(() -> cursor.requireFor(SANCTIONS.toBuilder().withLanguage("ru").build()))
        .hasMessage(
            "the cursor belongs to a search with another query or other filters; repeat that"
                + " search's query and filters to use it");
  }

  private static String encode(String plain) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fingerprintTellsAllFromAnyOfSeveralMentions() {
    SearchRequest two = SANCTIONS.toBuilder().withMentions(List.of("SYR", "LBY")).build();
    SearchRequest anyOfTwo = two.toBuilder().withMentionMatch(Selection.MentionMatch.ANY).build();
    assertThat(CursorToken.fingerprint(anyOfTwo)).isNotEqualTo(CursorToken.fingerprint(two));
    SearchRequest one = SANCTIONS.toBuilder().withMentions(List.of("SYR")).build();
    assertThat(
            CursorToken.fingerprint(
                one.toBuilder().withMentionMatch(Selection.MentionMatch.ANY).build()))
        .as("with one mention all and any select the same")
        .isEqualTo(CursorToken.fingerprint(one));
  }
}
