package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counting shared by the backends: {@link BodyTokens}, {@link WordForms}, {@link TermTally},
 * {@link NodePhrase} and {@link CollocationTally}, on hand-made token lists.
 */
class TallyTest {

  /**
   * The tokens of {@code text} split at spaces, each word its own lower-cased term at the next
   * position; a word in brackets is a removed stop word (it takes a position, gives no token).
   */
  private static BodyTokens words(String text) {
    String plain = text.replace("[", "").replace("]", "");
    BodyTokens.Builder b = BodyTokens.builder(plain);
    int offset = 0;
    String[] parts = text.split(" ");
    for (int position = 0; position < parts.length; position++) {
      String part = parts[position];
      String word = part.replace("[", "").replace("]", "");
      if (!part.startsWith("[")) {
        String letters = word.replaceAll("[^\\p{L}\\p{N}]+$", "");
        b.add(
            letters.toLowerCase(java.util.Locale.ROOT),
            position,
            offset,
            offset + letters.length());
      }
      offset += word.length() + 1;
    }
    return b.build();
  }

  @Test
  void bodyTokensKeepOnlyWordsInPositionOrder() {
    BodyTokens t =
        BodyTokens.builder("Mir, мир!")
            .add("мир", 1, 5, 8)
            .add("\u0001Mir", 0, 0, 3)
            .add("mir", 0, 0, 3)
            .add("!", 2, 8, 9)
            .build();
    assertThat(t.terms()).containsExactly("mir", "мир");
    assertThat(t.written(0)).isEqualTo("Mir");
    assertThat(t.written(1)).isEqualTo("мир");
    assertThat(t.written(0, 1)).isEqualTo("Mir, мир");
    assertThat(t.adjacentInText(0, 1)).as("a comma parts them").isFalse();
  }

