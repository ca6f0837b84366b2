package io.verbatim.extract.corpus;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import io.verbatim.model.Genre;
import io.verbatim.model.Published;
import io.verbatim.model.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the UN General Debate Corpus: one English speech a file, named {@code
 * <ISO>_<session>_<year>.txt} (e.g. {@code RUS_74_2019.txt}; the EU uses the two-letter {@code
 * EU}), with speakers in {@code Speakers_by_session.xlsx} found in the file's folder or up to four
 * levels above.
 *
 * <p>A speech becomes a statement with language {@code en}, genre speech, the speaker and post from
 * the table (null when the table has no row, or rows naming different people), the event and a
 * title built from the country and session (both marked inferred), {@code extra} {@code country},
 * {@code countryName}, {@code session}, {@code year}, and the key {@code
 * ungdc:<ISO>_<session>_<year>}. The file name gives only the year, so {@code published} is that
 * year at precision year ({@code 2019}), never an invented day; place is not stated. Each line of
 * the file is a paragraph.
 *
 * <p>The speaker table itself, when ingested, is skipped (it is read with the speeches); an xlsx by
 * that name that is not the table, or is damaged, fails with a message.
 */
public final class UngdcReader implements FormatReader {
  private static final Pattern SPEECH = Pattern.compile("([A-Z]{2,3})_(\\d{1,2})_(\\d{4})\\.txt");
  private static final int LEVELS_UP = 4;

  @Override
  public String name() {
    return "ungdc";
  }

  @Override
  public String description() {
    return "UN General Debate Corpus speech (ISO_session_year.txt) with Speakers_by_session.xlsx";
  }

  @Override
  public int recognise(Capture capture) {
    String name = capture.fileName();
    if (name.equalsIgnoreCase(SpeakerTable.FILE_NAME)) {
      return 90;
    }
    if (!SPEECH.matcher(name).matches() || capture.looksBinary()) {
      return NO;
    }
    try {
      return capture.text().isBlank() ? NO : 95;
    } catch (BadInputException e) {
      return NO;
    }
  }

  @Override
  public List<ReadItem> read(Capture capture) throws BadInputException {
    String name = capture.fileName();
    if (name.equalsIgnoreCase(SpeakerTable.FILE_NAME)) {
      SpeakerTable.read(capture.bytes(), capture.name());
      return List.of(
          new ReadItem.Skipped(
              "speaker table of the UN General Debate Corpus; read with the speeches"));
    }
    Matcher m = SPEECH.matcher(name);
    if (!m.matches()) {
      throw new BadInputException(
          "'" + name + "' is not named like a UN General Debate speech (e.g. RUS_74_2019.txt)");
    }
    String iso = m.group(1);
    int session = Integer.parseInt(m.group(2));
    String year = m.group(3);
    String body = Paragraphs.fromLines(capture.text());
    if (body.isEmpty()) {
      throw new BadInputException("the speech file is empty");
    }

    Optional<SpeakerTable.Entry> entry = Optional.empty();
    Path table = findTable(capture.file());
    if (table != null) {
      entry = SpeakerTable.at(table).find(iso, session);
    }
    String countryName = entry.map(SpeakerTable.Entry::country).orElse(null);
    String event =
        "General Debate of the " + ordinal(session) + " session of the UN General Assembly";

    Statement.Builder b =
        Statement.builder()
            .withStatementKey("ungdc:" + iso + "_" + m.group(2) + "_" + year)
            .withTitle(
                (countryName != null ? countryName : iso)
                    + ": statement at the "
                    + event
                    + " ("
                    + year
                    + ")")
            .markInferred("title")
            .withPublished(Published.ofYear(Integer.parseInt(year)))
            .withLanguage("en")
            .withGenre(Genre.SPEECH)
            .withEvent(event)
            .markInferred("event")
            .withBody(body)
            .putExtra("country", iso)
            .putExtra("countryName", countryName)
            .putExtra("session", String.valueOf(session))
            .putExtra("year", year);
    entry.ifPresent(
        e -> {
          b.withSpeaker(e.speaker());
          if (e.speaker() == null && e.listed().size() > 1) {
            b.putExtra("speakersListed", String.join("; ", e.listed()));
          }
        });
    if (table == null) {
      b.putExtra("speakerNote", "no " + SpeakerTable.FILE_NAME + " found near the file");
    }
    return List.of(ReadItem.Read.wholeFile(b.build()));
  }

  /** {@code Speakers_by_session.xlsx} in the file's folder or up to four levels above, or null. */
  static Path findTable(Path file) {
    if (file == null) {
      return null;
    }
    Path dir = file.toAbsolutePath().getParent();
    for (int level = 0; level <= LEVELS_UP && dir != null; level++) {
      Path candidate = dir.resolve(SpeakerTable.FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    return null;
  }

  /** 74 -> 74th, 1 -> 1st, 12 -> 12th, 23 -> 23rd. */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix;
    if (lastTwo >= 11 && lastTwo <= 13) {
      suffix = "th";
    } else {
      suffix =
          switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
          };
    }
    return n + suffix;
  }
}
