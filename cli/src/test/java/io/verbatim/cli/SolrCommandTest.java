package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.ArchiveProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The SolrCloud backend is on the app's class path without Solr's Lucene 9 (the build's enforcer
 * rule refuses it; this checks the running class path too). A cluster is exercised in the solr
 * module's tests: the mini cluster needs Lucene 9, which may not come here.
 */
class SolrCommandTest {

  @Test
  void solrLocationsFindTheSolrBackend() {
    boolean found = false;
    for (ArchiveProvider p : ServiceLoader.load(ArchiveProvider.class)) {
      if (p.accepts("solr://127.0.0.1:2181/verbatim")) {
        assertThat(p.getClass().getName()).isEqualTo("io.verbatim.solr.SolrArchiveProvider");
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void noLucene9OnTheClassPath() throws Exception {
    Class<?> version = Class.forName("org.apache.lucene.util.Version");
    Object latest = version.getField("LATEST").get(null);
    assertThat(version.getField("major").getInt(latest)).isEqualTo(10);
    assertThat(System.getProperty("java.class.path"))
        .doesNotContainPattern("lucene-core-9\\.")
        .doesNotContain("solr-core");
  }

  @Test
  void initRefusesALocationWithoutACollection() {
    CliRun run = CliRun.of("solr", "init", "--archive", "solr://127.0.0.1:2181");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(VerbatimCli.EXIT_USAGE);
    assertThat(run.stderr()).contains("names no collection");
  }

  @Test
  void initIsListedInHelp() {
    CliRun run = CliRun.of("solr", "init", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--shards").contains("--replicas").contains("solr://");
  }
}
