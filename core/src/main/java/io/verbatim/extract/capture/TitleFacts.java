package io.verbatim.extract.capture;

import io.verbatim.model.Genre;
import io.verbatim.model.Speaker;
import java.time.LocalDate;

/**
 * What a statement's title says about it. Every part is null when the title does not say it.
 *
 * @param genre the kind of statement named by the title's cue word (speech, briefing, ...)
 * @param speaker who speaks, with the role the title gives
 * @param event the occasion (e.g. {@code meeting of foreign ministers of ...})
 * @param place where, as the title names it before its trailing date
 * @param eventDate the date the title ends with
 */
public record TitleFacts(
    Genre genre, Speaker speaker, String event, String place, LocalDate eventDate) {

  /** Facts from a title that says nothing readable. */
  public static final TitleFacts NONE = new TitleFacts(null, null, null, null, null);

  public TitleFacts {
    event = blankToNull(event);
    place = blankToNull(place);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
