package io.verbatim.archive;

import io.verbatim.model.Statement;
import java.util.Comparator;
import java.util.Objects;

/**
 * The order of the stored versions of one statement (same {@code statementKey}), and so which one
 * is current: the most recently ingested, by {@code source.ingestedAt} to the millisecond (what the
 * indexes keep), then by the greater id when two were ingested in the same millisecond. The order
 * depends only on what is stored, never on the order of additions, so a rebuilt index, an
 * out-of-order import and the live archive agree; {@link Archive#versions} lists versions in this
 * order, oldest first, so its last element is the current version.
 */
public final class VersionOrder {
  private VersionOrder() {}

  /**
   * What orders one stored version.
   *
   * @param id the statement id
   * @param ingestedAt epoch milliseconds of {@code source.ingestedAt}
   */
  public record Ref(String id, long ingestedAt) {
    public Ref {
      Objects.requireNonNull(id, "statement id");
    }

    /** The ref of a stored statement (it must have an id and a source). */
    public static Ref of(Statement s) {
      Objects.requireNonNull(s.source(), "a stored statement has a source");
      return new Ref(s.id(), s.source().ingestedAt().toEpochMilli());
    }

    /** True when this version comes after {@code other}, so that it would be current. */
    public boolean isAfter(Ref other) {
      return ORDER.compare(this, other) > 0;
    }
  }

  /** Oldest first: by ingest time (milliseconds), then id. */
  public static final Comparator<Ref> ORDER =
      Comparator.comparingLong(Ref::ingestedAt).thenComparing(Ref::id);

  /** {@link #ORDER} on stored statements. */
  public static final Comparator<Statement> STATEMENTS = Comparator.comparing(Ref::of, ORDER);

  /** The later of two refs, either of which may be null. */
  public static Ref later(Ref a, Ref b) {
    if (a == null) {
      return b;
    }
    return b == null || !b.isAfter(a) ? a : b;
  }
}
