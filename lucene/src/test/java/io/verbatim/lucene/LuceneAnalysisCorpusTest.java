package io.verbatim.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.CoMention;
import io.verbatim.archive.Collocate;
import io.verbatim.archive.CollocationRequest;
import io.verbatim.archive.Collocations;
import io.verbatim.archive.KeyTerm;
import io.verbatim.archive.KeynessRequest;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.archive.VersionLink;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyses over real texts of the shared corpora (read from {@code ../shared}, never copied):
 * the six kremlin.ru ru/en pairs link both ways, and keyness, collocations and co-mentions give
 * sensible answers over recent UN General Debate speeches. Timings are printed.
 */
class LuceneAnalysisCorpusTest {
  @TempDir Path temp;

  private static IngestReport ingest(LuceneArchive archive, List<Path> paths) throws IOException {
    return new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
        .ingestPaths(paths, new Ingestor.Listener() {});
  }

  @Test
  void everyKremlinPairOfTheNarrativeCorpusIsLinkedBothWays() throws IOException {
    Path corpus = SharedCorpus.path("corpus/ru-statements-narrative");
    List<String> lines = Files.readAllLines(corpus.resolve("pairs.tsv"));
    assertThat(lines).hasSize(7);
    try (LuceneArchive archive = LuceneArchive.open(temp.resolve("narrative"), true)) {
      ingest(archive, List.of(corpus));
      for (String line : lines.subList(1, lines.size())) {
        String kremlinId = line.split("\t")[0];
        String ru = idOf(archive, kremlinId, "ru");
        String en = idOf(archive, kremlinId, "en");
        long start = System.nanoTime();
        List<VersionLink> fromRu = archive.languageVersions(ru);
        List<VersionLink> fromEn = archive.languageVersions(en);
        System.out.printf(
            "versions of kremlin %s: %d + %d link(s) in %.1f ms%n",
            kremlinId, fromRu.size(), fromEn.size(), (System.nanoTime() - start) / 1e6);
        assertThat(fromRu)
            .as("versions of the Russian page %s", kremlinId)
            .anySatisfy(
                l -> {
                  assertThat(l.id()).isEqualTo(en);
                  assertThat(l.kind()).isEqualTo(VersionLink.Kind.EXPLICIT);
                  assertThat(l.evidence()).contains("same kremlin id " + kremlinId);
                });
        assertThat(fromEn)
            .as("versions of the English page %s", kremlinId)
            .anySatisfy(
                l -> {
                  assertThat(l.id()).isEqualTo(ru);
                  assertThat(l.kind()).isEqualTo(VersionLink.Kind.EXPLICIT);
                });
      }
    }
  }

  /** The id of the one statement with this kremlin id in this language. */
  private static String idOf(LuceneArchive archive, String kremlinId, String language)
      throws IOException {
    return archive.withSearcher(
        searcher -> {
          var q =
              new BooleanQuery.Builder()
                  .add(
                      new TermQuery(new Term(IndexFields.KREMLIN_ID, kremlinId)),
                      BooleanClause.Occur.FILTER)
                  .add(
                      new TermQuery(new Term(IndexFields.LANGUAGE, language)),
                      BooleanClause.Occur.FILTER)
                  .build();
          int[] docs = SelectedDocs.of(searcher, q);
          assertThat(docs).as("%s statements with kremlin id %s", language, kremlinId).hasSize(1);
          return LuceneArchive.record(searcher, docs[0]).id();
        });
  }

