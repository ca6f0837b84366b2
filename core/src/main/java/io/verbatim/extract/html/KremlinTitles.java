package io.verbatim.extract.html;

import io.verbatim.model.Genre;
import io.verbatim.model.Speaker;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an en.kremlin.ru title says about its statement: the speaker when the title names the
 * president (and, when it does, the post it gives him), and the genre when a title word makes it
 * clear. Both are inferences from the title: callers mark them so, and get null when the title is
 * unclear.
 */
final class KremlinTitles {
  private static final String NAMES = "Vladimir Putin|Dmitry Medvedev|Boris Yeltsin|Putin|Medvedev";
  private static final String ROLES =
      "Acting President and Prime Minister|Acting President|President of Russia|President";

  /** "[Role] Name …" at the start of the title. */
  private static final Pattern LEADING_NAME =
      Pattern.compile("^(?:(" + ROLES + ") )?(" + NAMES + ")\\b(?!’s address|'s address)");

  /** "… of [Role] Name" ending a title ("News conference of Vladimir Putin"). */
  private static final Pattern ENDING_NAME =
      Pattern.compile("\\bof (?:(" + ROLES + ") )?(" + NAMES + ")$");

  /** "Name’s address/statement/speech …" at the start of the title. */
  private static final Pattern POSSESSIVE_NAME =
      Pattern.compile(
          "^(?:(" + ROLES + ") )?(" + NAMES + ")(?:’s|'s) (?:address|statement|speech|remarks)\\b");

  private KremlinTitles() {}

  /** The speaker the title names, or null when it names none of the site's presidents. */
  static Speaker speaker(String title) {
    if (title == null) {
      return null;
    }
    for (Pattern p : new Pattern[] {POSSESSIVE_NAME, LEADING_NAME, ENDING_NAME}) {
      Matcher m = p.matcher(title.strip());
      if (m.find()) {
        return Speaker.ofNullable(m.group(2), m.group(1));
      }
    }
    return null;
  }

  /** The genre a title word makes clear, or null. */
  static Genre genre(String title) {
    if (title == null) {
      return null;
    }
    String t = title.toLowerCase(Locale.ROOT);
    if (t.startsWith("interview")
        || t.contains("gave an interview")
        || t.contains(" interview to ")) {
      return Genre.INTERVIEW;
    }
    if (t.contains("news conference")
        || t.contains("press conference")
        || t.contains("press-conference")) {
      return Genre.REMARKS;
    }
    if (t.startsWith("statement")
        || t.contains("press statements")
        || t.contains("statements for the press")) {
      return Genre.STATEMENT;
    }
    if (t.startsWith("greetings") || t.contains("sent greetings")) {
      return Genre.GREETINGS;
    }
    if (t.startsWith("message") || t.contains("sent a message")) {
      return Genre.MESSAGE;
    }
    if (t.contains("’s address")
        || t.contains("'s address")
        || t.startsWith("address")
        || t.contains(" addressed ")
        || t.startsWith("speech")) {
      return Genre.SPEECH;
    }
    if (t.matches(
        ".*\\b(meeting|met|talks|summit|signed|visit|accreditation|information for journalists|will"
            + " meet)\\b.*")) {
      return Genre.NEWS;
    }
    return null;
  }
}
