package io.verbatim.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.model.Json;
import io.verbatim.testing.BackendParity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Backend parity on real data: SolrCloud answers every {@link BackendParity} question over the
 * shared corpus slice exactly as the embedded archive does.
 *
 * <p>The two backends cannot share a JVM (Lucene 10 against Solr's Lucene 9), so the comparison
 * goes through a file: the Lucene module's {@code LuceneParityAnswersTest} writes the embedded
 * archive's answers to {@code lucene/target/parity/lucene-answers.json} in the same build (the
 * reactor builds {@code lucene} before {@code solr}), and this test compares SolrCloud's answers
 * with them. Neither side is a golden file written by the run that checks it, and nothing is
 * committed: each build compares the two backends as they are. When the file is missing (the Solr
 * module's tests run alone) the test fails, saying how to make it; run alone after a change to the
 * Lucene backend, it compares with that backend as it was when the file was written.
 */
class SolrParityTest {
  @Test
  void solrCloudAnswersEveryParityQuestionAsTheEmbeddedArchiveDoes() throws Exception {
    Path file = BackendParity.LUCENE_ANSWERS_FROM_SIBLING;
    if (!Files.isRegularFile(file)) {
      fail(
          "the embedded archive's parity answers are missing: expected "
              + file.toAbsolutePath().normalize()
              + "; the lucene module's LuceneParityAnswersTest writes them (build the lucene"
              + " module's tests first, e.g. ./mvnw -o verify -pl lucene"
              + " -Dtest=LuceneParityAnswersTest)");
    }
    JsonNode lucene = Json.mapper().readTree(file.toFile());
    ObjectNode solr;
    long start = System.nanoTime();
    try (SolrTestCluster cluster = SolrTestCluster.start(2);
        SolrArchive archive = SolrArchive.open(cluster.createArchive("parity"), false)) {
      BackendParity.ingest(archive);
      solr = BackendParity.answers(archive);
    }
    System.out.printf(
        "solr: %d parity answers in %.1f s (cluster, ingest and questions)%n",
        solr.size(), (System.nanoTime() - start) / 1e9);
    Path mine = Path.of("target", "parity", "solr-answers.json");
    Files.createDirectories(mine.getParent());
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(mine.toFile(), solr);
    List<String> differences = BackendParity.differences(lucene, solr);
    assertThat(differences)
        .as("where SolrCloud's answers differ from the embedded archive's (%s)", file)
        .isEmpty();
  }
}
