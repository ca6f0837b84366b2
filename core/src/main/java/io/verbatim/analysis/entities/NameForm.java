package io.verbatim.analysis.entities;

import java.util.Objects;
import java.util.Set;

/**
 * One way of writing an entity's name in one language, as the gazetteer lists it.
 *
 * @param entityId the entity, or {@link #NOT_AN_ENTITY} for a phrase that blocks shorter matches
 *     inside it ("Latin America")
 * @param language {@code en} or {@code ru}
 * @param form the name as written (Russian: nominative; adjectives: masculine lemma)
 * @param role how the form is used
 * @param requiresAnyOf the form counts only when the text also names one of these (empty: always)
 * @param requiresNoneOf the form counts only when the text names none of these
 */
public record NameForm(
    String entityId,
    String language,
    String form,
    Role role,
    Set<String> requiresAnyOf,
    Set<String> requiresNoneOf) {

  /** The id of phrases that are known not to be entities. */
  public static final String NOT_AN_ENTITY = "-";

  /** How a form is used. */
  public enum Role {
    /** A name of the entity ({@code Syria}, {@code Сирийская Арабская Республика}). */
    NAME,
    /** An adjective or demonym ({@code Syrian}, {@code сирийский}). */
    ADJECTIVE,
    /** Matched only exactly as written: abbreviations, words that are also common words. */
    EXACT
  }

  public NameForm {
    Objects.requireNonNull(entityId, "a name form needs an entity id");
    Objects.requireNonNull(language, "a name form needs a language");
    Objects.requireNonNull(form, "a name form needs its text");
    Objects.requireNonNull(role, "a name form needs a role");
    requiresAnyOf = Set.copyOf(requiresAnyOf);
    requiresNoneOf = Set.copyOf(requiresNoneOf);
  }

  /** A form without conditions. */
  public static NameForm of(String entityId, String language, String form, Role role) {
    return new NameForm(entityId, language, form, role, Set.of(), Set.of());
  }

  boolean isConditional() {
    return !requiresAnyOf.isEmpty() || !requiresNoneOf.isEmpty();
  }

  boolean blocks() {
    return NOT_AN_ENTITY.equals(entityId);
  }
}
