package io.verbatim.extract.capture;

import io.verbatim.extract.DateReader;
import io.verbatim.extract.DateReader.NumericOrder;
import io.verbatim.extract.LanguageDetector;
import io.verbatim.extract.StatementKeys;
import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Material;
import io.verbatim.model.Published;
import io.verbatim.model.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text captures of ministry pages (format {@code capture}): the mid.ru family and embassy
 * sites that republish its texts, and, at a low score, any plain text with a title line.
 *
 * <p>Layout understood, top to bottom; blank lines anywhere are ignored:
 *
 * <ol>
 *   <li>header chrome, skipped: stray portal labels ({@code Asset Publisher}, {@code Translation
 *       (original)}), banners ({@code Embassy of ...}), breadcrumbs ({@code Home > News > ...}),
 *       {@code Submitted on ...} / {@code updated ...} lines (their dates are read);
 *   <li>the publication: a date line ({@code 28 April 201609:49}, {@code 28 апреля 2016 09:49}, any
 *       form {@link DateReader} reads) or a bare clock ({@code 14:50});
 *   <li>the title: the first line that is none of the above;
 *   <li>after the title, still header: the versions line ({@code • en-GB1 ru-RU1}, giving {@code
 *       versions} in order), a document number {@code number-dd-mm-yyyy} (giving {@code
 *       documentNumber} and, with the clock, the publication), a date line written after the title,
 *       more chrome;
 *   <li>the body, up to the first chrome line that ends it ({@code Additional materials}, {@code
 *       Advanced settings} and their Russian, French, Spanish and German forms);
 *   <li>under "Additional materials": subject tags, attachments and links ({@link Material}); after
 *       the search panel nothing is read.
 * </ol>
 *
 * <p>Body lines are trimmed; a line that ends without sentence punctuation and is followed directly
 * by another line is a hard wrap and joined with a space; otherwise each line is a paragraph, and
 * paragraphs are separated by one blank line. The words are kept verbatim.
 *
 * <p>A page published without text (a header with a title and a date or document number, then only
 * chrome or materials) is read with an empty body; a capture with a title alone, or with no title,
 * and no text is bad input.
 *
 * <p>Without a date in the header, the publication date is the date the title ends with, marked
 * inferred. The language is detected from the body ({@link LanguageDetector}) and kept only when it
 * agrees with the script of the title and body (Cyrillic or Latin); it is marked inferred. Genre,
 * speaker, event, place and event date come from the title ({@link TitleReader}), marked inferred.
 * {@code statementKey} is {@code mid:<documentNumber>:<language>} when the capture has a document
 * number, else null (the pipeline derives one).
 */
public final class CaptureTextReader implements FormatReader {

  /** Score for captures with the mid.ru shapes. */
  public static final int MID_SCORE = 80;

  /** Score for captures with one mid.ru shape (a date line first, or the chrome). */
  public static final int LIKELY_SCORE = 50;

  /** Score for any other plain text with a title line and prose. */
  public static final int PLAIN_TEXT_SCORE = 10;

  private static final Pattern UN_DEBATE_FILE = Pattern.compile("[A-Z]{3}_\\d{2}_\\d{4}\\.txt");

  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile(
          "^(?:(?:№|No\\.?|Document number:?)\\s*)?(?<number>\\d{1,6}-(?<d>\\d{2})-(?<m>\\d{2})-(?<y>\\d{4}))$");

  /** Longest line taken as a title; a longer first line is prose. */
  private static final int MAX_TITLE = 400;

  /** Longest line looked at for a date. */
  private static final int MAX_DATE_LINE = 200;

  private final NumericOrder numericOrder;

  /** A reader for day-first numeric dates, as these sites write them. */
  public CaptureTextReader() {
    this(NumericOrder.DAY_FIRST);
  }

  public CaptureTextReader(NumericOrder numericOrder) {
    this.numericOrder = java.util.Objects.requireNonNull(numericOrder, "numeric date order");
  }

  @Override
  public String name() {
    return "capture";
  }

