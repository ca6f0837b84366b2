package io.verbatim.model;

/** Small text helpers for the model's validation. */
final class Text {
  private Text() {}

  static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