  @Test
  void bodyTokensTakeBadOffsetsAsUnknownAndRefuseInconsistentOnes() {
    BodyTokens t = BodyTokens.builder("abc").add("abc", 0, 2, 9).build();
    assertThat(t.written(0)).isNull();
    assertThatThrownBy(
            () -> new BodyTokens("ab", List.of("ab"), new int[] {0}, new int[] {0}, new int[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 terms but 1 positions, 1 starts and 0 ends");
    assertThatThrownBy(
            () ->
                new BodyTokens(
                    "a b", List.of("a", "b"), new int[] {1, 0}, new int[] {0, 2}, new int[] {1, 3}))
        .hasMessageContaining("positions go back");
  }

  @Test
  void wordFormsPreferTheMostFrequentFormInLowerCaseUnlessCapitalisedInsideSentences() {
    WordForms forms = new WordForms();
    forms.add("peac", "Peace", true);
    forms.add("peac", "peace", false);
    forms.add("peac", "peace", false);
    forms.add("peac", "Peaceful", true);
    forms.add("peac", "PEACEFUL", false);
    forms.add("peac", "Peaceful", true);
    // peace 3 and peaceful 3: a tie, "peace" is first; inside sentences it is "peace".
    assertThat(forms.formOf("peac")).isEqualTo("peace");
    forms.add("peac", "peaceful", true);
    // peaceful 4; inside sentences only "PEACEFUL" (once): shown so.
    assertThat(forms.formOf("peac")).isEqualTo("PEACEFUL");
    forms.add("peac", "peaceful", false);
    assertThat(forms.formOf("peac")).as("a tie goes to lower case").isEqualTo("peaceful");

    WordForms grain = new WordForms();
    grain.add("grain", "Grain", true);
    grain.add("grain", "Grain", true);
    assertThat(grain.formOf("grain")).as("capitals only at sentence starts").isEqualTo("grain");
    WordForms ukraine = new WordForms();
    ukraine.add("ukrain", "Ukraine", true);
    ukraine.add("ukrain", "Ukraine", false);
    ukraine.add("ukrain", "ukraine", false);
    assertThat(ukraine.formOf("ukrain")).as("a tie goes to lower case").isEqualTo("ukraine");
    ukraine.add("ukrain", "Ukraine", false);
    assertThat(ukraine.formOf("ukrain")).isEqualTo("Ukraine");
    assertThat(ukraine.formOf("never")).isEqualTo("never");
  }

  @Test
  void aSentenceStartsAtTheTextALineBreakOrAFullStop() {
    BodyTokens t =
        BodyTokens.builder("\"Peace\" in Kyiv.\nTalks: Kyiv? «Mir»")
            .add("peac", 0, 1, 6)
            .add("kyiv", 2, 11, 15)
            .add("talk", 3, 17, 22)
            .add("kyiv", 4, 24, 28)
            .add("mir", 5, 31, 34)
            .build();
    assertThat(java.util.stream.IntStream.range(0, t.size()).mapToObj(t::startsSentence))
        .containsExactly(true, false, true, false, true);
  }

  @Test
  void singleWordTallyCountsEveryWordAndItsForms() {
    TermTally tally = new TermTally(1, true);
    tally.add(words("Talks [on] peace, talks."));
    assertThat(tally.tokens()).isEqualTo(3);
    assertThat(tally.frequencies()).containsOnly(entry("talks", 2), entry("peace", 1));
    assertThat(tally.formOf("talks")).isEqualTo("talks");
  }

  @Test
  void twoWordTallyCountsNeighboursWithNothingBetween() {
    TermTally tally = new TermTally(2, true);
    // "nuclear weapons" twice; "weapons [of] mass" has a stop word between: no pair;
    // "destruction. Nuclear" has a full stop between: no pair; "anti-nuclear" (two tokens) pairs
    // across the hyphen.
    tally.add(words("Nuclear weapons [of] mass destruction. Nuclear weapons"));
    tally.add(
        BodyTokens.builder("anti-nuclear").add("anti", 0, 0, 4).add("nuclear", 1, 5, 12).build());
    assertThat(tally.frequencies())
        .containsOnly(
            entry("nuclear weapons", 2), entry("mass destruction", 1), entry("anti nuclear", 1));
    assertThat(tally.tokens()).isEqualTo(4);
    assertThat(tally.formOf("nuclear weapons"))
        .as("capitals only at sentence starts")
        .isEqualTo("nuclear weapons");
    assertThat(tally.formOf("anti nuclear")).isEqualTo("anti-nuclear");
    assertThatThrownBy(() -> tally.add("x", 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new TermTally(3, false)).hasMessageContaining("ngram 1 or 2");
  }

  @Test
  void aNodePhraseKeepsStopWordGapsAndStackedTerms() {
    NodePhrase node =
        NodePhrase.of(
            "weapons of mass destruction",
            BodyTokens.builder("weapons of mass destruction")
                .add("weapon", 0, 0, 7)
                .add("mass", 2, 11, 15)
                .add("destruct", 3, 16, 27)
                .build(),
            "en");
    assertThat(node.words()).isEqualTo(3);
    assertThat(node.span()).isEqualTo(4);
    assertThat(node.terms()).isEqualTo("weapon mass destruct");
    BodyTokens body =
        BodyTokens.builder("x")
            .add("weapon", 5, -1, -1)
            .add("mass", 7, -1, -1)
            .add("destruct", 8, -1, -1)
            .add("weapon", 10, -1, -1)
            .add("mass", 11, -1, -1)
            .build();
    assertThat(node.occurrencesIn(body)).containsExactly(new NodePhrase.Occurrence(5, 8, 0, 2));

    NodePhrase steel =
        NodePhrase.of(
            "стали",
            BodyTokens.builder("стали").add("стать", 0, 0, 5).add("сталь", 0, 0, 5).build(),
            "ru");
    assertThat(steel.terms()).isEqualTo("сталь|стать");
    BodyTokens ru = BodyTokens.builder("x").add("сталь", 3, -1, -1).add("стать", 9, -1, -1).build();
    assertThat(steel.occurrencesIn(ru)).hasSize(2);
  }

  @Test
  void aNodeOfStopWordsOrTooManyWordsIsRefusedWithTheReason() {
    assertThatThrownBy(() -> NodePhrase.of("of the", BodyTokens.builder("of the").build(), "en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'of the'")
        .hasMessageContaining("stop words");
    BodyTokens.Builder many = BodyTokens.builder("a b c d e f g h i");
    for (int i = 0; i < 9; i++) {
      many.add("w" + i, i, -1, -1);
    }
    assertThatThrownBy(() -> NodePhrase.of("a b c d e f g h i", many.build(), "en"))
        .hasMessageContaining("9 words")
        .hasMessageContaining("at most 8");
  }

  @Test
  void collocationWindowsAreCountedOnEachSideOfThePhrase() {
    // Positions: 0 a, 1 climate, 2 change, 3 b, 4 [the], 5 c, 6 climate, 7 change, 8 climate.
    NodePhrase node =
        NodePhrase.of(
            "climate change",
            BodyTokens.builder("climate change")
                .add("climate", 0, 0, 7)
                .add("change", 1, 8, 14)
                .build(),
            "en");
    CollocationTally tally = new CollocationTally(node, 2);
    tally.add(words("a climate change b [the] c Climate change climate"));
    // Occurrence [1,2]: left a (and nothing at -1); right b, (stop word). Occurrence [6,7]:
    // left c, (stop word); right "climate" (not the phrase, so a collocate).
    assertThat(tally.nodeFrequency()).isEqualTo(2);
    assertThat(tally.tokens()).isEqualTo(8);
    assertThat(tally.left()).containsOnly(entry("a", 1), entry("c", 1));
    assertThat(tally.right()).containsOnly(entry("b", 1), entry("climate", 1));
    assertThat(tally.frequency("climate")).isEqualTo(3);
    assertThat(tally.nodeForm()).isEqualTo("climate change");
    assertThatThrownBy(() -> new CollocationTally(node, 21)).hasMessageContaining("window");
  }

  @Test
  void overlappingNodeOccurrencesAreNeverEachOthersCollocates() {
    NodePhrase node =
        NodePhrase.of("grain", BodyTokens.builder("grain").add("grain", 0, 0, 5).build(), "en");
    CollocationTally tally = new CollocationTally(node, 1);
    tally.add(words("grain grain grain port"));
    assertThat(tally.nodeFrequency()).isEqualTo(3);
    assertThat(tally.left()).isEmpty();
    assertThat(tally.right()).containsOnly(entry("port", 1));
  }

  private static java.util.Map.Entry<String, Long> entry(String key, long value) {
    return java.util.Map.entry(key, value);
  }
}
