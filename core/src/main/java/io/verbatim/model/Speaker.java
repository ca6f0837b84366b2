package io.verbatim.model;

/**
 * Who made a statement, as the source names them.
 *
 * @param name the person's name as written (e.g. {@code Sergey Lavrov}, {@code С.В.Лавров}); may be
 *     null when only the role is known
 * @param role the office or post (e.g. {@code Foreign Minister}); may be null
 */
public record Speaker(String name, String role) {
  public Speaker {
    name = Text.blankToNull(name);
    role = Text.blankToNull(role);
    if (name == null && role == null) {
      throw new IllegalArgumentException("a speaker needs a name or a role");
    }
  }

  /** A speaker, or null when both parts are blank. */
  public static Speaker ofNullable(String name, String role) {
    return Text.blankToNull(name) == null && Text.blankToNull(role) == null
        ? null
        : new Speaker(name, role);
  }
}
