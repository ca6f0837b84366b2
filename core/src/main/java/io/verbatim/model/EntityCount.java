package io.verbatim.model;

import java.util.List;
import java.util.Objects;

/**
 * How often a statement mentions one entity, and where: what a statement stores about its mentions
 * (id, count, offsets).
 *
 * @param entityId the normalised id
 * @param kind what the entity is
 * @param count the number of mentions, at least 1
 * @param adjectival how many of them are adjectives or demonyms
 * @param offsets the {@code [start, end)} offsets of each mention, in text order
 */
public record EntityCount(
    String entityId, EntityKind kind, int count, int adjectival, List<Span> offsets) {

  /** A {@code [start, end)} range of chars. */
  public record Span(int start, int end) {}

  public EntityCount {
    Objects.requireNonNull(entityId, "an entity id");
    Objects.requireNonNull(kind, "a kind");
    offsets = List.copyOf(offsets);
    if (count != offsets.size() || count < 1) {
      throw new IllegalArgumentException(
          "count " + count + " does not match " + offsets.size() + " offsets for " + entityId);
    }
  }
}
