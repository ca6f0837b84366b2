package io.verbatim.analysis.versions;

import io.verbatim.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers a statement states that link it to its versions in other languages: the
 * kremlin.ru id ({@code extra.kremlinId} or a {@code kremlin:<id>:<lang>} statement key), the
 * mid.ru id ({@code extra.midId} or a {@code mid:<id>:<lang>} key) and the document number (field,
 * or a {@code mid:<number>:<lang>} key). A page's {@code hreflang} alternates point at the
 * counterpart's address, which on kremlin.ru carries the same id, so they are covered by the
 * kremlin id.
 *
 * @param kremlin the kremlin.ru id, or null
 * @param mid the mid.ru id, or null
 * @param documentNumber the document number, or null
 */
public record VersionIds(String kremlin, String mid, String documentNumber) {
  private static final Pattern SITE_KEY = Pattern.compile("(kremlin|mid):(.+):[a-z]{2,3}");

  /** The identifiers {@code s} states. */
  public static VersionIds of(Statement s) {
    String kremlin = s.extra().get("kremlinId");
    String mid = s.extra().get("midId");
    String number = s.documentNumber();
    if (s.statementKey() != null) {
      Matcher m = SITE_KEY.matcher(s.statementKey());
      if (m.matches()) {
        if (m.group(1).equals("kremlin") && kremlin == null) {
          kremlin = m.group(2);
        } else if (m.group(1).equals("mid") && mid == null && !m.group(2).equals(number)) {
          mid = m.group(2);
        }
      }
    }
    return new VersionIds(kremlin, mid, number);
  }

  /** True when the statement states none of the identifiers. */
  public boolean isEmpty() {
    return kremlin == null && mid == null && documentNumber == null;
  }

  /**
   * What links a statement with these identifiers to one with {@code theirs}, one readable item per
   * shared identifier; empty when nothing does.
   */
  public List<String> sharedWith(VersionIds theirs) {
    List<String> evidence = new ArrayList<>();
    if (kremlin != null && kremlin.equals(theirs.kremlin())) {
      evidence.add("same kremlin id " + kremlin);
    }
    if (mid != null && mid.equals(theirs.mid())) {
      evidence.add("same mid.ru id " + mid);
    }
    if (documentNumber != null
        && (documentNumber.equals(theirs.documentNumber())
            || documentNumber.equals(theirs.mid()))) {
      evidence.add("same document number " + documentNumber);
    }
    return evidence;
  }
}
