package io.verbatim.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.regex.Pattern;

/**
 * Who made a statement, as the source names them, and who that is.
 *
 * @param name the person's name exactly as printed (e.g. {@code Sergey Lavrov}, {@code С.В.Лавров},
 *     {@code Mr. GROMYKO}); may be null when only the role is known
 * @param role the office or post (e.g. {@code Foreign Minister}); may be null
 * @param id the person's id in the person authority ({@code person:sergey-lavrov}), found at ingest
 *     from the name, role, date and language; null when not resolved (records stored before
 *     speakers were resolved, a speaker without a name). Written to JSON only when known, so older
 *     records and readers' output keep their shape.
 */
public record Speaker(
    String name, String role, @JsonInclude(JsonInclude.Include.NON_NULL) String id) {
  private static final Pattern PERSON_ID = Pattern.compile("person:[a-z0-9]+(-[a-z0-9]+)*");

  public Speaker {
    name = Text.blankToNull(name);
    role = Text.blankToNull(role);
    id = Text.blankToNull(id);
    if (name == null && role == null) {
      throw new IllegalArgumentException("a speaker needs a name or a role");
    }
    if (id != null && !PERSON_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not a person id: '" + id + "'");
    }
    if (id != null && name == null) {
      throw new IllegalArgumentException("a speaker id needs the name it was found from");
    }
  }

  /** A speaker as the source names them, not yet resolved to a person. */
  public Speaker(String name, String role) {
    this(name, role, null);
  }

  /** A speaker, or null when both parts are blank. */
  public static Speaker ofNullable(String name, String role) {
    return Text.blankToNull(name) == null && Text.blankToNull(role) == null
        ? null
        : new Speaker(name, role);
  }

  /** This speaker resolved to the person {@code personId} (null: not resolved). */
  public Speaker withId(String personId) {
    return new Speaker(name, role, personId);
  }
}