  @Override
  public String description() {
    return "text capture of a ministry page (mid.ru and embassy sites): date line, title,"
        + " language versions, body, site chrome; also any plain text with a title line";
  }

  @Override
  public int recognise(Capture capture) {
    if (UN_DEBATE_FILE.matcher(capture.fileName()).matches()
        || capture.bytes().length == 0
        || capture.looksBinary()) {
      return NO;
    }
    String text;
    try {
      text = capture.text();
    } catch (BadInputException e) {
      return NO;
    }
    String head = text.length() > 4096 ? text.substring(0, 4096) : text;
    String trimmed = head.stripLeading();
    String lowerHead = trimmed.toLowerCase(java.util.Locale.ROOT);
    if (trimmed.isEmpty()
        || trimmed.startsWith("<")
        || trimmed.startsWith("{")
        || trimmed.startsWith("[")
        || lowerHead.contains("<html")
        || lowerHead.contains("<!doctype")) {
      return NO;
    }
    List<String> lines = lines(text);
    if (looksTabular(lines)) {
      return NO;
    }
    boolean versions = false;
    boolean chrome = false;
    for (String line : lines) {
      versions |= ChromeLines.isVersionsLine(line);
      chrome |= ChromeLines.endsBody(line);
    }
    boolean dateFirst = false;
    for (String line : lines) {
      if (line.isBlank() || ChromeLines.isLabel(line)) {
        continue;
      }
      dateFirst =
          line.length() <= MAX_DATE_LINE
              && (DateReader.parse(line, numericOrder).isPresent()
                  || ChromeLines.bareTime(line) != null);
      break;
    }
    if (versions || (dateFirst && chrome)) {
      return MID_SCORE;
    }
    if (dateFirst || chrome) {
      return LIKELY_SCORE;
    }
    return hasProse(lines) ? PLAIN_TEXT_SCORE : NO;
  }

  @Override
  public List<ReadItem> read(Capture capture) throws BadInputException {
    if (capture.looksBinary()) {
      throw new BadInputException("binary data (NUL bytes), not a text capture");
    }
    List<String> lines = lines(capture.text());
    if (lines.stream().allMatch(String::isEmpty)) {
      throw new BadInputException("the file is empty");
    }
    return List.of(ReadItem.Read.wholeFile(parse(lines)));
  }

  // ---------------------------------------------------------------------------------------------

