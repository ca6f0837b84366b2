package io.verbatim.fuzz;

import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.extract.capture.CaptureTextReader;
import io.verbatim.extract.corpus.CsvReader;
import io.verbatim.extract.corpus.JsonLinesReader;
import io.verbatim.extract.corpus.UngdcReader;
import io.verbatim.extract.html.GenericHtmlReader;
import io.verbatim.extract.html.KremlinHtmlReader;
import io.verbatim.fuzz.FuzzTarget.PropertyViolation;
import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.query.QueryNode;
import io.verbatim.query.QueryParser;
import io.verbatim.testing.HostileZips;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The fuzz targets: the six format readers (the UN General Debate reader twice: speeches, and the
 * xlsx speaker table) and the query parser, with their seeds and the property each input must keep.
 *
 * <p>Readers: {@code recognise} answers 0 to 100 without throwing, and {@code read} returns
 * statements, per-row problems or a skip (each with its text), or throws a {@link
 * BadInputException} with a message; nothing else. Query parser: a {@link QueryNode}, or a {@link
 * QuerySyntaxException} whose position lies inside the query (0 to its length).
 */
final class Targets {
  private Targets() {}

  private static final List<String> HTML_TOKENS =
      List.of(
          "<div>",
          "</div>",
          "<p>",
          "</p>",
          "<br>",
          "<!--",
          "-->",
          "<script>",
          "</script>",
          "<![CDATA[",
          "]]>",
          "&amp;",
          "&#0;",
          "&#x110000;",
          "&nbsp;",
          "<html lang=\"ru\">",
          "<meta property=\"article:published_time\" content=\"",
          "<time datetime=\"",
          "<h1 class=\"entry-title\">",
          "<link rel=\"alternate\" hreflang=\"en\" href=\"",
          "<meta name=\"citation_date\" content=\"",
          "\"",
          "'",
          "=",
          "<",
          ">",
          "/>",
          "<article>",
          "<main>",
          "<nav>",
          "<table><tr><td>",
          "2021-02-31T25:61",
          "31.12.1999",
          "12 февраля 2021 года",
          "February 30, 2020",
          "<div class=\"read__place\">");

  private static final List<String> TEXT_TOKENS =
      List.of(
          "\n",
          "\n\n",
          "\r\n",
          "12:30",
          "25:99",
          "2021-02-29",
          "29.02.2021",
          "31 June 2020",
          "12 февраля 2021 года",
          "Москва",
          "Moscow, ",
          "en-GB",
          "ru-RU",
          "fr-FR",
          "Share",
          "Print",
          "Speech by ",
          "Remarks by ",
          "Interview of ",
          ": ",
          " - ",
          " — ",
          "Foreign Minister Sergey Lavrov",
          "Question: ",
          "Answer: ",
          "15 March 2021",
          "15 March 202115:30",
          "Briefing by Foreign Ministry Spokeswoman",
          "Back to top");

  private static final List<String> CSV_TOKENS =
      List.of(
          "\"",
          "\"\"",
          ",",
          ";",
          "\t",
          "\n",
          "\r\n",
          "\r",
          "title,date,text,url,speaker\n",
          "\ufeff",
          "\"a\"\"b\"",
          ",,,,",
          "2020-01-01",
          "01/02/2020",
          "2020-13-45",
          "null",
          "headline",
          "body",
          "published",
          "\\");

  private static final List<String> JSON_TOKENS =
      List.of(
          "{",
          "}",
          "[",
          "]",
          ":",
          ",",
          "\"",
          "\"title\":",
          "\"text\":",
          "\"date\":",
          "\"body\":",
          "null",
          "true",
          "1e999",
          "-0",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "\\",
          "\n",
          "\"2020-02-30\"",
          "{\"title\":\"t\",\"text\":\"b\"}\n",
          "[[[[[[[[[[",
          "{\"a\":{\"a\":{\"a\":");

