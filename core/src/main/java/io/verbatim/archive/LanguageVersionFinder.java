package io.verbatim.archive;

import io.verbatim.analysis.versions.VersionIds;
import io.verbatim.analysis.versions.VersionLikeness;
import io.verbatim.model.Statement;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the other-language versions of a statement ({@link Archive#languageVersions}), for every
 * backend: the backend only looks up candidates ({@link Candidates}).
 *
 * <p><b>Explicit</b> links (confidence 1): a shared identifier ({@link VersionIds}).
 * <b>Inferred</b> links, only when there is no explicit one: statements in another language
 * published within a day, scored by {@link VersionLikeness} and kept from {@link
 * VersionLikeness#THRESHOLD}.
 *
 * <p>Versions are in another language than the statement (re-publications in the same language are
 * {@link Archive#versions}); a statement without a language is compared with every language.
 */
public final class LanguageVersionFinder {
  private LanguageVersionFinder() {}

  /**
   * How a backend finds candidate versions. Both lookups return committed statements in a language
   * other than {@code statement}'s (every language when it has none); they may include {@code
   * statement} itself, and may return more than asked (the finder checks every candidate).
   */
  public interface Candidates {
    /**
     * Statements whose kremlin id, mid.ru id or document number is one of {@code ids}' (matching
     * the stored field or a {@code kremlin:<id>:}/{@code mid:<id>:} statement key prefix; a
     * document number also as a {@code mid:<number>:} prefix).
     */
    List<Statement> sharingIds(Statement statement, VersionIds ids) throws IOException;

    /** Statements published on a day from {@code first} to {@code last}, both included. */
    List<Statement> publishedBetween(Statement statement, LocalDate first, LocalDate last)
        throws IOException;
  }

  /** The versions of {@code statement}: explicit links, or else inferred ones. */
  public static List<VersionLink> find(Statement statement, Candidates candidates)
      throws IOException {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(candidates, "candidates");
    List<VersionLink> links = explicit(statement, candidates);
    return links.isEmpty() ? inferred(statement, candidates) : links;
  }

  private static List<VersionLink> explicit(Statement statement, Candidates candidates)
      throws IOException {
    VersionIds ids = VersionIds.of(statement);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, VersionLink> links = new LinkedHashMap<>();
    for (Statement other : candidates.sharingIds(statement, ids)) {
      if (other.id().equals(statement.id()) || sameLanguage(statement, other)) {
        continue;
      }
      List<String> evidence = ids.sharedWith(VersionIds.of(other));
      if (!evidence.isEmpty()) {
        links.put(other.id(), link(other, VersionLink.Kind.EXPLICIT, 1, evidence));
      }
    }
    List<VersionLink> sorted = new ArrayList<>(links.values());
    sorted.sort(
        Comparator.comparing(VersionLink::language, Comparator.nullsLast(String::compareTo))
            .thenComparing(VersionLink::id));
    return sorted;
  }

  private static List<VersionLink> inferred(Statement statement, Candidates candidates)
      throws IOException {
    if (statement.published() == null || statement.published().day() == null) {
      return List.of(); // published within a day of it: only a statement dated to the day has one
    }
    LocalDate day = statement.published().day();
    Map<String, VersionLink> links = new LinkedHashMap<>();
    for (Statement other :
        candidates.publishedBetween(statement, day.minusDays(1), day.plusDays(1))) {
      if (other.id().equals(statement.id()) || sameLanguage(statement, other)) {
        continue;
      }
      VersionLikeness likeness = VersionLikeness.of(statement, other);
      if (likeness.linked()) {
        links.put(
            other.id(),
            link(other, VersionLink.Kind.INFERRED, likeness.confidence(), likeness.evidence()));
      }
    }
    List<VersionLink> sorted = new ArrayList<>(links.values());
    sorted.sort(
        Comparator.comparingDouble(VersionLink::confidence)
            .reversed()
            .thenComparing(VersionLink::id));
    return sorted;
  }

  private static boolean sameLanguage(Statement a, Statement b) {
    return a.language() != null && a.language().equals(b.language());
  }

  private static VersionLink link(
      Statement other, VersionLink.Kind kind, double confidence, List<String> evidence) {
    return new VersionLink(
        other.id(), other.language(), other.title(), other.published(), kind, confidence, evidence);
  }
}
