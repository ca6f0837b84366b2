package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lines cut around spans, delivered in order up to the limit, counted in the summary. */
class KwicAssemblyTest {
  private static final KwicRequest GRAIN = KwicRequest.of(Selection.of("grain"));

  @Test
  void lineCutsTheContextWordsEitherSideOfTheSpan() {
    Statement s =
        statement("The minister said the grain talks will resume in Geneva.", "A. Minister");
    int start = s.body().indexOf("grain");

    KwicLine line = KwicAssembly.line(s, "A. Minister", start, start + 5, 2);

    assertThat(line.left()).isEqualTo("said the ");
    assertThat(line.match()).isEqualTo("grain");
    assertThat(line.right()).isEqualTo(" talks will");
    assertThat(line.start()).isEqualTo(start);
    assertThat(line.end()).isEqualTo(start + 5);
    assertThat(line.statementId()).isEqualTo(s.id());
    assertThat(line.speaker()).isEqualTo("A. Minister");
    assertThat(line.title()).isEqualTo(s.title());
  }

  @Test
  void speakerIsTheNameElseTheRole() {
    assertThat(KwicAssembly.speakerOf(statement("Grain.", "B. Envoy"))).isEqualTo("B. Envoy");
    Statement byRole =
        statement("Grain.", null).toBuilder()
            .withSpeaker(new Speaker(null, "spokesperson"))
            .build();
    assertThat(KwicAssembly.speakerOf(byRole)).isEqualTo("spokesperson");
    assertThat(KwicAssembly.speakerOf(statement("Grain.", null))).isNull();
  }

  @Test
  void offerStopsAtTheLimitAndCountsGroups() {
    Statement envoy = statement("grain and more grain", "B. Envoy");
    Statement anonymous = statement("grain again", null);
    List<KwicLine> got = new ArrayList<>();
    KwicAssembly assembly =
        new KwicAssembly(GRAIN.withLimit(3).withGroupBy(KwicRequest.Group.SPEAKER), got::add);

    assertThat(assembly.offer(KwicAssembly.line(envoy, "B. Envoy", 0, 5, 2))).isTrue();
    assertThat(assembly.offer(KwicAssembly.line(envoy, "B. Envoy", 15, 20, 2))).isTrue();
    assertThat(assembly.offer(KwicAssembly.line(anonymous, null, 0, 5, 2))).isTrue();
    assertThat(assembly.offer(KwicAssembly.line(anonymous, null, 0, 5, 2))).isFalse();

    assertThat(got).hasSize(3);
    KwicSummary summary = assembly.summary();
    assertThat(summary.lines()).isEqualTo(3);
    assertThat(summary.statements()).isEqualTo(2);
    assertThat(summary.limitReached()).isTrue();
    assertThat(summary.groups()).isEqualTo(Map.of("B. Envoy", 2L, KwicSummary.NO_VALUE, 1L));
  }

  @Test
  void collectedLinesComeByContextWordThenStatementThenOffsetUpToTheLimit() {
    Statement s = statement("grain rice. grain barley. grain oats. grain barley.", null);
    List<KwicLine> got = new ArrayList<>();
    KwicAssembly assembly =
        new KwicAssembly(GRAIN.withSort(KwicRequest.Sort.RIGHT_1).withLimit(3), got::add);
    int at = -1;
    while ((at = s.body().indexOf("grain", at + 1)) >= 0) {
      assembly.collect(KwicAssembly.line(s, null, at, at + 5, 1));
    }

    assembly.deliverCollected();

    assertThat(got).extracting(KwicLine::right).containsExactly(" barley", " barley", " oats");
    assertThat(got.get(0).start()).isLessThan(got.get(1).start());
    assertThat(assembly.summary().limitReached()).isTrue();
    assertThat(assembly.summary().lines()).isEqualTo(3);
  }

  @Test
  void withoutLimitEveryCollectedLineIsDelivered() {
    Statement s = statement("Grain Rice, grain Barley, grain oats", null);
    List<KwicLine> got = new ArrayList<>();
    KwicAssembly assembly =
        new KwicAssembly(GRAIN.withSort(KwicRequest.Sort.RIGHT_1).withLimit(0), got::add);
    for (String match : List.of("Grain", "grain B", "grain o")) {
      int at = s.body().indexOf(match);
      assembly.collect(KwicAssembly.line(s, null, at, at + 5, 1));
    }
    assembly.deliverCollected();

    // Sort words are lowercased: barley < oats < rice.
    assertThat(got).extracting(KwicLine::right).containsExactly(" Barley", " oats", " Rice");
    assertThat(assembly.summary().limitReached()).isFalse();
  }

  private static Statement statement(String body, String speaker) {
    String sha = Ingestor.sha256(body.getBytes(StandardCharsets.UTF_8));
    Statement.Builder b =
        Statement.builder()
            .withId(Statement.idFor(sha))
            .withStatementKey("key:" + sha)
            .withSource(
                new Source("test/" + sha + ".txt", "capture", sha, sha, null, Instant.EPOCH))
            .withTitle("Remarks on grain")
            .withLanguage("en")
            .withPublished(Published.of(LocalDate.of(2024, 3, 1)))
            .withBody(body);
    if (speaker != null) {
      b.withSpeaker(new Speaker(speaker, null));
    }
    return b.build();
  }
}
