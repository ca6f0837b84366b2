package io.verbatim.analysis.people;

import java.util.List;
import java.util.Objects;

/**
 * Which person a printed name is, and how {@link PersonResolver} decided.
 *
 * @param id the person's id: an authority id, or, for someone the authority does not know (or a
 *     name several people fit), an id derived from the normalised name ({@link PersonIds})
 * @param person the authority's person, or null when the id is derived
 * @param how how the name matched
 * @param name the name normalised (forms of address and titles left out, capitals and Russian cases
 *     undone): {@code Sergey V. Lavrov}, {@code Виктор Христенко}
 * @param candidates when {@code how} is {@link Match#AMBIGUOUS}, the ids of the people that fit
 *     equally well; otherwise empty
 */
public record Resolution(
    String id, Person person, Match how, String name, List<String> candidates) {

  /** How a name matched, strongest first. */
  public enum Match {
    /** A user's correction pins this printed name to the person. */
    CORRECTION,
    /** The whole name is one of the person's names, up to spelling ({@code Sergei Lavrov}). */
    ALIAS,
    /** First name and surname fit ({@code Sergey V. Lavrov}, {@code Лавров Сергей Викторович}). */
    NAME,
    /** Initials and surname fit ({@code С.В.Лавров}, {@code В.Путин}). */
    INITIALS,
    /** The surname alone, with the role, date or country as evidence, or as the only candidate. */
    SURNAME,
    /** Several people fit equally; the id is derived from the name. */
    AMBIGUOUS,
    /** No one in the authority fits; the id is derived from the name. */
    NEW
  }

  public Resolution {
    Objects.requireNonNull(id, "an id");
    Objects.requireNonNull(how, "how the name matched");
    Objects.requireNonNull(name, "the normalised name");
    candidates = List.copyOf(candidates == null ? List.of() : candidates);
    if ((person == null) != (how == Match.NEW || how == Match.AMBIGUOUS)) {
      throw new IllegalArgumentException(
          "a " + how + " resolution " + (person == null ? "needs" : "has no") + " a person");
    }
  }

  /** Whether the name was found in the authority (not new, not ambiguous). */
  public boolean isKnown() {
    return person != null;
  }
}
