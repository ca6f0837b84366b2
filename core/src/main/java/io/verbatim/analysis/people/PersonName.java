package io.verbatim.analysis.people;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's name split into its parts: what {@link PersonNameParser} reads from a name as printed,
 * with forms of address and titles left out, capitals and Russian cases undone.
 *
 * @param given the first name written in full ({@code Sergey}), or null when it is not (initials
 *     only, or a surname alone)
 * @param middle middle names and patronymics written in full ({@code Jefferson}, {@code
 *     Викторович}), in order
 * @param initials the letters of names written as initials, in order, without dots ({@code С},
 *     {@code В} of {@code С.В.Лавров}; {@code V} of {@code Sergey V. Lavrov})
 * @param surname the family name, possibly several words ({@code de Gaulle}), or null when the name
 *     is a first name alone
 * @param suffix {@code Jr.}, {@code II} and the like, or null
 * @param surnameFirst whether the name is shown surname first, as its culture writes it ({@code WU
 *     Xueqian} is {@code Wu Xueqian}); Russian names are shown first name first
 */
public record PersonName(
    String given,
    List<String> middle,
    List<String> initials,
    String surname,
    String suffix,
    boolean surnameFirst) {
  public PersonName {
    middle = List.copyOf(middle == null ? List.of() : middle);
    initials = List.copyOf(initials == null ? List.of() : initials);
    if (given == null && surname == null && initials.isEmpty()) {
      throw new IllegalArgumentException("a name needs a first name, a surname or initials");
    }
  }

  /**
   * The name as written for people: first name, middle names, initials with dots, surname, suffix
   * ({@code Sergey V. Lavrov}, {@code С.В. Лавров}, {@code Виктор Христенко}).
   */
  public String display() {
    List<String> parts = new ArrayList<>();
    if (surnameFirst && surname != null) {
      parts.add(surname);
    }
    if (given != null) {
      parts.add(given);
    }
    parts.addAll(middle);
    if (!initials.isEmpty()) {
      StringBuilder dotted = new StringBuilder();
      for (String initial : initials) {
        dotted.append(initial).append('.');
      }
      parts.add(dotted.toString());
    }
    if (!surnameFirst && surname != null) {
      parts.add(surname);
    }
    if (suffix != null) {
      parts.add(suffix);
    }
    return String.join(" ", parts);
  }

  /** The {@link NameKey} of the whole name without its suffix. */
  public String key() {
    List<String> parts = new ArrayList<>();
    if (given != null) {
      parts.add(given);
    }
    parts.addAll(middle);
    parts.addAll(initials);
    if (surname != null) {
      parts.add(surname);
    }
    return NameKey.of(String.join(" ", parts));
  }

  /** The {@link NameKey} of the surname, or empty when there is none. */
  public String surnameKey() {
    return surname == null ? "" : NameKey.of(surname);
  }

  /** Whether only the surname is written (no first name, no initials). */
  public boolean surnameOnly() {
    return given == null && initials.isEmpty() && middle.isEmpty();
  }

  /**
   * The initial of the first name: of {@code given} when written in full, else the first initial;
   * as the first letter of its {@link NameKey}, or empty.
   */
  public String firstInitial() {
    String source = given != null ? given : initials.isEmpty() ? null : initials.getFirst();
    return source == null ? "" : initialKey(source);
  }

  /**
   * The initial of the name after the first name (a middle name or a patronymic, in full or as an
   * initial), as the first letter of its {@link NameKey}, or empty.
   */
  public String middleInitial() {
    if (!middle.isEmpty()) {
      return initialKey(middle.getFirst());
    }
    int at = given != null ? 0 : 1;
    return initials.size() > at ? initialKey(initials.get(at)) : "";
  }

  /** The first letter of a word's {@link NameKey}, or empty. */
  static String initialKey(String word) {
    String key = NameKey.word(word);
    return key.isEmpty() ? "" : key.substring(0, 1);
  }
}
