package io.verbatim.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of text a statement is, as official sites class them. */
public enum Genre {
  SPEECH("speech"),
  REMARKS("remarks"),
  INTERVIEW("interview"),
  ARTICLE("article"),
  BRIEFING("briefing"),
  COMMENT("comment"),
  STATEMENT("statement"),
  PRESS_RELEASE("press release"),
  ANSWER("answer to a media question"),
  MESSAGE("message"),
  GREETINGS("greetings"),
  NEWS("news"),
  OTHER("other");

  private final String label;

  Genre(String label) {
    this.label = label;
  }

  /** The name used in JSON, the index and the CLI, e.g. {@code press release}. */
  @JsonValue
  public String label() {
    return label;
  }

  /**
   * The genre named by a label or constant name ({@code press release}, {@code PRESS_RELEASE},
   * {@code press-release}).
   *
   * @throws IllegalArgumentException naming the accepted labels when none matches
   */
  @JsonCreator
  public static Genre fromLabel(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    for (Genre g : values()) {
      if (g.label.equals(t) || g.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(t)) {
        return g;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Genre g : values()) {
      known.append(known.isEmpty() ? "" : ", ").append(g.label);
    }
    throw new IllegalArgumentException("unknown genre '" + text + "'; known: " + known);
  }

  @Override
  public String toString() {
    return label;
  }
}
