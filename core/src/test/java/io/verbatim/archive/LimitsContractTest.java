package io.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.export.JsonLinesWriter;
import io.verbatim.model.Json;
import io.verbatim.model.RecordLimits;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limits contract, for every backend: whatever {@link RecordLimits} lets ingest store is read
 * back whole by every reader (get, search with its snippet, concordance, export), and keyword
 * values too long to index ({@link IndexedKeyword}) are indexed cut while the record keeps them
 * whole.
 *
 * <p>The long texts are generated here; their lengths, marker positions and sha256s are computed
 * from the generated text, not from what the archive answers.
 */
public abstract class LimitsContractTest extends BackendTest {

  /**
   * The length of the long body: {@link RecordLimits#MAX_BODY_CHARS} (64 Mi characters) unless a
   * backend's test lowers it to stay affordable; it must stay above Jackson's default string limit
   * of 20,000,000 characters, which is what used to fail.
   */
  protected int longBodyChars() {
    return RecordLimits.MAX_BODY_CHARS;
  }

  /** The word only the long body has, once, near its end. */
  public static final String MARKER = "zanzibarquix";

  private static final String[] WORDS = {
    "delegation",
    "ministry",
    "agreement",
    "cooperation",
    "security",
    "dialogue",
    "partners",
    "regional",
    "economic",
    "question",
    "meeting",
    "proposal"
  };

