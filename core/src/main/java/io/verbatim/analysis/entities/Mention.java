package io.verbatim.analysis.entities;

import io.verbatim.model.EntityCount;
import io.verbatim.model.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One mention of an entity in a text.
 *
 * @param entityId the normalised id ({@code RUS}, {@code org:nato}, {@code person:sergey-lavrov})
 * @param kind what the entity is
 * @param surface the text as written, exactly {@code text.substring(start, end)}
 * @param start offset of the first char in the text given to the recogniser
 * @param end offset after the last char
 * @param adjectival true for an adjective or demonym ({@code Syrian}, {@code российских}), false
 *     for a name
 */
public record Mention(
    String entityId, EntityKind kind, String surface, int start, int end, boolean adjectival) {
  public Mention {
    Objects.requireNonNull(entityId, "a mention needs an entity id");
    Objects.requireNonNull(kind, "a mention needs a kind");
    Objects.requireNonNull(surface, "a mention needs its surface text");
    if (start < 0 || end <= start || end - start != surface.length()) {
      throw new IllegalArgumentException(
          "mention offsets [" + start + ", " + end + ") do not fit surface '" + surface + "'");
    }
  }

  /** The mentions grouped by entity, in order of first mention. */
  public static List<EntityCount> countByEntity(List<Mention> mentions) {
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
                    list.stream().map(m -> new EntityCount.Span(m.start(), m.end())).toList())));
    return List.copyOf(counts);
  }
}
