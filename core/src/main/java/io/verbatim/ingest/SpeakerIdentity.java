package io.verbatim.ingest;

import io.verbatim.analysis.entities.EntityRecognizer;
import io.verbatim.analysis.entities.Mention;
import io.verbatim.analysis.people.Period;
import io.verbatim.analysis.people.PersonResolver;
import io.verbatim.analysis.people.Resolution;
import io.verbatim.analysis.people.Sighting;
import io.verbatim.model.EntityKind;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives a statement's speaker its person id at ingest: the name exactly as printed stays, the id is
 * added ({@link Speaker#id()}). The evidence is what the statement says around the name: the
 * speaker's role, the country it speaks for ({@code extra.country}, as UN General Debate files give
 * it, else the country the role names: {@code Президент России}), the publication date (or {@code
 * extra.year}) and the language.
 */
final class SpeakerIdentity {
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  private final PersonResolver resolver;
  private final EntityRecognizer recognizer;

  SpeakerIdentity(PersonResolver resolver, EntityRecognizer recognizer) {
    this.resolver = Objects.requireNonNull(resolver, "a person resolver");
    this.recognizer = Objects.requireNonNull(recognizer, "an entity recogniser");
  }

  /** The statement's speaker with its person id, or the speaker unchanged when it has no name. */
  Speaker identify(Statement s) {
    Speaker speaker = s.speaker();
    if (speaker == null || speaker.name() == null) {
      return speaker;
    }
    Sighting sighting =
        Sighting.of(speaker.name())
            .inLanguage(s.language())
            .withRole(speaker.role())
            .forCountry(country(s).orElse(null))
            .during(Period.of(s));
    return resolver.resolve(sighting).map(Resolution::id).map(speaker::withId).orElse(speaker);
  }

  private Optional<String> country(Statement s) {
    String stated = s.extra().get("country");
    if (stated != null && ISO3.matcher(stated).matches()) {
      return Optional.of(stated);
    }
    String role = s.speaker().role();
    if (role == null || !EntityRecognizer.supports(roleLanguage(role))) {
      return Optional.empty();
    }
    return recognizer.recognise(role, roleLanguage(role)).stream()
        .filter(m -> m.kind() == EntityKind.COUNTRY)
        .map(Mention::entityId)
        .findFirst();
  }

  private static String roleLanguage(String role) {
    for (int i = 0; i < role.length(); i++) {
      if (Character.UnicodeBlock.of(role.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
        return "ru";
      }
    }
    return "en";
  }
}