  private static final List<String> SHEET_TOKENS =
      List.of(
          "<row>",
          "</row>",
          "<c t=\"inlineStr\"><is><t>",
          "</t></is></c>",
          "<c t=\"s\"><v>",
          "</v></c>",
          "<c r=\"A1\">",
          "<c r=\"ZZZZZZ9999999\">",
          "<v>1e308</v>",
          "<v>-</v>",
          "Year",
          "Session",
          "ISO Code",
          "Country",
          "Name of Person Speaking",
          "Post",
          "*",
          "&amp;",
          "<sheetData>",
          "</sheetData>",
          "<![CDATA[",
          "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>");

  private static final List<String> QUERY_TOKENS =
      List.of(
          "AND",
          " AND ",
          " OR ",
          "NOT ",
          "&&",
          "||",
          "(",
          ")",
          "\"",
          "~",
          "~2",
          "^",
          "^2.5",
          "*",
          "?",
          "[",
          " TO ",
          "]",
          "{",
          "}",
          ":",
          "title:",
          "mention:",
          "lemma:",
          "speaker:",
          "body:",
          "\\",
          "/",
          "/a.*b/",
          "-",
          "+",
          "!",
          "*:*",
          "12:30",
          "Путин:",
          " ",
          "\t");

  /** Every target. */
  static List<FuzzTarget> all() {
    return List.of(
        reader(
            "capture",
            new CaptureTextReader(),
            "capture.txt",
            TEXT_TOKENS,
            seeds("capture/nasty", "capture/golden", ".txt"),
            samples("captures")),
        reader(
            "kremlin-html",
            new KremlinHtmlReader(),
            "page.html",
            HTML_TOKENS,
            seeds("html/nasty", "html/golden", ".html"),
            samples("html")),
        reader(
            "html",
            new GenericHtmlReader(),
            "page.html",
            HTML_TOKENS,
            seeds("html/nasty", "html/golden", ".html"),
            samples("html")),
        reader(
            "csv",
            new CsvReader(),
            "rows.csv",
            CSV_TOKENS,
            seeds("corpus/nasty", "corpus/golden", ".csv"),
            samples("corpus")),
        reader(
            "jsonl",
            new JsonLinesReader(),
            "rows.jsonl",
            JSON_TOKENS,
            seeds("corpus/nasty", "corpus/golden", ".jsonl"),
            samples("corpus")),
        reader(
            "ungdc",
            new UngdcReader(),
            "RUS_74_2019.txt",
            TEXT_TOKENS,
            seeds("capture/nasty", "capture/golden", ".txt"),
            List.of()),
        speakerTable(),
        queries());
  }

  /** The target named {@code name}. */
  static FuzzTarget named(String name) {
    return all().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fuzz target " + name));
  }

  private static FuzzTarget reader(
      String name,
      FormatReader reader,
      String fileName,
      List<String> tokens,
      List<byte[]> seeds,
      List<byte[]> more) {
    List<byte[]> all = new ArrayList<>(seeds);
    all.addAll(more);
    return new FuzzTarget(name, all, tokens, input -> checkReader(reader, fileName, input));
  }

