package io.verbatim.lucene.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A lemma and its inflected forms, read from a test resource of lines {@code lemma: form, form}.
 * Blank lines and {@code #} comments are skipped; a malformed line fails with its line number.
 */
record InflectionTable(String lemma, List<String> forms) {
  InflectionTable {
    Objects.requireNonNull(lemma, "lemma");
    forms = List.copyOf(forms);
  }

  /** The tables in the class-path resource {@code name} (relative to this class). */
  static List<InflectionTable> read(String name) {
    List<InflectionTable> tables = new ArrayList<>();
    int number = 0;
    for (String line : TestResources.lines(name)) {
      number++;
      String content = TestResources.withoutComment(line);
      if (content.isEmpty()) {
        continue;
      }
      int colon = content.indexOf(':');
      List<String> forms =
          colon < 0
              ? List.of()
              : Arrays.stream(content.substring(colon + 1).split(","))
                  .map(String::strip)
                  .filter(form -> !form.isEmpty())
                  .toList();
      if (colon <= 0 || forms.isEmpty()) {
        throw new IllegalArgumentException(
            name + " line " + number + ": expected 'lemma: form, form', got '" + line + "'");
      }
      tables.add(new InflectionTable(content.substring(0, colon).strip(), forms));
    }
    return tables;
  }

  /** Reads test resources as UTF-8 lines. */
  static final class TestResources {
    private TestResources() {}

    static List<String> lines(String name) {
      try (InputStream in = InflectionTable.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalArgumentException("missing test resource " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static String withoutComment(String line) {
      int hash = line.indexOf('#');
      return (hash < 0 ? line : line.substring(0, hash)).strip();
    }
  }
}
