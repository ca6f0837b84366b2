package io.verbatim.analysis.versions;

import io.verbatim.model.EntityCount;
import io.verbatim.model.Statement;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How likely two statements in different languages are versions of one another when no identifier
 * links them.
 *
 * <p>Confidence = {@code 0.2·date + 0.3·speaker + 0.3·entities + 0.2·numbers}, each part in {@code
 * [0,1]}:
 *
 * <ul>
 *   <li><b>date</b>: 1 same publication date, 0.5 one day apart; more than a day apart, or either
 *       undated: not a candidate (confidence 0).
 *   <li><b>speaker</b>: 1 when the names share a key across scripts ({@link SpeakerNames}); 0.5
 *       when either speaker is unknown; two known, different speakers: not a candidate.
 *   <li><b>entities</b>: Jaccard similarity of the sets of mentioned entity ids (0 when neither
 *       mentions any).
 *   <li><b>numbers</b>: Jaccard similarity of the sets of numbers of two digits or more in the
 *       bodies, digit-group separators removed ({@code 1 500 000} = {@code 1,500,000}); 0 when
 *       neither has any.
 * </ul>
 *
 * <p>Two statements are linked when the confidence is at least {@link #THRESHOLD} (0.6): e.g. the
 * same day and speaker with half the entities and numbers shared (0.75), but not the same day and
 * speaker alone (0.5).
 *
 * @param confidence the weighted sum above, 0 for non-candidates
 * @param evidence the parts, one readable item each
 */
public record VersionLikeness(double confidence, List<String> evidence) {

  /** The confidence from which an inferred link is reported. */
  public static final double THRESHOLD = 0.6;

  private static final Pattern NUMBER =
      Pattern.compile("\\d{1,3}(?:[ \\u00a0\\u202f,.]\\d{3})+|\\d+");

  public VersionLikeness {
    evidence = List.copyOf(evidence);
  }

  /** True when the confidence reaches {@link #THRESHOLD}. */
  public boolean linked() {
    return confidence >= THRESHOLD;
  }

  /** The likeness of {@code a} and {@code b}. */
  public static VersionLikeness of(Statement a, Statement b) {
    Objects.requireNonNull(a, "first statement");
    Objects.requireNonNull(b, "second statement");
    List<String> evidence = new ArrayList<>();
    if (a.published() == null || b.published() == null) {
      return new VersionLikeness(0, List.of("undated"));
    }
    if (a.published().day() == null || b.published().day() == null) {
      return new VersionLikeness(0, List.of("not dated to the day"));
    }
    long days = Math.abs(ChronoUnit.DAYS.between(a.published().day(), b.published().day()));
    if (days > 1) {
      return new VersionLikeness(0, List.of(days + " days apart"));
    }
    double date = days == 0 ? 1 : 0.5;
    evidence.add(days == 0 ? "same date" : "dates one day apart");
    String nameA = a.speaker() == null ? null : a.speaker().name();
    String nameB = b.speaker() == null ? null : b.speaker().name();
    double speaker;
    if (nameA == null || nameB == null) {
      speaker = 0.5;
      evidence.add("speaker unknown");
    } else if (SpeakerNames.same(nameA, nameB)) {
      speaker = 1;
      evidence.add("same speaker (" + nameA + " = " + nameB + ")");
    } else {
      return new VersionLikeness(0, List.of("different speakers: " + nameA + ", " + nameB));
    }
    double entities = jaccard(entityIds(a), entityIds(b));
    evidence.add(String.format(Locale.ROOT, "entities Jaccard %.2f", entities));
    double numbers = jaccard(numbers(a.body()), numbers(b.body()));
    evidence.add(String.format(Locale.ROOT, "numbers Jaccard %.2f", numbers));
    double confidence = 0.2 * date + 0.3 * speaker + 0.3 * entities + 0.2 * numbers;
    return new VersionLikeness(Math.min(1, confidence), evidence);
  }

  private static Set<String> entityIds(Statement s) {
    Set<String> ids = new HashSet<>();
    for (EntityCount m : s.mentions()) {
      ids.add(m.entityId());
    }
    return ids;
  }

  /** The numbers of two digits or more in {@code text}, separators removed. */
  static Set<String> numbers(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("\\D", "");
      if (digits.length() >= 2) {
        found.add(digits);
      }
    }
    return found;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return (double) shared.size() / union.size();
  }
}
