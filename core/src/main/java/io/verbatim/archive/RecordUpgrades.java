package io.verbatim.archive;

import io.verbatim.model.Published;
import io.verbatim.extract.StatementKeys;
import io.verbatim.model.Statement;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What a newer Verbatim knows about statements that an older one stored without knowing it: each
 * upgrade takes a stored record and returns it as this Verbatim's readers would have made it from
 * the same original, never touching the original bytes, the id or the words of the text.
 *
 * <p>Backends apply {@link #apply} when they rebuild their index from the stored records (the
 * embedded archive's format migrations), so an old archive answers like a new one without
 * re-ingesting. Every upgrade must be idempotent: applied to its own result it changes nothing.
 */
public final class RecordUpgrades {
  private RecordUpgrades() {}

  /**
   * The upgrades, applied in order:
   *
   * <ol>
   *   <li>UN General Debate speeches dated by the year of their file name (issue 9, dates);
   *   <li>statement keys from addresses and document numbers as {@link StatementKeys} makes them
   *       (issue 9): print views and re-captures of one address are versions of one statement, and
   *       a mid.ru document is keyed by its number wherever it states one.
   * </ol>
   */
  private static final List<UnaryOperator<Statement>> UPGRADES =
      List.of(RecordUpgrades::ungdcYear, RecordUpgrades::statementKey);

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /**
   * UN General Debate speeches stored before dates had a precision were left undated; the reader
   * now dates them by the year of their file name, which it keeps in {@code extra.year}. A stored
   * {@code ungdc} record without a date gets that year (precision year); any other record, or one
   * already dated, is returned as it is.
   */
  static Statement ungdcYear(Statement s) {
    if (s.published() != null
        || s.source() == null
        || !"ungdc".equals(s.source().format())
        || s.extra().get("year") == null
        || !YEAR.matcher(s.extra().get("year")).matches()) {
      return s;
    }
    return s.toBuilder()
        .withPublished(Published.ofYear(Integer.parseInt(s.extra().get("year"))))
        .build();
  }

  /** {@code stored} as this Verbatim would read it; the same object when nothing changes. */
  public static Statement apply(Statement stored) {
    Objects.requireNonNull(stored, "stored statement");
    Statement s = stored;
    for (UnaryOperator<Statement> upgrade : UPGRADES) {
      s = upgrade.apply(s);
    }
    return s;
  }

  private static Statement statementKey(Statement stored) {
    String key = StatementKeys.upgradedKey(stored);
    return Objects.equals(key, stored.statementKey())
        ? stored
        : stored.toBuilder().withStatementKey(key).build();
  }
}
