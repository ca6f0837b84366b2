package io.verbatim.model;

/** What an entity is. */
public enum EntityKind {
  /** A UN member or observer state (ISO 3166 alpha-3 id, e.g. {@code RUS}, {@code PSE}). */
  COUNTRY,
  /**
   * A dependent, disputed or partly recognised territory, or a region (e.g. {@code ter:crimea}).
   */
  TERRITORY,
  /** An international organisation or one of its organs (e.g. {@code org:nato}). */
  ORGANISATION,
  /** A person (e.g. {@code person:vladimir-putin}; see {@code io.verbatim.analysis.people}). */
  PERSON
}
