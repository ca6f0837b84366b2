package io.verbatim.analysis.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class VersionIdsTest {
  private static Statement statement(UnaryOperator<Statement.Builder> more) {
    String sha = "ab".repeat(32);
    return more.apply(
            Statement.builder()
                .withId(Statement.idFor(sha))
                .withSource(new Source("t.txt", "capture", sha, sha, null, Instant.EPOCH))
                .withLanguage("en")
                .withBody("The ministry notes the talks."))
        .build();
  }

  @Test
  void idsComeFromExtrasFieldsAndSiteKeys() {
    assertThat(VersionIds.of(statement(b -> b.putExtra("kremlinId", "5501"))))
        .isEqualTo(new VersionIds("5501", null, null));
    assertThat(VersionIds.of(statement(b -> b.withStatementKey("kremlin:5501:ru"))))
        .isEqualTo(new VersionIds("5501", null, null));
    assertThat(VersionIds.of(statement(b -> b.withStatementKey("mid:1873:en"))))
        .isEqualTo(new VersionIds(null, "1873", null));
    // A mid.ru key that carries the document number is the number, not a second id.
    assertThat(
            VersionIds.of(
                statement(
                    b -> b.withStatementKey("mid:77-04-03:en").withDocumentNumber("77-04-03"))))
        .isEqualTo(new VersionIds(null, null, "77-04-03"));
    assertThat(VersionIds.of(statement(b -> b.withStatementKey("file:notes.csv#4"))).isEmpty())
        .isTrue();
  }

  @Test
  void sharedIdsAreTheEvidence() {
    VersionIds mine = new VersionIds("5501", "1873", "77-04-03");
    assertThat(mine.sharedWith(new VersionIds("5501", "1873", null)))
        .containsExactly("same kremlin id 5501", "same mid.ru id 1873");
    assertThat(mine.sharedWith(new VersionIds(null, "77-04-03", null)))
        .containsExactly("same document number 77-04-03");
    assertThat(mine.sharedWith(new VersionIds("5502", null, "77-04-04"))).isEmpty();
  }
}
