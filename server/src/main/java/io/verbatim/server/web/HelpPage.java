package io.verbatim.server.web;

/**
 * The {@code /help} page: what a query means, so that a count or a quote can be cited. It states
 * the search semantics of {@link io.verbatim.query.QueryNode} and {@link
 * io.verbatim.query.QueryParser} in users' words, with examples; the README says the same.
 */
final class HelpPage {
  private HelpPage() {}

  /** An example query and what it finds. */
  private record Example(String query, String finds) {}

  static Html render() {
    Html h = new Html();
    h.element("h1", "How searching works");
    h.element(
        "p",
        "Verbatim counts statements, and every statement once. These rules decide what a query"
            + " matches; the command line, the JSON API and this site follow the same ones.",
        "class",
        "lead");

    section(
        h,
        "Words and exact phrases",
        "An unquoted word finds every inflection of it: English words by their stem, Russian words"
            + " by their dictionary form. Quotes ask for the exact word forms, in that order, with"
            + " every word counted: nothing is dropped, not even the, of or в.",
        new Example("sanctions", "sanctions, sanction, sanctioned, sanctioning"),
        new Example("\"sanctions\"", "only the word form sanctions"),
        new Example("\"political will\"", "the two words side by side, in this order"),
        new Example("\"there is no\"", "all three words; short words count like any other"),
        new Example("санкция", "санкции, санкций, санкциям … every case and number"),
        new Example("\"санкции\"", "only the form санкции, not санкций"),
        new Example("lemma:\"ввести санкции\"", "the phrase with each word in any inflection"),
        new Example("\"freedom navigation\"~3", "the words within three moves of each other"));

    section(
        h,
        "What counts as a word",
        "A word is a run of letters and digits; anything else only separates words. Case does not"
            + " matter, ё is е, and the apostrophes ’ and ' or the hyphen and the dashes make no"
            + " difference, so a phrase may run across punctuation.",
        new Example("\"rules-based order\"", "rules-based order, rules based order, rules–based"),
        new Example("\"Russia's\"", "Russia's and Russia’s"),
        new Example("\"ещё\"", "ещё and еще"));

    section(
        h,
        "Combining clauses",
        "Clauses side by side must all hold. OR joins alternatives and binds tighter than the"
            + " side-by-side AND; NOT, or a minus sign before a clause, excludes it; parentheses"
            + " group. Only the upper-case words AND, OR and NOT are operators.",
        new Example("Syria sanctions", "statements with both words"),
        new Example("\"Syria\" OR \"Libya\"", "statements with either"),
        new Example("Syria sanctions OR embargo", "Syria, and sanctions or embargo"),
        new Example("(Syria sanctions) OR embargo", "both, or embargo alone"),
        new Example("sanctions -Syria", "sanctions, but not in statements naming Syria"));

    section(
        h,
        "Patterns",
        "Wildcards, fuzzy terms, regular expressions and ranges compare word forms as written"
            + " (in lower case), never stems.",
        new Example("sanction*", "sanction, sanctions, sanctioned …"),
        new Example("wom?n", "woman, women"),
        new Example("disarmament~1", "disarmament and forms one letter away"),
        new Example("/derog.*/", "words matching the regular expression"));

    section(
        h,
        "Fields",
        "A field name and a colon look at one part of a statement: title:, body:, speaker:, role:,"
            + " place:, genre:, language:, id:, number: (document number) and mention: (an entity"
            + " id). Titles the source does not state (Verbatim builds one for UN speeches) are"
            + " shown but not searched: a search finds the statement's own words.",
        new Example("title:\"press conference\"", "the phrase in the title"),
        new Example("speaker:Lavrov", "statements whose speaker's name has this word"),
        new Example("mention:SYR AND mention:\"org:un\"", "statements naming Syria and the UN"));

    section(
        h,
        "Filters",
        "The advanced settings narrow a search. Several values of one filter widen it (two genres:"
            + " either genre), except mentioned entities: several of them must all be mentioned,"
            + " unless you switch the chips to any of them. Different filters must all hold.",
        new Example("genre=speech&genre=interview", "speeches and interviews"),
        new Example("mention=SYR&mention=org:un", "statements naming both Syria and the UN"),
        new Example(
            "mention=SYR&mention=LBY&mention-match=any", "statements naming Syria or Libya"));
    return h;
  }

  private static void section(Html h, String heading, String explanation, Example... examples) {
    h.open("section", "class", "help");
    h.element("h2", heading);
    h.element("p", explanation);
    h.open("table", "class", "examples");
    h.open("thead");
    h.open("tr");
    h.element("th", "Query", "scope", "col");
    h.element("th", "Finds", "scope", "col");
    h.close();
    h.close();
    h.open("tbody");
    for (Example e : examples) {
      h.open("tr");
      h.open("td");
      h.element("code", e.query());
      h.close();
      h.element("td", e.finds());
      h.close();
    }
    h.close();
    h.close();
    h.close();
  }
}
