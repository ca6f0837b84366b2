package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query in {@code nasty-queries.txt} either searches or fails with a {@link
 * QuerySyntaxException} whose position lies inside the query: never another exception.
 */
class NastyQueryTest {
  @TempDir static Path temp;
  private static LuceneArchive archive;

  @BeforeAll
  static void openArchive() throws IOException {
    archive = LuceneArchive.open(temp.resolve("archive"), true);
    String body = "A short text about rules and straits.";
    String sha = OriginalStore.sha256(body.getBytes(StandardCharsets.UTF_8));
    archive.add(
        Statement.builder()
            .withId(Statement.idFor(sha))
            .withSource(new Source("nasty", "test", sha, sha, null, Instant.now()))
            .withLanguage("en")
            .withBody(body)
            .build());
    archive.commit();
  }

  @AfterAll
  static void closeArchive() throws IOException {
    archive.close();
  }

  static Stream<String> queries() throws IOException {
    try (InputStream in = NastyQueryTest.class.getResourceAsStream("nasty-queries.txt")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return lines.stream()
          .filter(l -> !l.startsWith("#") && !l.isEmpty())
          .map(l -> l.replace("\\t", "\t"))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("queries")
  void searchesOrSaysWhereTheQueryIsWrong(String query) throws IOException {
    try {
      SearchResult result = archive.search(SearchRequest.builder(query).build());
      assertThat(result.total()).isBetween(0L, 1L);
    } catch (QuerySyntaxException e) {
      assertThat(e.position()).as(e.getMessage()).isBetween(0, query.length());
      assertThat(e.getMessage()).startsWith("cannot parse query '" + query + "'");
    } catch (RuntimeException e) {
      fail("query " + query + " failed with " + e, e);
    }
  }
}