  /** The reader property for one input. */
  static void checkReader(FormatReader reader, String fileName, byte[] input) throws Exception {
    Capture capture = new Capture(fileName, null, input);
    int score = reader.recognise(capture);
    if (score < FormatReader.NO || score > 100) {
      throw new PropertyViolation("recognise gave " + score + ", outside 0..100");
    }
    List<ReadItem> items;
    try {
      items = reader.read(capture);
    } catch (BadInputException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) {
        throw new PropertyViolation("a BadInputException without a message");
      }
      return;
    }
    if (items == null) {
      throw new PropertyViolation("read returned null");
    }
    for (ReadItem item : items) {
      switch (item) {
        case ReadItem.Read r -> Objects.requireNonNull(r.statement().body(), "body");
        case ReadItem.Problem p -> {
          if (p.message().isBlank()) {
            throw new PropertyViolation("a problem without a message");
          }
        }
        case ReadItem.Skipped s -> {
          if (s.reason().isBlank()) {
            throw new PropertyViolation("a skip without a reason");
          }
        }
        case null -> throw new PropertyViolation("a null item");
      }
    }
  }

  /**
   * The speaker table: half the inputs are mutated zip bytes (the container), half a mutated sheet
   * zipped into a workbook (what fastexcel and the table parse). The first byte of an input says
   * which.
   */
  private static FuzzTarget speakerTable() {
    UngdcReader reader = new UngdcReader();
    byte[] table = HostileZips.speakerTableOfRows(30);
    List<byte[]> seeds = new ArrayList<>();
    seeds.add(prefixed((byte) 0, table));
    seeds.add(prefixed((byte) 1, sheet(table)));
    return new FuzzTarget(
        "xlsx",
        seeds,
        SHEET_TOKENS,
        input -> {
          if (input.length == 0) {
            checkReader(reader, "Speakers_by_session.xlsx", input);
            return;
          }
          byte[] rest = java.util.Arrays.copyOfRange(input, 1, input.length);
          byte[] workbook = (input[0] & 1) == 0 ? rest : withSheet(table, rest);
          checkReader(reader, "Speakers_by_session.xlsx", workbook);
        });
  }

  /** The query parser: a node, or a syntax error positioned inside the query. */
  private static FuzzTarget queries() {
    List<String> examples =
        List.of(
            "disarmament",
            "\"nuclear weapons\"~5",
            "terror* AND mention:RUS",
            "Syria sanctions OR embargo",
            "title:(Lavrov OR Zakharova) -briefing",
            "lemma:\"российская федерация\"",
            "[2020 TO *}",
            "speaker:\"Sergey Lavrov\"^2",
            "/sanction(s|ed)/",
            "Lavrof~1",
            "mention:org:un",
            "Путин: 12:30",
            "!(a || b) && c",
            "*:*",
            "",
            "wo?d \\(escaped\\)");
    List<byte[]> seeds = new ArrayList<>();
    examples.forEach(q -> seeds.add(q.getBytes(StandardCharsets.UTF_8)));
    return new FuzzTarget("query", seeds, QUERY_TOKENS, Targets::checkQuery);
  }

  /** The query property for one input (decoded leniently: a query is text). */
  static void checkQuery(byte[] input) {
    String query = new String(input, StandardCharsets.UTF_8);
    try {
      QueryNode node = QueryParser.parse(query);
      if (node == null) {
        throw new PropertyViolation("parse returned null");
      }
    } catch (QuerySyntaxException e) {
      if (e.position() < 0 || e.position() > query.length()) {
        throw new PropertyViolation(
            "syntax error at position "
                + e.position()
                + ", outside the query of "
                + query.length()
                + " characters: "
                + e.getMessage());
      }
    }
  }

  private static byte[] prefixed(byte first, byte[] rest) {
    byte[] b = new byte[rest.length + 1];
    b[0] = first;
    System.arraycopy(rest, 0, b, 1, rest.length);
    return b;
  }

  private static final String SHEET = "xl/worksheets/sheet1.xml";

  /** The sheet XML of a workbook. */
  private static byte[] sheet(byte[] workbook) {
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals(SHEET)) {
          return zip.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no sheet in the workbook");
  }

  /** The workbook with its sheet replaced by {@code sheet}. */
  private static byte[] withSheet(byte[] workbook, byte[] sheet) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(e.getName().equals(SHEET) ? sheet : in.readAllBytes());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The files ending in {@code suffix} of two resource folders. */
  private static List<byte[]> seeds(String nasty, String golden, String suffix) {
    List<byte[]> seeds = new ArrayList<>();
    for (String folder : List.of(nasty, golden)) {
      seeds.addAll(files(resource(folder), suffix));
    }
    return seeds;
  }

  private static List<byte[]> samples(String folder) {
    return files(Path.of("..", "samples", folder), "");
  }

  private static Path resource(String folder) {
    try {
      return Path.of(Objects.requireNonNull(Targets.class.getResource("/" + folder)).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<byte[]> files(Path folder, String suffix) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("no seed folder " + folder.toAbsolutePath());
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<byte[]> out = new ArrayList<>();
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        if (f.toString().endsWith(suffix) && !f.toString().endsWith(".md")) {
          out.add(Files.readAllBytes(f));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
