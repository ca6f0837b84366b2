package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionGroupingTest {

  private static VersionGrouping.Builder allLive(int n) {
    VersionGrouping.Builder b = VersionGrouping.builder(n);
    for (int i = 0; i < n; i++) {
      b.live(i);
    }
    return b;
  }

  private static boolean together(VersionGrouping g, int a, int b) {
    return g.groupOf(a) == g.groupOf(b);
  }

  @Test
  void theSameStatementKeyLinksStatementsOfOneLanguage() {
    VersionGrouping.Builder b = allLive(3);
    int en = b.language("en");
    b.statementKey(0, "key:fees-note", en);
    b.statementKey(1, "key:fees-note", en);
    b.statementKey(2, "key:other-note", en);
    VersionGrouping g = b.build();
    assertThat(g.groupCount()).isEqualTo(2);
    assertThat(together(g, 0, 1)).isTrue();
    assertThat(together(g, 0, 2)).isFalse();
    assertThat(g.members(g.groupOf(1))).containsExactly(0, 1);
  }

  @Test
  void anIdentifierLinksOnlyAcrossLanguages() {
    VersionGrouping.Builder b = allLive(4);
    int en = b.language("en");
    int ru = b.language("ru");
    // 0 and 1: one mid.ru id in one language only (a CSV giving one address to two texts)
    b.identifier(0, VersionGrouping.midOrNumberIdentifier("5501"), en);
    b.identifier(1, VersionGrouping.midOrNumberIdentifier("5501"), en);
    // 2 and 3: a kremlin id stated in English and, through the key, in Russian
    b.identifier(2, VersionGrouping.kremlinIdentifier("7001"), en);
    b.statementKey(3, "kremlin:7001:ru", ru);
    VersionGrouping g = b.build();
    assertThat(together(g, 0, 1)).isFalse();
    assertThat(together(g, 2, 3)).isTrue();
    assertThat(g.groupCount()).isEqualTo(3);
  }

  @Test
  void aStatementWithoutLanguageCountsAsAnotherLanguage() {
    VersionGrouping.Builder b = allLive(2);
    b.identifier(0, VersionGrouping.kremlinIdentifier("12"), b.language("en"));
    b.identifier(1, VersionGrouping.kremlinIdentifier("12"), b.language(null));
    assertThat(together(b.build(), 0, 1)).isTrue();
  }

  @Test
  void documentNumbersAndMidIdsShareOneNamespaceAndLinksChain() {
    VersionGrouping.Builder b = allLive(4);
    int en = b.language("en");
    int fr = b.language("fr");
    int ru = b.language("ru");
    b.identifier(0, VersionGrouping.midOrNumberIdentifier("2412-05"), en); // number
    b.identifier(1, VersionGrouping.midOrNumberIdentifier("2412-05"), fr); // number
    b.statementKey(2, "mid:2412-05:ru", ru); // key carrying the number
    b.statementKey(3, "mid:2412-05:ru", ru); // a re-publication of 2
    VersionGrouping g = b.build();
    assertThat(g.groupCount()).isEqualTo(1);
    assertThat(g.members(0)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void statementsNotLiveAreInNoGroupAndLinkNothing() {
    VersionGrouping.Builder b = VersionGrouping.builder(3).live(0).live(2);
    int en = b.language("en");
    b.statementKey(0, "key:a", en);
    b.statementKey(2, "key:b", en);
    VersionGrouping g = b.build();
    assertThat(g.groupOf(1)).isEqualTo(-1);
    assertThat(g.groupCount()).isEqualTo(2);
    assertThat(g.capacity()).isEqualTo(3);
  }

  @Test
  void groupsAreCountedOverTheMatchingStatements() {
    VersionGrouping.Builder b = allLive(5);
    b.statementKey(0, 0).statementKey(1, 0).statementKey(2, 7).statementKey(3, 7);
    b.statementKey(4, 100);
    VersionGrouping g = b.build();
    assertThat(g.countGroups(s -> true)).isEqualTo(3);
    assertThat(g.countGroups(s -> s == 0 || s == 1)).isEqualTo(1);
    assertThat(g.countGroups(s -> s == 1 || s == 3)).isEqualTo(2);
    assertThat(g.countGroups(s -> false)).isZero();
  }

  @Test
  void theFirstStatementOfEachGroupInTheGivenOrderIsItsHit() {
    VersionGrouping.Builder b = allLive(5);
    b.statementKey(0, 1).statementKey(3, 1).statementKey(1, 2).statementKey(4, 2);
    VersionGrouping g = b.build();
    assertThat(g.firstOfEachGroup(new int[] {3, 0, 4, 2, 1}, 10)).containsExactly(3, 4, 2);
    assertThat(g.firstOfEachGroup(new int[] {3, 0, 4, 2, 1}, 2)).containsExactly(3, 4);
    assertThat(g.firstOfEachGroup(new int[] {2, 1}, 0)).isEmpty();
  }

  @Test
  void keyIdentifiersComeOnlyFromSiteKeys() {
    assertThat(VersionGrouping.keyIdentifier("kremlin:7001:ru"))
        .isEqualTo(VersionGrouping.kremlinIdentifier("7001"));
    assertThat(VersionGrouping.keyIdentifier("mid:2412-05:fr"))
        .isEqualTo(VersionGrouping.midOrNumberIdentifier("2412-05"));
    assertThat(VersionGrouping.keyIdentifier("kremlin:7001")).isEmpty();
    assertThat(VersionGrouping.keyIdentifier("key:harbour")).isEmpty();
    assertThat(VersionGrouping.keyIdentifier(null)).isEmpty();
    assertThat(VersionGrouping.kremlinIdentifier("5"))
        .isNotEqualTo(VersionGrouping.midOrNumberIdentifier("5"));
  }

  @Test
  void otherVersionsListMatchingOnesFirstThenByLanguageAndId() {
    List<SearchHit.OtherVersion> versions =
        new ArrayList<>(
            List.of(
                new SearchHit.OtherVersion("b", "ru", "t", false),
                new SearchHit.OtherVersion("c", null, "t", true),
                new SearchHit.OtherVersion("a", "ru", "t", false),
                new SearchHit.OtherVersion("d", "en", "t", true)));
    versions.sort(VersionGrouping.OTHER_VERSIONS_ORDER);
    assertThat(versions).extracting(SearchHit.OtherVersion::id).containsExactly("d", "c", "a", "b");
  }

  @Test
  void aNegativeKeyOrdinalOrCapacityIsRefused() {
    assertThatThrownBy(() -> VersionGrouping.builder(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity");
    assertThatThrownBy(() -> allLive(1).statementKey(0, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key ordinal");
  }
}
