package io.verbatim.analysis.morphology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianLemmatizerTest {
  private final RussianLemmatizer lemmatizer = RussianLemmatizer.instance();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "терроризма, терроризм",
    "терроризмом, терроризм",
    "архивы, архив",
    "архивов, архив",
    "России, россия",
    "Россией, россия",
    "Российской, российский",
    "переговорах, переговоры",
    "сотрудничеству, сотрудничество",
    "санкций, санкция",
    "заявил, заявить",
  })
  void inflectedFormsGiveTheirLemma(String form, String lemma) {
    assertThat(lemmatizer.lemmas(form)).contains(lemma);
  }

  @Test
  void ambiguousFormGivesEveryLemma() {
    assertThat(lemmatizer.lemmas("стали")).containsExactlyInAnyOrder("стать", "сталь");
  }

  @Test
  void unknownWordGivesNothing() {
    assertThat(lemmatizer.lemmas("кваказябрами")).isEmpty();
    assertThat(lemmatizer.knows("кваказябрами")).isFalse();
  }

  @Test
  void wordsWithoutCyrillicLettersGiveNothing() {
    assertThat(lemmatizer.lemmas("NATO")).isEmpty();
    assertThat(lemmatizer.lemmas("2024")).isEmpty();
    assertThat(lemmatizer.lemmas("")).isEmpty();
  }

  @Test
  void caseIsIgnored() {
    assertThat(lemmatizer.lemmas("ТЕРРОРИЗМА")).isEqualTo(lemmatizer.lemmas("терроризма"));
    assertThat(lemmatizer.lemmas("Москве")).containsExactly("москва");
  }

  @Test
  void yoAndYeSpellingsFindTheSameLemma() {
    assertThat(lemmatizer.lemmas("ребёнка")).contains("ребёнок");
    assertThat(lemmatizer.lemmas("ребенка")).contains("ребёнок");
    assertThat(lemmatizer.lemmas("ЕЩЁ")).isEqualTo(lemmatizer.lemmas("ещё"));
  }

  @Test
  void answerIsImmutable() {
    Set<String> lemmas = lemmatizer.lemmas("архивы");
    assertThatThrownBy(() -> lemmas.add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullWordIsRejectedWithAReason() {
    assertThatThrownBy(() -> lemmatizer.lemmas(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("word");
  }

  @Test
  void instanceIsShared() {
    assertThat(RussianLemmatizer.instance()).isSameAs(lemmatizer);
  }

  @Test
  void concurrentLookupsAgreeWithSequentialOnes() throws Exception {
    List<String> words =
        List.of("стали", "терроризмом", "архивов", "России", "переговоров", "войнами", "года");
    List<Set<String>> expected = words.stream().map(lemmatizer::lemmas).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 2_000; round++) {
                    int i = round % words.size();
                    if (!lemmatizer.lemmas(words.get(i)).equals(expected.get(i))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void lookupsAreFast() {
    String[] words = {
      "терроризма",
      "архивами",
      "России",
      "сотрудничества",
      "заявлении",
      "кваказябра",
      "NATO",
      "министров",
      "безопасности",
      "переговорах"
    };
    for (int i = 0; i < 50_000; i++) {
      lemmatizer.lemmas(words[i % words.length]);
    }
    int lookups = 500_000;
    long start = System.nanoTime();
    int found = 0;
    for (int i = 0; i < lookups; i++) {
      found += lemmatizer.lemmas(words[i % words.length]).size();
    }
    double micros = (System.nanoTime() - start) / 1_000.0 / lookups;
    System.out.printf(
        "RussianLemmatizer: %.2f µs per lookup (%d lookups, %d lemmas)%n", micros, lookups, found);
    // Not a benchmark: only catches a pathological slowdown (e.g. reading the dictionary per call).
    assertThat(micros).isLessThan(100.0);
  }
}
