package io.verbatim.archive;

import java.util.List;
import java.util.Objects;

/**
 * What an integrity check of an archive found ({@link ArchiveProvider#check}), and what a repair
 * did.
 *
 * <p>A check verifies four things: the index (or, on SolrCloud, the collections' health), that
 * every stored record parses, that every original's bytes match their sha256, and that records and
 * originals correspond. Each thing found wrong is one {@link Problem} naming the statement id, the
 * file or the shard. An original that no record names is listed but is not damage: deleting a
 * statement leaves its original (see {@link Archive#delete}).
 *
 * @param location the archive checked
 * @param indexParts index segments (Lucene) or shards (SolrCloud) checked
 * @param records stored records read
 * @param originals stored originals read and checked against their sha256
 * @param problems what was found wrong, in the order found
 * @param repair what a repair did, or null when none was asked for
 */
public record CheckReport(
    String location,
    long indexParts,
    long records,
    long originals,
    List<Problem> problems,
    Repair repair) {

  public CheckReport {
    Objects.requireNonNull(location, "the archive checked");
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    if (indexParts < 0 || records < 0 || originals < 0) {
      throw new IllegalArgumentException(
          "counts cannot be negative: " + indexParts + ", " + records + ", " + originals);
    }
  }

  /** True when any problem is damage (an unreferenced original alone is not). */
  public boolean damaged() {
    return problems.stream().anyMatch(Problem::damage);
  }

  /** The problems of one kind. */
  public List<Problem> problems(Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind).toList();
  }

  /** The same report with what a repair did. */
  public CheckReport withRepair(Repair done) {
    return new CheckReport(location, indexParts, records, originals, problems, done);
  }

  /** What a problem is about. */
  public enum Kind {
    /** The index (a segment, or the whole index) is damaged or cannot be read. */
    INDEX(true),
    /** A stored record cannot be read or parsed. */
    RECORD(true),
    /** An original's bytes cannot be read or do not match their sha256. */
    ORIGINAL_DAMAGED(true),
    /** A record names an original that is not stored. */
    ORIGINAL_MISSING(true),
    /** An original that no record names: left by a delete, or its record was lost. */
    ORIGINAL_UNREFERENCED(false),
    /** A SolrCloud collection or shard is not healthy (no active leader or replica). */
    CLUSTER(true);

    private final boolean damage;

    Kind(boolean damage) {
      this.damage = damage;
    }

    /** True when a problem of this kind is damage. */
    public boolean damage() {
      return damage;
    }
  }

  /**
   * One thing found wrong.
   *
   * @param kind what it is about
   * @param subject the statement id, original sha256, file or shard it is about
   * @param message what is wrong, for the user
   */
  public record Problem(Kind kind, String subject, String message) {
    public Problem {
      Objects.requireNonNull(kind, "kind of problem");
      Objects.requireNonNull(subject, "what the problem is about");
      Objects.requireNonNull(message, "what is wrong");
    }

    /** True when this problem is damage. */
    public boolean damage() {
      return kind.damage();
    }

    /**
     * Statement {@code s} names original {@code sha} ({@code what}: which of its originals), which
     * is not stored; both backends report it in these words.
     */
    public static Problem originalMissing(io.verbatim.model.Statement s, String sha, String what) {
      return new Problem(
          Kind.ORIGINAL_MISSING,
          s.id(),
          "statement "
              + s.id()
              + " ("
              + s.source().path()
              + ") names original "
              + sha
              + (what == null ? "" : " (" + what + ")")
              + ", which is not stored; re-ingest "
              + s.source().path()
              + " to store it again");
    }
  }

  /**
   * What a repair did.
   *
   * @param rebuilt true when the index was rebuilt
   * @param fromRecords statements restored from their stored records
   * @param reread ids of the statements read again from their originals (their records were lost)
   * @param lost what could not be restored, each naming the statement, original or file, and what
   *     to do
   * @param notes other things the repair did (e.g. a damaged original moved aside)
   */
  public record Repair(
      boolean rebuilt,
      long fromRecords,
      List<String> reread,
      List<String> lost,
      List<String> notes) {
    public Repair {
      reread = List.copyOf(Objects.requireNonNull(reread, "statements read again"));
      lost = List.copyOf(Objects.requireNonNull(lost, "what was lost"));
      notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
      if (fromRecords < 0) {
        throw new IllegalArgumentException("fromRecords cannot be negative: " + fromRecords);
      }
    }
  }
}