  @Test
  void generalDebateKeynessCollocationsAndCoMentions() throws IOException {
    Path txt = SharedCorpus.path("corpus/ungdc/TXT");
    List<Path> sessions = new ArrayList<>();
    for (String s : List.of("Session 77 - 2022", "Session 78 - 2023", "Session 79 - 2024")) {
      sessions.add(txt.resolve(s));
    }
    try (LuceneArchive archive = LuceneArchive.open(temp.resolve("ungdc"), true)) {
      IngestReport report = ingest(archive, sessions);
      long speeches = archive.stats().statements();
      assertThat(speeches).isGreaterThan(500);

      // UNGDC titles are inferred and not searchable: the Russian speeches by their country.
      List<String> russian = new ArrayList<>();
      archive.export(
          Selection.ALL,
          io.verbatim.archive.SearchSort.RELEVANCE,
          s -> {
            if ("RUS".equals(s.extra().get("country"))) {
              russian.add("id:" + s.id());
            }
          });
      SearchRequest russia = SearchRequest.builder(String.join(" OR ", russian)).build();
      assertThat(archive.search(russia).total()).isEqualTo(3);
      long start = System.nanoTime();
      List<KeyTerm> key = archive.keyness(KeynessRequest.of(russia.selection(), "en", 20));
      long keynessMs = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "keyness of 3 Russian speeches vs %d others: %d ms; top %s%n",
          speeches - 3, keynessMs, key.stream().limit(8).map(KeyTerm::term).toList());
      assertThat(key).hasSize(20);
      List<String> bodies = new ArrayList<>();
      archive.export(russia.selection(), SearchSort.RELEVANCE, s -> bodies.add(s.body()));
      for (KeyTerm k : key) {
        assertThat(k.logLikelihood()).isPositive();
        assertThat((double) k.subsetFrequency() / k.subsetTokens())
            .isGreaterThan((double) k.referenceFrequency() / k.referenceTokens());
        assertThat(bodies)
            .as("'%s' (%s) is written so in the speeches", k.term(), k.stem())
            .anySatisfy(b -> assertThat(b).containsIgnoringCase(k.term()));
      }
      assertThat(key.get(0).logLikelihood()).isGreaterThan(10.83);

      start = System.nanoTime();
      List<KeyTerm> pairs2 =
          archive.keyness(new KeynessRequest(russia.selection(), null, "en", 2, 10));
      System.out.printf(
          "two-word keyness of the same: %d ms; top %s%n",
          (System.nanoTime() - start) / 1_000_000,
          pairs2.stream().limit(6).map(KeyTerm::term).toList());
      assertThat(pairs2).hasSize(10).allSatisfy(k -> assertThat(k.stem()).contains(" "));

      start = System.nanoTime();
      Collocations near =
          archive.collocations(new CollocationRequest(Selection.ALL, "security", "en", 3, 5, 50));
      long collocationsMs = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "collocations of 'security' (±3) in %d speeches: %d ms; top %s%n",
          speeches,
          collocationsMs,
          near.collocates().stream().limit(8).map(Collocate::term).toList());
      assertThat(near.collocates()).extracting(Collocate::term).contains("Council");
      Collocate council =
          near.collocates().stream().filter(c -> c.stem().equals("council")).findFirst().get();
      assertThat(council.right()).as("Security Council").isGreaterThan(council.left());

      start = System.nanoTime();
      Collocations phrase =
          archive.collocations(
              new CollocationRequest(Selection.ALL, "climate change", "en", 3, 5, 20));
      System.out.printf(
          "collocations of 'climate change' (±3): %d occurrences, %d ms; top %s%n",
          phrase.nodeFrequency(),
          (System.nanoTime() - start) / 1_000_000,
          phrase.collocates().stream().limit(8).map(Collocate::term).toList());
      assertThat(phrase.nodeFrequency()).isPositive().isLessThan(near.tokens());

      start = System.nanoTime();
      List<CoMention> pairs = archive.comentions(Selection.ALL, 10);
      System.out.printf(
          "co-mentions in %d speeches: %d ms; top %s%n",
          speeches,
          (System.nanoTime() - start) / 1_000_000,
          pairs.stream()
              .limit(5)
              .map(p -> p.entityA() + "+" + p.entityB() + "=" + p.count())
              .toList());
      assertThat(pairs).hasSize(10);
      assertThat(pairs.get(0).statements()).isEqualTo(speeches);
      assertThat(pairs.get(0).count()).isGreaterThanOrEqualTo(pairs.get(9).count());
      assertThat(report.getFailed()).isEmpty();
    }
  }
}
