package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word boundaries of concordance context, on invented snippets. */
class ContextWordsTest {

  @Test
  void wordsBeforeStartAtAWordAndKeepThePunctuationBetween() {
    String text = "Yes, they said: \"we agree\" - fully.";
    int match = text.indexOf("fully");
    assertThat(text.substring(ContextWords.startOfWordsBefore(text, match, 2), match))
        .isEqualTo("we agree\" - ");
    assertThat(ContextWords.startOfWordsBefore(text, match, 5)).isZero();
    assertThat(ContextWords.startOfWordsBefore(text, match, 50)).isZero();
  }

  @Test
  void wordsAfterEndAtAWordOrTheEndOfTheText() {
    String text = "talks\n\nresumed on Monday (in Geneva).";
    int end = "talks".length();
    assertThat(text.substring(end, ContextWords.endOfWordsAfter(text, end, 2)))
        .isEqualTo("\n\nresumed on");
    assertThat(text.substring(end, ContextWords.endOfWordsAfter(text, end, 5)))
        .isEqualTo("\n\nresumed on Monday (in Geneva");
    assertThat(ContextWords.endOfWordsAfter(text, end, 6)).isEqualTo(text.length());
  }

  @Test
  void apostrophesAndHyphensInsideAWordBelongToIt() {
    String text = "the anti-drone rules don't apply";
    int match = text.indexOf("apply");
    assertThat(text.substring(ContextWords.startOfWordsBefore(text, match, 3), match))
        .isEqualTo("anti-drone rules don't ");
    assertThat(ContextWords.nthFromEnd("the anti-drone rules don't ", 1)).isEqualTo("don't");
    assertThat(ContextWords.nthFromEnd("the anti-drone rules don't ", 3)).isEqualTo("anti-drone");
    assertThat(ContextWords.nthFromStart(" — Rules, Don't", 2)).isEqualTo("don't");
    assertThat(ContextWords.nthFromStart(" - ", 1)).isEmpty();
    assertThat(ContextWords.nthFromEnd("", 1)).isEmpty();
  }

  @Test
  void cyrillicAndSupplementaryCharactersAreWordsAndPairsStayWhole() {
    String text = "Вода 𝔸𝔹 нужна всем";
    int match = text.indexOf("всем");
    int start = ContextWords.startOfWordsBefore(text, match, 2);
    assertThat(text.substring(start, match)).isEqualTo("𝔸𝔹 нужна ");
    assertThat(ContextWords.nthFromStart(text, 1)).isEqualTo("вода");
    String emoji = "peace \uD83D\uDE42 now";
    assertThat(ContextWords.nthFromEnd(emoji.substring(0, emoji.indexOf("now")), 1))
        .isEqualTo("peace");
  }
}
