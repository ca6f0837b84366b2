package io.verbatim.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.archive.Archive;
import io.verbatim.archive.CoMention;
import io.verbatim.archive.Collocate;
import io.verbatim.archive.CollocationRequest;
import io.verbatim.archive.Collocations;
import io.verbatim.archive.FacetCounts;
import io.verbatim.archive.FacetValue;
import io.verbatim.archive.KeyTerm;
import io.verbatim.archive.KeynessRequest;
import io.verbatim.archive.KwicRequest;
import io.verbatim.archive.SearchHit;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.SearchResult;
import io.verbatim.archive.SearchSort;
import io.verbatim.archive.Selection;
import io.verbatim.archive.Timeline;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.model.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The same questions asked of every backend over the same real texts, for comparing the embedded
 * archive with SolrCloud answer by answer (issue 10, "backend parity on real data").
 *
 * <p>The corpus slice: the narrative corpus (Russian statements with kremlin.ru en/ru pairs) and
 * the English kremlin.ru pages, read from {@code ../shared} ({@link #ingest}). The questions:
 * searches (query words, inflections, phrases, patterns, fuzzy terms, negation, language and date
 * filters), facets, grouped language versions, concordances, timelines, keyness, collocations and
 * co-mentions. Each answer is reduced to what both backends must agree on: exact totals, group and
 * facet counts, the <i>set</i> of hit ids under relevance (scores differ between Lucene 10 and
 * Solr's Lucene 9, so order under relevance is not compared), the order of dates when sorted by
 * date, each group's members, every concordance line's {@code statementId:start-end}, every
 * timeline bucket, and the terms and counts of the analyses (core ranks them from the counts, so
 * equal counts give an equal order).
 *
 * <p>{@link #answers} gives a JSON object, question → answer; {@link #differences} lists where two
 * such objects differ, by question and path. Neither side is a golden file: the Lucene module's
 * test writes its answers on every build, and the Solr module's test compares its own with them.
 */
public final class BackendParity {
  /**
   * Where the Lucene module's test leaves its answers, relative to the module's folder (the working
   * directory of its tests).
   */
  public static final Path ANSWERS_IN_MODULE = Path.of("target", "parity", "lucene-answers.json");

  /** The same file seen from another module's folder (the Solr module's tests). */
  public static final Path LUCENE_ANSWERS_FROM_SIBLING =
      Path.of("..", "lucene").resolve(ANSWERS_IN_MODULE);

  private static final int ALL = 10_000;

  private BackendParity() {}

  /** Ingests the corpus slice into {@code archive}; fails when any file fails. */
  public static IngestReport ingest(Archive archive) throws IOException {
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestPaths(
                List.of(
                    SharedCorpus.path("corpus/ru-statements-narrative"),
                    SharedCorpus.path("corpus/kremlin-en-html")),
                new Ingestor.Listener() {});
    if (!report.getFailed().isEmpty()) {
      throw new AssertionError("the parity corpus did not ingest whole: " + report.getFailed());
    }
    return report;
  }

  /** Every question's answer from {@code archive}, in a fixed order. */
  public static ObjectNode answers(Archive archive) throws IOException {
    ObjectNode out = Json.mapper().createObjectNode();
    out.put("statements", archive.stats().statements());
    out.put("statementKeys", archive.stats().statementKeys());
    for (String q :
        List.of(
            "",
            "Chechnya",
            "security council",
            "\"nuclear weapons\"",
            "terror*",
            "Chechn~1",
            "sanctions AND -Ukraine",
            "Украина",
            "lemma:\"террорист\"",
            "\"международного терроризма\"",
            "Путин OR Ivanov")) {
      out.set("search " + q, search(archive, SearchRequest.builder(q)));
    }
    out.set(
        "search Chechnya in en",
        search(archive, SearchRequest.builder("Chechnya").withLanguage("en")));
    out.set(
        "search России from 2000-01-01 to 2001-12-31",
        search(
            archive,
            SearchRequest.builder("России")
                .withFrom(LocalDate.of(2000, 1, 1))
                .withTo(LocalDate.of(2001, 12, 31))));
    out.set(
        "search '' sorted oldest first",
        dated(archive, SearchRequest.builder("").withSort(SearchSort.DATE_ASC)));
    out.set(
        "search peace sorted newest first",
        dated(archive, SearchRequest.builder("peace").withSort(SearchSort.DATE_DESC)));
    out.set("facets of everything", facets(archive, ""));
    out.set("facets of terrorism", facets(archive, "terrorism OR терроризм"));
    out.set("groups of everything, all versions", groups(archive, "", null, true));
    out.set("groups of everything", groups(archive, "", null, false));
    out.set("groups of Chechnya in en", groups(archive, "Chechnya", "en", false));
    out.set("kwic Chechnya", kwic(archive, "Chechnya"));
    out.set("kwic \"peace\"", kwic(archive, "\"peace\""));
    out.set("kwic lemma:\"Чечня\"", kwic(archive, "lemma:\"Чечня\""));
    out.set("kwic secur*", kwic(archive, "secur*"));
    out.set("timeline of everything by year", timeline(archive, "", Timeline.Interval.YEAR));
    out.set(
        "timeline of Chechnya by month by language",
        timeline(archive, "Chechnya OR Чечня", Timeline.Interval.MONTH, Timeline.Split.LANGUAGE));
    out.set(
        "keyness of Chechnya in en",
        keyness(archive, KeynessRequest.of(Selection.of("Chechnya"), "en", 20)));
    out.set(
        "keyness of Украина in ru",
        keyness(archive, KeynessRequest.of(Selection.of("Украина"), "ru", 20)));
    out.set(
        "keyness of word pairs of terrorism against Russia in en",
        keyness(
            archive,
            new KeynessRequest(Selection.of("terrorism"), Selection.of("Russia"), "en", 2, 20)));
    out.set(
        "collocations of security in en",
        collocations(archive, new CollocationRequest(Selection.ALL, "security", "en", 5, 2, 20)));
    out.set(
        "collocations of безопасность in ru",
        collocations(
            archive, new CollocationRequest(Selection.ALL, "безопасность", "ru", 5, 2, 20)));
    out.set("co-mentions of everything", comentions(archive.comentions(Selection.ALL, 20)));
    return out;
  }

  private static ObjectNode search(Archive archive, SearchRequest.Builder request)
      throws IOException {
    SearchResult r = archive.search(request.withLimit(ALL).build());
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("total", r.total());
    n.put("partial", r.partial());
    n.set("ids", sorted(r.hits().stream().map(SearchHit::id).toList()));
    return n;
  }

  private static ObjectNode dated(Archive archive, SearchRequest.Builder request)
      throws IOException {
    SearchResult r = archive.search(request.withLimit(ALL).build());
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("total", r.total());
    n.set("ids", sorted(r.hits().stream().map(SearchHit::id).toList()));
    ArrayNode dates = n.putArray("dates in order");
    for (SearchHit h : r.hits()) {
      dates.add(h.published() == null ? "undated" : h.published().toString());
    }
    return n;
  }

  private static ObjectNode facets(Archive archive, String q) throws IOException {
    SearchResult r =
        archive.search(
            SearchRequest.builder(q)
                .withLimit(0)
                .withFacets(SearchRequest.FACET_FIELDS)
                .withFacetLimit(1000)
                .build());
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("total", r.total());
    for (Map.Entry<String, FacetCounts> f : new java.util.TreeMap<>(r.facets()).entrySet()) {
      ObjectNode counts = n.putObject(f.getKey());
      for (FacetValue v :
          f.getValue().values().stream()
              .sorted(java.util.Comparator.comparing(FacetValue::value))
              .toList()) {
        counts.put(v.value(), v.count());
      }
      counts.put("(other)", f.getValue().other());
      counts.put("(missing)", f.getValue().missing());
    }
    return n;
  }

  private static ObjectNode groups(Archive archive, String q, String language, boolean all)
      throws IOException {
    SearchRequest.Builder b =
        SearchRequest.builder(q).withGroupVersions(true).withAllVersions(all).withLimit(ALL);
    if (language != null) {
      b.withLanguage(language);
    }
    SearchResult r = archive.search(b.build());
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("total", r.total());
    n.put("groups", r.groups());
    TreeSet<String> groups = new TreeSet<>();
    for (SearchHit h : r.hits()) {
      TreeSet<String> members = new TreeSet<>();
      members.add(h.id() + " (matches)");
      for (SearchHit.OtherVersion v : h.otherVersions()) {
        members.add(v.id() + (v.matches() ? " (matches)" : ""));
      }
      groups.add(String.join(" ", members));
    }
    n.set("members of each group", sorted(groups));
    return n;
  }

  private static ObjectNode kwic(Archive archive, String q) throws IOException {
    List<String> spans = new ArrayList<>();
    var summary =
        archive.kwic(
            KwicRequest.of(Selection.of(q)),
            line -> spans.add(line.statementId() + ":" + line.start() + "-" + line.end()));
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("lines", summary.lines());
    n.set("spans", sorted(spans));
    return n;
  }

  private static ObjectNode timeline(Archive archive, String q, Timeline.Interval interval)
      throws IOException {
    return timeline(archive, q, interval, Timeline.Split.NONE);
  }

  private static ObjectNode timeline(
      Archive archive, String q, Timeline.Interval interval, Timeline.Split split)
      throws IOException {
    Timeline t = archive.timeline(Selection.of(q), interval, split);
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("total", t.total());
    n.put("undated", t.undated());
    n.put("partial", t.partial());
    TreeSet<String> buckets = new TreeSet<>();
    for (Timeline.Bucket b : t.buckets()) {
      buckets.add(b.period() + (b.value() == null ? "" : " " + b.value()) + " = " + b.count());
    }
    n.set("buckets", sorted(buckets));
    return n;
  }

  private static ArrayNode keyness(Archive archive, KeynessRequest request) throws IOException {
    ArrayNode terms = Json.mapper().createArrayNode();
    for (KeyTerm t : archive.keyness(request)) {
      terms.add(
          t.stem()
              + " ("
              + t.term()
              + "): "
              + t.subsetFrequency()
              + "/"
              + t.subsetTokens()
              + " against "
              + t.referenceFrequency()
              + "/"
              + t.referenceTokens());
    }
    return terms;
  }

  private static ObjectNode collocations(Archive archive, CollocationRequest request)
      throws IOException {
    Collocations c = archive.collocations(request);
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("nodeForm", c.nodeForm());
    n.put("nodeFrequency", c.nodeFrequency());
    n.put("tokens", c.tokens());
    ArrayNode collocates = n.putArray("collocates");
    for (Collocate x : c.collocates()) {
      collocates.add(
          x.stem()
              + " ("
              + x.term()
              + "): left "
              + x.left()
              + ", right "
              + x.right()
              + ", frequency "
              + x.frequency());
    }
    return n;
  }

  private static ArrayNode comentions(List<CoMention> pairs) {
    ArrayNode out = Json.mapper().createArrayNode();
    for (CoMention m : pairs) {
      out.add(
          m.entityA()
              + " + "
              + m.entityB()
              + ": "
              + m.count()
              + " of "
              + m.statements()
              + " ("
              + m.countA()
              + ", "
              + m.countB()
              + ")");
    }
    return out;
  }

  private static ArrayNode sorted(Iterable<String> values) {
    ArrayNode a = Json.mapper().createArrayNode();
    for (String v : new TreeSet<>(toList(values))) {
      a.add(v);
    }
    return a;
  }

  private static List<String> toList(Iterable<String> values) {
    List<String> out = new ArrayList<>();
    values.forEach(out::add);
    return out;
  }

  /**
   * Where {@code actual} differs from {@code expected}: one line per question and path, saying both
   * values (for arrays: what one side has and the other lacks). Empty when they agree.
   */
  public static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("", expected, actual, out);
    return out;
  }

  private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected == null || actual == null) {
      out.add(path + ": " + (expected == null ? "unexpected " + actual : "missing " + expected));
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        compare(path + "/" + name, expected.get(name), actual.get(name), out);
      }
      return;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.equals(actual)) {
        return;
      }
      List<String> e = texts(expected);
      List<String> a = texts(actual);
      List<String> onlyExpected = new ArrayList<>(e);
      onlyExpected.removeAll(a);
      List<String> onlyActual = new ArrayList<>(a);
      onlyActual.removeAll(e);
      out.add(
          path
              + ": "
              + e.size()
              + " against "
              + a.size()
              + " values; only expected "
              + head(onlyExpected)
              + "; only actual "
              + head(onlyActual)
              + (onlyExpected.isEmpty() && onlyActual.isEmpty()
                  ? " (same values, other order)"
                  : ""));
      return;
    }
    if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        out.add(path + ": expected " + expected + " but was " + actual);
      }
      return;
    }
    if (!expected.equals(actual)) {
      out.add(path + ": expected " + expected + " but was " + actual);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
      JsonNode v = it.next();
      out.add(v.isTextual() ? v.asText() : v.toString());
    }
    return out;
  }

  private static String head(List<String> values) {
    return values.size() <= 8
        ? values.toString()
        : values.subList(0, 8) + " … (" + values.size() + " in all)";
  }
}