  private Statement parse(List<String> lines) throws BadInputException {
    Statement.Builder b = Statement.builder();
    HeaderFacts header = new HeaderFacts();
    String title = null;
    int titleLine = -1;
    int i = 0;

    // Header before the title.
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || ChromeLines.isLabel(line) || ChromeLines.isBanner(line)) {
        continue;
      }
      if (ChromeLines.isBreadcrumb(line)) {
        b.putExtra("breadcrumb", line);
        continue;
      }
      if (header.absorb(line, b)) {
        continue;
      }
      if (ChromeLines.endsBody(line)) {
        throw new BadInputException(
            "line " + (i + 1),
            "the capture has only site chrome ('" + line + "' comes before any title or text)");
      }
      if (line.length() <= MAX_TITLE) {
        title = line;
        titleLine = i;
        i++;
      }
      break;
    }

    // Header after the title.
    String documentNumber = null;
    LocalDate numberDate = null;
    List<String> versions = List.of();
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || ChromeLines.isLabel(line) || ChromeLines.isBreadcrumb(line)) {
        continue;
      }
      if (ChromeLines.isVersionsLine(line)) {
        versions = ChromeLines.versions(line);
        continue;
      }
      Matcher number = DOCUMENT_NUMBER.matcher(line);
      if (number.matches() && documentNumber == null) {
        documentNumber = number.group("number");
        numberDate = dateOfNumber(number);
        continue;
      }
      if (header.absorb(line, b)) {
        continue;
      }
      break;
    }

    // Body, then materials.
    List<String> bodyLines = new ArrayList<>();
    int end = i;
    while (end < lines.size() && !ChromeLines.endsBody(lines.get(end))) {
      bodyLines.add(lines.get(end));
      end++;
    }
    trimFooter(bodyLines);
    readMaterials(lines, end, b);
    String body = paragraphs(bodyLines);
    boolean pageHeader = title != null && (header.published != null || documentNumber != null);
    if (body.isEmpty() && !pageHeader) {
      String what =
          title != null
              ? "a title ('" + shorten(title) + "') but no date and no text after it"
              : "no text besides its header";
      throw new BadInputException(
          titleLine >= 0 ? "line " + (titleLine + 1) : null,
          "the capture's body is empty after removing site chrome: it has " + what);
    }

    // Publication.
    Published published = header.published;
    Published submitted = header.submitted;
    Published updated = header.updated;
    LocalTime clock = header.clock;
    if (published == null && numberDate != null) {
      published = new Published(numberDate, clock, null);
    } else if (published != null
        && published.precision() == Published.Precision.DAY
        && clock != null) {
      published = new Published(published.start(), clock, published.zone());
    }
    if (published == null) {
      published = submitted != null ? submitted : updated;
    }

    TitleFacts facts = TitleReader.read(title);
    if (published == null && facts.eventDate() != null) {
      published = Published.of(facts.eventDate());
      b.markInferred("published");
    }

    String language = language(body, title);
    b.withTitle(title)
        .withPublished(published)
        .withVersions(versions)
        .withLanguage(language)
        .withDocumentNumber(documentNumber)
        .withBody(body);
    if (language != null) {
      b.markInferred("language");
    }
    if (documentNumber != null) {
      b.withStatementKey(StatementKeys.mid(documentNumber, language));
    }
    applyTitleFacts(facts, b);
    return b.build();
  }

  private static void applyTitleFacts(TitleFacts facts, Statement.Builder b) {
    if (facts.genre() != null) {
      b.withGenre(facts.genre()).markInferred("genre");
    }
    if (facts.speaker() != null) {
      b.withSpeaker(facts.speaker()).markInferred("speaker");
    }
    if (facts.event() != null) {
      b.withEvent(facts.event()).markInferred("event");
    }
    if (facts.place() != null) {
      b.withPlace(facts.place()).markInferred("place");
    }
    if (facts.eventDate() != null) {
      b.withEventDate(facts.eventDate()).markInferred("eventDate");
    }
  }

  /**
   * What header lines around the title say about the publication: the first date line, clock,
   * "Submitted on" and "updated" date of each kind wins.
   */
  private final class HeaderFacts {
    Published published;
    Published submitted;
    Published updated;
    LocalTime clock;

    /** Takes in {@code line} if it is a dated header line; false when it is something else. */
    boolean absorb(String line, Statement.Builder b) {
      if (ChromeLines.isSubmitted(line)) {
        submitted = submitted != null ? submitted : find(line);
        return true;
      }
      if (ChromeLines.isUpdated(line)) {
        updated = updated != null ? updated : find(line);
        b.putExtra("updated", line);
        return true;
      }
      LocalTime time = ChromeLines.bareTime(line);
      if (time != null) {
        clock = clock != null ? clock : time;
        return true;
      }
      Optional<Published> date = dateLine(line);
      if (date.isPresent()) {
        published = published != null ? published : date.get();
        return true;
      }
      return false;
    }
  }

  private Optional<Published> dateLine(String line) {
    return line.length() <= MAX_DATE_LINE ? DateReader.parse(line, numericOrder) : Optional.empty();
  }

  private Published find(String line) {
    return DateReader.find(line, numericOrder).orElse(null);
  }

  private static LocalDate dateOfNumber(Matcher number) {
    try {
      return LocalDate.of(
          Integer.parseInt(number.group("y")),
          Integer.parseInt(number.group("m")),
          Integer.parseInt(number.group("d")));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Reads the lines under "Additional materials" until the search panel or the end. */
  private static void readMaterials(List<String> lines, int from, Statement.Builder b) {
    boolean inMaterials = false;
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (ChromeLines.isSearchPanel(line)) {
        return;
      }
      if (ChromeLines.isMaterialsMarker(line)) {
        inMaterials = true;
        continue;
      }
      if (inMaterials && !line.isEmpty() && !ChromeLines.isLabel(line)) {
        b.addMaterial(ChromeLines.material(line));
      }
    }
  }

  /** Drops portal labels ("Print", "Share", "Back to news") and blanks from the body's end. */
  private static void trimFooter(List<String> bodyLines) {
    while (!bodyLines.isEmpty()) {
      String last = bodyLines.get(bodyLines.size() - 1);
      if (last.isEmpty() || ChromeLines.isLabel(last)) {
        bodyLines.remove(bodyLines.size() - 1);
      } else {
        return;
      }
    }
  }

  /** Joins body lines into paragraphs separated by one blank line (see the class comment). */
  static String paragraphs(List<String> bodyLines) {
    StringBuilder out = new StringBuilder();
    String previous = null;
    for (String line : bodyLines) {
      if (line.isEmpty()) {
        previous = null;
        continue;
      }
      if (out.length() > 0) {
        boolean wrapped = previous != null && looksHardWrapped(previous);
        out.append(wrapped ? " " : "\n\n");
      }
      out.append(line);
      previous = line;
    }
    return out.toString();
  }

  /** A long line that stops mid-sentence (after a letter, digit, comma or hyphen). */
  private static boolean looksHardWrapped(String line) {
    return line.length() >= 40 && line.matches("(?s).*[\\p{L}\\p{N},\\-]$");
  }

  private static String language(String body, String title) {
    Optional<String> detected = LanguageDetector.detect(body.isEmpty() ? title : body);
    if (detected.isEmpty()) {
      return null;
    }
    boolean cyrillicLanguage = List.of("ru", "uk", "be", "kk", "sr").contains(detected.get());
    Boolean cyrillicText = mostlyCyrillic((title == null ? "" : title) + " " + body);
    if (cyrillicText != null && cyrillicText != cyrillicLanguage) {
      return null;
    }
    return detected.get();
  }

  /** True when most letters are Cyrillic, false when most are Latin, null when neither. */
  private static Boolean mostlyCyrillic(String text) {
    int cyrillic = 0;
    int latin = 0;
    int n = Math.min(text.length(), LanguageDetector.SAMPLE_CHARS);
    for (int i = 0; i < n; i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
      if (script == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
      } else if (script == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    if (cyrillic == latin) {
      return null;
    }
    return cyrillic > latin && cyrillic + latin > 0
        ? Boolean.TRUE
        : (latin > 0 ? Boolean.FALSE : null);
  }

  /** The lines of the text, with CR/CRLF endings unified and each line trimmed (NBSP too). */
  static List<String> lines(String text) {
    String[] raw = text.split("\r\n|\r|\n", -1);
    List<String> lines = new ArrayList<>(raw.length);
    for (String r : raw) {
      lines.add(
          r.replaceAll("^[\\s\\u00A0\\u2007\\u202F\\uFEFF]+|[\\s\\u00A0\\u2007\\u202F]+$", ""));
    }
    return lines;
  }

  /** Three consecutive lines with the same two or more separators: a table, not a capture. */
  private static boolean looksTabular(List<String> lines) {
    List<String> first = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty()) {
        if (!first.isEmpty()) {
          break;
        }
        continue;
      }
      first.add(line);
      if (first.size() == 3) {
        break;
      }
    }
    if (first.size() < 3) {
      return false;
    }
    for (char sep : new char[] {',', '\t', ';', '|'}) {
      long count = first.get(0).chars().filter(c -> c == sep).count();
      if (count >= 2
          && first.stream().allMatch(l -> l.chars().filter(c -> c == sep).count() == count)) {
        return true;
      }
    }
    return false;
  }

  /** Some line of running prose: eight words or more. */
  private static boolean hasProse(List<String> lines) {
    for (String line : lines) {
      if (line.split("\\s+").length >= 8) {
        return true;
      }
    }
    return false;
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
