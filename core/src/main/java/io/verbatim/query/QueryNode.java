package io.verbatim.query;

import java.util.List;
import java.util.Objects;

/**
 * A parsed query: what the user asked for, before any backend's text analysis. {@link QueryParser}
 * makes it from the text a user types; each backend renders it into its own query with the same
 * meaning, so both backends answer alike.
 *
 * <p>The meaning of each node (the search semantics users read on the help page):
 *
 * <ul>
 *   <li>{@link Term}: an unquoted word matches every inflection of it (English stems, Russian
 *       lemmas) in fields of kind {@link QueryField.Kind#TEXT}. A word the analysis splits into
 *       several ({@code rules-based}, {@code U.S.}) matches them as a phrase.
 *   <li>{@link Phrase}: a quoted word or phrase matches the exact word forms in that order, every
 *       word counting ({@code "the"}, {@code "is not"}); case does not matter, {@code ё} is {@code
 *       е}, and anything that is not a letter or digit only separates words. With {@link
 *       Phrase#inflected()} ({@code lemma:"…"}) each word matches its inflections instead. A slop
 *       allows that many position moves ({@code "a b"~3}).
 *   <li>{@link Wildcard}, {@link Fuzzy}, {@link Regex} and {@link Range} compare word forms as
 *       written (lower case), never stems.
 *   <li>{@link And}: every clause must hold; {@link Not} clauses exclude. An {@code And} of only
 *       negations means "every statement except".
 *   <li>{@link Or}: at least one clause must hold.
 * </ul>
 */
public sealed interface QueryNode {

  /** Every statement. */
  record All() implements QueryNode {}

  /** An unquoted word (as typed, escapes removed), matched with its inflections. */
  record Term(QueryField field, String text) implements QueryNode {
    public Term {
      Objects.requireNonNull(field, "field");
      requireText(text, "a term");
    }
  }

  /**
   * A quoted word or phrase (as typed between the quotes, escapes removed).
   *
   * @param slop how many position moves the words may make (0: adjacent, in order)
   * @param inflected each word matches its inflections ({@code lemma:"…"}), not only its form
   */
  record Phrase(QueryField field, String text, int slop, boolean inflected) implements QueryNode {
    public Phrase {
      Objects.requireNonNull(field, "field");
      requireText(text, "a phrase");
      if (slop < 0) {
        throw new IllegalArgumentException("phrase slop must be >= 0: " + slop);
      }
    }
  }

  /** A pattern with {@code *} (any characters) and {@code ?} (one character) over word forms. */
  record Wildcard(QueryField field, String pattern) implements QueryNode {
    public Wildcard {
      Objects.requireNonNull(field, "field");
      requireText(pattern, "a wildcard pattern");
    }
  }

  /** Word forms within {@code maxEdits} (0–2) edits of {@code text}. */
  record Fuzzy(QueryField field, String text, int maxEdits) implements QueryNode {
    public static final int MAX_EDITS = 2;

    public Fuzzy {
      Objects.requireNonNull(field, "field");
      requireText(text, "a fuzzy term");
      if (maxEdits < 0 || maxEdits > MAX_EDITS) {
        throw new IllegalArgumentException("fuzzy edits must be 0, 1 or 2: " + maxEdits);
      }
    }
  }

  /** Word forms matching a regular expression (Lucene's {@code RegExp} syntax). */
  record Regex(QueryField field, String pattern) implements QueryNode {
    public Regex {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(pattern, "pattern");
    }
  }

  /** Word forms or values between two bounds (null: open). */
  record Range(
      QueryField field, String lower, String upper, boolean includeLower, boolean includeUpper)
      implements QueryNode {
    public Range {
      Objects.requireNonNull(field, "field");
    }
  }

  /** All clauses hold ({@link Not} clauses: must not hold). */
  record And(List<QueryNode> clauses) implements QueryNode {
    public And {
      clauses = List.copyOf(clauses);
      if (clauses.isEmpty()) {
        throw new IllegalArgumentException("an AND needs at least one clause");
      }
    }

    /** True when every clause is a {@link Not}: the clauses only exclude. */
    public boolean onlyNegations() {
      return clauses.stream().allMatch(c -> c instanceof Not);
    }
  }

  /** At least one clause holds. */
  record Or(List<QueryNode> clauses) implements QueryNode {
    public Or {
      clauses = List.copyOf(clauses);
      if (clauses.size() < 2) {
        throw new IllegalArgumentException("an OR needs at least two clauses");
      }
    }
  }

  /** The clause does not hold. Alone, or inside an {@link Or}: every statement except. */
  record Not(QueryNode clause) implements QueryNode {
    public Not {
      Objects.requireNonNull(clause, "negated clause");
    }
  }

  /** A clause whose score counts {@code boost} times (matching is unchanged). */
  record Boost(QueryNode clause, float boost) implements QueryNode {
    public Boost {
      Objects.requireNonNull(clause, "boosted clause");
      if (!(boost >= 0) || Float.isInfinite(boost)) {
        throw new IllegalArgumentException("a boost must be a number >= 0: " + boost);
      }
    }
  }

  private static void requireText(String text, String what) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException(what + " needs text");
    }
  }
}
