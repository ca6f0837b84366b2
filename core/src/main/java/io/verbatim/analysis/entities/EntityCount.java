package io.verbatim.analysis.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** The mentions grouped by entity, in order of first mention. */
  public static List<EntityCount> of(List<Mention> mentions) {
    Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
    for (Mention m : mentions) {
      byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
    }
    List<EntityCount> counts = new ArrayList<>(byEntity.size());
    byEntity.forEach(
        (id, list) ->
            counts.add(
                new EntityCount(
                    id,
                    list.getFirst().kind(),
                    list.size(),
                    (int) list.stream().filter(Mention::adjectival).count(),
                    list.stream().map(m -> new Span(m.start(), m.end())).toList())));
    return List.copyOf(counts);
  }
}
