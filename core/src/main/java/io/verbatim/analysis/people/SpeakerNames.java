package io.verbatim.analysis.people;

import io.verbatim.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The names a statement's speaker is counted, searched and filtered by, so that one person is one
 * speaker however the page printed the name ({@code Mr. Sergey V. Lavrov}, {@code С.В.Лавров},
 * {@code GROMYKO}). Both backends index what this class gives; the record keeps the name as
 * printed.
 *
 * <ul>
 *   <li>{@link #label}: the one value the speaker facet counts and shows, and the timeline splits
 *       and the concordance groups by. A person of the authority is shown by their preferred name
 *       (English, else Russian); someone it does not know by the printed name with forms of address
 *       and titles taken away and capitals undone ({@code Mr. John SMITH} is {@code John Smith}); a
 *       speaker whose id was never resolved (records built by hand) by the printed name unchanged.
 *   <li>{@link #searchNames}: what {@code speaker:} finds: the printed name and, for a person of
 *       the authority, every name of theirs in either script and the Latin spellings newspapers
 *       give a Russian one, so {@code speaker:Lavrov}, {@code speaker:Лавров} and {@code
 *       speaker:"Sergei Lavrov"} find the same statements.
 *   <li>{@link #filterIds}: the person ids a speaker filter value stands for. A filter matches a
 *       statement whose label is the value exactly, or whose person id is one of these: the value
 *       itself when it is a person id ({@code person:sergey-lavrov}), else the person the value
 *       names ({@code Lavrov}, {@code Sergei Lavrov}, {@code Лавров}), resolved without context; a
 *       name several people of the authority fit equally ({@code Ivanov}) stands for each of them.
 * </ul>
 */
public final class SpeakerNames {
  /** How many Latin spellings of a Russian name are indexed at most. */
  static final int MAX_SPELLINGS = 24;

  private final PersonResolver resolver;

  /** Names over {@code resolver}'s authority. */
  public SpeakerNames(PersonResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "a person resolver");
  }

  private static final class Standard {
    static final SpeakerNames INSTANCE = new SpeakerNames(PersonResolver.standard());
  }

  /** Names over the curated authority ({@link PersonResolver#standard()}); built once. */
  public static SpeakerNames standard() {
    return Standard.INSTANCE;
  }

  /** The facet value of {@code speaker}; null when it has no name (a role alone). */
  public String label(Speaker speaker) {
    if (speaker == null || speaker.name() == null) {
      return null;
    }
    if (speaker.id() == null) {
      return speaker.name();
    }
    Person known = resolver.authority().person(speaker.id()).orElse(null);
    if (known != null) {
      return known.english() != null ? known.english() : known.russian();
    }
    List<PersonName> readings = resolver.parser().parse(speaker.name(), null);
    return readings.isEmpty() ? speaker.name() : readings.getFirst().display();
  }

  /** The person id {@code speaker} is counted under (merges followed), or null. */
  public String id(Speaker speaker) {
    return speaker == null || speaker.id() == null
        ? null
        : resolver.authority().canonicalId(speaker.id());
  }

  /** The names {@code speaker:} finds {@code speaker} by, the printed one first; no duplicates. */
  public List<String> searchNames(Speaker speaker) {
    if (speaker == null || speaker.name() == null) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(speaker.name());
    if (speaker.id() != null) {
      resolver
          .authority()
          .person(speaker.id())
          .ifPresent(
              p -> {
                if (p.english() != null) {
                  names.add(p.english());
                }
                if (p.russian() != null) {
                  names.add(p.russian());
                }
                names.addAll(p.aliases());
                names.addAll(latinSpellings(p.russian()));
              });
    }
    return new ArrayList<>(names);
  }

  /**
   * The Latin spellings newspapers give a Russian name, first name and surname ({@code Сергей
   * Лавров}: sergey lavrov, sergei lavrov), at most {@value #MAX_SPELLINGS}.
   */
  private static List<String> latinSpellings(String russian) {
    if (russian == null || !Transliteration.hasCyrillic(russian)) {
      return List.of();
    }
    String[] words = russian.strip().split("\\s+");
    if (words.length < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String first : Transliteration.variants(words[0])) {
      for (String last : Transliteration.variants(words[words.length - 1])) {
        if (out.size() == MAX_SPELLINGS) {
          return out;
        }
        out.add(first + " " + last);
      }
    }
    return out;
  }

  /** The person ids a speaker filter's {@code value} stands for; empty when it names no one. */
  public Set<String> filterIds(String value) {
    Objects.requireNonNull(value, "a speaker filter value");
    String v = value.strip();
    if (Person.ID.matcher(v).matches()) {
      return Set.of(resolver.authority().canonicalId(v));
    }
    Resolution r = resolver.resolve(Sighting.of(v)).orElse(null);
    if (r == null) {
      return Set.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    ids.add(resolver.authority().canonicalId(r.id()));
    for (String candidate : r.candidates()) {
      ids.add(resolver.authority().canonicalId(candidate));
    }
    return ids;
  }
}
