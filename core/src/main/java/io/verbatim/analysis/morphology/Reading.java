package io.verbatim.analysis.morphology;

import java.util.Objects;

/**
 * One dictionary reading of a word form: its lemma and the dictionary's grammatical tag.
 *
 * <p>Tags are those of the dictionary, colon-separated (LanguageTool's Russian dictionary writes
 * {@code NN:Name:Masc:Sin:D} for {@code Виктору}: a noun, a first name, masculine, singular,
 * dative); a lemmatizer without tags gives the empty tag. The helpers read the parts this project
 * uses: whether the reading is a first name, a surname or another noun, and its grammatical case.
 *
 * @param lemma the dictionary form, lower case
 * @param tag the dictionary's tag, or empty when unknown
 */
public record Reading(String lemma, String tag) {
  /** The grammatical cases a Russian reading can show. */
  public enum Case {
    NOMINATIVE,
    GENITIVE,
    DATIVE,
    ACCUSATIVE,
    INSTRUMENTAL,
    PREPOSITIONAL
  }

  public Reading {
    Objects.requireNonNull(lemma, "a reading needs a lemma");
    tag = tag == null ? "" : tag;
  }

  /** Whether the dictionary marks this reading as a first name ({@code Name}). */
  public boolean isGivenName() {
    return hasPart("Name");
  }

  /** Whether the dictionary marks this reading as a family name ({@code Fam}). */
  public boolean isSurname() {
    return hasPart("Fam");
  }

  /**
   * Whether the dictionary marks this reading as a patronymic ({@code Patr}; its lemma is the
   * father's first name).
   */
  public boolean isPatronymic() {
    return hasPart("Patr");
  }

  /** Whether the reading is feminine ({@code Fem}). */
  public boolean isFeminine() {
    return hasPart("Fem");
  }

  /** Whether the reading is plural ({@code PL}). */
  public boolean isPlural() {
    return hasPart("PL");
  }

  /** Whether the tag is known (a lemmatizer without tags gives none). */
  public boolean isTagged() {
    return !tag.isEmpty();
  }

  /**
   * The grammatical case the tag names ({@code Nom}, {@code R}, {@code D}, {@code V}, {@code T},
   * {@code P}), or null when it names none (indeclinable words, other parts of speech).
   */
  public Case grammaticalCase() {
    for (String part : tag.split(":")) {
      switch (part) {
        case "Nom" -> {
          return Case.NOMINATIVE;
        }
        case "R" -> {
          return Case.GENITIVE;
        }
        case "D" -> {
          return Case.DATIVE;
        }
        case "V" -> {
          return Case.ACCUSATIVE;
        }
        case "T" -> {
          return Case.INSTRUMENTAL;
        }
        case "P" -> {
          return Case.PREPOSITIONAL;
        }
        default -> {}
      }
    }
    return null;
  }

  private boolean hasPart(String part) {
    for (String p : tag.split(":")) {
      if (p.equals(part)) {
        return true;
      }
    }
    return false;
  }
}
