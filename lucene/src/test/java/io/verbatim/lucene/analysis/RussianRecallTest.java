package io.verbatim.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.lucene.analysis.RecallMeter.Score;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Recall of Russian inflections, this module's analyzer against Lucene's Snowball {@link
 * RussianAnalyzer}, over a hand-written list of lemmas and their forms; and false matches over
 * pairs of different words. Writes the table to {@code target/russian-recall.txt}.
 */
class RussianRecallTest {
  private static final List<InflectionTable> TABLES =
      InflectionTable.read("russian-inflections.txt");
  private static final List<List<String>> DISTINCT_PAIRS = readPairs("russian-distinct-pairs.txt");

  private record Measured(String name, Score lemmaToForm, Score formToForm, Score falseMatches) {}

  @Test
  void morphologyFindsMoreInflectionsThanSnowballAndConflatesFewerDifferentWords()
      throws IOException {
    assertThat(TABLES).hasSizeGreaterThanOrEqualTo(60);
    assertThat(DISTINCT_PAIRS).hasSizeGreaterThanOrEqualTo(20);

    Measured snowball = measure("snowball (RussianAnalyzer)", new RussianAnalyzer());
    Measured morphology =
        measure("morphology (RussianMorphology)", new RussianMorphologyAnalyzer());
    String report = report(List.of(snowball, morphology));
    System.out.print(report);
    Path out = Path.of(System.getProperty("basedir", "."), "target", "russian-recall.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);

    assertThat(morphology.lemmaToForm().rate()).isGreaterThanOrEqualTo(0.97);
    assertThat(morphology.lemmaToForm().rate()).isGreaterThan(snowball.lemmaToForm().rate());
    assertThat(morphology.formToForm().rate()).isGreaterThanOrEqualTo(0.97);
    assertThat(morphology.formToForm().rate()).isGreaterThan(snowball.formToForm().rate());
    assertThat(morphology.falseMatches().misses().size())
        .isLessThan(snowball.falseMatches().misses().size());
  }

  private static Measured measure(String name, Analyzer analyzer) throws IOException {
    Map<String, String> documents = new LinkedHashMap<>(RecallMeter.formDocuments(TABLES));
    documents.putAll(RecallMeter.pairDocuments(DISTINCT_PAIRS));
    try (analyzer;
        RecallMeter meter = new RecallMeter(name, analyzer, documents)) {
      return new Measured(
          name,
          meter.lemmaToForm(TABLES),
          meter.formToForm(TABLES),
          meter.falseMatches(DISTINCT_PAIRS));
    }
  }

  private static String report(List<Measured> results) {
    StringBuilder out = new StringBuilder();
    int forms = TABLES.stream().mapToInt(table -> table.forms().size()).sum();
    out.append(
        String.format(
            Locale.ROOT,
            "Russian inflection recall: %d lemmas, %d forms, %d distinct-word pairs%n",
            TABLES.size(),
            forms,
            DISTINCT_PAIRS.size()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-32s %16s %8s %16s %8s %14s%n",
            "analyzer",
            "lemma->form",
            "recall",
            "form->form",
            "recall",
            "false matches"));
    for (Measured m : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-32s %16d %8.4f %16d %8.4f %9d / %-3d%n",
              m.name(),
              m.lemmaToForm().pairs(),
              m.lemmaToForm().rate(),
              m.formToForm().pairs(),
              m.formToForm().rate(),
              m.falseMatches().misses().size(),
              m.falseMatches().pairs()));
    }
    for (Measured m : results) {
      out.append(String.format(Locale.ROOT, "%n%s%n", m.name()));
      appendSample(out, "lemma->form misses", m.lemmaToForm().misses());
      appendSample(out, "form->form misses", m.formToForm().misses());
      appendSample(out, "false matches", m.falseMatches().misses());
    }
    return out.toString();
  }

  private static void appendSample(StringBuilder out, String label, List<String> items) {
    int shown = Math.min(items.size(), 25);
    out.append(String.format(Locale.ROOT, "  %s (%d): ", label, items.size()));
    out.append(String.join(", ", items.subList(0, shown)));
    out.append(items.size() > shown ? ", ..." : "").append(System.lineSeparator());
  }

  private static List<List<String>> readPairs(String name) {
    List<List<String>> pairs = new ArrayList<>();
    int number = 0;
    for (String line : InflectionTable.TestResources.lines(name)) {
      number++;
      String content = InflectionTable.TestResources.withoutComment(line);
      if (content.isEmpty()) {
        continue;
      }
      List<String> words = Arrays.stream(content.split("/")).map(String::strip).toList();
      if (words.size() != 2 || words.contains("")) {
        throw new IllegalArgumentException(
            name + " line " + number + ": expected 'word / word', got '" + line + "'");
      }
      pairs.add(words);
    }
    return pairs;
  }
}
