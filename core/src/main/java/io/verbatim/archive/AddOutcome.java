package io.verbatim.archive;

/** What {@link Archive#add} did with a statement. */
public enum AddOutcome {
  /** A new statement. */
  ADDED,
  /** The same original bytes were stored before; nothing changed. */
  DUPLICATE,
  /** Other bytes of a statement already stored (same statement key): kept as a new version. */
  NEW_VERSION
}
