package io.verbatim.analysis.entities;

import io.verbatim.model.EntityKind;
import java.util.Objects;

/**
 * A known entity: its normalised id, its kind and its names in English and Russian (Russian in the
 * nominative). Names may be null when no source gives one.
 */
public record Entity(String id, EntityKind kind, String englishName, String russianName) {
  public Entity {
    Objects.requireNonNull(id, "an entity needs an id");
    Objects.requireNonNull(kind, "an entity needs a kind");
    if (id.isBlank()) {
      throw new IllegalArgumentException("an entity id must not be blank");
    }
  }
}
