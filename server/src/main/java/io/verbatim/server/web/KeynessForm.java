package io.verbatim.server.web;

import io.verbatim.model.Genre;
import java.util.List;

/**
 * The keyness page's own form fields, added to the shared {@link SearchForm} (whose query and
 * filters choose the subset): the term length ({@code ngram}) and the <b>reference</b>, a second
 * selection with the API's parameter names ({@code reference} for its query, {@code
 * reference-from}, {@code reference-to}, {@code reference-speaker}, {@code reference-genre}, {@code
 * reference-mention}, …). Left empty, the reference is the rest of the archive in the page's
 * language. Values the boxes cannot show (a second speaker, a role given in the link) are carried
 * as hidden fields, so submitting the form never drops them.
 */
final class KeynessForm {
  /** The reference's list filters shown as boxes: parameter and label. */
  private static final List<String[]> BOXES =
      List.of(
          new String[] {"reference-speaker", "Speaker"},
          new String[] {"reference-mention", "Mentions (entity id)"});

  /** The reference's list filters with no box, carried as given. */
  private static final List<String> CARRIED =
      List.of("reference-role", "reference-place", "reference-format");

  private KeynessForm() {}

  static Html fields(PageParams params, String language) {
    Html h = new Html();
    h.open("div", "class", "query-row extra");
    h.open("label");
    h.element("span", "Terms of");
    h.open("select", "name", "ngram", "id", "ngram");
    String ngram = params.first("ngram", "1");
    h.element(
        "option", "one word", "value", "1", "selected", ngram.equals("1") ? "selected" : null);
    h.element(
        "option", "two words", "value", "2", "selected", ngram.equals("2") ? "selected" : null);
    h.close();
    h.close();
    h.close();
    h.open("fieldset", "class", "reference", "id", "reference");
    h.element(
        "legend",
        "Reference: what the subset is compared with (all empty: the rest of the archive in "
            + language
            + ")");
    h.open("div", "class", "fields");
    h.open("label");
    h.element("span", "Query");
    h.empty(
        "input",
        "type",
        "text",
        "name",
        "reference",
        "value",
        params.first("reference"),
        "placeholder",
        "e.g. sanctions, or empty for all");
    h.close();
    date(h, params, "reference-from", "From date");
    date(h, params, "reference-to", "To date");
    genre(h, params);
    for (String[] box : BOXES) {
      List<String> values = params.all(box[0]);
      h.open("label");
      h.element("span", box[1]);
      h.empty(
          "input",
          "type",
          "text",
          "name",
          box[0],
          "value",
          values.isEmpty() ? null : values.get(0));
      h.close();
      hidden(h, box[0], values.size() > 1 ? values.subList(1, values.size()) : List.of());
    }
    for (String name : CARRIED) {
      hidden(h, name, params.all(name));
    }
    h.close();
    h.close();
    return h;
  }

  private static void date(Html h, PageParams params, String name, String label) {
    h.open("label");
    h.element("span", label);
    h.empty("input", "type", "date", "name", name, "value", params.first(name));
    h.close();
  }

  private static void genre(Html h, PageParams params) {
    List<String> chosen = params.all("reference-genre");
    String first = chosen.isEmpty() ? null : chosen.get(0);
    h.open("label");
    h.element("span", "Genre");
    h.open("select", "name", "reference-genre");
    h.element("option", "any", "value", "");
    for (Genre g : Genre.values()) {
      h.element(
          "option",
          g.label(),
          "value",
          g.label(),
          "selected",
          g.label().equals(first) ? "selected" : null);
    }
    h.close();
    h.close();
    hidden(h, "reference-genre", chosen.size() > 1 ? chosen.subList(1, chosen.size()) : List.of());
  }

  private static void hidden(Html h, String name, List<String> values) {
    for (String v : values) {
      h.empty("input", "type", "hidden", "name", name, "value", v);
    }
  }
}
