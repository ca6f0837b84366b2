package io.verbatim.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What part of a statement a query clause looks at, as users name it ({@code title:}, {@code
 * speaker:} …), and how its values are matched.
 */
public enum QueryField {
  /** No field given: the title and the body. */
  TEXT(null, Kind.TEXT),
  TITLE("title", Kind.TEXT),
  BODY("body", Kind.TEXT),
  SPEAKER("speaker", Kind.NAME),
  ROLE("role", Kind.NAME),
  PLACE("place", Kind.NAME),
  GENRE("genre", Kind.KEYWORD),
  LANGUAGE("language", Kind.KEYWORD),
  ID("id", Kind.KEYWORD),
  NUMBER("number", Kind.KEYWORD),
  MENTION("mention", Kind.KEYWORD);

  /** How a field's values are matched. */
  public enum Kind {
    /**
     * Words in the statement's language: an unquoted word matches its inflections, a quoted one its
     * exact form.
     */
    TEXT,
    /** Words of a name or label, matched as written (case and {@code ё}/{@code е} aside). */
    NAME,
    /** One exact value (an id, a code, a label). */
    KEYWORD
  }

  /**
   * The modifier users write before a phrase to ask for every inflection of its words ({@code
   * lemma:"ввести санкции"}); not a field of its own.
   */
  public static final String LEMMA = "lemma";

  private final String userName;
  private final Kind kind;

  QueryField(String userName, Kind kind) {
    this.userName = userName;
    this.kind = kind;
  }

  /** The name users write before a colon, or null for {@link #TEXT}. */
  public String userName() {
    return userName;
  }

  public Kind kind() {
    return kind;
  }

  /** The field users mean by {@code name} (case as written), if there is one. */
  public static Optional<QueryField> byUserName(String name) {
    return Arrays.stream(values()).filter(f -> name.equals(f.userName)).findFirst();
  }

  /** Every name users may write before a colon, including {@link #LEMMA}, in a stable order. */
  public static List<String> userNames() {
    List<String> names =
        new java.util.ArrayList<>(
            Arrays.stream(values()).map(QueryField::userName).filter(n -> n != null).toList());
    names.add(LEMMA);
    return List.copyOf(names);
  }
}