  /**
   * English sentences of the words above, with {@link #MARKER} starting at {@code markerAt},
   * exactly {@code length} characters.
   */
  public static String longText(int length, int markerAt) {
    StringBuilder b = new StringBuilder(length + 64);
    long seed = 42;
    int inSentence = 0;
    while (b.length() < length) {
      if (b.length() <= markerAt && markerAt < b.length() + 20) {
        while (b.length() < markerAt) {
          b.append(' ');
        }
        b.append(MARKER).append(". ");
        inSentence = 0;
        continue;
      }
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      String w = WORDS[(int) ((seed >>> 33) % WORDS.length)];
      b.append(inSentence == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      if (++inSentence == 14) {
        b.append(". ");
        inSentence = 0;
      } else {
        b.append(' ');
      }
    }
    b.setLength(length);
    return b.toString();
  }

  private static Statement statement(String body, String title) {
    String sha = sha256(title + body.length());
    return statementFrom(sha, body, Instant.parse("2026-01-01T00:00:00Z"))
        .withTitle(title)
        .withLanguage("en")
        .build();
  }

  @Test
  void aStatementAtTheBodyLimitIsFoundHighlightedConcordancedAndExportedWhole() throws IOException {
    int length = longBodyChars();
    assertThat(length).isGreaterThan(20_000_000).isLessThanOrEqualTo(RecordLimits.MAX_BODY_CHARS);
    int markerAt = length - 1000;
    String body = longText(length, markerAt);
    assertThat(body).hasSize(length);
    assertThat(body.substring(markerAt, markerAt + MARKER.length())).isEqualTo(MARKER);
    String bodySha = sha256(body);
    Statement big = statement(body, "A very long statement");
    Statement small = statement("A short statement about the zanzibarquix.", "Short");
    archive.add(big);
    archive.add(small);
    archive.commit();
    String id = big.id();
    big = null; // what follows reads the archive, not this copy

    Statement got = archive.get(id).orElseThrow();
    assertThat(got.body()).hasSize(length);
    assertThat(sha256(got.body())).isEqualTo(bodySha);
    got = null;

    SearchResult found =
        archive.search(SearchRequest.builder(Selection.of(MARKER)).withLimit(10).build());
    assertThat(found.hits()).extracting(SearchHit::id).contains(id).hasSize(2);
    SearchHit hit = found.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    assertThat(hit.markedSnippet("«", "»")).contains("«" + MARKER + "»");

    List<KwicLine> lines = new ArrayList<>();
    archive.kwic(KwicRequest.of(Selection.of(MARKER)), lines::add);
    KwicLine line =
        lines.stream().filter(l -> l.statementId().equals(id)).findFirst().orElseThrow();
    assertThat(line.start()).isEqualTo(markerAt);
    assertThat(line.end()).isEqualTo(markerAt + MARKER.length());
    assertThat(line.match()).isEqualTo(MARKER);
    assertThat(line.left()).isEqualTo(body.substring(markerAt - line.left().length(), markerAt));

    StringWriter jsonl = new StringWriter();
    try (JsonLinesWriter<Statement> writer = new JsonLinesWriter<>(jsonl)) {
      archive.export(
          Selection.of(MARKER),
          SearchSort.RELEVANCE,
          s -> {
            try {
              writer.write(s);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    }
    List<Statement> exported = new ArrayList<>();
    for (String l : jsonl.toString().split("\n")) {
      exported.add(Json.readStatement(l));
    }
    Statement back = exported.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    assertThat(back.body()).hasSize(length);
    assertThat(sha256(back.body())).isEqualTo(bodySha);
  }

  @Test
  void aStatementOverTheBodyLimitIsRefusedAndNothingIsStored() throws IOException {
    Statement over = statement("x".repeat(RecordLimits.MAX_BODY_CHARS + 1), "Too long");
    assertThatThrownBy(() -> archive.add(over))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("67,108,865 characters")
        .hasMessageContaining("67,108,864");
    archive.commit();
    assertThat(archive.contains(over.id())).isFalse();
    assertThat(archive.stats().statements()).isZero();
  }

  /** 40,000 characters, far over the 32,766 bytes Lucene and Solr index as one term. */
  static String longName(String first, char fill) {
    return first + " " + String.valueOf(fill).repeat(40_000 - first.length() - 1);
  }

  @Test
  void overLongKeywordValuesAreIndexedCutAndKeptWholeInTheRecord() throws IOException {
    String speaker = longName("Ivanovsky", 'a');
    String place = longName("Vladivostok", 'b');
    String key = "url:https://example.org/" + "p".repeat(40_000) + ":en";
    Statement s =
        statementFrom(sha256("long values"), "Remarks on grain exports.", Instant.EPOCH)
            .withLanguage("en")
            .withStatementKey(key)
            .withSpeaker(new Speaker(speaker, "r".repeat(40_000)))
            .withPlace(place)
            .withDocumentNumber("n".repeat(40_000))
            .build();
    // Another statement whose key begins like the first for 40,000 characters: not a version.
    Statement other =
        statementFrom(sha256("other long key"), "Remarks on grain imports.", Instant.EPOCH)
            .withLanguage("en")
            .withStatementKey(key.replace(":en", ":ru"))
            .build();
    archive.add(s);
    archive.add(other);
    archive.commit();

    Statement got = archive.get(s.id()).orElseThrow();
    assertThat(got.speaker().name()).isEqualTo(speaker);
    assertThat(got.speaker().role()).hasSize(40_000);
    assertThat(got.place()).isEqualTo(place);
    assertThat(got.statementKey()).isEqualTo(key);
    assertThat(got.documentNumber()).hasSize(40_000);

    assertThat(ids(Selection.of("speaker:Ivanovsky"))).containsExactly(s.id());
    assertThat(ids(Selection.of("place:Vladivostok"))).containsExactly(s.id());
    assertThat(ids(Selection.builder("").withSpeakers(List.of(speaker)).build()))
        .containsExactly(s.id());
    assertThat(ids(Selection.builder("").withPlaces(List.of(place)).build()))
        .containsExactly(s.id());
    assertThat(archive.versions(key)).extracting(Statement::id).containsExactly(s.id());
    assertThat(ids(Selection.of("remarks"))).containsExactlyInAnyOrder(s.id(), other.id());
  }

  private List<String> ids(Selection selection) throws IOException {
    return archive.search(SearchRequest.builder(selection).withLimit(10).build()).hits().stream()
        .map(SearchHit::id)
        .toList();
  }
}
